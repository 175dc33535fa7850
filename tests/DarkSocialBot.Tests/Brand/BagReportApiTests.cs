using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Privacy;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DarkSocialBot.Tests.Brand;

/// <summary>The baggage desk's API: open reports in queue order, filters and pages, one report with its evidence, and "handled".</summary>
public sealed class BagReportApiTests
{
    [Fact]
    public async Task The_desk_lists_open_reports_oldest_first_filters_damaged_and_since_and_pages_with_the_total()
    {
        await using var host = AttributionHost.Start();
        var now = DateTimeOffset.UtcNow;
        await BagReportPrivacyTests.FileAsync(host, "ana", "AMSNM10001", createdAt: now.AddDays(-3));
        await BagReportPrivacyTests.FileAsync(host, "bob", "AMSNM10002", createdAt: now.AddDays(-2), damaged: true);
        await BagReportPrivacyTests.FileAsync(host, "cat", "AMSNM10003", createdAt: now.AddDays(-1), damaged: true);
        await BagReportPrivacyTests.FileAsync(host, "dan", "AMSNM10004", createdAt: now.AddHours(-1), handledAt: now);

        async Task<string> ListAsync(string query)
        {
            var response = await host.Admin.GetAsync("/api/admin/bag-reports" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = await response.Content.ReadFromJsonAsync<JsonElement>();
            return $"{string.Join(' ', items.EnumerateArray().Select(i => i.GetProperty("reference").GetString()))} of {response.Headers.GetValues("X-Total-Count").Single()}";
        }

        Assert.Equal("AMSNM10001 AMSNM10002 AMSNM10003 of 3", await ListAsync(""));
        Assert.Equal("AMSNM10002 AMSNM10003 of 2", await ListAsync("?damaged=true"));
        Assert.Equal("AMSNM10003 of 1", await ListAsync("?damaged=true&since=" + Uri.EscapeDataString(now.AddDays(-1.5).ToString("O"))));
        Assert.Equal("AMSNM10004 of 1", await ListAsync("?status=handled"));
        Assert.Equal("AMSNM10004 AMSNM10003 of 4", await ListAsync("?status=all&page=1&pageSize=2"));
        Assert.Equal("AMSNM10003 of 3", await ListAsync("?page=2&pageSize=2"));
        // Each refusal names the value and what it takes, in the admin API's words (not the binder's "Failed to bind parameter…").
        foreach (var (bad, reason) in new[]
        {
            ("?status=lost", "status is open, handled or all."), ("?pageSize=501", "pageSize is a whole number from 1 to 500."),
            ("?page=0", "page is a whole number from 1 to 1000000."), ("?page=two", "page is a whole number from 1 to 1000000."),
            ("?damaged=maybe", "damaged is true or false."),
            ("?since=yesterday", "since is a date (2026-11-23) or an ISO 8601 date-time between 2000 and 2200."),
            ("?since=2026-13-45", "since is a date (2026-11-23) or an ISO 8601 date-time between 2000 and 2200."),
        })
        {
            var refused = await host.Admin.GetAsync("/api/admin/bag-reports" + bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(reason, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task A_report_shows_its_passenger_flight_and_evidence_opened_only_through_its_own_media_link_and_is_marked_handled()
    {
        await using var host = AttributionHost.Start();
        var id = await BagReportPrivacyTests.FileAsync(host, "ana", "AMSNM10001", evidence: "https://media.example/ana-bag.jpg", damaged: true);

        var detail = await host.Admin.GetFromJsonAsync<JsonElement>($"/api/admin/bag-reports/{id}");
        var report = detail.GetProperty("report");
        Assert.Equal(("AMSNM10001", true, "+33612345678"), (report.GetProperty("reference").GetString(), report.GetProperty("damaged").GetBoolean(),
            report.GetProperty("contactPhone").GetString()));
        Assert.False(string.IsNullOrEmpty(report.GetProperty("passenger").GetString()));
        Assert.False(string.IsNullOrEmpty(report.GetProperty("flight").GetString()));
        var evidence = Assert.Single(detail.GetProperty("evidence").EnumerateArray());
        Assert.Equal($"/api/admin/bag-reports/{id}/media?url=https%3A%2F%2Fmedia.example%2Fana-bag.jpg", evidence.GetProperty("open").GetString());

        using var agent = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AttributionHost.AdminKey);
        var opened = await agent.GetAsync(evidence.GetProperty("open").GetString());
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("https://media.example/ana-bag.jpg", opened.Headers.Location!.AbsoluteUri);
        var other = await agent.GetAsync($"/api/admin/bag-reports/{id}/media?url={Uri.EscapeDataString("https://evil.example/x.jpg")}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/admin/bag-reports/{id + 100}")).StatusCode);

        var handled = await host.Admin.PostAsJsonAsync($"/api/admin/bag-reports/{id}/handled", new { agentName = "Sam" });
        var again = await host.Admin.PostAsJsonAsync($"/api/admin/bag-reports/{id}/handled", new { agentName = "Lee" });

        var item = await handled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Sam", false), (item.GetProperty("handledBy").GetString(), item.GetProperty("erased").GetBoolean()));
        Assert.Equal("Sam", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("handledBy").GetString());
        Assert.Equal("[]", await host.Admin.GetStringAsync("/api/admin/bag-reports"));
    }
}
