using System.Text.Json;
using DarkSocialBot.Core.Activities;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>
/// What WhatsApp Cloud customers send besides text, through the signed webhook to the brand's bot: every inbound is stored,
/// the webhook gets 200, and the customer gets a sensible answer (or none, for a reaction that answers nothing).
/// </summary>
public sealed class WhatsAppCloudMediaTests
{
    private const string LastNameRetry = "Could you type the last name as it is on the booking, letters only?";

    private static async Task<(MetaFixture Meta, MetaConversation Customer)> AtTheLastNameQuestionAsync()
    {
        var meta = await MetaFixture.StartAsync(brandBot: true);
        var customer = new MetaConversation(meta);
        Assert.Contains("Thanks! And the passenger's last name?", await customer.SayAsync("change my seat ABC123"));
        return (meta, customer);
    }

    public static TheoryData<string, string> MediaAtAQuestion => new()
    {
        { "\"type\":\"location\",\"location\":{\"latitude\":49.0097,\"longitude\":2.5479,\"name\":\"CDG Terminal 2\",\"address\":\"95700 Roissy\"}", "Thanks! I can only read text here. " },
        { "\"type\":\"contacts\",\"contacts\":[{\"name\":{\"formatted_name\":\"John Smith\",\"first_name\":\"John\"},\"phones\":[{\"phone\":\"+1 415 555 0199\",\"type\":\"CELL\",\"wa_id\":\"14155550199\"}]}]", "Thanks! I can only read text here. " },
        { "\"type\":\"sticker\",\"sticker\":{\"mime_type\":\"image/webp\",\"sha256\":\"c2hh\",\"id\":\"1000001\",\"animated\":false}", "Thanks! I can only read text here. " },
        { "\"type\":\"unsupported\",\"errors\":[{\"code\":131051,\"title\":\"Message type unknown\",\"message\":\"Message type unknown\",\"error_data\":{\"details\":\"Message type is currently not supported.\"}}]", "Thanks! I can only read text here. " },
        { Unavailable, "Sorry, your message didn't come through, could you send it again? " },
        { "\"type\":\"audio\",\"audio\":{\"mime_type\":\"audio/ogg; codecs=opus\",\"sha256\":\"c2hh\",\"id\":\"1000002\",\"voice\":true}", "Sorry, I can't listen to voice messages, could you type it? " },
    };

    [Theory]
    [MemberData(nameof(MediaAtAQuestion))]
    public async Task Media_the_bot_cannot_use_at_a_question_gets_a_polite_reply_and_the_question_again(string message, string notice)
    {
        var (meta, customer) = await AtTheLastNameQuestionAsync();
        await using var _ = meta;

        var replies = await customer.SendAsync(message);

        Assert.Equal([notice + LastNameRetry], replies);
        Assert.Contains("I found your booking ABC123", string.Join("\n", await customer.SayAsync("Dupont")));
    }

    /// <summary>131060: WhatsApp could not pass the message on at all (often a first message to a number shared with the WhatsApp Business app).</summary>
    private const string Unavailable = "\"type\":\"unsupported\",\"errors\":[{\"code\":131060,\"title\":\"This message is currently unavailable.\",\"message\":\"This message is currently unavailable.\"}]";

    [Fact]
    public async Task A_first_message_that_did_not_come_through_is_asked_again_not_told_the_bot_reads_only_text()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        var customer = new MetaConversation(meta);

        var replies = await customer.SendAsync(Unavailable);

        Assert.Equal(["Sorry, your message didn't come through, could you send it again?"], replies);
        Assert.Contains("Thanks! And the passenger's last name?", await customer.SayAsync("change my seat ABC123"));
    }

    [Fact]
    public async Task A_photo_caption_is_read_as_the_message_text()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        var customer = new MetaConversation(meta);

        var replies = await customer.SendAsync("\"type\":\"image\",\"image\":{\"caption\":\"change my seat ABC123\",\"mime_type\":\"image/jpeg\",\"sha256\":\"c2hh\",\"id\":\"1000003\"}");

        Assert.Contains("Thanks! And the passenger's last name?", replies);
    }

    [Fact]
    public async Task A_thumbs_up_reaction_to_the_yes_no_question_answers_it_once()
    {
        var (meta, customer) = await AtTheLastNameQuestionAsync();
        await using var _ = meta;
        await customer.SayAsync("Dupont");
        await customer.SayAsync("window");
        Assert.Contains("Move you from 23C to 12A?", await customer.SayAsync("12A"));
        var question = await customer.LatestBotMessageIdAsync();

        var replies = await customer.SendAsync(Reaction(question, "\\ud83d\\udc4d"));

        Assert.Contains("Done ✅ Your seat is now 12A.", replies);
        // Changing the reaction (👍 to ❤️, or 👍 again) is not a second answer, nor "I can only read text".
        Assert.Empty(await customer.SendAsync(Reaction(question, "\\u2764\\ufe0f")));
        Assert.Empty(await customer.SendAsync(Reaction(question, "\\ud83d\\udc4d")));
        var stored = await meta.DbAsync(db => db.Inbox.AsNoTracking().ToListAsync());
        Assert.Equal(3, stored.Count(e => JsonSerializer.Deserialize(e.Payload, ActivityJson.Default.Activity)!.Type == ActivityTypes.MessageReaction));
    }

    [Fact]
    public async Task A_reaction_at_a_text_question_to_an_older_message_or_taken_back_gets_no_reply_and_the_flow_goes_on()
    {
        var (meta, customer) = await AtTheLastNameQuestionAsync();
        await using var _ = meta;
        var latest = await customer.LatestBotMessageIdAsync();

        Assert.Empty(await customer.SendAsync(Reaction(latest, "\\ud83d\\udc4d")));
        Assert.Empty(await customer.SendAsync(Reaction(latest, "")));
        await customer.SayAsync("Dupont");
        await customer.SayAsync("window");
        await customer.SayAsync("12A");
        Assert.Empty(await customer.SendAsync(Reaction(latest, "\\ud83d\\udc4d"))); // an old message: not the seat question

        Assert.Contains("Done ✅ Your seat is now 12A.", await customer.SayAsync("yes"));
    }

    [Fact]
    public async Task Correcting_the_answer_the_bot_could_not_use_answers_the_question_and_other_edits_and_deletions_get_no_reply()
    {
        var (meta, customer) = await AtTheLastNameQuestionAsync(); // wamid.in1: "change my seat ABC123"
        await using var _ = meta;
        Assert.Equal([LastNameRetry], await customer.SayAsync("Dupont1")); // wamid.in2

        // Edits arrive as "unsupported" for now (Meta's edit reference), without the new text: nothing to read, nothing to say.
        Assert.Empty(await customer.SendAsync("\"type\":\"unsupported\",\"unsupported\":{\"type\":\"edit\"},\"errors\":[{\"code\":131051,\"title\":\"Message type unknown\"}]"));
        Assert.Empty(await customer.SendAsync(Edit("wamid.in1", "change my seat XYZ789"))); // the request, not an answer
        Assert.Empty(await customer.SendAsync("\"type\":\"revoke\",\"revoke\":{\"original_message_id\":\"wamid.in1\"}"));
        var corrected = await customer.SendAsync(Edit("wamid.in2", "Dupont"));

        Assert.Contains("Thanks Marie, I found your booking ABC123 ✅", corrected);
        var stored = (await meta.DbAsync(db => db.Inbox.AsNoTracking().OrderBy(e => e.Id).ToListAsync()))
            .Select(e => JsonSerializer.Deserialize(e.Payload, ActivityJson.Default.Activity)!).ToList();
        Assert.Equal([ActivityTypes.MessageUpdate, ActivityTypes.MessageUpdate, "messageDelete", ActivityTypes.MessageUpdate], stored.Skip(2).Select(a => a.Type));
        Assert.Equal(("wamid.in2", "Dupont"), (stored[^1].ReplyToId, stored[^1].Text));
    }

    private static string Edit(string original, string text) =>
        "\"type\":\"edit\",\"edit\":{\"original_message_id\":\"" + original + "\",\"message\":{\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}}";

    private static string Reaction(string messageId, string emoji) =>
        "\"type\":\"reaction\",\"reaction\":{\"message_id\":\"" + messageId + "\",\"emoji\":\"" + emoji + "\"}";
}
