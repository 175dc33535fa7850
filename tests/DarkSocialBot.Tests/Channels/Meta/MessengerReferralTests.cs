using System.Globalization;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>
/// Messenger referrals as Meta sends them: a new thread's ref comes with the Get Started postback
/// (<c>postback.referral</c>); a customer who already has a thread and follows an m.me link (<c>m.me/page?ref=…</c>,
/// often shared privately: dark social) or an ad comes back with a <c>messaging_referrals</c> event and nothing else.
/// </summary>
public sealed class MessengerReferralTests
{
    private static string Item(string psid, string fields) =>
        "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_ID\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"PAGE_ID\"},"
        + "\"timestamp\":" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "," + fields + "}]}]}";

    private static async Task WaitProcessedAsync(MetaFixture meta, int count) =>
        await Eventually.TrueAsync(() => meta.DbAsync(async db =>
            await db.Inbox.CountAsync() == count && await db.Inbox.AllAsync(e => e.Status == InboxStatus.Processed)));

    [Fact]
    public async Task An_m_me_link_followed_into_an_existing_thread_is_recorded_as_the_customers_way_in()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        await meta.PostAsync(Item("PSID_7", "\"message\":{\"mid\":\"m_hi\",\"text\":\"hello\"}"));
        await WaitProcessedAsync(meta, 1);

        // A friend sent them the link in a private chat; they tap it and land in the thread they already had.
        var response = await meta.PostAsync(Item("PSID_7", "\"referral\":{\"ref\":\"SHARE-WA-SPRING24\",\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}"));
        await WaitProcessedAsync(meta, 2);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var arrival = await meta.DbAsync(db => db.Arrivals.SingleAsync());
        Assert.Equal(("MessengerRef", "SHARE-WA-SPRING24", "MSG_WHATSAPP", "whatsapp"), (arrival.Kind, arrival.Code, arrival.Source, arrival.ShareChannel));
    }

    [Fact]
    public async Task Another_privately_shared_link_into_the_same_thread_is_another_arrival_and_a_redelivered_one_counts_once()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        var at = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeMilliseconds();
        string Referral(string code, long timestamp) => At(Item("PSID_9", "\"referral\":{\"ref\":\"" + code + "\",\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}"), timestamp);
        await meta.PostAsync(At(Item("PSID_9", "\"message\":{\"mid\":\"m_hi9\",\"text\":\"hello\"}"), at));
        await WaitProcessedAsync(meta, 1);

        // A friend's link on WhatsApp; days later another's, by SMS; the second webhook delivered twice; and the first link followed again.
        await meta.PostAsync(Referral("SHARE-WA-SPRING24", at + 1000));
        await meta.PostAsync(Referral("SHARE-SMS-SUMMER", at + 2000));
        var again = await meta.PostAsync(Referral("SHARE-SMS-SUMMER", at + 2000));
        await meta.PostAsync(Referral("SHARE-WA-SPRING24", at + 3000));
        await WaitProcessedAsync(meta, 4);

        Assert.Equal(System.Net.HttpStatusCode.OK, again.StatusCode);
        var arrivals = await meta.DbAsync(db => db.Arrivals.OrderBy(a => a.Id).Select(a => new { a.Code, a.ShareChannel }).ToListAsync());
        Assert.Equal([("SHARE-WA-SPRING24", "whatsapp"), ("SHARE-SMS-SUMMER", "sms")], arrivals.Select(a => (a.Code, a.ShareChannel)));
    }

    private static string At(string body, long timestamp) =>
        System.Text.RegularExpressions.Regex.Replace(body, "\"timestamp\":[0-9]+", "\"timestamp\":" + timestamp.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_get_started_postback_with_the_links_ref_is_recorded_for_a_new_thread()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);

        await meta.PostAsync(Item("PSID_8", "\"postback\":{\"mid\":\"m_gs\",\"title\":\"Get Started\",\"payload\":\"GET_STARTED\","
            + "\"referral\":{\"ref\":\"utm_source=messenger&utm_campaign=private-share\",\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}}"));
        await WaitProcessedAsync(meta, 1);

        var arrival = await meta.DbAsync(db => db.Arrivals.SingleAsync());
        Assert.Equal(("MessengerRef", "MSG_MESSENGER", "private-share"), (arrival.Kind, arrival.Source, arrival.Campaign));
    }

    [Fact]
    public async Task Following_an_m_me_link_back_into_the_thread_reopens_the_24_hour_window()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        await meta.Contacts.RecordInboundAsync(MetaChannels.Messenger, "PSID_7", new ContactDetails("Ana", null, null), DateTimeOffset.UtcNow.AddDays(-3));

        await meta.PostAsync(Item("PSID_7", "\"referral\":{\"ref\":\"SPRING24\",\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}"));
        await WaitProcessedAsync(meta, 1);
        var sender = meta.Host.Services.GetServices<IChannelSender>().Single(s => s.Handles(MetaChannels.Messenger));
        var result = await sender.SendAsync(new Activity
        {
            Type = ActivityTypes.Message, ChannelId = MetaChannels.Messenger, Text = "Welcome back! How can I help?",
            From = new ChannelAccount { Id = "PAGE_ID" }, Recipient = new ChannelAccount { Id = "PSID_7" }, Conversation = new ConversationAccount { Id = "PSID_7" },
        }, new OutboxEntry { ChannelId = MetaChannels.Messenger, ConversationKey = "k", Payload = [] }, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        Assert.Equal("RESPONSE", meta.Graph.Requests[^1].Json.GetProperty("messaging_type").GetString());
        Assert.Equal("Ana", (await meta.Contacts.FindAsync(MetaChannels.Messenger, "PSID_7", default))!.DisplayName);
    }
}
