using System.Text.Json;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.Twilio;

/// <summary>The REST sender on the real host against a fake Twilio API: window and templates (case 19), errors and backpressure (case 20).</summary>
public sealed class TwilioSenderTests
{
    private const string Customer = "+14155550100";

    private static Dictionary<string, string> Fields(RecordedRequest request) =>
        QueryHelpers.ParseQuery(request.BodyText).ToDictionary(p => p.Key, p => p.Value.ToString());

    private static Activity Reply(string channelId, string text, string customer = Customer) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        From = new ChannelAccount { Id = "+14155238886" },
        Recipient = new ChannelAccount { Id = customer },
        Conversation = new ConversationAccount { Id = customer },
        Text = text,
    };

    private static Task<DeliveryResult> SendAsync(TwilioFixture twilio, Activity activity) =>
        twilio.Host.Services.GetServices<IChannelSender>().OfType<TwilioSender>().Single()
            .SendAsync(activity, new OutboxEntry { ChannelId = activity.ChannelId!, ConversationKey = "k", Payload = [] }, CancellationToken.None);

    private static Task LastWroteAsync(TwilioFixture twilio, string channelId, TimeSpan ago) =>
        twilio.Host.Services.GetRequiredService<ContactStore>().RecordInboundAsync(channelId, Customer, new ContactDetails(null, null, null), DateTimeOffset.UtcNow - ago);

    [Fact]
    public async Task Case19_whatsapp_free_form_outside_24_hours_is_refused_as_template_required_without_calling_twilio()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        await LastWroteAsync(twilio, TwilioChannels.WhatsApp, TimeSpan.FromHours(25));

        var result = await SendAsync(twilio, Reply(TwilioChannels.WhatsApp, "your gate changed"));

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.StartsWith(DeliveryFailures.TemplateRequired, result.Error, StringComparison.Ordinal);
        Assert.Empty(twilio.Api.Requests);
    }

    [Fact]
    public async Task Case19_configured_template_is_sent_outside_the_window_with_content_sid_and_variables_and_no_body()
    {
        await using var twilio = await TwilioFixture.StartAsync(settings: new()
        {
            ["Twilio:WhatsAppTemplateContentSid"] = "HX0123456789abcdef0123456789abcdef",
            ["Twilio:WhatsAppTemplateTextVariable"] = "1",
            ["Twilio:MessagingServiceSid"] = "MG0123456789abcdef0123456789abcdef",
        });
        await LastWroteAsync(twilio, TwilioChannels.WhatsApp, TimeSpan.FromDays(3));

        var result = await SendAsync(twilio, Reply(TwilioChannels.WhatsApp, "gate \"B12\""));

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var fields = Fields(Assert.Single(twilio.Api.Requests));
        Assert.Equal("HX0123456789abcdef0123456789abcdef", fields["ContentSid"]);
        Assert.Equal("gate \"B12\"", JsonDocument.Parse(fields["ContentVariables"]).RootElement.GetProperty("1").GetString());
        Assert.Equal("MG0123456789abcdef0123456789abcdef", fields["MessagingServiceSid"]);
        Assert.False(fields.ContainsKey("Body") || fields.ContainsKey("From") || fields.ContainsKey("MediaUrl"));
    }

    [Fact]
    public async Task Case19_inside_the_window_free_form_goes_out_and_63016_maps_to_template_required()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        await LastWroteAsync(twilio, TwilioChannels.WhatsApp, TimeSpan.FromHours(23));
        twilio.Api.Handler = TwilioFixture.Error(400, 63016);

        var result = await SendAsync(twilio, Reply(TwilioChannels.WhatsApp, "hello"));

        Assert.Equal("hello", Fields(Assert.Single(twilio.Api.Requests))["Body"]);
        Assert.Equal((DeliveryOutcome.Failed, "63016"), (result.Outcome, result.ErrorCode));
        Assert.StartsWith(DeliveryFailures.TemplateRequired, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case20_429_is_retried_with_backoff_at_most_three_attempts()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        twilio.Api.Handler = TwilioFixture.Error(429, 20429);

        var result = await SendAsync(twilio, Reply(TwilioChannels.Sms, "hi"));

        Assert.Equal(3, twilio.Api.Requests.Count);
        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.StartsWith(DeliveryFailures.Throttled, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case20_429_then_success_sends_once()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        var throttle = TwilioFixture.Error(429, 20429);
        twilio.Api.Handler = (request, context) => request.Sequence <= 2 ? throttle(request, context) : TwilioFixture.CreatedAsync(request, context);

        var result = await SendAsync(twilio, Reply(TwilioChannels.Sms, "hi"));

        Assert.Equal((DeliveryOutcome.Sent, $"SM{3:D32}", DeliveryStatus.Queued), (result.Outcome, result.ProviderMessageId, result.Status));
        Assert.Equal(3, twilio.Api.Requests.Count);
    }

    [Theory]
    [InlineData(21211, DeliveryFailures.InvalidRecipient)]
    [InlineData(21610, DeliveryFailures.OptedOut)]
    public async Task Case20_invalid_number_and_opted_out_are_never_retried(int code, string reason)
    {
        await using var twilio = await TwilioFixture.StartAsync();
        twilio.Api.Handler = TwilioFixture.Error(400, code);

        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("hi", "SM" + new string('2', 32)));

        var row = Assert.Single(await twilio.SettledOutboxAsync(1));
        Assert.Equal((OutboxStatus.Failed, code.ToString(System.Globalization.CultureInfo.InvariantCulture)), (row.Status, row.ErrorCode));
        Assert.StartsWith(reason, row.Error, StringComparison.Ordinal);
        await Task.Delay(400);
        Assert.Single(twilio.Api.Requests);
    }

    [Fact]
    public async Task Opted_out_customer_and_invalid_number_are_refused_without_calling_twilio()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        await twilio.Host.Services.GetRequiredService<ContactStore>().MarkOptedOutAsync(TwilioChannels.Sms, Customer);

        var optedOut = await SendAsync(twilio, Reply(TwilioChannels.Sms, "offer!"));
        var invalid = await SendAsync(twilio, Reply(TwilioChannels.Sms, "hi", customer: "+1"));

        Assert.StartsWith(DeliveryFailures.OptedOut, optedOut.Error, StringComparison.Ordinal);
        Assert.StartsWith(DeliveryFailures.InvalidRecipient, invalid.Error, StringComparison.Ordinal);
        Assert.Empty(twilio.Api.Requests);
    }

    [Fact]
    public async Task Long_sms_is_split_on_word_boundaries_and_a_retry_resends_only_the_missing_parts()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        var text = string.Join(' ', Enumerable.Range(0, 700).Select(i => $"w{i:D3}")); // 3,499 characters
        var failThird = true;
        twilio.Api.Handler = (request, context) =>
        {
            if (request.Sequence == 3 && failThird) return TwilioFixture.Error(500, 20500)(request, context);
            return TwilioFixture.CreatedAsync(request, context);
        };
        var entry = new OutboxEntry { ChannelId = TwilioChannels.Sms, ConversationKey = "k", Payload = [] };
        var sender = twilio.Host.Services.GetServices<IChannelSender>().OfType<TwilioSender>().Single();

        var first = await sender.SendAsync(Reply(TwilioChannels.Sms, text), entry, CancellationToken.None);
        failThird = false;
        var second = await sender.SendAsync(Reply(TwilioChannels.Sms, text), entry, CancellationToken.None);

        Assert.Equal((DeliveryOutcome.Retry, DeliveryOutcome.Sent), (first.Outcome, second.Outcome));
        var bodies = twilio.Api.Requests.Select(r => Fields(r)["Body"]).ToList();
        Assert.Equal(4, bodies.Count); // parts 1, 2, 3 (failed), then only 3 again
        Assert.Equal(bodies[2], bodies[3]);
        Assert.All(bodies, b => Assert.True(b.Length <= 1600));
        Assert.Equal(text, string.Join(' ', bodies.Take(3)));
    }

    [Fact]
    public async Task Choices_are_numbered_on_sms_and_the_reply_2_picks_the_second()
    {
        var bot = new RecordingBot
        {
            Reply = (context, _) =>
            {
                if (context.Activity.Text == "seat?")
                    context.Send(new Activity { Text = "Which seat?", SuggestedActions = new SuggestedActions { Actions = [new CardAction { Title = "Window", Value = "WINDOW" }, new CardAction { Title = "Aisle", Value = "AISLE" }] } });
                return Task.CompletedTask;
            },
        };
        await using var twilio = await TwilioFixture.StartAsync(bot: bot);

        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("seat?", "SM" + new string('3', 32)));
        var offer = Assert.Single(await twilio.Api.WaitForRequestsAsync(1));
        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms(" 2 ", "SM" + new string('4', 32)));

        Assert.Equal("Which seat?\n\n1. Window\n2. Aisle", Fields(offer)["Body"]);
        Assert.Equal("AISLE", (await bot.WaitForAsync(2))[1].Text);
    }

    [Fact]
    public async Task A_card_link_the_text_already_gives_is_sent_once()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        const string url = "https://bot.example.com/boarding-pass/abc";
        var pass = Reply(TwilioChannels.Sms, $"You're checked in ✅ Boarding pass: {url}");
        pass.Attachments = [new Attachment
        {
            ContentType = "application/vnd.microsoft.card.hero",
            Content = JsonSerializer.SerializeToElement(new { title = "Boarding pass NM 1234", buttons = new[] { new { type = "openUrl", title = "Open boarding pass", value = url } } }),
        }];

        await SendAsync(twilio, pass);

        var body = Fields(Assert.Single(await twilio.Api.WaitForRequestsAsync(1)))["Body"];
        Assert.Equal($"You're checked in ✅ Boarding pass: {url}\nBoarding pass NM 1234", body);
    }

    [Fact]
    public async Task An_agents_reply_is_signed_with_their_name()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        await LastWroteAsync(twilio, TwilioChannels.WhatsApp, TimeSpan.FromMinutes(5));
        var reply = Reply(TwilioChannels.WhatsApp, "Bonjour, je regarde votre dossier.");
        reply.ChannelData = JsonSerializer.SerializeToElement(new { agent = true, humanAgent = true, agentName = "Sam" });

        await SendAsync(twilio, reply);

        Assert.Equal("Sam: Bonjour, je regarde votre dossier.", Fields(Assert.Single(await twilio.Api.WaitForRequestsAsync(1)))["Body"]);
    }

    /// <summary>
    /// The SMS rate counts segments, as carriers do: four messages of about 8 segments each at 20 segments/s take a second
    /// more than a bucket's worth, where counting messages sent them at once.
    /// </summary>
    [Fact]
    public async Task Sends_wait_for_the_sender_rate_counted_in_segments_instead_of_failing()
    {
        await using var twilio = await TwilioFixture.StartAsync(settings: new() { ["Twilio:SmsMessagesPerSecond"] = "20" });
        var text = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"w{i:D3}")); // 4 parts

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await SendAsync(twilio, Reply(TwilioChannels.Sms, text));

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        Assert.Equal(4, twilio.Api.Requests.Count);
        var segments = twilio.Api.Requests.Sum(r => SmsSegments.Count(Fields(r)["Body"]));
        Assert.InRange(segments, 21, 40);
        Assert.True(clock.Elapsed > TimeSpan.FromMilliseconds(800), $"{segments} segments at 20/s took {clock.Elapsed}");
    }
}
