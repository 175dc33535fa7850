using System.Globalization;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Core.State;
using DarkSocialBot.Handoffs;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>
/// <c>messaging_optins</c> ("triggered when a person opts in to receiving Marketing Messages or taps on a Send to Messenger
/// plugin") and <c>standby</c> ("a message has been sent to your page, but your application is not the current thread
/// owner"), signed and posted to the real host running the brand's bot.
/// </summary>
public sealed class MessengerOptInAndStandbyTests
{
    private static readonly long Start = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds();

    private static string Page(string list, string psid, long timestamp, string fields) =>
        "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_ID\",\"time\":" + Ms(timestamp) + ",\"" + list + "\":[{\"sender\":{\"id\":\"" + psid
        + "\"},\"recipient\":{\"id\":\"PAGE_ID\"},\"timestamp\":" + Ms(timestamp) + "," + fields + "}]}]}";

    private static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string MarketingOptIn(string psid, long timestamp, string? status = null) => Page("messaging", psid, timestamp,
        "\"optin\":{\"type\":\"notification_messages\",\"payload\":\"offers\",\"notification_messages_token\":\"NOTIF-TOKEN-1\","
        + "\"notification_messages_timezone\":\"Europe/Paris\",\"token_expiry_timestamp\":" + Ms(timestamp + 86_400_000L * 180)
        + ",\"user_token_status\":\"NOT_REFRESHED\",\"title\":\"Our best fares, once a week\""
        + (status is null ? "" : ",\"notification_messages_status\":\"" + status + "\"") + "}");

    private static async Task WaitProcessedAsync(MetaFixture meta, int count) =>
        await Eventually.TrueAsync(() => meta.DbAsync(async db =>
            await db.Inbox.CountAsync() == count && await db.Inbox.AllAsync(e => e.Status == InboxStatus.Processed)));

    [Fact]
    public async Task A_marketing_messages_opt_in_subscribes_to_its_topic_with_the_wording_shown_and_stop_notifications_ends_it()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);

        var granted = await meta.PostAsync(MarketingOptIn("PSID_OPT", Start));
        await meta.PostAsync(MarketingOptIn("PSID_OPT", Start)); // redelivered
        await WaitProcessedAsync(meta, 1);

        Assert.Equal(System.Net.HttpStatusCode.OK, granted.StatusCode);
        var subscription = await meta.DbAsync(db => db.Subscriptions.SingleAsync());
        var subscriber = await meta.DbAsync(db => db.Subscribers.SingleAsync());
        var consent = await meta.DbAsync(db => db.Consents.SingleAsync());
        Assert.Equal((MetaChannels.Messenger, "PSID_OPT"), (subscriber.ChannelId, subscriber.UserId));
        Assert.Equal(("offers", ConsentPurpose.Marketing, SubscriptionStatus.Active), (subscription.Topic, subscription.Purpose, subscription.Status));
        Assert.Equal((true, "Our best fares, once a week", "channel-optin", ConsentSource.Chat), (consent.Granted, consent.Wording, consent.WordingVersion, consent.Source));
        Assert.Empty(await meta.OutboxAsync()); // Messenger confirmed it itself

        await meta.PostAsync(MarketingOptIn("PSID_OPT", Start + 60_000, "STOP NOTIFICATIONS"));
        await WaitProcessedAsync(meta, 2);

        Assert.Equal(SubscriptionStatus.Ended, (await meta.DbAsync(db => db.Subscriptions.SingleAsync())).Status);
        Assert.Equal([true, false], await meta.DbAsync(db => db.Consents.OrderBy(c => c.Id).Select(c => c.Granted).ToListAsync()));

        await meta.PostAsync(MarketingOptIn("PSID_OPT", Start + 120_000, "RESUME NOTIFICATIONS"));
        await WaitProcessedAsync(meta, 3);
        Assert.Equal(SubscriptionStatus.Active, (await meta.DbAsync(db => db.Subscriptions.SingleAsync())).Status);
        Assert.Empty(await meta.OutboxAsync());
    }

    [PostgresFact]
    public async Task An_opt_in_whose_title_is_longer_than_a_consent_keeps_is_recorded_with_its_beginning_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var meta = await MetaFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = database.ConnectionString,
        }, brandBot: true);

        await meta.PostAsync(MarketingOptIn("PSID_LONG", Start).Replace("Our best fares, once a week", new string('é', 5000), StringComparison.Ordinal));
        await WaitProcessedAsync(meta, 1);

        Assert.Equal(new string('é', 4096), (await meta.DbAsync(db => db.Consents.SingleAsync())).Wording);
        Assert.Equal(SubscriptionStatus.Active, (await meta.DbAsync(db => db.Subscriptions.SingleAsync())).Status);
    }

    [Fact]
    public async Task An_opt_in_for_a_topic_the_brand_does_not_have_subscribes_to_nothing()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);

        await meta.PostAsync(MarketingOptIn("PSID_OPT", Start).Replace("\"payload\":\"offers\"", "\"payload\":\"WEEKLY_DEALS_2024\"", StringComparison.Ordinal));
        await WaitProcessedAsync(meta, 1);

        Assert.Equal(0, await meta.DbAsync(db => db.Subscriptions.CountAsync()));
        Assert.Empty(await meta.OutboxAsync());
    }

    [Fact]
    public async Task A_send_to_messenger_plugin_opt_in_records_its_data_ref_as_the_customers_way_in()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);

        await meta.PostAsync(Page("messaging", "PSID_PLUGIN", Start, "\"optin\":{\"ref\":\"SHARE-WA-SPRING24\"}"));
        await WaitProcessedAsync(meta, 1);

        var arrival = await meta.DbAsync(db => db.Arrivals.SingleAsync());
        Assert.Equal(("MessengerRef", "SHARE-WA-SPRING24", "whatsapp"), (arrival.Kind, arrival.Code, arrival.ShareChannel));
        Assert.Equal(0, await meta.DbAsync(db => db.Subscriptions.CountAsync()));
    }

    [Fact]
    public async Task Messages_on_standby_are_kept_for_the_transcript_and_never_answered_nor_read_as_answers()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        await meta.PostAsync(Page("messaging", "PSID_SB", Start, "\"message\":{\"mid\":\"m_sb1\",\"text\":\"I want to change my seat\"}"));
        await WaitProcessedAsync(meta, 1);
        var answered = (await meta.OutboxAsync()).Count;
        Assert.True(answered > 0);
        var stateBefore = await meta.DbAsync(db => db.States.AsNoTracking().Where(s => s.Key.Contains("PSID_SB")).Select(s => s.Version).ToListAsync());

        // A live-chat app takes the thread; the customer goes on writing, and taps a button of the other app's.
        await meta.PostAsync(Page("standby", "PSID_SB", Start + 1000, "\"message\":{\"mid\":\"m_sb2\",\"text\":\"ABC123 dupont\"}"));
        await meta.PostAsync(Page("standby", "PSID_SB", Start + 2000, "\"postback\":{\"mid\":\"m_sb3\",\"title\":\"Talk to Sam\"}"));
        await meta.PostAsync(Page("standby", "PSID_SB", Start + 3000, "\"message\":{\"mid\":\"m_sb4\",\"text\":\"sent from the page inbox\",\"is_echo\":true,\"app_id\":263902037430900}"));
        await WaitProcessedAsync(meta, 3);

        Assert.Equal(answered, (await meta.OutboxAsync()).Count);
        Assert.Equal(stateBefore, await meta.DbAsync(db => db.States.AsNoTracking().Where(s => s.Key.Contains("PSID_SB")).Select(s => s.Version).ToListAsync()));
        var transcript = await meta.DbAsync(db => HandoffTranscript.ReadAsync(db, StateKeys.ConversationKey(MetaChannels.Messenger, "PSID_SB"), default));
        Assert.Equal(["I want to change my seat", "ABC123 dupont", "Talk to Sam"], transcript.Where(e => e.From == "customer").Select(e => e.Text));
    }

    [Fact]
    public async Task A_stop_on_standby_opts_the_customer_out_and_the_bot_stays_silent()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);

        await meta.PostAsync(Page("standby", "PSID_STOP", Start, "\"message\":{\"mid\":\"m_stop\",\"text\":\"STOP\"}"));
        await WaitProcessedAsync(meta, 1);

        Assert.True((await meta.Contacts.FindAsync(MetaChannels.Messenger, "PSID_STOP", default))!.IsOptedOut);
        Assert.Empty(await meta.OutboxAsync());
    }
}
