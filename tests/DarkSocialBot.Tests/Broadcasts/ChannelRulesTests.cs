using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>What a broadcast carries for the channel senders, and how sending follows the provider's pace.</summary>
public sealed class ChannelRulesTests
{
    [Fact]
    public async Task Broadcast_carries_the_whatsapp_template_with_variables_filled_in_for_senders_outside_the_window()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana", "en", name: "Ana"), host.Subscriber("luc", "fr", name: "Luc"));

        var created = await host.CreateCampaignAsync(new
        {
            name = "winter sale",
            segment = new { topic = "offers" },
            messages = new { en = "{{name}}, our winter sale starts {{day}}", fr = "{{name}}, les soldes commencent {{day.fr}}" },
            template = new
            {
                name = "winter_sale",
                contentSid = "HX0123456789abcdef0123456789abcdef",
                variables = new Dictionary<string, string> { ["1"] = "{{name}}", ["2"] = "{{day}}" },
                languageCodes = new { en = "en_US" },
            },
            data = new Dictionary<string, string> { ["day"] = "Monday", ["day.fr"] = "lundi" },
        });
        await host.WaitForAsync(created.Id, r => r.Sent == 2);

        var toLuc = host.Connector.Requests.Single(r => r.Json.GetProperty("recipient").GetProperty("id").GetString() == "luc").Json;
        Assert.Equal("Luc, les soldes commencent lundi", toLuc.GetProperty("text").GetString());
        var template = toLuc.GetProperty("channelData").GetProperty("broadcast").GetProperty("template");
        Assert.Equal("winter_sale", template.GetProperty("name").GetString());
        Assert.Equal("HX0123456789abcdef0123456789abcdef", template.GetProperty("contentSid").GetString());
        Assert.Equal("fr", template.GetProperty("language").GetString());
        Assert.Equal("Luc", template.GetProperty("variables").GetProperty("1").GetString());
        Assert.Equal("lundi", template.GetProperty("variables").GetProperty("2").GetString());
        var toAna = host.Connector.Requests.Single(r => r.Json.GetProperty("recipient").GetProperty("id").GetString() == "ana").Json;
        Assert.Equal("en_US", toAna.GetProperty("channelData").GetProperty("broadcast").GetProperty("template").GetProperty("language").GetString());
        Assert.Equal("Monday", toAna.GetProperty("channelData").GetProperty("broadcast").GetProperty("template").GetProperty("variables").GetProperty("2").GetString());
    }

    [Fact]
    public async Task Sms_subscribers_get_the_campaigns_sms_text()
    {
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?> { ["Broadcasts:SmsChannels:0"] = "sms-test" });
        await host.ImportAsync(host.Subscriber("chat-user"), host.Subscriber("+33612345678", channel: "sms-test"));

        var created = await host.CreateCampaignAsync(new
        {
            name = "sale",
            segment = new { topic = "offers" },
            messages = new { en = "Our sale starts Monday: see the app for details." },
            sms = new { en = "ACME: sale Monday. STOP to opt out" },
        });
        await host.WaitForAsync(created.Id, r => r.Sent == 2);

        var texts = host.Connector.Requests.ToDictionary(r => r.Json.GetProperty("recipient").GetProperty("id").GetString()!, r => r.Json.GetProperty("text").GetString());
        Assert.Equal("ACME: sale Monday. STOP to opt out", texts["+33612345678"]);
        Assert.Equal("Our sale starts Monday: see the app for details.", texts["chat-user"]);
    }

    [Fact]
    public async Task Provider_throttling_pauses_the_sender_and_everyone_still_gets_the_message_once()
    {
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?> { ["Outbox:FirstRetryDelay"] = "00:00:00.100" });
        var throttled = 0;
        var accepted = new ConcurrentBag<(string User, DateTime At)>();
        host.Connector.Handler = async (request, context) =>
        {
            // The provider refuses the 5th to 10th requests it sees with 429 and Retry-After: 1.
            if (request.Sequence is >= 5 and <= 10)
            {
                Interlocked.Increment(ref throttled);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                return;
            }
            accepted.Add((request.Json.GetProperty("recipient").GetProperty("id").GetString()!, DateTime.UtcNow));
            await context.Response.WriteAsJsonAsync(new { id = $"m{request.Sequence}" });
        };
        await host.ImportAsync([.. Enumerable.Range(1, 40).Select(i => host.Subscriber($"u{i:00}"))]);

        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await host.WaitForAsync(created.Id, r => r.Sent == 40);

        Assert.Equal(40, accepted.Count);
        Assert.Equal(40, accepted.Select(a => a.User).Distinct().Count());
        Assert.Equal(6, throttled);
    }

    [Fact]
    public async Task Sender_keeps_to_its_configured_rate()
    {
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?> { ["Broadcasts:MessagesPerSecond:emulator"] = "10" });
        await host.ImportAsync([.. Enumerable.Range(1, 25).Select(i => host.Subscriber($"u{i:00}"))]);

        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        var started = DateTime.UtcNow;
        await host.WaitForAsync(created.Id, r => r.Sent == 25);
        var elapsed = DateTime.UtcNow - started;

        // 25 messages at 10 per second, one every 100 ms: at least 2.4 s from the first to the last.
        Assert.True(elapsed >= TimeSpan.FromSeconds(2.3), $"25 messages in {elapsed.TotalSeconds:F2} s");
        Assert.Equal(25, host.Recipients().Distinct().Count());
    }
}
