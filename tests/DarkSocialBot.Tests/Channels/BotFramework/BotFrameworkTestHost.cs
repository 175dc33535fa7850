using System.Net.Http.Headers;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Hosts, activities and database checks shared by the <c>/api/messages</c> conformance tests.</summary>
internal static class BotFrameworkTestHost
{
    public const string AppId = "6f1c2a9e-4b7d-4e1a-9c3f-0d8b5e2a7c41";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorV2Issuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    public static BotHostFactory Anonymous(IBot? bot = null, Dictionary<string, string?>? settings = null) =>
        new(settings) { ConfigureServices = bot is null ? null : s => BotHostFactory.Replace(s, bot) };

    /// <summary>A bot with an app id whose channel (and Emulator) keys come from local issuers.</summary>
    public static BotHostFactory WithAppId(LocalOpenIdIssuer channel, LocalOpenIdIssuer? emulator = null,
        Dictionary<string, string?>? settings = null, IBot? bot = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["BotFramework:AppId"] = AppId,
            ["BotFramework:ChannelOpenIdMetadataUrl"] = channel.MetadataUrl.AbsoluteUri,
            ["BotFramework:EmulatorOpenIdMetadataUrl"] = (emulator ?? channel).MetadataUrl.AbsoluteUri,
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        return Anonymous(bot, all);
    }

    public static string ChannelToken(LocalOpenIdIssuer issuer, Activity activity, string? audience = null, string? serviceUrl = null,
        DateTime? expires = null) =>
        issuer.Mint(ChannelIssuer, audience ?? AppId, new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? activity.ServiceUrl! },
            notBefore: expires?.AddHours(-1), expires: expires);

    public static Activity Typed(string type, Uri serviceUrl, string channelId = "emulator", string conversationId = "conv-1")
    {
        var activity = Activities.Message("", serviceUrl, conversationId, channelId: channelId);
        activity.Type = type;
        activity.Text = null;
        return activity;
    }

    public static Activity ConversationUpdate(Uri serviceUrl, string channelId = "emulator", string conversationId = "conv-1",
        IList<ChannelAccount>? added = null, IList<ChannelAccount>? removed = null)
    {
        var activity = Typed(ActivityTypes.ConversationUpdate, serviceUrl, channelId, conversationId);
        activity.MembersAdded = added;
        activity.MembersRemoved = removed;
        return activity;
    }

    public static ChannelAccount User(Activity activity) => new() { Id = activity.From!.Id, Name = activity.From.Name };

    public static ChannelAccount Bot(Activity activity) => new() { Id = activity.Recipient!.Id, Name = activity.Recipient.Name };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Activity activity, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(activity) };
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await client.SendAsync(request);
    }

    /// <summary>Rows in the inbox, state and outbox tables: all zero means the request left no trace.</summary>
    public static async Task<(int Inbox, int States, int Outbox)> CountRowsAsync(BotHostFactory host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return (await db.Inbox.CountAsync(), await db.States.CountAsync(), await db.Outbox.CountAsync());
    }
}
