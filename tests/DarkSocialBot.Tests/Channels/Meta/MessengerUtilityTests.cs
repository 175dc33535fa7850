using System.Text.Json;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>
/// Messenger outside the 24-hour window with an approved utility template configured (Meta's Utility Messages, which
/// replace the update tags retired on 2026-04-27), against the fake Graph API.
/// </summary>
public sealed class MessengerUtilityTests
{
    private static readonly Dictionary<string, string?> Template = new()
    {
        ["Meta:MessengerUtilityTemplateName"] = "flight_update",
        ["Meta:MessengerUtilityTemplateLanguage"] = "en_US",
        ["Meta:MessengerUtilityTemplateLanguages:fr"] = "fr_FR",
        ["Meta:MessengerUtilityTemplateTextParameter"] = "true",
    };

    private static Activity Message(string psid, string text, object? channelData = null, string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = MetaChannels.Messenger,
        From = new ChannelAccount { Id = "PAGE_ID" },
        Recipient = new ChannelAccount { Id = psid },
        Conversation = new ConversationAccount { Id = psid },
        Locale = locale,
        Text = text,
        ChannelData = channelData is null ? null : JsonSerializer.SerializeToElement(channelData),
    };

    private static Task<DeliveryResult> SendAsync(MetaFixture meta, Activity activity) =>
        meta.Host.Services.GetServices<IChannelSender>().Single(s => s.Handles(MetaChannels.Messenger))
            .SendAsync(activity, new OutboxEntry { ChannelId = MetaChannels.Messenger, ConversationKey = "k", Payload = [] }, CancellationToken.None);

    private static Task LastWroteAsync(MetaFixture meta, string psid, TimeSpan ago) =>
        meta.Contacts.RecordInboundAsync(MetaChannels.Messenger, psid, new ContactDetails(null, null, null), DateTimeOffset.UtcNow - ago);

    [Fact]
    public async Task Outside_the_window_a_service_message_goes_as_the_utility_template_with_the_text_in_the_customers_language()
    {
        await using var meta = await MetaFixture.StartAsync(Template);
        await LastWroteAsync(meta, "PSID_1", TimeSpan.FromDays(3));

        var update = await SendAsync(meta, Message("PSID_1", "NM 1234 is delayed: departure 10:40, gate F40.",
            new { broadcast = new { campaignId = 7, topic = "flight:NM1234:2026-12-08", purpose = "service" } }, "en"));
        var french = await SendAsync(meta, Message("PSID_1", "Votre vol NM 1234 est retardé.", locale: "fr-FR"));

        Assert.Equal((DeliveryOutcome.Sent, DeliveryOutcome.Sent), (update.Outcome, french.Outcome));
        Assert.Equal("m_sent_1", update.ProviderMessageId);
        var requests = await meta.Graph.WaitForRequestsAsync(2);
        Assert.Equal("/v25.0/me/messages", requests[0].Path);
        Assert.Equal("""
            {"recipient":{"id":"PSID_1"},"messaging_type":"UTILITY","message":{"template":{"name":"flight_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"NM 1234 is delayed: departure 10:40, gate F40."}]}]}}}
            """, requests[0].BodyText);
        Assert.Equal("fr_FR", requests[1].Json.GetProperty("message").GetProperty("template").GetProperty("language").GetProperty("code").GetString());
        Assert.False(requests[1].Json.TryGetProperty("tag", out _));
    }

    [Fact]
    public async Task A_template_with_named_parameters_or_none_gets_the_body_it_was_created_for()
    {
        await using var named = await MetaFixture.StartAsync(new(Template) { ["Meta:MessengerUtilityTemplateParameterName"] = "update" });
        await LastWroteAsync(named, "PSID_1", TimeSpan.FromDays(2));
        await using var fixedText = await MetaFixture.StartAsync(new(Template) { ["Meta:MessengerUtilityTemplateTextParameter"] = "false" });
        await LastWroteAsync(fixedText, "PSID_1", TimeSpan.FromDays(2));

        await SendAsync(named, Message("PSID_1", "Gate changed to K41."));
        await SendAsync(fixedText, Message("PSID_1", "Gate changed to K41."));

        var parameter = Assert.Single(named.Graph.Requests).Json.GetProperty("message").GetProperty("template").GetProperty("components")[0].GetProperty("parameters")[0];
        Assert.Equal(("update", "Gate changed to K41."), (parameter.GetProperty("parameter_name").GetString(), parameter.GetProperty("text").GetString()));
        Assert.Equal("""{"recipient":{"id":"PSID_1"},"messaging_type":"UTILITY","message":{"template":{"name":"flight_update","language":{"code":"en_US"}}}}""",
            Assert.Single(fixedText.Graph.Requests).BodyText);
    }

    [Fact]
    public async Task Inside_the_window_and_for_an_agent_within_7_days_the_template_is_not_used()
    {
        await using var meta = await MetaFixture.StartAsync(Template);
        await LastWroteAsync(meta, "PSID_1", TimeSpan.FromHours(2));
        await LastWroteAsync(meta, "PSID_2", TimeSpan.FromDays(3));

        await SendAsync(meta, Message("PSID_1", "Your flight is delayed", new { broadcast = new { purpose = "service" } }));
        await SendAsync(meta, Message("PSID_2", "Hi, Sam from support here", new { humanAgent = true }));

        var requests = await meta.Graph.WaitForRequestsAsync(2);
        Assert.Equal(("UPDATE", "MESSAGE_TAG"), (requests[0].Json.GetProperty("messaging_type").GetString(), requests[1].Json.GetProperty("messaging_type").GetString()));
        Assert.Equal("HUMAN_AGENT", requests[1].Json.GetProperty("tag").GetString());
    }

    [Fact]
    public async Task A_marketing_broadcast_outside_the_window_is_refused_with_the_reason_even_with_a_template()
    {
        await using var meta = await MetaFixture.StartAsync(Template);
        await LastWroteAsync(meta, "PSID_1", TimeSpan.FromDays(3));

        var offer = await SendAsync(meta, Message("PSID_1", "Winter sale: 20% off!", new { broadcast = new { campaignId = 3, topic = "offers", purpose = "marketing" } }));

        Assert.Equal(DeliveryOutcome.Failed, offer.Outcome);
        Assert.StartsWith(DeliveryFailures.OutsideWindow, offer.Error, StringComparison.Ordinal);
        Assert.Contains("a marketing message cannot go as a Messenger utility message", offer.Error, StringComparison.Ordinal);
        Assert.Empty(meta.Graph.Requests);
    }

    [Fact]
    public async Task A_template_meta_refuses_fails_for_good_naming_the_template_and_is_not_retried()
    {
        await using var meta = await MetaFixture.StartAsync(Template);
        await LastWroteAsync(meta, "PSID_1", TimeSpan.FromDays(3));
        meta.Graph.Handler = MetaFixture.Error(400, 100);

        var result = await SendAsync(meta, Message("PSID_1", "Gate changed to K41."));

        Assert.Equal((DeliveryOutcome.Failed, "100"), (result.Outcome, result.ErrorCode));
        Assert.Equal("TemplateRefused: Meta refused the template \"flight_update\" (en_US): Graph answered 400 with error 100 (invalid parameter)", result.Error);
        Assert.Single(meta.Graph.Requests);
    }

    [Fact]
    public async Task When_meta_says_the_window_closed_before_our_clock_did_the_message_goes_as_the_template()
    {
        await using var meta = await MetaFixture.StartAsync(Template);
        await LastWroteAsync(meta, "PSID_1", TimeSpan.FromHours(23.99));
        var closed = MetaFixture.Error(400, 10, 2018278);
        meta.Graph.Handler = (request, context) => request.Sequence == 1 ? closed(request, context) : MetaFixture.AcceptedAsync(request, context);

        var result = await SendAsync(meta, Message("PSID_1", "Boarding starts at gate F40."));

        Assert.Equal((DeliveryOutcome.Sent, "m_sent_2"), (result.Outcome, result.ProviderMessageId));
        var requests = await meta.Graph.WaitForRequestsAsync(2);
        Assert.Equal(("RESPONSE", "UTILITY"), (requests[0].Json.GetProperty("messaging_type").GetString(), requests[1].Json.GetProperty("messaging_type").GetString()));
        Assert.Equal("Boarding starts at gate F40.", requests[1].Json.GetProperty("message").GetProperty("template").GetProperty("components")[0].GetProperty("parameters")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_typing_indicator_outside_the_window_is_no_utility_message_and_is_not_posted()
    {
        await using var meta = await MetaFixture.StartAsync(Template);
        await LastWroteAsync(meta, "PSID_1", TimeSpan.FromDays(2));

        var typing = await SendAsync(meta, new Activity { Type = ActivityTypes.Typing, ChannelId = MetaChannels.Messenger, From = new ChannelAccount { Id = "PAGE_ID" }, Recipient = new ChannelAccount { Id = "PSID_1" } });

        Assert.StartsWith(DeliveryFailures.OutsideWindow, typing.Error, StringComparison.Ordinal);
        Assert.Empty(meta.Graph.Requests);
    }
}
