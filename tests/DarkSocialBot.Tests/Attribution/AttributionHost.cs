using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DarkSocialBot.Tests.Attribution;

/// <summary>
/// The real host (real SQLite file) whose bot is the attribution question as a dialog root, with an admin key and a fixed
/// pseudonym key; customers talk to it over <c>/api/messages</c> (Emulator channel, replies inline with expectReplies).
/// </summary>
internal sealed class AttributionHost : IAsyncDisposable
{
    public const string AdminKey = "admin-test-key";
    public const string PseudonymKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    public const string Channel = "emulator";
    private static readonly Uri ServiceUrl = new("http://127.0.0.1:9/");

    private AttributionHost(BotHostFactory factory)
    {
        Factory = factory;
        Admin = factory.CreateClient();
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        Anonymous = factory.CreateClient();
    }

    public BotHostFactory Factory { get; }
    public HttpClient Admin { get; }
    public HttpClient Anonymous { get; }
    public IServiceProvider Services => Factory.Services;

    /// <param name="kestrel">Serve on a real loopback port (for a browser) instead of the in-memory test server.</param>
    public static AttributionHost Start(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var all = new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = AdminKey, ["Attribution:PseudonymKey"] = PseudonymKey };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var factory = new BotHostFactory(all)
        {
            ConfigureServices = services =>
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot>(sp => new DialogBot(new DialogManager(new HowDidYouHearDialog(sp.GetRequiredService<IAttributionRecorder>()))));
                configure?.Invoke(services);
            },
        };
        if (kestrel) factory.UseKestrel(0);
        return new AttributionHost(factory);
    }

    /// <summary>Sends a customer message and returns the bot's replies (texts, and the values of any options offered).</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text, string userId = "user-1", string conversationId = "conv-1",
        string locale = "en-US", System.Text.Json.JsonElement? channelData = null)
    {
        var activity = Activities.Message(text, ServiceUrl, conversationId, channelId: Channel, userId: userId);
        activity.Locale = locale;
        activity.ChannelData = channelData;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var response = await Anonymous.PostAsync("/api/messages", Activities.Json(activity));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("activities").EnumerateArray().Select(a => a.Deserialize(ActivityJson.Default.Activity)!)];
    }

    /// <summary>Answers the attribution question for a customer: says hello, then <paramref name="answers"/> one by one.</summary>
    public async Task AnswerAsync(string userId, params string[] answers)
    {
        await SayAsync("hello", userId, $"conv-{userId}");
        foreach (var answer in answers) await SayAsync(answer, userId, $"conv-{userId}");
    }

    public async Task<T> DbAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Anonymous.Dispose();
        await Factory.DisposeAsync();
    }
}
