using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DarkSocialBot.Tests.Broadcasts;

public sealed class CampaignBadInputTests : IAsyncLifetime
{
    private BroadcastHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BroadcastHost.StartAsync();
        await _host.ImportAsync(_host.Subscriber("ana", "en"), _host.Subscriber("luc", "fr"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Campaign_without_text_for_a_language_the_segment_speaks_is_400_naming_the_language()
    {
        var problem = await CreateExpecting400Async(new { name = "x", segment = new { topic = "offers" }, messages = new { en = "Hi" } });

        Assert.Contains("messages.fr", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains("'fr'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flight:KL1234:2026-11-24", "CONFIRMED_EVENT_UPDATE", "since 2026-04-27")]
    [InlineData("flight:KL1234:2026-11-24", "POST_PURCHASE_UPDATE", "Utility Messages")]
    [InlineData("offers", "ACCOUNT_UPDATE", "Leave messengerTag out")]
    public async Task Campaign_with_a_messenger_tag_is_400_as_meta_refuses_the_tags(string topic, string tag, string reason)
    {
        var problem = await CreateExpecting400Async(new { name = "x", segment = new { topic }, messages = new { en = "Hi", fr = "Salut" }, messengerTag = tag });

        var errors = problem.GetProperty("errors");
        Assert.Contains(reason, errors.GetProperty("messengerTag")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Campaign_for_an_empty_segment_is_400()
    {
        var problem = await CreateExpecting400Async(new { name = "x", segment = new { topic = "news" }, messages = new { en = "Hi", fr = "Salut" } });

        Assert.Contains("matches no active subscriber", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello {{firstName}}")]
    [InlineData("Gate {{ gate }} for {{name}}")]
    public async Task Campaign_with_an_unknown_template_variable_in_a_message_is_400(string text)
    {
        var problem = await CreateExpecting400Async(new { name = "x", segment = new { topic = "offers" }, messages = new { en = text, fr = "Salut" } });

        Assert.Contains("Unknown template variable", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Campaign_with_an_unknown_variable_in_the_whatsapp_template_is_400()
    {
        var problem = await CreateExpecting400Async(new
        {
            name = "x",
            segment = new { topic = "offers" },
            messages = new { en = "Hi", fr = "Salut" },
            template = new { contentSid = "HX123", variables = new Dictionary<string, string> { ["1"] = "{{name}}", ["2"] = "{{promoCode}}" } },
        });

        Assert.Contains("template.variables.2", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Campaign_scheduled_in_the_past_is_400()
    {
        var problem = await CreateExpecting400Async(new
        {
            name = "x", segment = new { topic = "offers" }, messages = new { en = "Hi", fr = "Salut" }, sendAt = DateTimeOffset.UtcNow.AddHours(-1),
        });

        Assert.Contains("in the past", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-08T09:00:00", "sendAt")]
    [InlineData("2026-12-08T09:00", "sendAt")]
    public async Task Campaign_sent_at_a_time_without_its_utc_offset_is_400_not_read_in_the_servers_zone(string sendAt, string field)
    {
        var problem = await CreateExpecting400Async(new { name = "x", segment = new { topic = "offers" }, messages = new { en = "Hi", fr = "Salut" }, sendAt });

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"$.{field}", detail, StringComparison.Ordinal);
        Assert.Contains("no UTC offset", detail, StringComparison.Ordinal);
        Assert.Empty(await _host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Campaigns)));
    }

    [Fact]
    public async Task Campaign_with_a_10_MB_message_is_400_not_500()
    {
        var huge = new string('x', 10 * 1024 * 1024);

        var problem = await CreateExpecting400Async(new { name = "x", segment = new { topic = "offers" }, messages = new { en = huge, fr = "Salut" } });

        Assert.Contains("at most 4096", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\": \"x\", \"segment\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"name\": 12, \"segment\": {\"topic\": \"offers\"}}")]
    [InlineData("{\"name\": \"x\", \"segment\": {\"topic\": \"unknown-topic\"}, \"messages\": {\"en\": \"Hi\"}}")]
    [InlineData("{\"name\": \"x\", \"segment\": {\"topic\": \"offers\"}, \"messages\": {\"de\": \"Hallo\"}}")]
    [InlineData("{\"name\": \"x\", \"segment\": {\"topic\": \"offers\"}, \"messages\": {}}")]
    [InlineData("{\"name\": \"x\", \"segment\": {\"topic\": \"offers\"}, \"messages\": {\"en\": \"Hi\", \"fr\": \"Salut\"}, \"sendAt\": \"tomorrow\"}")]
    public async Task Malformed_or_invalid_campaign_bodies_are_400_with_a_reason(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _host.Admin.PostAsync("/api/admin/broadcasts/campaigns", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("""{"name":"x","segment":{"topic":"offers"},"messages":{"EN":"Hi","en":"Ho","fr":"Salut"}}""", "messages")]
    [InlineData("""{"name":"x","segment":{"topic":"offers"},"messages":{"en":"Hi","fr":"Salut"},"sms":{"en":"Hi","En":"Ho"}}""", "sms")]
    [InlineData("""{"name":"x","segment":{"topic":"offers"},"messages":{"en":"Hi","fr":"Salut"},"template":{"contentSid":"HX1","languageCodes":{"en":"en_US","EN":"en_GB"}}}""", "template.languageCodes")]
    public async Task Campaign_with_two_texts_for_one_language_is_400_naming_the_language(string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _host.Admin.PostAsync("/api/admin/broadcasts/campaigns", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(field, problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Matches($"{field} has two (texts|codes) for language en", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Pausing_an_unknown_campaign_is_404_and_resuming_a_running_one_is_409()
    {
        var unknown = await _host.Admin.PostAsync("/api/admin/broadcasts/campaigns/999999/pause", null);
        var created = await _host.CreateCampaignAsync(BroadcastHost.Campaign());
        // Wait until the worker has started it: resuming a running campaign is a 409 as well.
        for (var i = 0; i < 200; i++)
        {
            var report = await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/admin/broadcasts/campaigns/{created.Id}");
            if (report.GetProperty("status").GetString() != "Scheduled") break;
            await Task.Delay(50);
        }
        var resume = await _host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/resume", null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, resume.StatusCode);
    }

    [Fact]
    public async Task Resuming_a_scheduled_campaign_that_is_not_paused_is_409_with_the_reason_and_leaves_it_scheduled()
    {
        var sendAt = DateTimeOffset.UtcNow.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ss+00:00", System.Globalization.CultureInfo.InvariantCulture);
        var created = await _host.CreateCampaignAsync(new
        {
            name = "later", segment = new { topic = "offers" }, messages = new { en = "Hello {{name}}", fr = "Bonjour {{name}}" }, sendAt,
        });

        var resume = await _host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/resume", null);

        Assert.Equal(HttpStatusCode.Conflict, resume.StatusCode);
        Assert.Equal($"Campaign {created.Id} is Scheduled, not paused: only a paused campaign can be resumed.",
            (await resume.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var report = await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/admin/broadcasts/campaigns/{created.Id}");
        Assert.Equal("Scheduled", report.GetProperty("status").GetString());
        // Paused, it resumes (200), and a second resume is the same 409.
        (await _host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/pause", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await _host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/resume", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/resume", null)).StatusCode);
    }

    [Theory]
    [InlineData("name.en", "{{name}}", "cannot hold {{ or }}")]
    [InlineData("name", "{{ name }}", "cannot hold {{ or }}")]
    [InlineData("promo", "code }}", "cannot hold {{ or }}")]
    [InlineData("name.fr", "  ", "cannot be empty")]
    public async Task Campaign_data_that_would_reach_customers_as_braces_or_an_empty_name_is_400_and_nothing_is_saved(string key, string value, string reason)
    {
        var data = new Dictionary<string, string> { [key] = value };

        var problem = await CreateExpecting400Async(new { name = "x", segment = new { topic = "offers" }, messages = new { en = "Hi {{name}}", fr = "Salut {{name}}" }, data });

        Assert.Contains(reason, problem.GetProperty("errors").GetProperty($"data.{key}")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await _host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/broadcasts/campaigns")).GetArrayLength());
    }

    private async Task<JsonElement> CreateExpecting400Async(object body)
    {
        var response = await _host.Admin.PostAsJsonAsync("/api/admin/broadcasts/campaigns", body, BroadcastHost.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
