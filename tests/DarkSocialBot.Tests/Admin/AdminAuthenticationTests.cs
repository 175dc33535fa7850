using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Admin;

public sealed class AdminAuthenticationTests
{
    private static BotHostFactory Host() => new(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = "key-one", ["Admin:ApiKeys:1"] = "key-two" });

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("Basic a2V5LW9uZQ==")]
    [InlineData("Bearer ")]
    public async Task Admin_call_without_a_valid_key_returns_401_with_a_reason(string? authorization)
    {
        await using var host = Host();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/queues");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.False(string.IsNullOrWhiteSpace(problem!["detail"]?.ToString()));
    }

    [Fact]
    public async Task Admin_call_with_any_configured_key_succeeds()
    {
        await using var host = Host();
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "key-two");

        var counts = await client.GetFromJsonAsync<Dictionary<string, int>>("/api/admin/queues");

        Assert.Equal(0, counts!["turnsWaiting"]);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_admin_api()
    {
        await using var host = Host();
        using var client = host.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/admin/queues", document, StringComparison.Ordinal);
    }

    /// <summary>A converter in the host's JSON options (the NUL check was one, briefly) leaves the document's strings untyped.</summary>
    [Fact]
    public async Task OpenApi_document_types_the_string_fields_of_request_bodies()
    {
        await using var host = Host();
        using var client = host.CreateClient();

        using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var text = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ClassifyRequest").GetProperty("properties").GetProperty("text");
        Assert.Contains("string", text.GetProperty("type").GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The dashboard fetched an export into the page's memory before saving it, since a link cannot carry the bearer key.
    /// A signed link now works without the key, for one minute, for exactly its path and query, for a GET only.
    /// </summary>
    [Fact]
    public async Task A_signed_link_downloads_its_export_without_the_key_for_a_minute_and_nothing_else()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = "key-one", ["Admin:ApiKeys:1"] = "key-two" })
        {
            ConfigureServices = services => BotHostFactory.Replace<TimeProvider>(services, time),
        };
        using var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "key-two");
        using var browser = host.CreateClient();

        var made = await admin.PostAsJsonAsync("/api/admin/links", new { path = "/api/admin/attribution/export?format=csv&channel=whatsapp" });
        made.EnsureSuccessStatusCode();
        var url = (await made.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("url").GetString()!;

        var download = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(url.Replace("format=csv", "format=jsonl", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(url.Replace("/attribution/export", "/queues", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync(url.Replace("/attribution/export", "/attribution/reclassify", StringComparison.Ordinal), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsJsonAsync("/api/admin/links", new { path = "/api/admin/queues" })).StatusCode);

        time.Advance(TimeSpan.FromSeconds(61));
        var expired = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("expired", (await expired.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["detail"].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("https://evil.example/api/admin/queues")]
    [InlineData("/api/admin/queues?expires=99999999999")]
    public async Task A_link_is_only_made_to_an_admin_path(string path)
    {
        await using var host = Host();
        using var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "key-one");

        var response = await admin.PostAsJsonAsync("/api/admin/links", new { path });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
