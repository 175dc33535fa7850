using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Channels.Twilio;

/// <summary>WhatsApp and MMS media through Twilio's signed webhook to the brand's bot (NumMedia, MediaUrl0, MediaContentType0; a location's Latitude/Longitude).</summary>
public sealed class TwilioMediaTests
{
    private const string LastNameRetry = "Could you type the last name as it is on the booking, letters only?";
    private int _next;

    private async Task<IReadOnlyList<string>> SendAsync(TwilioFixture twilio, string body, params (string, string)[] extra)
    {
        var sid = $"MM{Interlocked.Increment(ref _next):D32}";
        var before = (await twilio.OutboxAsync()).Count;
        var received = await twilio.InboxCountAsync();
        (string, string)[] form = [.. TwilioFixture.WhatsApp(body, sid).Where(p => extra.All(e => e.Item1 != p.Item1)), .. extra];
        var response = await twilio.PostAsync("/api/twilio", form);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => twilio.DbAsync(async db =>
            await db.Inbox.CountAsync() == received + 1 && await db.Inbox.AllAsync(e => e.Status == InboxStatus.Processed)));
        var rows = await twilio.SettledOutboxAsync((await twilio.OutboxAsync()).Count);
        return [.. rows.Skip(before).Select(r => JsonSerializer.Deserialize(r.Payload, ActivityJson.Default.Activity)!.Text ?? "")];
    }

    [Fact]
    public async Task A_shared_location_at_a_question_gets_the_polite_reply_and_the_question_again()
    {
        await using var twilio = await TwilioFixture.StartAsync(brandBot: true);
        Assert.Contains("Thanks! And the passenger's last name?", await SendAsync(twilio, "change my seat ABC123"));

        var replies = await SendAsync(twilio, "", ("Latitude", "49.0097"), ("Longitude", "2.5479"), ("Address", "95700 Roissy"), ("Label", "CDG Terminal 2"));

        Assert.Equal(["Thanks! I can only read text here. " + LastNameRetry], replies);
    }

    [Fact]
    public async Task A_whatsapp_voice_note_at_a_question_asks_to_type_it_and_a_photo_caption_is_the_text()
    {
        await using var twilio = await TwilioFixture.StartAsync(brandBot: true);
        var first = await SendAsync(twilio, "change my seat ABC123",
            ("NumMedia", "1"), ("MediaUrl0", $"https://api.twilio.com/2010-04-01/Accounts/{TwilioFixture.AccountSid}/Messages/MM1/Media/ME1"), ("MediaContentType0", "image/jpeg"));
        Assert.Contains("Thanks! And the passenger's last name?", first);

        var replies = await SendAsync(twilio, "",
            ("NumMedia", "1"), ("MediaUrl0", $"https://api.twilio.com/2010-04-01/Accounts/{TwilioFixture.AccountSid}/Messages/MM2/Media/ME2"), ("MediaContentType0", "audio/ogg"));

        Assert.Equal(["Sorry, I can't listen to voice messages, could you type it? " + LastNameRetry], replies);
    }
}
