namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// A question no flow answers, said alone or after a hello, got the menu (or just "Hello!"): the customer now hears honestly
/// that the bot cannot answer it here, and a colleague who reads it is offered. A word or two the bot did not get, and a mere
/// hello or "how are you?", still get the menu.
/// </summary>
public sealed class OpenQuestionTranscriptTests
{
    private const string Key = "test/conversations/conversation-1";

    [Theory]
    [InlineData("en-US", "do you sell gift cards?", "Sorry, I can't answer that here 🙏 but a colleague can. Shall I pass your message on?", "yes")]
    [InlineData("en-US", "hi, is there a lounge at Lyon airport?", "Sorry, I can't answer that here 🙏 but a colleague can. Shall I pass your message on?", "yes")]
    [InlineData("en-US", "I left my jacket on the plane yesterday", "Sorry, I can't answer that here 🙏 but a colleague can. Shall I pass your message on?", "yes please")]
    [InlineData("fr-FR", "bonjour, peut-on payer en euros à bord ?", "Désolé, je ne peux pas vous répondre ici 🙏 mais un conseiller le peut. Voulez-vous que je lui transmette votre message ?", "oui")]
    [InlineData("en-US", "what's the weather like in London?", "Sorry, I can't answer that here 🙏 but a colleague can. Shall I pass your message on?", "yes")]
    [InlineData("fr-FR", "bonjour, j'ai oublié mon ordinateur dans l'avion hier soir, comment le récupérer ?", "Désolé, je ne peux pas vous répondre ici 🙏 mais un conseiller le peut. Voulez-vous que je lui transmette votre message ?", "oui")]
    [InlineData("fr-FR", "est ce qu il y a un salon a l aeroport de lyon", "Désolé, je ne peux pas vous répondre ici 🙏 mais un conseiller le peut. Voulez-vous que je lui transmette votre message ?", "oui")]
    public async Task A_question_no_flow_answers_is_said_honestly_and_goes_to_a_colleague_with_its_words(string locale, string question,
        string offer, string yes)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot: {offer}
            user: {yes}
            bot~ {(locale == "fr-FR" ? "J'ai transmis notre conversation à un conseiller" : "I've passed our conversation to a colleague")}
            """);
        var handoff = await bed.Desk.FindOpenAsync(Key, CancellationToken.None);
        Assert.Equal("Question", handoff!.Reason);
        Assert.Equal(question, handoff.Note);
    }

    [Fact]
    public async Task Declining_the_colleague_leaves_the_menu_open()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: what's the weather like in London?
            bot~ Sorry, I can't answer that here
            user: no
            bot: No problem! Just tell me if there's anything else.
            bot: Anything else I can do for you?
            choices: Flight status | Check in | Change my seat | Baggage | My booking | Talk to someone | No, that's all
            """);
        Assert.Null(await bed.Desk.FindOpenAsync(Key, CancellationToken.None));
    }

    [Theory]
    [InlineData("en-US", "hi, how are you?", "Hello! 😊 What can I do for you today?")]
    [InlineData("en-US", "good morning", "Hello! 😊 What can I do for you today?")]
    [InlineData("fr-FR", "bonjour, ça va ?", "Bonjour ! 😊 Que puis-je faire pour vous aujourd'hui ?")]
    [InlineData("en-US", "hmm?", "Sorry, I'm not sure I understood 🤔 Here's what I can help with:")]
    [InlineData("en-US", "gift cards", "Sorry, I'm not sure I understood 🤔 Here's what I can help with:")]
    public async Task A_hello_or_a_word_or_two_still_gets_the_menu(string locale, string text, string answer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {text}
            bot: {answer}
            """);
    }

    /// <summary>Asked at the menu (after a hello, or at "anything else?"), such a question got "Please pick one of these".</summary>
    [Theory]
    [InlineData("en-US", "hello", "can I pay by card on board?", "Sorry, I can't answer that here 🙏 but a colleague can. Shall I pass your message on?")]
    [InlineData("fr-FR", "bonjour", "est-ce qu'on peut payer par carte a bord ?", "Désolé, je ne peux pas vous répondre ici 🙏 mais un conseiller le peut. Voulez-vous que je lui transmette votre message ?")]
    public async Task A_question_at_the_menu_is_said_honestly_too(string locale, string hello, string question, string offer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {hello}
            bot~ 😊
            user: {question}
            bot: {offer}
            user: {(locale == "fr-FR" ? "oui" : "yes")}
            bot~ {(locale == "fr-FR" ? "J'ai transmis notre conversation à un conseiller" : "I've passed our conversation to a colleague")}
            """);
        Assert.Equal(question, (await bed.Desk.FindOpenAsync(Key, CancellationToken.None))!.Note);
    }

    /// <summary>
    /// A link a friend sent, passed on alone, got "Sorry, I can't answer that here" and a colleague: its words counted as a
    /// question. The bot says it cannot open links, and shows what it can do; with a question, the question is still served.
    /// </summary>
    [Theory]
    [InlineData("en-US", "https://www.nimbus-air.example/offers/winter-sale?ref=friend",
        "Thanks for the link 🔗 I can't open links here.")]
    [InlineData("fr-FR", "www.nimbus-air.example/fr/offres/soldes-hiver",
        "Merci pour le lien 🔗 Je ne peux pas ouvrir les liens ici.")]
    [InlineData("en-US", "look https://www.nimbus-air.example/offers/winter-sale",
        "Thanks for the link 🔗 I can't open links here.")]
    [InlineData("en-US", "do you sell gift cards? https://www.nimbus-air.example/gift-cards",
        "Sorry, I can't answer that here 🙏 but a colleague can. Shall I pass your message on?")]
    public async Task A_link_passed_on_alone_is_not_a_question_for_a_colleague(string locale, string text, string answer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        var replies = await client.SendAsync(text);

        Assert.StartsWith(answer, Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Null(await bed.Desk.FindOpenAsync(Key, CancellationToken.None));
    }
}
