using System.Collections.Concurrent;
using System.Globalization;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>
/// Messenger's read and delivery receipts (<c>message_reads</c>, <c>message_deliveries</c>): a watermark marks every message
/// sent to that customer at or before it, as WhatsApp's and Twilio's statuses do per message.
/// </summary>
public sealed class MessengerReceiptTests
{
    [Fact]
    public async Task A_read_or_delivery_watermark_marks_the_customers_messages_sent_up_to_it_and_no_one_elses()
    {
        await using var meta = await MetaFixture.StartAsync();
        // Meta stamps a message when its request arrives, and answers a moment later (here 300 ms): the watermark of the
        // latest message is its own stamp, earlier than the time the bot got the answer.
        var stamped = new ConcurrentDictionary<string, long>();
        meta.Graph.Handler = async (request, context) =>
        {
            stamped[request.Json.GetProperty("recipient").GetProperty("id").GetString()!] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await Task.Delay(300);
            await MetaFixture.AcceptedAsync(request, context);
        };
        await meta.PostAsync(MetaFixture.Messenger("m_ana", "hi", psid: "PSID_1"));
        await meta.PostAsync(MetaFixture.Messenger("m_bo", "hello", psid: "PSID_2"));
        await meta.SettledOutboxAsync(2);

        await meta.PostAsync(Receipt("PSID_1", "read", stamped["PSID_1"]));
        await meta.PostAsync(Receipt("PSID_2", "delivery", stamped["PSID_2"] - 1000));
        var early = await StatusesAsync(meta);
        await meta.PostAsync(Receipt("PSID_2", "delivery", stamped["PSID_2"]));
        await meta.PostAsync(Receipt("PSID_1", "delivery", stamped["PSID_1"])); // late: read stays read

        Assert.Equal([DeliveryStatus.Read, DeliveryStatus.Sent], early);
        Assert.Equal([DeliveryStatus.Read, DeliveryStatus.Delivered], await StatusesAsync(meta));
        Assert.Equal(2, meta.Bot.Received.Count); // receipts are not turns
    }

    private static async Task<DeliveryStatus?[]> StatusesAsync(MetaFixture meta) =>
        [.. (await meta.OutboxAsync()).OrderBy(r => r.ConversationKey, StringComparer.Ordinal).Select(r => r.DeliveryStatus)];

    /// <summary>A <c>read</c> or <c>delivery</c> (without mids, as older clients send it) with its watermark in milliseconds.</summary>
    private static string Receipt(string psid, string kind, long watermark) =>
        "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_ID\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"PAGE_ID\"},"
        + "\"timestamp\":" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + ",\"" + kind + "\":{\"watermark\":"
        + watermark.ToString(CultureInfo.InvariantCulture) + "}}]}]}";
}
