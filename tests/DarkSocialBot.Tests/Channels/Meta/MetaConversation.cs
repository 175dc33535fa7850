using System.Globalization;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>A WhatsApp Cloud or Messenger customer talking to the brand's bot through the signed webhook, turn by turn.</summary>
internal sealed class MetaConversation(MetaFixture meta, bool whatsApp = true)
{
    private const string WaId = "14155550100";
    private const string Psid = "PSID_1";
    private int _next;

    /// <summary>Posts one message (the JSON of a WhatsApp <c>messages[]</c> item without from/id/timestamp, or a Messenger
    /// <c>messaging[]</c> item without sender/recipient/timestamp), waits for its turn, and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(string fields)
    {
        var id = (whatsApp ? "wamid.in" : "m_in") + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var before = (await meta.OutboxAsync()).Count;
        var received = await meta.InboxCountAsync();
        var body = whatsApp
            ? MetaFixture.WhatsAppValue("\"contacts\":[{\"profile\":{\"name\":\"Ana\"},\"wa_id\":\"" + WaId + "\"}],\"messages\":[{\"from\":\"" + WaId
                + "\",\"id\":\"" + id + "\",\"timestamp\":\"" + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "\"," + fields + "}]")
            : "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_ID\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"" + Psid + "\"},\"recipient\":{\"id\":\"PAGE_ID\"},"
                + "\"timestamp\":" + (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + _next).ToString(CultureInfo.InvariantCulture) + "," + fields.Replace("{MID}", id, StringComparison.Ordinal) + "}]}]}";
        var response = await meta.PostAsync(body);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        // Stored (nothing lost), and its turn over: every reply it made is in the outbox.
        await Eventually.TrueAsync(() => meta.DbAsync(async db =>
            await db.Inbox.CountAsync() == received + 1 && await db.Inbox.AllAsync(e => e.Status == InboxStatus.Processed)));
        var rows = await meta.SettledOutboxAsync((await meta.OutboxAsync()).Count);
        return [.. rows.Skip(before).Select(r => JsonSerializer.Deserialize(r.Payload, ActivityJson.Default.Activity)!.Text ?? "")];
    }

    public Task<IReadOnlyList<string>> SayAsync(string text) =>
        SendAsync(whatsApp ? "\"type\":\"text\",\"text\":{\"body\":" + JsonSerializer.Serialize(text) + "}"
            : "\"message\":{\"mid\":\"{MID}\",\"text\":" + JsonSerializer.Serialize(text) + "}");

    /// <summary>The provider's id of the bot's latest message (what a customer reacts to).</summary>
    public async Task<string> LatestBotMessageIdAsync() => (await meta.OutboxAsync()).Last().ProviderMessageId!;

    public async Task<string> BotMessageIdAsync(Func<string, bool> text) =>
        (await meta.OutboxAsync()).Last(r => text(JsonSerializer.Deserialize(r.Payload, ActivityJson.Default.Activity)!.Text ?? "")).ProviderMessageId!;
}
