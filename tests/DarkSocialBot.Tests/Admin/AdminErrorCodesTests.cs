using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Broadcasts;

namespace DarkSocialBot.Tests.Admin;

/// <summary>
/// The admin API's refusals keep their status and English reason (existing clients read them) and add a stable code, with the
/// values the reason names, so a page can say them in its user's language.
/// </summary>
public sealed class AdminErrorCodesTests
{
    [Fact]
    public async Task A_refusal_keeps_its_status_and_reason_and_adds_its_code_and_values()
    {
        await using var host = AttributionHost.Start();

        var reply = await host.Admin.PostAsJsonAsync("/api/admin/handoffs/999/messages", new { text = "hello" });
        var problem = await ProblemAsync(reply, HttpStatusCode.NotFound);
        Assert.Equal("No handoff 999.", problem.GetProperty("detail").GetString());
        Assert.Equal("handoff_not_found", problem.GetProperty("code").GetString());
        Assert.Equal(999, problem.GetProperty("args").GetProperty("id").GetInt64());

        var empty = await ProblemAsync(await host.Admin.PostAsJsonAsync("/api/admin/handoffs/1/messages", new { text = " " }), HttpStatusCode.BadRequest);
        Assert.Equal("text_length", empty.GetProperty("code").GetString());
        Assert.Equal(4000, empty.GetProperty("args").GetProperty("max").GetInt32());

        var status = await ProblemAsync(await host.Admin.GetAsync("/api/admin/handoffs?status=maybe"), HttpStatusCode.BadRequest);
        Assert.Equal(("status is open, closed or all.", "status_invalid"), (status.GetProperty("detail").GetString(), status.GetProperty("code").GetString()));

        // Refusals with no endpoint of their own: a path no endpoint matches, a wrong method, a refused key.
        Assert.Equal("no_such_address", (await ProblemAsync(await host.Admin.GetAsync("/api/admin/handoffs/abc"), HttpStatusCode.NotFound)).GetProperty("code").GetString());
        Assert.Equal("method_not_allowed", (await ProblemAsync(await host.Admin.DeleteAsync("/api/admin/handoffs"), HttpStatusCode.MethodNotAllowed)).GetProperty("code").GetString());
        using var wrongKey = new HttpRequestMessage(HttpMethod.Get, "/api/admin/handoffs") { Headers = { Authorization = new("Bearer", "wrong") } };
        var refused = await ProblemAsync(await host.Anonymous.SendAsync(wrongKey), HttpStatusCode.Unauthorized);
        Assert.Equal(("Unknown API key.", "key_refused"), (refused.GetProperty("detail").GetString(), refused.GetProperty("code").GetString()));
        Assert.Equal("key_missing", (await ProblemAsync(await host.Anonymous.GetAsync("/api/admin/handoffs"), HttpStatusCode.Unauthorized)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Refused_filters_give_each_field_its_reason_and_its_code()
    {
        await using var host = AttributionHost.Start();

        var problem = await ProblemAsync(await host.Admin.GetAsync("/api/admin/attribution/report?from=2026-12-10&to=2026-12-01&pageSize=0"), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_fields", problem.GetProperty("code").GetString());
        Assert.Equal("'to' must be after 'from'.", problem.GetProperty("errors").GetProperty("to")[0].GetString());
        Assert.Equal("to_before_from", problem.GetProperty("errorCodes").GetProperty("to")[0].GetString());
        Assert.Equal("number_out_of_range", problem.GetProperty("errorCodes").GetProperty("pageSize")[0].GetString());
        var partOfADay = await ProblemAsync(await host.Admin.GetAsync("/api/admin/attribution/report?from=2026-12-01T10:00:00Z"), HttpStatusCode.BadRequest);
        Assert.Equal("whole_days_only", partOfADay.GetProperty("errorCodes").GetProperty("from")[0].GetString());
    }

    [Fact]
    public async Task A_refused_campaign_gives_each_field_its_reason_and_its_code_and_a_wrong_move_its_code()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana", "en", name: "Ana"), host.Subscriber("luc", "fr", name: "Luc"));

        var invalid = await ProblemAsync(await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/campaigns",
            new { name = " ", segment = new { topic = "weather" }, messages = new { } }), HttpStatusCode.BadRequest);
        Assert.Equal("invalid_fields", invalid.GetProperty("code").GetString());
        Assert.StartsWith("Give the campaign a name", invalid.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("name_required", invalid.GetProperty("errorCodes").GetProperty("name")[0].GetString());
        Assert.Equal("unknown_topic", invalid.GetProperty("errorCodes").GetProperty("segment.topic")[0].GetString());
        Assert.Equal("message_required", invalid.GetProperty("errorCodes").GetProperty("messages")[0].GetString());
        Assert.Contains("name: Give the campaign a name", invalid.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The audience needs a French text: found once the fields are right, with its own code.
        var untranslated = await ProblemAsync(await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/campaigns",
            new { name = "Spring", segment = new { topic = "offers" }, messages = new { en = "Hello" } }), HttpStatusCode.BadRequest);
        Assert.Equal("message_missing_for_language", untranslated.GetProperty("errorCodes").GetProperty("messages.fr")[0].GetString());

        var campaign = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await host.WaitForAsync(campaign.Id, c => c.Status == DarkSocialBot.Storage.CampaignStatus.Completed);
        var resume = await ProblemAsync(await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{campaign.Id}/resume", null), HttpStatusCode.Conflict);
        Assert.Equal("campaign_not_paused", resume.GetProperty("code").GetString());
        Assert.Equal("Completed", resume.GetProperty("args").GetProperty("status").GetString());
        Assert.Equal("campaign_not_found", (await ProblemAsync(await host.Admin.GetAsync("/api/admin/broadcasts/campaigns/4242"), HttpStatusCode.NotFound)).GetProperty("code").GetString());
        var notJson = await ProblemAsync(await host.Admin.PostAsync("/api/admin/broadcasts/campaigns", new StringContent("{", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        Assert.Equal("invalid_json", notJson.GetProperty("code").GetString());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
