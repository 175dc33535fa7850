using System.Data.Common;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Channels.Twilio;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>
/// The real host on Kestrel (its real body limits) with every channel on (admin key, Twilio, Meta; Bot Framework without an app
/// id), the demo airline, one subscriber, one scheduled campaign and one open handoff, so the route values of every endpoint can
/// name something that exists. Sends requests as their callers would (admin key, Twilio and Meta signatures) and fingerprints
/// the whole database, to tell that a refused request left no trace.
/// </summary>
public sealed class EndpointSweepHost : IAsyncLifetime
{
    private readonly PostgresDatabase? _postgres;

    public EndpointSweepHost() { }

    /// <summary>On PostgreSQL, which enforces column lengths SQLite does not (a value too long for its column is a 500 there only).</summary>
    internal EndpointSweepHost(PostgresDatabase postgres) => _postgres = postgres;

    public const string AdminKey = "sweep-admin-key";
    public const string TwilioToken = "sweep-twilio-token";
    public const string MetaSecret = "sweep-meta-secret";
    public const string MetaVerifyToken = "sweep-verify";
    public const string PublicBaseUrl = "https://bot.example.com";

    public LocalHttpServer Provider { get; private set; } = null!;
    public BotHostFactory Factory { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    /// <summary>A valid value for each route parameter name (an existing handoff, campaign, flight, conversation…).</summary>
    public Dictionary<string, string> RouteValues { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string FlightDate => RouteValues["date"];

    /// <summary>The valid value of <paramref name="name"/> in <paramref name="pattern"/> (a handoff's id under /handoffs, else a campaign's).</summary>
    public string RouteValue(string pattern, string name) =>
        name == "id" && pattern.Contains("/handoffs/", StringComparison.Ordinal) ? RouteValues["handoffs/id"]
        : name == "id" && pattern.Contains("/bag-reports/", StringComparison.Ordinal) ? RouteValues["bag-reports/id"]
        : RouteValues.TryGetValue(name, out var value) ? value : "x";

    public async Task InitializeAsync()
    {
        Provider = await LocalHttpServer.StartAsync();
        Provider.Handler = (request, context) =>
        {
            context.Response.StatusCode = request.Path.Contains("/Accounts/", StringComparison.Ordinal) ? 201 : 200;
            return context.Response.WriteAsJsonAsync(new { sid = $"SM{request.Sequence:D32}", id = $"id-{request.Sequence}", message_id = $"m{request.Sequence}",
                messages = new[] { new { id = $"wamid.{request.Sequence}" } } });
        };
        var provider = Provider.BaseUri.AbsoluteUri;
        var settings = new Dictionary<string, string?>
        {
            ["Admin:ApiKeys:0"] = AdminKey,
            ["Twilio:AccountSid"] = "AC" + new string('c', 32),
            ["Twilio:AuthToken"] = TwilioToken,
            ["Twilio:PublicBaseUrl"] = PublicBaseUrl,
            ["Twilio:ApiBaseUrl"] = provider,
            ["Meta:AppSecret"] = MetaSecret,
            ["Meta:VerifyToken"] = MetaVerifyToken,
            ["Meta:PageAccessToken"] = "page-token",
            ["Meta:WhatsAppAccessToken"] = "wa-token",
            ["Meta:GraphBaseUrl"] = provider,
            ["Broadcasts:PollInterval"] = "00:00:00.100",
            ["Broadcasts:QuietHoursStart"] = "00:00:00",
            ["Broadcasts:QuietHoursEnd"] = "00:00:00",
            // The sweep posts thousands of requests from one address: the web chat's limits (WebChatTests) would answer them all 429.
            ["WebChat:MessagesPerMinute"] = "0",
            ["WebChat:PostsPerMinutePerAddress"] = "0",
        };
        if (_postgres is not null)
        {
            settings["Storage:Provider"] = "PostgreSql";
            settings["Storage:ConnectionString"] = _postgres.ConnectionString;
        }
        Factory = new BotHostFactory(settings);
        Factory.UseKestrel(0);
        Client = Factory.CreateClient();
        Client.Timeout = TimeSpan.FromMinutes(2);

        await SeedAsync();
    }

    private async Task SeedAsync()
    {
        var flights = await SendAsync(HttpMethod.Get, "/api/admin/airline/flights", admin: true);
        var flight = (await flights.Content.ReadFromJsonAsync<JsonElement>())[0];
        RouteValues["number"] = flight.GetProperty("number").GetString()!;
        RouteValues["date"] = flight.GetProperty("date").GetString()!;

        var imported = await PostJsonAsync("/api/admin/broadcasts/subscribers/import", SampleImport("sweep-ana"));
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        var campaign = await PostJsonAsync("/api/admin/broadcasts/campaigns", SampleCampaign());
        Assert.True(campaign.IsSuccessStatusCode, await campaign.Content.ReadAsStringAsync());
        RouteValues["id"] = (await campaign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var started = await PostJsonAsync("/api/webchat/conversations", """{"locale":"en-US"}""");
        var conversation = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString()!;
        RouteValues["conversationId"] = conversation;
        (await PostJsonAsync($"/api/webchat/conversations/{conversation}/messages", """{"text":"I want to speak to someone"}""")).EnsureSuccessStatusCode();
        long? handoff = null;
        for (var i = 0; i < 400 && handoff is null; i++, await Task.Delay(25))
            handoff = await QueryAsync(db => db.Handoffs.Select(h => (long?)h.Id).FirstOrDefaultAsync());
        RouteValues["handoffs/id"] = handoff?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? throw new TimeoutException("No handoff opened.");

        RouteValues["bag-reports/id"] = (await QueryAsync(async db =>
        {
            var report = new DarkSocialBot.Airline.BagReport
            {
                Reference = "AMSNM99999", PassengerId = await db.Passengers.Select(p => p.Id).FirstAsync(), Description = "red suitcase",
                ContactPhone = "+33612345678", CreatedAt = DateTimeOffset.UtcNow, ConversationKey = $"web/conversations/{conversation}",
                Attachments = JsonSerializer.Serialize(new[] { new { url = Provider.BaseUri.AbsoluteUri + "bag.jpg", contentType = "image/jpeg" } }),
            };
            db.BagReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        })).ToString(System.Globalization.CultureInfo.InvariantCulture);

        RouteValues["channel"] = "emulator";
        RouteValues["userId"] = "sweep-ana";
        RouteValues["token"] = new string('a', 32);
        RouteValues["documentName"] = "v1";
        await QuietAsync();
    }

    public string SampleImport(string userId) => JsonSerializer.Serialize(new
    {
        rows = new[]
        {
            new
            {
                channelId = "emulator", userId, conversationId = $"conv-{userId}", serviceUrl = Provider.BaseUri.AbsoluteUri, displayName = "Ana",
                language = "en", tags = new[] { "vip" }, topics = new[] { "offers" },
                consent = new { purpose = "Marketing", wordingVersion = "v1", wording = "Offers?", grantedAt = DateTimeOffset.UtcNow.AddDays(-1), reference = "ref-1" },
            },
        },
    });

    public static string SampleCampaign() => JsonSerializer.Serialize(new
    {
        name = "sweep", segment = new { topic = "offers" }, messages = new { en = "Hi {{name}}", fr = "Salut {{name}}" },
        sendAt = DateTimeOffset.UtcNow.AddDays(2),
    });

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        SendAsync(HttpMethod.Post, path, Encoding.UTF8.GetBytes(json), "application/json", admin: path.StartsWith("/api/admin", StringComparison.Ordinal));

    /// <summary>
    /// Sends a request as its caller would: the admin key on admin paths, Twilio's signature on Twilio's paths, Meta's on
    /// Meta's POST (so a bad body is really read, not refused at the door). <paramref name="authorization"/> replaces the key.
    /// </summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, byte[]? body = null, string? contentType = null,
        bool admin = false, string? authorization = null, bool sign = true, (string Name, string? Value)? header = null)
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            // As curl does for a large body: a server refusing it by its length answers before it is sent (else the refusal
            // arrives while the client is still writing, and the client sees a reset connection instead of the 413).
            request.Headers.ExpectContinue = body.Length > 1024 * 1024;
            if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        if (header is { Value: { } headerValue } extra) request.Headers.TryAddWithoutValidation(extra.Name, headerValue);
        if (authorization is { Length: > 0 }) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        else if (admin && authorization is null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var path = pathAndQuery.Split('?')[0];
        if (sign && path.StartsWith("/api/twilio", StringComparison.Ordinal))
        {
            var form = contentType is null || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
                ? TwilioForm.Parse(body ?? []).SelectMany(p => p.Value.Select(v => (p.Key, v)))
                : [];
            request.Headers.Add("X-Twilio-Signature", TwilioTestSigner.Sign(TwilioToken, PublicBaseUrl + pathAndQuery, form));
        }
        if (sign && path == "/api/meta" && method == HttpMethod.Post)
            request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(MetaSecret), body ?? [])));
        return Client.SendAsync(request);
    }

    public async Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Waits until no turn, no delivery and no campaign due is pending, so the next fingerprints only see what one request did.</summary>
    public async Task QuietAsync()
    {
        for (var i = 0; i < 400; i++)
        {
            var busy = await QueryAsync(async db => await db.Inbox.AnyAsync(e => e.Status == InboxStatus.Pending)
                || await db.Outbox.AnyAsync(e => e.Status == OutboxStatus.Pending)
                || (await db.Campaigns.Select(c => new { c.Status, c.ScheduledAt }).ToListAsync())
                    .Any(c => c.Status == CampaignStatus.Running || (c.Status == CampaignStatus.Scheduled && c.ScheduledAt < DateTimeOffset.UtcNow.AddMinutes(1))));
            if (!busy) return;
            await Task.Delay(25);
        }
        throw new TimeoutException("The host did not settle.");
    }

    /// <summary>A hash of every row of every table, per table: what a refused request must leave as it was.</summary>
    public Task<Dictionary<string, string>> FingerprintAsync() => QueryAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = _postgres is null
                ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !Volatile.Contains(t)))
            hashes[table] = await HashAsync(connection, table, _postgres is not null);
        return hashes;
    });

    /// <summary>Tables the workers write on their own clock (leases renewed, heartbeats), whatever requests arrive.</summary>
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal);

    private static async Task<string> HashAsync(DbConnection connection, string table, bool postgres)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres ? $"SELECT t::text FROM \"{table}\" t ORDER BY 1" : $"SELECT * FROM \"{table}\" ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
                hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "\u0001" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "\u0000"));
        }
        return $"{rows}:{Convert.ToHexString(hash.GetHashAndReset())[..16]}";
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
