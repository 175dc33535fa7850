using System.Diagnostics;
using System.Net;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace DarkSocialBot.Tests.Channels.Twilio;

/// <summary>Conformance cases 10-13: channel detection, consent keywords, reply format and duplicates, on the real host.</summary>
public sealed class TwilioMessagingTests
{
    private static string Sid(int n) => $"SM{n:D32}";

    private static Dictionary<string, string> Fields(RecordedRequest request) =>
        QueryHelpers.ParseQuery(request.BodyText).ToDictionary(p => p.Key, p => p.Value.ToString());

    [Fact]
    public async Task Case10_whatsapp_sender_is_detected_and_answered_from_the_whatsapp_number_it_wrote_to()
    {
        await using var twilio = await TwilioFixture.StartAsync();

        await twilio.PostAsync("/api/twilio", TwilioFixture.WhatsApp("hi", Sid(1)));

        var received = Assert.Single(await twilio.Bot.WaitForAsync(1));
        Assert.Equal(TwilioChannels.WhatsApp, received.ChannelId);
        Assert.Equal("+14155550100", received.From!.Id);
        Assert.Equal("Ana", received.From.Name);
        Assert.Equal("14155550100", received.ChannelData!.Value.GetProperty("WaId").GetString());
        var request = Assert.Single(await twilio.Api.WaitForRequestsAsync(1));
        Assert.Equal(twilio.MessagesPath, request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String("ACcccccccccccccccccccccccccccccccc:12345"u8.ToArray()), request.Header("Authorization"));
        var fields = Fields(request);
        Assert.Equal("whatsapp:+14155550100", fields["To"]);
        Assert.Equal("whatsapp:+14155238886", fields["From"]);
        Assert.Equal("echo: hi", fields["Body"]);
        Assert.Equal("https://bot.example.com/api/twilio/status", fields["StatusCallback"]);
        var contact = await twilio.ContactAsync(TwilioChannels.WhatsApp, "+14155550100");
        Assert.Equal(("Ana", "14155550100"), (contact!.DisplayName, contact.WaId));
    }

    [Fact]
    public async Task Case10_plain_number_is_sms_and_media_become_attachments()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        (string, string)[] form = [.. TwilioFixture.Sms("look", Sid(2)).Where(p => p.Item1 != "NumMedia"),
            ("NumMedia", "1"), ("MediaUrl0", "https://api.twilio.com/media/ME1"), ("MediaContentType0", "image/jpeg")];

        await twilio.PostAsync("/api/twilio", form);

        var received = Assert.Single(await twilio.Bot.WaitForAsync(1));
        Assert.Equal(TwilioChannels.Sms, received.ChannelId);
        var attachment = Assert.Single(received.Attachments!);
        Assert.Equal(("image/jpeg", "https://api.twilio.com/media/ME1"), (attachment.ContentType, attachment.ContentUrl));
        var fields = Fields(Assert.Single(await twilio.Api.WaitForRequestsAsync(1)));
        Assert.Equal(("+14155550100", "+14155238886"), (fields["To"], fields["From"]));
    }

    [Theory]
    [InlineData("ButtonPayload", "ButtonText")]
    [InlineData("ListId", "ListTitle")]
    public async Task Case10_a_tapped_whatsapp_button_or_list_row_gives_its_id_as_the_text(string idField, string titleField)
    {
        await using var twilio = await TwilioFixture.StartAsync();

        await twilio.PostAsync("/api/twilio", [.. TwilioFixture.WhatsApp("Flight status", Sid(20)), (idField, "flightStatus"), (titleField, "Flight status")]);

        var received = Assert.Single(await twilio.Bot.WaitForAsync(1));
        Assert.Equal("flightStatus", received.Text);
        Assert.Equal("flightStatus", received.Value?.GetString());
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("Stop ")]
    [InlineData("cancel")]
    public async Task Case11_stop_opts_out_with_no_bot_reply_and_an_empty_response(string text)
    {
        await using var twilio = await TwilioFixture.StartAsync();

        var response = await twilio.PostAsync("/api/twilio", TwilioFixture.Sms(text, Sid(3)));

        Assert.Equal(Twiml.Empty, await response.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(async () => (await twilio.ContactAsync(TwilioChannels.Sms, "+14155550100"))?.IsOptedOut == true);
        await Task.Delay(300);
        Assert.Empty(twilio.Bot.Received);
        Assert.Empty(twilio.Api.Requests);
    }

    [Theory]
    [InlineData("ARRÊT")]
    [InlineData("arret")]
    public async Task Case11_french_stop_on_sms_is_confirmed_by_the_bot_since_twilio_does_not_know_it(string text)
    {
        await using var twilio = await TwilioFixture.StartAsync();

        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms(text, Sid(3)));

        var confirmation = Fields(Assert.Single(await twilio.Api.WaitForRequestsAsync(1)))["Body"];
        Assert.Contains("START", confirmation, StringComparison.Ordinal);
        Assert.Contains("vous ne recevrez plus", confirmation, StringComparison.Ordinal);
        Assert.True((await twilio.ContactAsync(TwilioChannels.Sms, "+14155550100"))!.IsOptedOut);
        Assert.Empty(twilio.Bot.Received);
    }

    [Fact]
    public async Task Case11_stop_please_is_not_an_opt_out()
    {
        await using var twilio = await TwilioFixture.StartAsync();

        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("STOP PLEASE", Sid(4)));

        await twilio.Api.WaitForRequestsAsync(1);
        Assert.False((await twilio.ContactAsync(TwilioChannels.Sms, "+14155550100"))!.IsOptedOut);
    }

    [Fact]
    public async Task Case11_opted_out_customer_gets_nothing_until_start_and_help_gets_no_duplicate_answer()
    {
        await using var twilio = await TwilioFixture.StartAsync();

        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("STOP", Sid(5)));
        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("where is my bag?", Sid(6)));
        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("HELP", Sid(7)));
        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("UNSTOP", Sid(8)));
        await Eventually.TrueAsync(async () => await twilio.InboxCountAsync() == 4 && (await twilio.ContactAsync(TwilioChannels.Sms, "+14155550100"))?.IsOptedOut == false);
        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("INFO", Sid(9)));
        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("hello again", Sid(10)));

        var reply = Assert.Single(await twilio.Api.WaitForRequestsAsync(1));
        Assert.Equal("echo: hello again", Fields(reply)["Body"]);
        Assert.Equal(["hello again"], twilio.Bot.Received.Select(a => a.Text));
    }

    [Fact]
    public async Task Case11_a_21610_answer_records_the_opt_out_and_is_never_retried()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        twilio.Api.Handler = TwilioFixture.Error(400, 21610);

        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("hi", Sid(11)));

        var row = Assert.Single(await twilio.SettledOutboxAsync(1));
        Assert.Equal((OutboxStatus.Failed, "21610", DeliveryStatus.Failed), (row.Status, row.ErrorCode, row.DeliveryStatus));
        Assert.StartsWith("OptedOut", row.Error, StringComparison.Ordinal);
        Assert.True((await twilio.ContactAsync(TwilioChannels.Sms, "+14155550100"))!.IsOptedOut);
        await Task.Delay(400);
        Assert.Single(twilio.Api.Requests);
    }

    [Fact]
    public async Task Case12_webhook_answers_empty_twiml_at_once_however_slow_the_bot_and_the_reply_goes_out_by_rest()
    {
        // The bot's turn cannot end before the webhook has its answer. A webhook that waited for the turn would answer only
        // when the acknowledgement window (10 s here) runs out; the bound is that window, not a guess at this machine's speed.
        var release = new TaskCompletionSource();
        var bot = new RecordingBot { Reply = async (context, ct) => { await release.Task.WaitAsync(ct); context.Send("Thanks & welcome <3"); } };
        await using var twilio = await TwilioFixture.StartAsync(bot: bot, settings: new() { ["Turns:AcknowledgeWithin"] = "00:00:10" });

        var clock = Stopwatch.StartNew();
        var response = await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("hi", Sid(12)));
        clock.Stop();
        release.SetResult();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), $"answered after {clock.Elapsed}, as if it waited for the turn");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", await response.Content.ReadAsStringAsync());
        Assert.Equal("Thanks & welcome <3", Fields(Assert.Single(await twilio.Api.WaitForRequestsAsync(1)))["Body"]);
    }

    [Fact]
    public void Case12_twiml_messages_are_escaped()
    {
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Thanks &amp; welcome &lt;3</Message></Response>",
            Twiml.Messages(["Thanks & welcome <3"]));
    }

    [Fact]
    public async Task Case13_same_message_sid_twice_is_processed_once()
    {
        await using var twilio = await TwilioFixture.StartAsync();

        var first = await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("once", Sid(13)));
        var second = await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("once", Sid(13)));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        await twilio.Api.WaitForRequestsAsync(1);
        await Task.Delay(300);
        Assert.Single(twilio.Api.Requests);
        Assert.Single(twilio.Bot.Received);
    }
}
