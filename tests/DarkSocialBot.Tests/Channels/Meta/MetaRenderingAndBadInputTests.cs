using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Channels;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>Choices and long texts rendered per Meta channel, typing indicators, and bad input (never a 500).</summary>
public sealed class MetaRenderingAndBadInputTests
{
    private static RecordingBot ChoosingBot(int choices, int textLength = 20, string title = "Option number {0} with a long title") => new()
    {
        Reply = (context, _) =>
        {
            if (context.Activity.Text == "go")
            {
                context.Send(new Activity { Type = ActivityTypes.Typing });
                context.Send(new Activity
                {
                    Text = string.Join(' ', Enumerable.Repeat("word", textLength / 5)),
                    SuggestedActions = new SuggestedActions
                    {
                        Actions = [.. Enumerable.Range(1, choices).Select(i => new CardAction { Title = string.Format(CultureInfo.InvariantCulture, title, i), Value = $"OPT_{i}" })],
                    },
                });
            }
            return Task.CompletedTask;
        },
    };

    /// <summary>
    /// Quick replies cut a title at 20 characters (« Parler à un conseil… », "Google or another s…"): the text then lists the
    /// choices whole and numbered, and "2" picks the second.
    /// </summary>
    [Fact]
    public async Task Messenger_sends_typing_then_quick_replies_with_titles_cut_to_20_and_the_whole_titles_numbered_in_the_text()
    {
        var bot = ChoosingBot(3);
        await using var meta = await MetaFixture.StartAsync(bot: bot);

        await meta.PostAsync(MetaFixture.Messenger("m_go", "go"));

        var requests = await meta.Graph.WaitForRequestsAsync(2);
        Assert.Equal("typing_on", requests[0].Json.GetProperty("sender_action").GetString());
        var message = requests[1].Json.GetProperty("message");
        var quickReplies = message.GetProperty("quick_replies");
        Assert.Equal(3, quickReplies.GetArrayLength());
        Assert.Equal("Option number 1 wit…", quickReplies[0].GetProperty("title").GetString());
        Assert.Equal("OPT_1", quickReplies[0].GetProperty("payload").GetString());
        Assert.EndsWith("\n1. Option number 1 with a long title\n2. Option number 2 with a long title\n3. Option number 3 with a long title",
            message.GetProperty("text").GetString(), StringComparison.Ordinal);
        await meta.PostAsync(MetaFixture.Messenger("m_2", "2"));
        Assert.Equal("OPT_2", (await bot.WaitForAsync(2))[1].Text);
    }

    [Fact]
    public async Task Messenger_quick_replies_whose_titles_fit_are_not_repeated_in_the_text()
    {
        await using var meta = await MetaFixture.StartAsync(bot: ChoosingBot(3, title: "Window seat {0}"));

        await meta.PostAsync(MetaFixture.Messenger("m_go", "go"));

        var message = (await meta.Graph.WaitForRequestsAsync(2))[1].Json.GetProperty("message");
        Assert.Equal("word word word word", message.GetProperty("text").GetString());
        Assert.Equal("Window seat 3", message.GetProperty("quick_replies")[2].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Messenger_with_more_than_13_choices_numbers_them_and_reads_back_the_number()
    {
        var bot = ChoosingBot(14);
        await using var meta = await MetaFixture.StartAsync(bot: bot);

        await meta.PostAsync(MetaFixture.Messenger("m_go", "go"));
        var requests = await meta.Graph.WaitForRequestsAsync(2);
        await meta.PostAsync(MetaFixture.Messenger("m_14", "14"));

        Assert.Contains("\n14. Option number 14 with a long title", requests[1].Json.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("OPT_14", (await bot.WaitForAsync(2))[1].Text);
    }

    /// <summary>
    /// The typing activity before the reply marks the customer's message read. Buttons cut their title at 20 characters,
    /// so three choices with a longer title go in a list, which shows it whole.
    /// </summary>
    [Theory]
    [InlineData(3, "Window seat {0}", "button")]
    [InlineData(3, "Option number {0} with a long title", "list")]
    [InlineData(7, "Option number {0} with a long title", "list")]
    public async Task Whatsapp_renders_up_to_3_short_choices_as_buttons_and_up_to_10_as_a_list(int choices, string title, string type)
    {
        await using var meta = await MetaFixture.StartAsync(bot: ChoosingBot(choices, title: title));

        await meta.PostAsync(MetaFixture.WhatsApp("wamid.GO", "go"));

        var requests = await meta.Graph.WaitForRequestsAsync(2);
        Assert.Equal(("read", "wamid.GO"), (requests[0].Json.GetProperty("status").GetString(), requests[0].Json.GetProperty("message_id").GetString()));
        var interactive = requests[1].Json.GetProperty("interactive");
        Assert.Equal(type, interactive.GetProperty("type").GetString());
        if (type == "button")
        {
            var button = interactive.GetProperty("action").GetProperty("buttons")[0].GetProperty("reply");
            Assert.Equal(("OPT_1", "Window seat 1"), (button.GetProperty("id").GetString(), button.GetProperty("title").GetString()));
        }
        else
        {
            var row = interactive.GetProperty("action").GetProperty("sections")[0].GetProperty("rows")[choices - 1];
            Assert.Equal(($"OPT_{choices}", $"Option number {choices} with a…"), (row.GetProperty("id").GetString(), row.GetProperty("title").GetString()));
            Assert.Equal($"Option number {choices} with a long title", row.GetProperty("description").GetString());
        }
    }

    [Fact]
    public async Task Whatsapp_button_reply_id_becomes_the_text()
    {
        await using var meta = await MetaFixture.StartAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var body = MetaFixture.WhatsAppValue("""
            "contacts":[{"profile":{"name":"Ana"},"wa_id":"14155550100"}],"messages":[{"from":"14155550100","id":"wamid.B","timestamp":"NOW","type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"OPT_2","title":"Aisle"}}}]
            """.Replace("NOW", now.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        await meta.PostAsync(body);

        var received = Assert.Single(await meta.Bot.WaitForAsync(1));
        Assert.Equal("OPT_2", received.Text);
        Assert.Equal("Aisle", received.Value!.Value.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Long_texts_are_split_at_each_channels_limit()
    {
        var bot = new RecordingBot { Reply = (context, _) => { context.Send(string.Join(' ', Enumerable.Repeat("abcd", 1200))); return Task.CompletedTask; } };
        await using var meta = await MetaFixture.StartAsync(bot: bot);

        await meta.PostAsync(MetaFixture.Messenger("m_long", "hi"));
        await meta.PostAsync(MetaFixture.WhatsApp("wamid.LONG", "hi"));

        var requests = await meta.Graph.WaitForRequestsAsync(5);
        var messenger = requests.Where(r => r.Path.EndsWith("/me/messages", StringComparison.Ordinal)).Select(r => r.Json.GetProperty("message").GetProperty("text").GetString()!).ToList();
        var whatsApp = requests.Where(r => !r.Path.EndsWith("/me/messages", StringComparison.Ordinal)).Select(r => r.Json.GetProperty("text").GetProperty("body").GetString()!).ToList();
        Assert.Equal(3, messenger.Count); // 5,999 characters under 2,000 each
        Assert.Equal(2, whatsApp.Count);  // under 4,096 each
        Assert.All(messenger, t => Assert.True(t.Length <= 2000 && !t.StartsWith(' ') && !t.EndsWith(' ')));
        Assert.All(whatsApp, t => Assert.True(t.Length <= 4096));
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.OK)]
    [InlineData("{\"object\":\"instagram\",\"entry\":[]}", HttpStatusCode.OK)]
    [InlineData("{\"object\":\"page\",\"entry\":{\"not\":\"an array\"}}", HttpStatusCode.OK)]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"messaging\":[{\"sender\":{\"id\":5},\"message\":{\"mid\":[]}}]}]}", HttpStatusCode.OK)]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"value\":{\"messages\":[{\"id\":\"w\"}]}}]}]}", HttpStatusCode.OK)]
    // Blank ids: no one to answer, so no turn (its replies could only fail for want of a recipient).
    [InlineData("{\"object\":\"page\",\"entry\":[{\"messaging\":[{\"sender\":{\"id\":\" \"},\"recipient\":{\"id\":\"PAGE\"},\"message\":{\"mid\":\"m.1\",\"text\":\"hi\"}}]}]}", HttpStatusCode.OK)]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"messaging\":[{\"sender\":{\"id\":\"PSID_1\"},\"recipient\":{\"id\":\"PAGE\"},\"message\":{\"mid\":\"\",\"text\":\"hi\"}}]}]}", HttpStatusCode.OK)]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"value\":{\"metadata\":{\"phone_number_id\":\"1\"},\"messages\":[{\"from\":\"\",\"id\":\"wamid.1\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}]}}]}]}", HttpStatusCode.OK)]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"value\":{\"metadata\":{\"phone_number_id\":\"1\"},\"messages\":[{\"from\":\"14155550100\",\"id\":\" \",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}]}}]}]}", HttpStatusCode.OK)]
    public async Task Malformed_or_unknown_payloads_get_a_clear_4xx_or_an_acknowledged_no_op(string body, HttpStatusCode expected)
    {
        await using var meta = await MetaFixture.StartAsync();

        var response = await meta.PostAsync(body);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0, await meta.InboxCountAsync());
    }

    [Fact]
    public async Task Ten_megabyte_body_gets_413()
    {
        await using var meta = await MetaFixture.StartAsync();

        var response = await meta.PostAsync(new byte[10 * 1024 * 1024], "sha256=" + new string('0', 64));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>
    /// Half an emoji (a lone surrogate escape, from text cut in the middle) or bytes that are not UTF-8, in a text, a sender id
    /// or a profile name: valid JSON that System.Text.Json cannot read as text. It was a 500 that lost the whole batch.
    /// </summary>
    [Fact]
    public async Task Broken_text_is_read_with_a_replacement_character_and_loses_nothing_of_its_batch()
    {
        await using var meta = await MetaFixture.StartAsync();
        var messenger = "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_ID\",\"time\":1,\"messaging\":["
            + MetaFixture.MessagingItem("m_good", "hello") + "," + MetaFixture.MessagingItem("m_cut", "hi \\ud83d") + ","
            + MetaFixture.MessagingItem("m_low", "\\ude00 ok", psid: "PSID_\\udc00") + "," + MetaFixture.MessagingItem("m_pair", "\\ud83d\\ude00 and \\\\ud83d") + "]}]}";
        var whatsApp = Encoding.UTF8.GetBytes(MetaFixture.WhatsApp("wamid.CUT", "caf\u00e9 XX").Replace("Ana", "An\\ud800a"));
        whatsApp = [.. whatsApp.AsSpan(0, Array.IndexOf(whatsApp, (byte)'X')), 0xED, 0xA0, 0x80, .. whatsApp.AsSpan(Array.IndexOf(whatsApp, (byte)'X') + 2)];

        Assert.Equal(HttpStatusCode.OK, (await meta.PostAsync(messenger)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await meta.PostAsync(whatsApp)).StatusCode);

        var received = (await meta.Bot.WaitForAsync(5)).ToDictionary(a => a.Id!);
        Assert.Equal("hello", received["m_good"].Text);
        Assert.Equal("hi \uFFFD", received["m_cut"].Text);
        Assert.Equal(("\uFFFD ok", "PSID_\uFFFD"), (received["m_low"].Text, received["m_low"].From!.Id));
        Assert.Equal("\U0001F600 and \\ud83d", received["m_pair"].Text); // a whole pair and an escaped backslash stay as they were
        Assert.StartsWith("caf\u00e9 \uFFFD", received["wamid.CUT"].Text, StringComparison.Ordinal);
        Assert.Equal("An\uFFFDa", received["wamid.CUT"].From!.Name);
    }

    [Fact]
    public async Task An_unknown_object_type_is_logged_short_and_printable()
    {
        await using var meta = await MetaFixture.StartAsync(new() { ["Logging:LogLevel:Default"] = "Information" }, services: s => s.AddFakeLogging());
        var objectType = "weird\u0000\n" + new string('x', 5000);

        var response = await meta.PostAsync(JsonSerializer.Serialize(new { @object = objectType, entry = Array.Empty<object>() }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var logged = Assert.Single(meta.Host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot(), r => r.Message.Contains("weird", StringComparison.Ordinal));
        Assert.Contains("weird??xxx", logged.Message, StringComparison.Ordinal);
        Assert.True(logged.Message.Length < 200, logged.Message);
    }

    [Fact]
    public async Task Without_credentials_meta_is_off_with_a_404_problem()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var verify = await client.GetAsync("/api/meta?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1");
        var post = await client.PostAsync("/api/meta", new StringContent("{}"));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (verify.StatusCode, post.StatusCode));
        Assert.Contains("Meta:AppSecret", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Hero_cards_flatten_to_text_image_and_choices()
    {
        var card = new Attachment
        {
            ContentType = "application/vnd.microsoft.card.hero",
            Content = JsonSerializer.SerializeToElement(new
            {
                title = "KL 1234",
                subtitle = "Amsterdam → Paris",
                images = new[] { new { url = "https://cdn.example.com/plane.png" } },
                buttons = new object[] { new { type = "imBack", title = "Change seat", value = "CHANGE_SEAT" }, new { type = "openUrl", title = "Boarding pass", value = "https://example.com/bp" } },
            }),
        };

        var content = OutgoingContent.From(new Activity { Text = "Your flight:", Attachments = [card] });

        Assert.Equal("Your flight:\nKL 1234\nAmsterdam → Paris\nBoarding pass: https://example.com/bp", content.Text);
        Assert.Equal([new OfferedChoice("Change seat", "CHANGE_SEAT")], content.Choices);
        Assert.Equal("https://cdn.example.com/plane.png", Assert.Single(content.Media).Url);
    }
}
