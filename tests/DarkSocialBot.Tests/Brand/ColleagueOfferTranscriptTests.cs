using DarkSocialBot.Dialogs.Handoff;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// The offer of a colleague after answers the bot could not use: "sure" or "👍" counted as "no", and so did an unclear
/// answer ("hmm I don't know"), where a real customer expects to be asked once more. And "Shall I connect you with a
/// colleague?" answered with what the colleague needs: a booking reference or a flight number got "Sorry, I didn't get that",
/// or was read as a new request for that booking ("Sure, let's look at that instead"), and the colleague was never reached.
/// It is a yes, and the offer's reason stays.
/// </summary>
public sealed class ColleagueOfferTranscriptTests
{
    private const string ThreeUnusableAnswers = """
        user: blah
        bot~ Sorry, I'm not sure I understood
        user: qwe
        bot~ Please pick one of these
        user: zzz
        bot~ Please pick one of these
        user: hmm maybe
        bot: I'm having trouble understanding, sorry 😕 Would you like to talk to someone from our team?
        choices: Yes, please | No thanks
        """;

    [Fact]
    public async Task An_unclear_answer_to_the_offer_of_a_colleague_is_asked_once_more_and_sure_accepts()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync(ThreeUnusableAnswers);

        await client.TranscriptAsync("""
            user: hmm I don't know
            bot: Sorry, I didn't quite catch that 🙂 Shall I put you in touch with a colleague? Just tap "Yes, please" or "No thanks".
            choices: Yes, please | No thanks
            user: sure
            bot~ I've passed our conversation to a colleague 👩‍✈️
            """);
        var handoff = await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None);
        Assert.Equal("GaveUp", handoff!.Reason);
    }

    [Theory]
    [InlineData("yeah go ahead")]
    [InlineData("👍")]
    public async Task A_yes_in_the_customer_s_words_accepts_the_colleague(string yes)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync(ThreeUnusableAnswers);

        await client.SendAsync(yes);

        client.AssertReplyContains("I've passed our conversation to a colleague");
        Assert.NotNull(await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None));
    }

    [Fact]
    public async Task En_francais_une_reponse_floue_est_redemandee_puis_non_termine_poliment()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: blabla
            bot~ Désolé, je ne suis pas sûr d'avoir compris
            user: pfff
            bot~ Choisissez l'une de ces options
            user: zzz
            bot~ Choisissez l'une de ces options
            user: bof
            bot: J'ai du mal à comprendre, désolé 😕 Voulez-vous parler à quelqu'un de notre équipe ?
            choices: Oui, volontiers | Non merci
            user: euh je sais pas trop
            bot: Pardon, je n'ai pas bien saisi 🙂 Voulez-vous que je vous mette en relation avec un conseiller ? Répondez simplement « Oui, volontiers » ou « Non merci ».
            choices: Oui, volontiers | Non merci
            user: nan
            bot: Pas de souci ! Dites-moi si je peux faire autre chose.
            """);
        Assert.Null(await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None));
    }

    [Fact]
    public async Task Two_unclear_answers_to_the_offer_end_politely_without_a_loop()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync(ThreeUnusableAnswers);

        await client.TranscriptAsync("""
            user: hmm
            bot~ Shall I put you in touch with a colleague?
            user: hmmm
            bot: No problem! Just tell me if there's anything else.
            """);
        Assert.Null(await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None));
    }

    [Theory]
    [InlineData("en-US", "I need wheelchair assistance at the airport for my mother", "Shall I connect you with one?", "ABC123", "Assistance")]
    [InlineData("en-US", "there is a typo in my name on the ticket", "Shall I pass your message on?", "booking ABC123, Dupont", "Question")]
    [InlineData("en-US", "I missed my connection in Amsterdam what do I do", "Shall I connect you with one?", "NM 1234", "Rebook")]
    [InlineData("en-US", "I want to change my flight to next friday", "Shall I connect you with one?", "my booking is abc-123 name Dupont", "Rebook")]
    [InlineData("fr-FR", "j'ai besoin d'un fauteuil roulant", "Voulez-vous que je vous mette en relation ?", "c'est pour la réservation ABC123 au nom de Dupont", "Assistance")]
    [InlineData("fr-FR", "je veux changer la date de mon vol", "Voulez-vous que je vous mette en relation ?", "vol NM 1234", "Rebook")]
    public async Task Details_given_at_the_offer_of_a_colleague_are_a_yes(string locale, string request, string offer, string details, string reason)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(request);
        client.AssertReplyContains(offer);
        await client.SendAsync(details);

        client.AssertReplyContains(locale == "fr-FR" ? "J'ai transmis notre conversation à un conseiller" : "I've passed our conversation to a colleague");
        var handoff = await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None);
        Assert.Equal(reason, handoff!.Reason);
    }

    [Fact]
    public async Task A_question_about_another_flight_at_the_offer_is_answered_and_no_colleague_is_called()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want to change my flight to next friday
            bot~ Shall I connect you with one?
            user: is NM 1235 on time?
            bot: Sure, let's look at that instead.
            bot~ NM 1235 Amsterdam → Paris
            bot~ Anything else
            """);
        Assert.Null(await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None));
    }

    [Theory]
    [InlineData("ABC123", true)]
    [InlineData("abc 123 Le Gall", true)]
    [InlineData("my flight number is NM1234", true)]
    [InlineData("mon numéro de vol c'est NM 1234", true)]
    [InlineData("is NM 1235 on time?", false)]
    [InlineData("ABC123 and also change my seat to a window please", false)]
    [InlineData("Dupont", false)]
    [InlineData("yes", false)]
    public void Only_a_reference_or_a_flight_with_words_naming_it_and_a_name_gives_details(string text, bool details) =>
        Assert.Equal(details, ColleagueOfferPrompt.GivesDetails(text));

    /// <summary>The pet's weight told at the offer of a colleague got "Sorry, I didn't get that": compared with the 8 kg cabin rule.</summary>
    [Theory]
    [InlineData("en-US", "can i bring my cat", "she's 6 kg with the carrier", "At 6 kg with its carrier, your pet is within the 8 kg limit, so it can travel with you in the cabin 🐾", "Shall I connect you with one?")]
    [InlineData("en-US", "can I bring my dog", "he's 11kg with his crate", "At 11 kg with its carrier, your pet is over the 8 kg cabin limit, so it would travel in the hold", "Shall I connect you with one?")]
    [InlineData("fr-FR", "puis-je voyager avec mon chat", "il fait 6 kg avec la caisse", "Avec 6 kg en comptant son sac de transport, votre animal respecte la limite de 8 kg", "Voulez-vous que je vous mette en relation ?")]
    public async Task A_pets_weight_at_the_colleague_offer_is_compared_with_the_cabin_rule(string locale, string request, string weight, string answer, string offer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ 🐾
            bot~ {offer}
            user: {weight}
            bot~ {answer}
            bot~ {offer}
            """);
    }
}
