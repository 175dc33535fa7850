using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Tests.Brand;

/// <summary>Whatever arrives (nothing, emoji, a wall of text, a photo, two languages at once) the customer gets a sensible answer and the flow goes on.</summary>
public sealed class BadInputTranscriptTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙈🙉🙊")]
    [InlineData("?!?!")]
    public async Task Nothing_usable_at_the_start_gets_the_menu(string text)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.SendAsync(text);

        Assert.False(client.LastResult!.Failed);
        client.AssertReply("Sorry, I'm not sure I understood 🤔 Here's what I can help with:");
    }

    [Theory]
    [InlineData("")]
    [InlineData("👍👍")]
    public async Task Nothing_usable_mid_flow_asks_again_and_the_flow_goes_on(string text)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync($"""
            user: change my seat ABC123
            bot~ last name
            user: {text}
            bot: Could you type the last name as it is on the booking, letters only?
            user: Dupont
            bot~ I found your booking
            bot~ seat 23C
            bot~ window or an aisle
            """);
    }

    [Fact]
    public async Task A_five_thousand_character_message_is_answered_without_failing_and_the_flow_goes_on()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        var essay = string.Concat(Enumerable.Repeat("I have been waiting forever and nobody tells me anything ", 90));
        Assert.True(essay.Length >= 5000);

        await client.TranscriptAsync("""
            user: lost my bag ABC123
            bot~ I'm sorry
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot~ Please describe the bag
            """);
        await client.SendAsync(essay);

        Assert.False(client.LastResult!.Failed);
        client.AssertReply("Which phone number can we reach you on?");
        await client.SendAsync(essay);
        Assert.False(client.LastResult!.Failed);
        client.AssertReplyContains("That doesn't look like a phone number");
    }

    [Fact]
    public async Task A_long_message_with_an_emoji_across_the_recognizer_limit_is_answered_without_failing()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        var text = new string('x', TextNormalizer.MaxRecognizedLength - 1) + "😢 where is my bag";

        await client.SendAsync(text);

        Assert.False(client.LastResult!.Failed);
        client.AssertReplyContains("Here's what I can help with");
    }

    [Fact]
    public async Task A_lost_bag_description_cut_to_its_limit_keeps_an_emoji_whole()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync("""
            user: lost my bag ABC123
            bot~ I'm sorry
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot~ Please describe the bag
            """);
        await client.SendAsync(new string('r', 499) + "😢 red suitcase");
        client.AssertReply("Which phone number can we reach you on?");

        await client.SendAsync("+33 6 12 34 56 78");

        var confirm = client.AssertReplyContains("rrr…");
        var text = confirm.Text!;
        Assert.False(text.Any(char.IsSurrogate), "half an emoji in: " + text[^60..]);
    }

    [Theory]
    [InlineData("en-US", "image/jpeg", "Thanks, I've kept it 📎 If it's about a lost or damaged bag, tell me what happened and I'll add it to the report. What can I do for you?")]
    [InlineData("fr-FR", "image/jpeg", "Merci, je l'ai gardé 📎 S'il s'agit d'un bagage perdu ou abîmé, dites-moi ce qui s'est passé et je l'ajouterai à la déclaration. Que puis-je faire pour vous ?")]
    [InlineData("en-US", "image/webp", "Thanks! I can only read text here. What can I do for you?")]
    [InlineData("fr-FR", "image/webp", "Merci ! Je ne peux lire que du texte ici. Que puis-je faire pour vous ?")]
    public async Task A_photo_as_the_first_message_is_kept_for_a_bag_report_and_a_sticker_answered_politely_with_the_menu(string locale, string type, string expected)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        var photo = client.CreateMessage(null!);
        photo.Attachments = [new Attachment { ContentType = type, ContentUrl = "https://example.com/bag.jpg" }];

        await client.SendAsync(photo);

        Assert.Equal(6, client.AssertReply(expected).SuggestedActions!.Actions.Count);
    }

    [Fact]
    public async Task A_photo_where_a_name_was_expected_is_answered_politely()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync("""
            user: check in ABC123
            bot~ last name
            """);
        var photo = client.CreateMessage(null!);
        photo.Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "https://example.com/passport.jpg" }];

        await client.SendAsync(photo);

        Assert.False(client.LastResult!.Failed);
        await client.TranscriptAsync("""
            bot: Thanks! I can only read text here. Could you type the last name as it is on the booking, letters only?
            user: Dupont
            bot~ I found your booking
            bot~ Shall I check in Marie Dupont
            """);
    }

    [Fact]
    public async Task Mixed_languages_are_understood_in_the_customer_language()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je veux faire mon check in svp
            bot~ Quelle est votre référence de réservation ?
            user: my booking is ABC123
            bot: Merci ! Et le nom de famille du passager ?
            """);
    }

    [Fact]
    public async Task A_stored_conversation_survives_unrelated_activities_between_messages()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync("""
            user: check in ABC123
            bot~ last name
            """);

        await client.SendAsync(new Activity { Type = ActivityTypes.Typing });
        Assert.Empty(await client.StartConversationAsync()); // no welcome in the middle of the check-in

        await client.TranscriptAsync("""
            user: Dupont
            bot~ I found your booking
            bot~ Shall I check in Marie Dupont
            """);
    }
}
