using System.Text;
using System.Text.Json;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>Messenger and WhatsApp Cloud senders against a fake Graph API: request shapes, windows (case 19), throttling (case 20).</summary>
public sealed class MetaSenderTests
{
    private static Activity Reply(string channelId, string customer, string text, object? channelData = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        From = new ChannelAccount { Id = channelId == MetaChannels.Messenger ? "PAGE_ID" : "PHONE_NUMBER_ID" },
        Recipient = new ChannelAccount { Id = customer },
        Conversation = new ConversationAccount { Id = customer },
        Text = text,
        ChannelData = channelData is null ? null : JsonSerializer.SerializeToElement(channelData),
    };

    private static Task<DeliveryResult> SendAsync(MetaFixture meta, Activity activity) =>
        meta.Host.Services.GetServices<IChannelSender>().Single(s => s.Handles(activity.ChannelId!))
            .SendAsync(activity, new OutboxEntry { ChannelId = activity.ChannelId!, ConversationKey = "k", Payload = [] }, CancellationToken.None);

    private static Task LastWroteAsync(MetaFixture meta, string channelId, string user, TimeSpan ago) =>
        meta.Contacts.RecordInboundAsync(channelId, user, new ContactDetails(null, null, null), DateTimeOffset.UtcNow - ago);

    [Fact]
    public async Task Messenger_reply_goes_to_the_send_api_as_response_with_bearer_token_and_appsecret_proof()
    {
        await using var meta = await MetaFixture.StartAsync();

        await meta.PostAsync(MetaFixture.Messenger("m_a", "hi"));

        var request = Assert.Single(await meta.Graph.WaitForRequestsAsync(1));
        Assert.Equal("/v25.0/me/messages", request.Path);
        Assert.Equal("Bearer page-token", request.Header("Authorization"));
        Assert.StartsWith("?appsecret_proof=", request.Query, StringComparison.Ordinal);
        Assert.Equal("""{"recipient":{"id":"PSID_1"},"messaging_type":"RESPONSE","message":{"text":"echo: hi"}}""", request.BodyText);
        var row = Assert.Single(await meta.SettledOutboxAsync(1));
        Assert.Equal(("m_sent_1", DeliveryStatus.Sent), (row.ProviderMessageId, row.DeliveryStatus));
    }

    [Fact]
    public async Task Whatsapp_reply_goes_to_the_phone_number_messages_endpoint()
    {
        await using var meta = await MetaFixture.StartAsync();

        await meta.PostAsync(MetaFixture.WhatsApp("wamid.A", "hi"));

        var request = Assert.Single(await meta.Graph.WaitForRequestsAsync(1));
        Assert.Equal("/v25.0/PHONE_NUMBER_ID/messages", request.Path);
        Assert.Equal("Bearer wa-token", request.Header("Authorization"));
        Assert.Equal("""{"messaging_product":"whatsapp","recipient_type":"individual","to":"14155550100","type":"text","text":{"preview_url":false,"body":"echo: hi"}}""", request.BodyText);
    }

    [Fact]
    public async Task Case19_whatsapp_outside_24_hours_is_template_required_or_the_configured_template()
    {
        await using var plain = await MetaFixture.StartAsync();
        await LastWroteAsync(plain, MetaChannels.WhatsApp, "14155550100", TimeSpan.FromHours(25));
        var refused = await SendAsync(plain, Reply(MetaChannels.WhatsApp, "14155550100", "gate changed"));
        Assert.StartsWith(DeliveryFailures.TemplateRequired, refused.Error, StringComparison.Ordinal);
        Assert.Empty(plain.Graph.Requests);

        await using var templated = await MetaFixture.StartAsync(new() { ["Meta:WhatsAppTemplateName"] = "gate_change", ["Meta:WhatsAppTemplateLanguage"] = "fr", ["Meta:WhatsAppTemplateTextParameter"] = "true" });
        await LastWroteAsync(templated, MetaChannels.WhatsApp, "14155550100", TimeSpan.FromDays(2));
        var sent = await SendAsync(templated, Reply(MetaChannels.WhatsApp, "14155550100", "B12"));
        Assert.Equal(DeliveryOutcome.Sent, sent.Outcome);
        var template = Assert.Single(templated.Graph.Requests).Json.GetProperty("template");
        Assert.Equal("gate_change", template.GetProperty("name").GetString());
        Assert.Equal("fr", template.GetProperty("language").GetProperty("code").GetString());
        Assert.Equal("B12", template.GetProperty("components")[0].GetProperty("parameters")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Case19_whatsapp_131047_maps_to_template_required()
    {
        await using var meta = await MetaFixture.StartAsync();
        await LastWroteAsync(meta, MetaChannels.WhatsApp, "14155550100", TimeSpan.FromHours(1));
        meta.Graph.Handler = MetaFixture.Error(400, 131047);

        var result = await SendAsync(meta, Reply(MetaChannels.WhatsApp, "14155550100", "hello"));

        Assert.Equal((DeliveryOutcome.Failed, "131047"), (result.Outcome, result.ErrorCode));
        Assert.StartsWith(DeliveryFailures.TemplateRequired, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case19_messenger_after_24_hours_refuses_response_but_allows_a_human_agent_within_7_days()
    {
        await using var meta = await MetaFixture.StartAsync();
        await LastWroteAsync(meta, MetaChannels.Messenger, "PSID_1", TimeSpan.FromDays(3));
        await LastWroteAsync(meta, MetaChannels.Messenger, "PSID_OLD", TimeSpan.FromDays(8));

        var bot = await SendAsync(meta, Reply(MetaChannels.Messenger, "PSID_1", "any news?"));
        var agent = await SendAsync(meta, Reply(MetaChannels.Messenger, "PSID_1", "Hi, Sam from support here", new { humanAgent = true }));
        var tooLate = await SendAsync(meta, Reply(MetaChannels.Messenger, "PSID_OLD", "Hi, Sam here", new { humanAgent = true }));

        Assert.StartsWith(DeliveryFailures.OutsideWindow, bot.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryOutcome.Sent, agent.Outcome);
        Assert.StartsWith(DeliveryFailures.OutsideWindow, tooLate.Error, StringComparison.Ordinal);
        var body = Assert.Single(meta.Graph.Requests).Json;
        Assert.Equal(("MESSAGE_TAG", "HUMAN_AGENT"), (body.GetProperty("messaging_type").GetString(), body.GetProperty("tag").GetString()));
    }

    [Fact]
    public async Task Messenger_updates_are_never_sent_under_the_tags_meta_retired_and_go_as_update_inside_the_window()
    {
        await using var meta = await MetaFixture.StartAsync();
        await LastWroteAsync(meta, MetaChannels.Messenger, "PSID_1", TimeSpan.FromDays(3));
        await LastWroteAsync(meta, MetaChannels.Messenger, "PSID_2", TimeSpan.FromHours(2));
        var broadcast = new { id = 1 };

        // A campaign created before the tags were retired still carries one.
        var tagged = await SendAsync(meta, Reply(MetaChannels.Messenger, "PSID_1", "Your flight is cancelled", new { broadcast, messengerTag = "CONFIRMED_EVENT_UPDATE" }));
        var recent = await SendAsync(meta, Reply(MetaChannels.Messenger, "PSID_2", "Your flight is cancelled", new { broadcast, messengerTag = "CONFIRMED_EVENT_UPDATE" }));

        Assert.StartsWith(DeliveryFailures.OutsideWindow, tagged.Error, StringComparison.Ordinal);
        Assert.Contains("since 2026-04-27", tagged.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryOutcome.Sent, recent.Outcome);
        var body = Assert.Single(meta.Graph.Requests).Json;
        Assert.Equal("UPDATE", body.GetProperty("messaging_type").GetString());
        Assert.False(body.TryGetProperty("tag", out _));
    }

    [Theory]
    [InlineData(130429)]
    [InlineData(131056)]
    public async Task Case20_whatsapp_throttling_is_retried_by_the_dispatcher_until_sent(int code)
    {
        await using var meta = await MetaFixture.StartAsync();
        var throttled = MetaFixture.Error(400, code);
        meta.Graph.Handler = (request, context) => request.Sequence == 1 ? throttled(request, context) : MetaFixture.AcceptedAsync(request, context);

        await meta.PostAsync(MetaFixture.WhatsApp("wamid.T", "hi"));

        var row = Assert.Single(await meta.SettledOutboxAsync(1));
        Assert.Equal((OutboxStatus.Sent, 2, "wamid.sent2"), (row.Status, row.Attempts, row.ProviderMessageId));
        Assert.Equal(2, meta.Graph.Requests.Count);
    }

    [Fact]
    public async Task Messenger_613_is_retried()
    {
        await using var meta = await MetaFixture.StartAsync();
        await LastWroteAsync(meta, MetaChannels.Messenger, "PSID_1", TimeSpan.FromMinutes(1));
        meta.Graph.Handler = MetaFixture.Error(400, 613);

        var result = await SendAsync(meta, Reply(MetaChannels.Messenger, "PSID_1", "hi"));

        Assert.Equal((DeliveryOutcome.Retry, "613"), (result.Outcome, result.ErrorCode));
    }

    /// <summary>A throttled reply that went out on its retry kept the throttling's code (613), as if it had failed with it.</summary>
    [Fact]
    public async Task A_reply_sent_on_its_retry_keeps_no_error_of_the_attempt_before()
    {
        await using var meta = await MetaFixture.StartAsync(new() { ["Outbox:FirstRetryDelay"] = "00:00:00.050" });
        var throttled = MetaFixture.Error(400, 613);
        meta.Graph.Handler = (request, context) => request.Sequence == 1 ? throttled(request, context) : MetaFixture.AcceptedAsync(request, context);

        await meta.PostAsync(MetaFixture.Messenger("m_retry", "hi"));

        var row = Assert.Single(await meta.SettledOutboxAsync(1));
        Assert.Equal((OutboxStatus.Sent, 2, null, null), (row.Status, row.Attempts, row.ErrorCode, row.Error));
    }

    [Fact]
    public async Task A_yes_after_stop_on_whatsapp_or_messenger_is_not_an_opt_in_only_start_is()
    {
        await using var meta = await MetaFixture.StartAsync();
        await meta.PostAsync(MetaFixture.WhatsApp("wamid.STOP", "STOP"));
        await meta.PostAsync(MetaFixture.WhatsApp("wamid.YES", "Yes"));
        await meta.PostAsync(MetaFixture.Messenger("m_stop", "STOP"));
        await meta.PostAsync(MetaFixture.Messenger("m_yes", "yes"));
        await Eventually.TrueAsync(async () => await meta.InboxCountAsync() == 4);
        var confirmations = await meta.Graph.WaitForRequestsAsync(2);
        await Task.Delay(300);

        Assert.True((await meta.Contacts.FindAsync(MetaChannels.WhatsApp, "14155550100", default))!.IsOptedOut);
        Assert.True((await meta.Contacts.FindAsync(MetaChannels.Messenger, "PSID_1", default))!.IsOptedOut);
        Assert.Equal(2, meta.Graph.Requests.Count);
        Assert.All(confirmations, request => Assert.Contains("just write START", Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal));
        Assert.Empty(meta.Bot.Received);
    }

    [Fact]
    public async Task Opted_out_customer_gets_the_confirmation_of_their_stop_and_nothing_else_on_both_meta_channels()
    {
        await using var meta = await MetaFixture.StartAsync();
        await meta.PostAsync(MetaFixture.Messenger("m_stop", "STOP"));
        await meta.PostAsync(MetaFixture.WhatsApp("wamid.STOP", "stop"));
        await Eventually.TrueAsync(async () => (await meta.Contacts.FindAsync(MetaChannels.WhatsApp, "14155550100", default))?.IsOptedOut == true
            && (await meta.Contacts.FindAsync(MetaChannels.Messenger, "PSID_1", default))?.IsOptedOut == true);
        var confirmations = await meta.Graph.WaitForRequestsAsync(2);

        var messenger = await SendAsync(meta, Reply(MetaChannels.Messenger, "PSID_1", "offer"));
        var whatsApp = await SendAsync(meta, Reply(MetaChannels.WhatsApp, "14155550100", "offer"));

        Assert.StartsWith(DeliveryFailures.OptedOut, messenger.Error, StringComparison.Ordinal);
        Assert.StartsWith(DeliveryFailures.OptedOut, whatsApp.Error, StringComparison.Ordinal);
        Assert.Equal(2, meta.Graph.Requests.Count);
        Assert.All(confirmations, request => Assert.Contains("If you change your mind, just write START.", Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal));
        Assert.Empty(meta.Bot.Received);
    }

    [Fact]
    public async Task Whatsapp_customer_known_only_by_bsuid_is_answered_and_keeps_one_identity()
    {
        await using var meta = await MetaFixture.StartAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var withPhone = MetaFixture.WhatsAppValue("""
            "contacts":[{"profile":{"name":"Ana"},"wa_id":"14155550100","user_id":"US.13491208655302741918"}],"messages":[{"from":"14155550100","id":"wamid.P1","timestamp":"NOW","type":"text","text":{"body":"one"}}]
            """.Replace("NOW", now, StringComparison.Ordinal));
        var bsuidOnly = MetaFixture.WhatsAppValue("""
            "contacts":[{"profile":{"name":"Ana"},"user_id":"US.13491208655302741918"}],"messages":[{"from_user_id":"US.13491208655302741918","id":"wamid.P2","timestamp":"NOW","type":"text","text":{"body":"two"}}]
            """.Replace("NOW", now, StringComparison.Ordinal));
        var stranger = MetaFixture.WhatsAppValue("""
            "contacts":[{"profile":{"name":"Bo"},"user_id":"BR.1502576394655843"}],"messages":[{"from_user_id":"BR.1502576394655843","id":"wamid.P3","timestamp":"NOW","type":"text","text":{"body":"three"}}]
            """.Replace("NOW", now, StringComparison.Ordinal));

        await meta.PostAsync(withPhone);
        await meta.Bot.WaitForAsync(1);
        await meta.PostAsync(bsuidOnly);
        await meta.PostAsync(stranger);

        var received = await meta.Bot.WaitForAsync(3);
        // Two different conversations run in parallel: their order at the bot is not defined, the identities are.
        Assert.Equal(["14155550100", "14155550100", "BR.1502576394655843"], received.Select(a => a.From!.Id).Order(StringComparer.Ordinal));
        var requests = await meta.Graph.WaitForRequestsAsync(3);
        Assert.Equal("BR.1502576394655843", requests.Single(r => r.BodyText.Contains("three", StringComparison.Ordinal)).Json.GetProperty("recipient").GetString());
    }
}
