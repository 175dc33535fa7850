using System.Net;
using System.Text;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;

namespace DarkSocialBot.Tests.Channels.Twilio;

/// <summary>Status callbacks (forward-only delivery state) and bad input: never a 500, nothing stored when refused.</summary>
public sealed class TwilioStatusAndBadInputTests
{
    private static (string, string)[] Status(string sid, string status, string? errorCode = null) =>
        [("MessageSid", sid), ("MessageStatus", status), ("AccountSid", TwilioFixture.AccountSid), ("To", "+14155550100"),
         ("From", "+14155238886"), ("ApiVersion", "2010-04-01"), .. errorCode is null ? Array.Empty<(string, string)>() : [("ErrorCode", errorCode)]];

    private static async Task<OutboxEntry> SentReplyAsync(TwilioFixture twilio)
    {
        await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("hi", "SM" + new string('5', 32)));
        return Assert.Single(await twilio.SettledOutboxAsync(1));
    }

    [Fact]
    public async Task Status_callbacks_move_delivery_forward_and_ignore_late_or_backward_ones()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        var sent = await SentReplyAsync(twilio);
        Assert.Equal(DeliveryStatus.Queued, sent.DeliveryStatus);
        var sid = sent.ProviderMessageId!;

        foreach (var status in new[] { "delivered", "sent", "queued" })
            Assert.Equal(HttpStatusCode.OK, (await twilio.PostAsync("/api/twilio/status", Status(sid, status))).StatusCode);
        Assert.Equal(DeliveryStatus.Delivered, (await twilio.OutboxAsync())[0].DeliveryStatus);

        await twilio.PostAsync("/api/twilio/status", Status(sid, "read"));
        await twilio.PostAsync("/api/twilio/status", Status(sid, "failed", "30008"));
        var row = (await twilio.OutboxAsync())[0];
        Assert.Equal((DeliveryStatus.Read, null), (row.DeliveryStatus, row.ErrorCode));
    }

    [Fact]
    public async Task Failed_status_is_final_and_keeps_its_error_code()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        var sid = (await SentReplyAsync(twilio)).ProviderMessageId!;

        await twilio.PostAsync("/api/twilio/status", Status(sid, "undelivered", "30003"));
        await twilio.PostAsync("/api/twilio/status", Status(sid, "delivered"));

        var row = (await twilio.OutboxAsync())[0];
        Assert.Equal((DeliveryStatus.Undelivered, "30003"), (row.DeliveryStatus, row.ErrorCode));
        Assert.NotNull(row.DeliveryUpdatedAt);
    }

    [Fact]
    public async Task Unsigned_status_callback_is_refused()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        var sid = (await SentReplyAsync(twilio)).ProviderMessageId!;

        var response = await twilio.PostAsync("/api/twilio/status", Status(sid, "delivered"), signature: "bm9wZQ==");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DeliveryStatus.Queued, (await twilio.OutboxAsync())[0].DeliveryStatus);
    }

    [Fact]
    public async Task Ten_megabyte_body_gets_413_before_anything_is_stored()
    {
        await using var twilio = await TwilioFixture.StartAsync();

        var response = await twilio.PostRawAsync("/api/twilio", new byte[10 * 1024 * 1024], "application/x-www-form-urlencoded", "x");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await twilio.InboxCountAsync());
    }

    [Theory]
    [InlineData("%%%&&==&%ZZ=%E9")]
    [InlineData("{\"not\":\"a form\"}")]
    public async Task Malformed_but_signed_body_is_acknowledged_without_a_turn(string body)
    {
        await using var twilio = await TwilioFixture.StartAsync();
        var form = TwilioForm.Parse(Encoding.UTF8.GetBytes(body)).SelectMany(p => p.Value.Select(v => (p.Key, v)));
        var signature = TwilioTestSigner.Sign(TwilioFixture.Token, "https://bot.example.com/api/twilio", form);

        var response = await twilio.PostRawAsync("/api/twilio", Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded", signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await twilio.InboxCountAsync());
    }

    [Theory]
    [InlineData("+1")]
    [InlineData("12345")]
    [InlineData("not a number")]
    public async Task Invalid_sender_number_is_acknowledged_without_a_turn(string from)
    {
        await using var twilio = await TwilioFixture.StartAsync();

        var response = await twilio.PostAsync("/api/twilio", TwilioFixture.Sms("hi", "SM" + new string('6', 32), from: from));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await twilio.InboxCountAsync());
    }

    [Fact]
    public async Task Without_credentials_the_channel_is_off_with_a_404_problem_and_the_bot_still_runs()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/twilio", new FormUrlEncodedContent([new("Body", "hi")]));
        var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Twilio:AccountSid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
