using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Tests.Broadcasts;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Brand;

/// <summary>A demo flight's status change (admin API) reaches the people who follow that flight, through the broadcasts.</summary>
public sealed class FlightStatusBroadcastTests
{
    [Fact]
    public async Task Delaying_a_demo_flight_tells_its_followers_in_their_language_once()
    {
        await using var host = await BroadcastHost.StartAsync();
        var flights = await host.Admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/airline/flights");
        var date = flights!.First(f => f.GetProperty("number").GetString() == "NM1234").GetProperty("date").GetString();
        await host.ImportAsync(host.Subscriber("ana", "en", topic: $"flight:NM1234:{date}"), host.Subscriber("luc", "fr", topic: $"flight:NM1234:{date}"));
        var delay = new { state = "Delayed", estimatedDeparture = $"{date}T10:40:00" };

        var first = await host.Admin.PutAsJsonAsync($"/api/admin/airline/flights/NM1234/{date}/status", delay);
        var again = await host.Admin.PutAsJsonAsync($"/api/admin/airline/flights/NM1234/{date}/status", delay);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var campaign = await host.QueryAsync(db => db.Campaigns.SingleAsync());
        await host.WaitForAsync(campaign.Id, r => r.Sent == 2);
        var texts = host.Connector.Requests.ToDictionary(r => r.Json.GetProperty("recipient").GetProperty("id").GetString()!,
            r => r.Json.GetProperty("text").GetString()!);
        Assert.Contains("10:40", texts["ana"], StringComparison.Ordinal);
        Assert.Contains("retardé", texts["luc"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_demo_flight_to_another_gate_tells_its_followers()
    {
        await using var host = await BroadcastHost.StartAsync();
        var flights = await host.Admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/airline/flights");
        var date = flights!.First(f => f.GetProperty("number").GetString() == "NM1234").GetProperty("date").GetString();
        await host.ImportAsync(host.Subscriber("ana", "en", topic: $"flight:NM1234:{date}"));

        var response = await host.Admin.PutAsJsonAsync($"/api/admin/airline/flights/NM1234/{date}/status", new { state = "OnTime", gate = "F40" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var campaign = await host.QueryAsync(db => db.Campaigns.SingleAsync());
        await host.WaitForAsync(campaign.Id, r => r.Sent == 1);
        Assert.Contains("Gate F40.", Assert.Single(host.Connector.Requests).Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
