using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>The real host with Messenger and WhatsApp Cloud configured (app secret test_app_secret), a recording bot and a fake Graph API.</summary>
public sealed class MetaFixture : IAsyncDisposable
{
    public const string AppSecret = "test_app_secret";
    public const string VerifyToken = "meatyhamhock";

    private MetaFixture(LocalHttpServer graph, BotHostFactory host, RecordingBot bot)
    {
        Graph = graph;
        Host = host;
        Bot = bot;
        Client = host.CreateClient();
    }

    public LocalHttpServer Graph { get; }
    public BotHostFactory Host { get; }
    public RecordingBot Bot { get; }
    public HttpClient Client { get; }

    /// <param name="brandBot">true: the brand's airline bot answers, as in production (no recording bot).</param>
    public static async Task<MetaFixture> StartAsync(Dictionary<string, string?>? settings = null, RecordingBot? bot = null,
        Action<IServiceCollection>? services = null, bool brandBot = false)
    {
        var graph = await LocalHttpServer.StartAsync();
        graph.Handler = AcceptedAsync;
        var all = new Dictionary<string, string?>
        {
            ["Meta:AppSecret"] = AppSecret,
            ["Meta:VerifyToken"] = VerifyToken,
            ["Meta:PageAccessToken"] = "page-token",
            ["Meta:WhatsAppAccessToken"] = "wa-token",
            ["Meta:GraphBaseUrl"] = graph.BaseUri.AbsoluteUri,
            ["Meta:MessengerCallsPerSecond"] = "0",
            ["Meta:WhatsAppMessagesPerSecond"] = "0",
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        bot ??= new RecordingBot();
        var host = new BotHostFactory(all)
        {
            ConfigureServices = s =>
            {
                if (!brandBot) BotHostFactory.Replace<IBot>(s, bot);
                services?.Invoke(s);
            },
        };
        return new MetaFixture(graph, host, bot);
    }

    /// <summary>Graph's success answers: Send API <c>{recipient_id, message_id}</c>, Cloud API <c>{messages:[{id}]}</c>.</summary>
    public static Task AcceptedAsync(RecordedRequest request, HttpContext context) =>
        request.Path.EndsWith("/me/messages", StringComparison.Ordinal)
            ? context.Response.WriteAsJsonAsync(new { recipient_id = "PSID_1", message_id = $"m_sent_{request.Sequence}" })
            : context.Response.WriteAsJsonAsync(new { messaging_product = "whatsapp", messages = new[] { new { id = $"wamid.sent{request.Sequence}" } } });

    public static Func<RecordedRequest, HttpContext, Task> Error(int status, int code, int? subcode = null) => (_, context) =>
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { message = "refused", type = "OAuthException", code, error_subcode = subcode, fbtrace_id = "x" } });
    };

    public static string Sign(string body) => Sign(Encoding.UTF8.GetBytes(body));

    public static string Sign(byte[] body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), body));

    public Task<HttpResponseMessage> PostAsync(string body, string? signature = null, bool withoutSignature = false) =>
        PostAsync(Encoding.UTF8.GetBytes(body), signature, withoutSignature);

    public Task<HttpResponseMessage> PostAsync(byte[] body, string? signature = null, bool withoutSignature = false)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/meta") { Content = content };
        if (!withoutSignature) request.Headers.Add("X-Hub-Signature-256", signature ?? Sign(body));
        return Client.SendAsync(request);
    }

    public static string Messenger(string mid, string text, string psid = "PSID_1", long timestamp = 0) =>
        "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_ID\",\"time\":1,\"messaging\":[" + MessagingItem(mid, text, psid, timestamp) + "]}]}";

    public static string MessagingItem(string mid, string text, string psid = "PSID_1", long timestamp = 0) =>
        "{\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"PAGE_ID\"},\"timestamp\":"
        + (timestamp == 0 ? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() : timestamp).ToString(System.Globalization.CultureInfo.InvariantCulture)
        + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\"" + text + "\"}}";

    public static string WhatsApp(string wamid, string text, string waId = "14155550100") =>
        WhatsAppValue("\"contacts\":[{\"profile\":{\"name\":\"Ana\"},\"wa_id\":\"" + waId + "\"}],\"messages\":[{\"from\":\"" + waId + "\",\"id\":\"" + wamid
            + "\",\"timestamp\":\"" + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]");

    public static string WhatsAppStatus(string wamid, string status, int? errorCode = null) =>
        WhatsAppValue("\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"" + status + "\",\"timestamp\":\"1700000000\",\"recipient_id\":\"14155550100\""
            + (errorCode is null ? "" : ",\"errors\":[{\"code\":" + errorCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"title\":\"x\"}]") + "}]");

    /// <summary>A WhatsApp Cloud webhook whose change value holds <paramref name="fields"/> (after messaging_product and metadata).</summary>
    public static string WhatsAppValue(string fields) =>
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA_ID\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\","
        + "\"metadata\":{\"display_phone_number\":\"15550001111\",\"phone_number_id\":\"PHONE_NUMBER_ID\"}," + fields + "}}]}]}";

    public async Task<T> DbAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public Task<List<OutboxEntry>> OutboxAsync() => DbAsync(db => db.Outbox.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    public Task<int> InboxCountAsync() => DbAsync(db => db.Inbox.CountAsync());

    public ContactStore Contacts => Host.Services.GetRequiredService<ContactStore>();

    public async Task<List<OutboxEntry>> SettledOutboxAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var rows = await OutboxAsync();
            if (rows.Count(r => r.Status != OutboxStatus.Pending) >= count) return rows;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Expected {count} settled outbox row(s), got {rows.Count}.");
            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
