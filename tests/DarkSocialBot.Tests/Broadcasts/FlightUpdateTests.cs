using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Broadcasts.Flights;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Tests.Channels.Meta;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace DarkSocialBot.Tests.Broadcasts;

public sealed class FlightUpdateTests
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    [Fact]
    public async Task Flight_status_change_reaches_the_flights_followers_in_their_language_and_nobody_else()
    {
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?>
        {
            ["Broadcasts:FlightTemplate:ContentSid"] = "HXflight",
            ["Broadcasts:FlightTemplate:Variables:1"] = "{{flight}}",
            ["Broadcasts:FlightTemplate:Variables:2"] = "{{status}}",
            ["Broadcasts:FlightTemplate:Variables:3"] = "{{gate}}",
        });
        await host.ImportAsync(
            host.Subscriber("ana", "en", topic: "flight:KL1234:2026-11-24"),
            host.Subscriber("luc", "fr", topic: "flight:KL1234:2026-11-24"),
            host.Subscriber("other-day", "en", topic: "flight:KL1234:2026-11-25"),
            host.Subscriber("offers-only", "en"));
        var flights = host.Services.GetRequiredService<FlightStatusBroadcaster>();

        var id = await flights.OnFlightStatusChangedAsync(new FlightStatusChanged("KL 1234", Day, "delayed", new Dictionary<string, string> { ["departure"] = "14:35" }), CancellationToken.None);
        await host.WaitForAsync(id!.Value, r => r.Sent == 2);

        var texts = host.Connector.Requests.ToDictionary(r => r.Json.GetProperty("recipient").GetProperty("id").GetString()!, r => r.Json);
        Assert.Equal(["ana", "luc"], texts.Keys.Order());
        Assert.Contains("delayed", texts["ana"].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("14:35", texts["ana"].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("retardé", texts["luc"].GetProperty("text").GetString(), StringComparison.Ordinal);
        var variables = texts["luc"].GetProperty("channelData").GetProperty("broadcast").GetProperty("template").GetProperty("variables");
        Assert.Equal(("KL1234", "retardé", "-"), (variables.GetProperty("1").GetString(), variables.GetProperty("2").GetString(), variables.GetProperty("3").GetString()));
    }

    [Fact]
    public async Task A_flight_update_to_a_messenger_follower_who_last_wrote_days_ago_is_not_sent_with_a_tag_meta_refuses()
    {
        await using var graph = await LocalHttpServer.StartAsync();
        graph.Handler = MetaFixture.AcceptedAsync;
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?>
        {
            ["Meta:AppSecret"] = MetaFixture.AppSecret,
            ["Meta:VerifyToken"] = MetaFixture.VerifyToken,
            ["Meta:PageAccessToken"] = "page-token",
            ["Meta:GraphBaseUrl"] = graph.BaseUri.AbsoluteUri,
        });
        // Imported followers have not written at all: outside the 24-hour window, as after a booking made elsewhere.
        await host.ImportAsync(host.Subscriber("PSID_9", "en", topic: "flight:KL1234:2026-11-24", channel: MetaChannels.Messenger));
        var flights = host.Services.GetRequiredService<FlightStatusBroadcaster>();

        var id = await flights.OnFlightStatusChangedAsync(new FlightStatusChanged("KL1234", Day, "cancelled"), CancellationToken.None);
        var report = await host.WaitForAsync(id!.Value, r => r.Failed == 1);

        // CONFIRMED_EVENT_UPDATE gets error 100 since 2026-04-27: the follower is counted as outside the window, nothing is posted.
        Assert.Equal(1, report.FailedReasons["OutsideWindow"]);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task The_same_change_raised_twice_broadcasts_once_and_a_flight_nobody_follows_broadcasts_nothing()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana", topic: "flight:AF0006:2026-11-24"));
        var flights = host.Services.GetRequiredService<FlightStatusBroadcaster>();
        var change = new FlightStatusChanged("AF0006", Day, "gate_changed", new Dictionary<string, string> { ["gate"] = "F32" }, ChangeId: "evt-1");

        var first = await flights.OnFlightStatusChangedAsync(change, CancellationToken.None);
        var second = await flights.OnFlightStatusChangedAsync(change, CancellationToken.None);
        var nobody = await flights.OnFlightStatusChangedAsync(change with { FlightNumber = "AF0007" }, CancellationToken.None);
        await host.WaitForAsync(first!.Value, r => r.Sent == 1);
        await Task.Delay(300);

        Assert.Equal(first, second);
        Assert.Null(nobody);
        Assert.Equal(1, await host.QueryAsync(db => db.Campaigns.CountAsync()));
        Assert.Single(host.Connector.Requests);
        Assert.Contains("F32", host.Connector.Requests[0].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_a_flight_update_continues_the_customers_conversation_with_the_bot()
    {
        await using var host = await BroadcastHost.StartAsync();
        using var chat = host.Factory.CreateClient();
        await chat.PostAsync("/api/messages", Activities.Json(Activities.Message("keep me posted about KL1234 on 24 November 2026", host.Connector.BaseUri)));
        await host.Connector.WaitForRequestsAsync(1);

        var id = await host.Services.GetRequiredService<FlightStatusBroadcaster>()
            .OnFlightStatusChangedAsync(new FlightStatusChanged("KL1234", Day, "cancelled"), CancellationToken.None);
        var broadcast = (await host.Connector.WaitForRequestsAsync(2))[1];
        Assert.Equal("/v3/conversations/conv-1/activities", broadcast.Path);
        Assert.Equal("user-1", broadcast.Json.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("bot-id", broadcast.Json.GetProperty("from").GetProperty("id").GetString());

        await chat.PostAsync("/api/messages", Activities.Json(Activities.Message("what are my options?", host.Connector.BaseUri, id: "options-question")));
        var reply = (await host.Connector.WaitForRequestsAsync(3))[2];

        Assert.StartsWith("/v3/conversations/conv-1/activities/", reply.Path, StringComparison.Ordinal);
        Assert.Equal("options-question", reply.Json.GetProperty("replyToId").GetString()); // the brand's bot answers it
        var keys = await host.QueryAsync(db => db.Outbox.OrderBy(o => o.Id).Select(o => o.ConversationKey).Distinct().ToListAsync());
        Assert.Equal(["emulator/conversations/conv-1"], keys);
        Assert.NotNull(id);
    }

    [Theory]
    [InlineData("""{"flightNumber":"NM1235","date":"2026-12-08","status":"{{evil}}"}""", "status")]
    [InlineData("""{"flightNumber":"NM1235","date":"2026-12-08","status":"gate_changed","details":{"gate":null}}""", "details.gate")]
    [InlineData("""{"flightNumber":"NM1235","date":"2026-12-08","status":"gate_changed","details":{"gate":"{1025}"}}""", "details.gate")]
    [InlineData("""{"flightNumber":"NM1235","date":"2026-12-08","status":"gate_changed","details":{"gate":"F{{name}}"}}""", "details.gate")]
    [InlineData("""{"flightNumber":"NM1235","date":"2026-12-08","status":"delayed","details":{"gate":"{1000}","departure":"{1000}"}}""", "sms.en")]
    [InlineData("""{"flightNumber":"NM1235","status":"delayed"}""", "date")]
    [InlineData("""{"flightNumber":"not a flight","date":"2026-12-08","status":"delayed"}""", "flightNumber")]
    [InlineData("""{"flightNumber":"NM1235","date":"2026-12-08","status":"delayed","changeId":"{1000}"}""", "changeId")]
    [InlineData("""{"flightNumber":"NM1235","date":"2026-12-08","status":"delayed","changeId":" "}""", "changeId")]
    public async Task Flight_status_post_that_cannot_make_a_message_is_400_with_the_reason_and_creates_no_campaign(string body, string field)
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana", topic: "flight:NM1235:2026-12-08"));
        body = body.Replace("{1025}", new string('x', 1025), StringComparison.Ordinal).Replace("{1000}", new string('x', 1000), StringComparison.Ordinal);

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await host.Admin.PostAsync("/api/admin/broadcasts/flight-status", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(field, problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(0, await host.QueryAsync(db => db.Campaigns.CountAsync()));
    }

    [Fact]
    public async Task Posting_the_same_flight_change_twice_returns_the_same_campaign_and_logs_no_error()
    {
        await using var host = await BroadcastHost.StartAsync(services: s => s.AddFakeLogging());
        await host.ImportAsync(host.Subscriber("ana", topic: "flight:NM1235:2026-12-08"));
        var change = new { flightNumber = "NM1235", date = "2026-12-08", status = "delayed", details = new { departure = "19:05" } };

        var first = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/flight-status", change);
        var again = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/flight-status", change);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("campaignId").GetInt64();
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("campaignId").GetInt64());
        Assert.Equal(1, await host.QueryAsync(db => db.Campaigns.CountAsync()));
        var errors = host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot().Where(r => r.Level >= LogLevel.Error);
        Assert.Empty(errors.Select(r => $"{r.Category}: {r.Message}"));
    }

    [Fact]
    public void A_messenger_tag_for_flight_updates_stops_the_host_at_start_with_the_reason()
    {
        using var host = new BotHostFactory(new Dictionary<string, string?> { ["Broadcasts:FlightMessengerTag"] = "CONFIRMED_EVENT_UPDATE" });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("Broadcasts:FlightMessengerTag must be empty: Meta refuses the message tags", error.Message, StringComparison.Ordinal);
    }
}
