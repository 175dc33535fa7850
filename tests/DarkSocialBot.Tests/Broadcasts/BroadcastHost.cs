using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Broadcasts.Subscriptions;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>
/// The real host with broadcasts polled fast, an admin key, and a local "connector" receiving every message sent on
/// the emulator channel (subscribers are imported with it as their serviceUrl). Helpers import, create and wait.
/// </summary>
internal sealed class BroadcastHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly bool _ownsConnector;

    private BroadcastHost(BotHostFactory factory, LocalHttpServer connector, bool ownsConnector)
    {
        Factory = factory;
        Connector = connector;
        _ownsConnector = ownsConnector;
        Admin = factory.CreateClient();
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "test-key");
    }

    public BotHostFactory Factory { get; }
    public LocalHttpServer Connector { get; }
    public HttpClient Admin { get; }
    public IServiceProvider Services => Factory.Services;

    /// <param name="kestrel">Serve on a real loopback port (for a browser) instead of the in-memory test server.</param>
    public static async Task<BroadcastHost> StartAsync(IDictionary<string, string?>? settings = null, string? database = null, bool keepDatabase = false,
        LocalHttpServer? connector = null, Action<IServiceCollection>? services = null, bool kestrel = false)
    {
        var all = new Dictionary<string, string?>
        {
            ["Admin:ApiKeys:0"] = "test-key",
            ["Broadcasts:PollInterval"] = "00:00:00.050",
            ["Broadcasts:DefaultMessagesPerSecond"] = "0",
            ["Broadcasts:QuietHoursStart"] = "00:00:00",
            ["Broadcasts:QuietHoursEnd"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var owns = connector is null;
        connector ??= await LocalHttpServer.StartAsync();
        var factory = new BotHostFactory(all, database) { KeepDatabase = keepDatabase, ConfigureServices = services };
        if (kestrel) factory.UseKestrel(0);
        return new BroadcastHost(factory, connector, owns);
    }

    public ImportRow Subscriber(string userId, string language = "en", string topic = "offers", string channel = "emulator",
        string? timeZone = null, string[]? tags = null, string? name = null) =>
        new(channel, userId, $"conv-{userId}", Connector.BaseUri.AbsoluteUri, name ?? userId, language, timeZone, tags, [topic],
            new ImportConsent(topic.StartsWith("flight:", StringComparison.Ordinal) ? ConsentPurpose.Service : ConsentPurpose.Marketing,
                "offers-v1", "Would you like to receive our offers?", DateTimeOffset.UtcNow.AddDays(-1), $"test-{userId}"));

    public async Task ImportAsync(params ImportRow[] rows)
    {
        var response = await Admin.PostAsJsonAsync("/api/admin/broadcasts/subscribers/import", new ImportRequest([.. rows]), Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<CampaignReport> CreateCampaignAsync(object body)
    {
        var response = await Admin.PostAsJsonAsync("/api/admin/broadcasts/campaigns", body, Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CampaignReport>(Json))!;
    }

    public async Task<CampaignReport> ReportAsync(long id) =>
        (await Admin.GetFromJsonAsync<CampaignReport>($"/api/admin/broadcasts/campaigns/{id}", Json))!;

    public async Task<CampaignReport> WaitForAsync(long id, Func<CampaignReport, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var report = await ReportAsync(id);
            if (done(report)) return report;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Campaign {id} still {JsonSerializer.Serialize(report, Json)}");
            await Task.Delay(50);
        }
    }

    public async Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Recipients of the messages the connector received, in arrival order.</summary>
    public List<string> Recipients() => [.. Connector.Requests.Select(r => r.Json.GetProperty("recipient").GetProperty("id").GetString()!)];

    public static object Campaign(string topic = "offers", string en = "Hello {{name}}", string? fr = "Bonjour {{name}}")
    {
        var messages = new Dictionary<string, string> { ["en"] = en };
        if (fr is not null) messages["fr"] = fr;
        return new { name = "test", segment = new { topic }, messages };
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
        if (_ownsConnector) await Connector.DisposeAsync();
    }
}
