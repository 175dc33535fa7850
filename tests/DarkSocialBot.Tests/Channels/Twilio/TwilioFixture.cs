using System.Net.Http.Headers;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.Twilio;

/// <summary>The real host with Twilio configured (Auth Token 12345), a recording bot and a local fake of Twilio's REST API.</summary>
public sealed class TwilioFixture : IAsyncDisposable
{
    public const string AccountSid = "ACcccccccccccccccccccccccccccccccc";
    public const string Token = "12345";

    private TwilioFixture(LocalHttpServer api, BotHostFactory host, RecordingBot bot, string publicBaseUrl)
    {
        Api = api;
        Host = host;
        Bot = bot;
        PublicBaseUrl = publicBaseUrl;
        Client = host.CreateClient();
    }

    public LocalHttpServer Api { get; }
    public BotHostFactory Host { get; }
    public RecordingBot Bot { get; }
    public HttpClient Client { get; }
    public string PublicBaseUrl { get; }
    public string MessagesPath => $"/2010-04-01/Accounts/{AccountSid}/Messages.json";

    /// <param name="brandBot">true: the brand's airline bot answers, as in production (no recording bot).</param>
    /// <param name="databasePath">The SQLite file (another host's, kept with <paramref name="keepDatabase"/>: a restart).</param>
    public static async Task<TwilioFixture> StartAsync(string publicBaseUrl = "https://bot.example.com", Dictionary<string, string?>? settings = null, RecordingBot? bot = null,
        bool brandBot = false, string? databasePath = null, bool keepDatabase = false)
    {
        var api = await LocalHttpServer.StartAsync();
        api.Handler = CreatedAsync;
        var all = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = Token,
            ["Twilio:PublicBaseUrl"] = publicBaseUrl,
            ["Twilio:ApiBaseUrl"] = api.BaseUri.AbsoluteUri,
            ["Twilio:SmsMessagesPerSecond"] = "0",
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        bot ??= new RecordingBot();
        var host = new BotHostFactory(all, databasePath) { ConfigureServices = s => { if (!brandBot) BotHostFactory.Replace<IBot>(s, bot); }, KeepDatabase = keepDatabase };
        return new TwilioFixture(api, host, bot, publicBaseUrl);
    }

    /// <summary>Twilio's 201 answer with a fresh MessageSid.</summary>
    public static Task CreatedAsync(RecordedRequest request, HttpContext context)
    {
        context.Response.StatusCode = 201;
        return context.Response.WriteAsJsonAsync(new { sid = $"SM{request.Sequence:D32}", status = "queued" });
    }

    public static Func<RecordedRequest, HttpContext, Task> Error(int status, int code) => (_, context) =>
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { code, message = "refused", more_info = $"https://www.twilio.com/docs/errors/{code}", status });
    };

    /// <summary>Posts a form as Twilio would, signed for PublicBaseUrl + path (or with the given signature, or none).</summary>
    public Task<HttpResponseMessage> PostAsync(string pathAndQuery, IEnumerable<(string Name, string Value)> form, string? signature = null, bool withoutSignature = false)
    {
        var pairs = form.ToList();
        var content = new FormUrlEncodedContent(pairs.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));
        var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = content };
        if (!withoutSignature)
            request.Headers.Add("X-Twilio-Signature", signature ?? TwilioTestSigner.Sign(Token, PublicBaseUrl.TrimEnd('/') + pathAndQuery, pairs));
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostRawAsync(string pathAndQuery, byte[] body, string contentType, string signature)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = content };
        request.Headers.Add("X-Twilio-Signature", signature);
        return Client.SendAsync(request);
    }

    public static IEnumerable<(string, string)> Sms(string body, string sid, string from = "+14155550100", string to = "+14155238886") =>
        [("MessageSid", sid), ("AccountSid", AccountSid), ("From", from), ("To", to), ("Body", body), ("NumMedia", "0"), ("SmsStatus", "received"), ("ApiVersion", "2010-04-01")];

    public static IEnumerable<(string, string)> WhatsApp(string body, string sid, string from = "+14155550100", string to = "+14155238886") =>
        [("MessageSid", sid), ("AccountSid", AccountSid), ("From", "whatsapp:" + from), ("To", "whatsapp:" + to), ("Body", body), ("NumMedia", "0"),
         ("ProfileName", "Ana"), ("WaId", from.TrimStart('+'))];

    public async Task<T> DbAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public Task<List<OutboxEntry>> OutboxAsync() => DbAsync(db => db.Outbox.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    public Task<int> InboxCountAsync() => DbAsync(db => db.Inbox.CountAsync());

    public Task<ContactSnapshot?> ContactAsync(string channel, string user) =>
        Host.Services.GetRequiredService<ContactStore>().FindAsync(channel, user, CancellationToken.None);

    /// <summary>Waits until the outbox has <paramref name="count"/> rows that are no longer pending.</summary>
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
        await Api.DisposeAsync();
    }
}
