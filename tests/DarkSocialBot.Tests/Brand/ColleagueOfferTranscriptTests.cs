namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// The offer of a colleague after answers the bot could not use: "sure" or "👍" counted as "no", and so did an unclear
/// answer ("hmm I don't know"), where a real customer expects to be asked once more.
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
}
