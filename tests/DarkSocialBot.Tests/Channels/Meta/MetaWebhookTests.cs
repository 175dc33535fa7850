using System.Net;
using System.Text;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>Conformance cases 14-18 (channels.md §5) over HTTP on the real host.</summary>
public sealed class MetaWebhookTests
{
    private const string Case15Body = """{"object":"page","entry":[{"id":"PAGE_ID","time":1700000000000,"messaging":[{"sender":{"id":"PSID_1"},"recipient":{"id":"PAGE_ID"},"timestamp":1700000000000,"message":{"mid":"m_1","text":"hello"}}]}]}""";
    private const string Case15Signature = "sha256=16394f3180835d5989cd18d4eddd3c36ffe3918edff7a5261f53ebadb181670d";
    private const string Case17Body = """{"object":"whatsapp_business_account","entry":[{"id":"WABA_ID","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"PHONE_NUMBER_ID"},"contacts":[{"profile":{"name":"Ana"},"wa_id":"14155550100"}],"messages":[{"from":"14155550100","id":"wamid.TEST1","timestamp":"1700000000","type":"text","text":{"body":"hello"}}]},"field":"messages"}]}]}""";
    private const string Case17Signature = "sha256=249cb905e141e338424878ccc7f24f9131b787a06b7caa8b3f311cc7b7fb018b";

    [Fact]
    public async Task Case14_verification_echoes_the_challenge_only_for_subscribe_with_the_right_token()
    {
        await using var meta = await MetaFixture.StartAsync();

        var ok = await meta.Client.GetAsync("/api/meta?hub.mode=subscribe&hub.verify_token=meatyhamhock&hub.challenge=1158201444");
        var wrongToken = await meta.Client.GetAsync("/api/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444");
        var wrongMode = await meta.Client.GetAsync("/api/meta?hub.mode=unsubscribe&hub.verify_token=meatyhamhock&hub.challenge=1158201444");
        var noMode = await meta.Client.GetAsync("/api/meta?hub.verify_token=meatyhamhock&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        foreach (var refused in new[] { wrongToken, wrongMode, noMode })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain("1158201444", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Case15_computed_messenger_vector_is_accepted_and_processed()
    {
        await using var meta = await MetaFixture.StartAsync();
        Assert.Equal(200, Encoding.UTF8.GetByteCount(Case15Body));

        var response = await meta.PostAsync(Case15Body, Case15Signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(await meta.Bot.WaitForAsync(1));
        Assert.Equal((MetaChannels.Messenger, "m_1", "PSID_1", "hello"), (received.ChannelId, received.Id, received.From!.Id, received.Text));
    }

    [Fact]
    public async Task Case15_changed_byte_missing_header_no_prefix_or_sha1_only_are_refused_and_nothing_is_processed()
    {
        await using var meta = await MetaFixture.StartAsync();
        var sha1Only = new HttpRequestMessage(HttpMethod.Post, "/api/meta") { Content = new StringContent(Case15Body, Encoding.UTF8, "application/json") };
        sha1Only.Headers.Add("X-Hub-Signature", "sha1=0000000000000000000000000000000000000000");

        var responses = new[]
        {
            await meta.PostAsync(Case15Body.Replace("hello", "hellp", StringComparison.Ordinal), Case15Signature),
            await meta.PostAsync(Case15Body, withoutSignature: true),
            await meta.PostAsync(Case15Body, Case15Signature["sha256=".Length..]),
            await meta.Client.SendAsync(sha1Only),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(0, await meta.InboxCountAsync());
        Assert.Empty(meta.Bot.Received);
    }

    [Fact]
    public async Task Case16_signature_is_checked_over_the_raw_escaped_bytes_not_reserialised_json()
    {
        await using var meta = await MetaFixture.StartAsync();
        var raw = """{"object":"page","entry":[{"id":"PAGE_ID","time":1,"messaging":[{"sender":{"id":"PSID_1"},"recipient":{"id":"PAGE_ID"},"timestamp":1700000000000,"message":{"mid":"m_16","text":"caf\u00e9 \/ ok"}}]}]}""";
        var reserialised = raw.Replace("caf\\u00e9 \\/ ok", "café / ok", StringComparison.Ordinal);

        var refused = await meta.PostAsync(raw, MetaFixture.Sign(reserialised));
        var accepted = await meta.PostAsync(raw, MetaFixture.Sign(raw));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (refused.StatusCode, accepted.StatusCode));
        Assert.Equal("café / ok", Assert.Single(await meta.Bot.WaitForAsync(1)).Text);
    }

    [Fact]
    public async Task Case17_computed_whatsapp_vector_parses_into_one_text_from_ana()
    {
        await using var meta = await MetaFixture.StartAsync();
        Assert.Equal(405, Encoding.UTF8.GetByteCount(Case17Body));

        var response = await meta.PostAsync(Case17Body, Case17Signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(await meta.Bot.WaitForAsync(1));
        Assert.Equal((MetaChannels.WhatsApp, "wamid.TEST1", "14155550100", "Ana", "hello"),
            (received.ChannelId, received.Id, received.From!.Id, received.From.Name, received.Text));
        Assert.Equal("PHONE_NUMBER_ID", received.Recipient!.Id);
    }

    [Fact]
    public async Task Case18_same_mid_or_wamid_twice_runs_once()
    {
        await using var meta = await MetaFixture.StartAsync();

        await meta.PostAsync(MetaFixture.Messenger("m_dup", "once"));
        await meta.PostAsync(MetaFixture.Messenger("m_dup", "once"));
        await meta.PostAsync(MetaFixture.WhatsApp("wamid.DUP", "once"));
        await meta.PostAsync(MetaFixture.WhatsApp("wamid.DUP", "once"));

        await meta.Graph.WaitForRequestsAsync(2);
        await Task.Delay(300);
        Assert.Equal(2, meta.Bot.Received.Count);
        Assert.Equal(2, meta.Graph.Requests.Count);
    }

    [Fact]
    public async Task Case18_two_entries_of_two_messaging_items_are_four_messages_in_order()
    {
        await using var meta = await MetaFixture.StartAsync();
        string Entry(int a, int b) => $$"""{"id":"PAGE_ID","time":1,"messaging":[{{MetaFixture.MessagingItem($"m_{a}", $"t{a}")}},{{MetaFixture.MessagingItem($"m_{b}", $"t{b}")}}]}""";
        var body = $$"""{"object":"page","entry":[{{Entry(1, 2)}},{{Entry(3, 4)}}]}""";

        Assert.Equal(HttpStatusCode.OK, (await meta.PostAsync(body)).StatusCode);

        Assert.Equal(["t1", "t2", "t3", "t4"], (await meta.Bot.WaitForAsync(4)).Select(a => a.Text));
    }

    [Fact]
    public async Task Case18_echo_delivery_read_and_status_only_payloads_get_200_and_no_reply()
    {
        await using var meta = await MetaFixture.StartAsync();
        const string echo = """{"object":"page","entry":[{"id":"PAGE_ID","time":1,"messaging":[{"sender":{"id":"PAGE_ID"},"recipient":{"id":"PSID_1"},"timestamp":1,"message":{"mid":"m_echo","is_echo":true,"app_id":1,"text":"hi"}}]}]}""";
        const string delivery = """{"object":"page","entry":[{"id":"PAGE_ID","time":1,"messaging":[{"sender":{"id":"PSID_1"},"recipient":{"id":"PAGE_ID"},"delivery":{"mids":["m_x"],"watermark":1}}]}]}""";
        const string read = """{"object":"page","entry":[{"id":"PAGE_ID","time":1,"messaging":[{"sender":{"id":"PSID_1"},"recipient":{"id":"PAGE_ID"},"timestamp":1,"read":{"watermark":1}}]}]}""";

        foreach (var body in new[] { echo, delivery, read, MetaFixture.WhatsAppStatus("wamid.x", "delivered") })
            Assert.Equal(HttpStatusCode.OK, (await meta.PostAsync(body)).StatusCode);

        await Task.Delay(300);
        Assert.Empty(meta.Bot.Received);
        Assert.Empty(meta.Graph.Requests);
        Assert.Equal(0, await meta.InboxCountAsync());
    }

    [Fact]
    public async Task Case18_failed_status_updates_the_delivery_record_with_the_error_code_and_read_cannot_undo_it()
    {
        await using var meta = await MetaFixture.StartAsync();
        await meta.PostAsync(MetaFixture.WhatsApp("wamid.IN1", "hi"));
        var sent = Assert.Single(await meta.SettledOutboxAsync(1));
        Assert.Equal(("wamid.sent1", DeliveryStatus.Queued), (sent.ProviderMessageId, sent.DeliveryStatus));

        await meta.PostAsync(MetaFixture.WhatsAppStatus("wamid.sent1", "sent"));
        await meta.PostAsync(MetaFixture.WhatsAppStatus("wamid.sent1", "failed", 131026));
        await meta.PostAsync(MetaFixture.WhatsAppStatus("wamid.sent1", "read"));

        var row = Assert.Single(await meta.OutboxAsync());
        Assert.Equal((DeliveryStatus.Failed, "131026"), (row.DeliveryStatus, row.ErrorCode));
    }

    [Fact]
    public async Task Messenger_like_button_is_a_thumbs_up_and_other_stickers_stay_pictures()
    {
        await using var meta = await MetaFixture.StartAsync();
        const string sticker = """{"object":"page","entry":[{"id":"PAGE_ID","time":1,"messaging":[{"sender":{"id":"PSID_1"},"recipient":{"id":"PAGE_ID"},"timestamp":@NOW,"message":{"mid":"@MID","sticker_id":@STICKER,"attachments":[{"type":"image","payload":{"url":"https://scontent.xx.fbcdn.net/sticker.png","sticker_id":@STICKER}}]}}]}]}""";
        string Sticker(string mid, string id) => sticker.Replace("@NOW", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@MID", mid, StringComparison.Ordinal).Replace("@STICKER", id, StringComparison.Ordinal);

        await meta.PostAsync(Sticker("m_like", "369239263222822"));
        await meta.PostAsync(Sticker("m_cat", "126361874215276"));

        var received = await meta.Bot.WaitForAsync(2);
        Assert.Equal(("👍", null), (received[0].Text, received[0].Attachments));
        Assert.Null(received[1].Text);
        Assert.Equal("https://scontent.xx.fbcdn.net/sticker.png", Assert.Single(received[1].Attachments!).ContentUrl);
    }

    [Fact]
    public async Task Messenger_delivery_mids_mark_sent_messages_delivered()
    {
        await using var meta = await MetaFixture.StartAsync();
        await meta.PostAsync(MetaFixture.Messenger("m_in", "hi"));
        var sent = Assert.Single(await meta.SettledOutboxAsync(1));

        await meta.PostAsync("""{"object":"page","entry":[{"id":"PAGE_ID","time":1,"messaging":[{"sender":{"id":"PSID_1"},"recipient":{"id":"PAGE_ID"},"delivery":{"mids":["MID"],"watermark":1}}]}]}"""
            .Replace("MID", sent.ProviderMessageId, StringComparison.Ordinal));

        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await meta.OutboxAsync()).DeliveryStatus);
    }
}
