using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Testing;

namespace DarkSocialBot.Tests.Brand;

/// <summary>What customers send besides text (voice notes, photos, documents, locations): a polite answer in their language, and the question again.</summary>
public sealed class MediaTranscriptTests
{
    private static Activity Media(TestClient client, string contentType, string? caption = null)
    {
        var message = client.CreateMessage(caption!);
        message.Attachments = [new Attachment { ContentType = contentType, ContentUrl = "https://media.example/" + Guid.NewGuid().ToString("N") }];
        return message;
    }

    [Theory]
    [InlineData("en-US", "Sorry, I can't listen to voice messages, could you type it?")]
    [InlineData("fr-FR", "Désolé, je ne peux pas écouter les messages vocaux, pourriez-vous l'écrire ?")]
    public async Task A_voice_note_as_the_first_message_asks_to_type_it_with_the_menu(string locale, string expected)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(Media(client, "audio/ogg; codecs=opus"));

        Assert.False(client.LastResult!.Failed);
        Assert.Equal(6, client.AssertReply(expected).SuggestedActions!.Actions.Count);
        client.AssertNoMoreReplies();
    }

    [Fact]
    public async Task A_voice_note_at_a_question_asks_to_type_it_then_the_question_and_the_flow_goes_on()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync("""
            user: check in ABC123
            bot~ last name
            """);

        await client.SendAsync(Media(client, "audio/mpeg"));

        await client.TranscriptAsync("""
            bot: Sorry, I can't listen to voice messages, could you type it? Could you type the last name as it is on the booking, letters only?
            user: Dupont
            bot~ I found your booking
            bot~ Shall I check in Marie Dupont
            """);
    }

    [Fact]
    public async Task A_french_voice_note_at_a_question_is_answered_in_french()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");
        await client.TranscriptAsync("""
            user: je veux faire mon check in ABC123
            bot~ nom de famille
            """);

        await client.SendAsync(Media(client, "audio/ogg"));

        client.AssertReplyContains("Désolé, je ne peux pas écouter les messages vocaux, pourriez-vous l'écrire ?");
    }
}
