using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Testing;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task Photos_and_a_pdf_sent_during_a_bag_report_are_acknowledged_and_filed_with_it_and_a_caption_answers_the_question()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync("""
            user: my bag arrived damaged ABC123
            bot: I'm sorry your bag was damaged 😟 Let's report it so we can put it right.
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot: Please describe the bag and what's damaged. A photo helps too 📷
            """);
        var photo = Media(client, "image/jpeg");

        await client.SendAsync(photo);
        await client.TranscriptAsync("""
            bot: Thanks, I've added it to your report 📎
            bot: Please describe the bag and what's damaged. A photo helps too 📷
            """);
        var tag = Media(client, "application/pdf", "red suitcase with stickers, wheel broken");
        tag.Attachments![0].Name = "baggage-tag.pdf";
        await client.SendAsync(tag);
        await client.TranscriptAsync("""
            bot: Thanks, I've added it to your report 📎
            bot: Which phone number can we reach you on?
            user: +33 6 12 34 56 78
            bot~ "red suitcase with stickers, wheel broken"
            user: yes
            bot~ Your report is filed
            bot~ Anything else
            """);

        await using var db = await bed.Db.CreateDbContextAsync();
        var report = await db.BagReports.SingleAsync();
        var filed = JsonDocument.Parse(report.Attachments!).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("url").GetString(), e.GetProperty("contentType").GetString())).ToList();
        Assert.Equal([(photo.Attachments![0].ContentUrl, "image/jpeg"), (tag.Attachments[0].ContentUrl, "application/pdf")], filed);
    }

    [Fact]
    public async Task A_french_photo_during_a_bag_report_is_acknowledged_in_french()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");
        await client.TranscriptAsync("""
            user: bagage perdu ABC123
            bot~ désolé
            bot~ nom de famille
            """);

        await client.SendAsync(Media(client, "image/png"));

        client.AssertReply("Merci, je l'ai ajouté à votre déclaration 📎");
        client.AssertReply("Merci ! Et le nom de famille du passager ?");
    }

    [Fact]
    public async Task A_photo_sent_before_the_request_is_kept_and_filed_with_the_bag_report_that_follows()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        var photo = Media(client, "image/jpeg");

        await client.SendAsync(photo);
        await client.TranscriptAsync("""
            bot: Thanks, I've kept it 📎 If it's about a lost or damaged bag, tell me what happened and I'll add it to the report. What can I do for you?
            user: my bag didn't arrive ABC123
            bot~ I'm sorry your bag
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot~ describe the bag
            user: red suitcase with stickers
            bot~ phone number
            user: +33 6 12 34 56 78
            bot~ "red suitcase with stickers"
            user: yes
            bot~ Your report is filed
            bot~ Anything else
            """);

        await using var db = await bed.Db.CreateDbContextAsync();
        var report = await db.BagReports.SingleAsync();
        Assert.Equal(photo.Attachments![0].ContentUrl, JsonDocument.Parse(report.Attachments!).RootElement[0].GetProperty("url").GetString());
        Assert.Equal("test/conversations/conversation-1", report.ConversationKey);
    }

    [Fact]
    public async Task A_photo_sent_long_before_the_request_is_not_filed_with_the_bag_report()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");
        await client.SendAsync(Media(client, "image/jpeg"));
        client.AssertReplyContains("Merci, je l'ai gardé 📎");
        bed.Time.Advance(TimeSpan.FromHours(2));

        await client.TranscriptAsync("""
            user: bagage perdu ABC123
            bot~ désolé
            bot~ nom de famille
            user: Dupont
            bot~ j'ai trouvé votre réservation
            bot~ Décrivez le bagage
            user: valise rouge
            bot~ téléphone
            user: 06 12 34 56 78
            bot~ « valise rouge »
            user: oui
            bot~ Votre déclaration est enregistrée
            bot~ autre chose
            """);

        await using var db = await bed.Db.CreateDbContextAsync();
        Assert.Null((await db.BagReports.SingleAsync()).Attachments);
    }
}
