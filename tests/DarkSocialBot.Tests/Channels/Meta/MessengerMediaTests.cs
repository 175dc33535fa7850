using System.Text.Json;
using DarkSocialBot.Core.Activities;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>Messenger reactions, edits and attachments through the signed webhook to the brand's bot: stored, and answered only when they mean something.</summary>
public sealed class MessengerMediaTests
{
    [Fact]
    public async Task A_like_reaction_to_the_yes_no_question_answers_it_and_other_reactions_and_edits_are_stored_without_a_reply()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        var customer = new MetaConversation(meta, whatsApp: false);
        await customer.SayAsync("change my seat ABC123");
        var lastNameQuestion = await customer.LatestBotMessageIdAsync();
        Assert.Empty(await customer.SendAsync(Reaction(lastNameQuestion, "like", "react")));
        Assert.Empty(await customer.SendAsync("\"message_edit\":{\"mid\":\"m_in1\",\"text\":\"change my seat ABC123 please\",\"num_edit\":1}"));
        await customer.SayAsync("Dupont");
        await customer.SayAsync("window");
        Assert.Contains("Move you from 23C to 12A?", await customer.SayAsync("12A"));
        var question = await customer.LatestBotMessageIdAsync();

        Assert.Empty(await customer.SendAsync(Reaction(question, "like", "unreact")));
        Assert.Contains("Done ✅ Your seat is now 12A.", await customer.SendAsync(Reaction(question, "like", "react")));

        var stored = (await meta.DbAsync(db => db.Inbox.AsNoTracking().OrderBy(e => e.Id).ToListAsync()))
            .Select(e => JsonSerializer.Deserialize(e.Payload, ActivityJson.Default.Activity)!).ToList();
        Assert.Equal(3, stored.Count(a => a.Type == ActivityTypes.MessageReaction));
        var edit = Assert.Single(stored, a => a.Type == ActivityTypes.MessageUpdate);
        Assert.Equal(("m_in1", "change my seat ABC123 please"), (edit.ReplyToId, edit.Text));
    }

    [Fact]
    public async Task An_audio_attachment_at_a_question_asks_to_type_it_and_an_image_gets_the_polite_reply()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        var customer = new MetaConversation(meta, whatsApp: false);
        await customer.SayAsync("change my seat ABC123");

        var voice = await customer.SendAsync("\"message\":{\"mid\":\"{MID}\",\"attachments\":[{\"type\":\"audio\",\"payload\":{\"url\":\"https://cdn.fbsbx.com/v/audioclip-1.mp4\"}}]}");
        var photo = await customer.SendAsync("\"message\":{\"mid\":\"{MID}\",\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://scontent.xx.fbcdn.net/v/bag.jpg\"}}]}");

        Assert.Equal(["Sorry, I can't listen to voice messages, could you type it? Could you type the last name as it is on the booking, letters only?"], voice);
        Assert.Equal(["Thanks! I can only read text here. Could you type the last name as it is on the booking, letters only?"], photo);
    }

    private static string Reaction(string mid, string reaction, string action) =>
        "\"reaction\":{\"reaction\":\"" + reaction + "\",\"emoji\":\"\\ud83d\\udc4d\",\"action\":\"" + action + "\",\"mid\":\"" + mid + "\"}";
}
