namespace DarkSocialBot.Tests.Brand;

/// <summary>The language: the channel's locale first, then the language of each new request, unless the customer chose one.</summary>
public sealed class LanguageTranscriptTests
{
    /// <summary>
    /// « Hallo, ik wil inchecken » got "Hello! What can I do for you today?", and Spanish or German "Sorry, I'm not sure I
    /// understood": the customer was not told the bot speaks English and French only.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "Hallo, ik wil inchecken voor mijn vlucht", "Sorry, I can only help in English or French for now 🙏 (Désolé, je ne peux vous aider qu'en anglais ou en français pour l'instant.) Here's what I can do:")]
    [InlineData("es-ES", "Hola, quiero cambiar mi asiento", "Sorry, I can only help in English or French for now 🙏 (Désolé, je ne peux vous aider qu'en anglais ou en français pour l'instant.) Here's what I can do:")]
    [InlineData("fr-FR", "Guten Tag, wo ist mein Koffer?", "Désolé, je ne peux vous aider qu'en français ou en anglais pour l'instant 🙏 (Sorry, I can only help in French or English for now.) Voici ce que je peux faire :")]
    public async Task A_message_in_a_language_the_bot_does_not_speak_is_told_which_it_speaks_in_both(string locale, string message, string reply)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(message);

        client.AssertReply(reply);
        client.AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("hello, is my flight to Buenos Aires on time?", "What's your flight number")]
    [InlineData("hi there", "Hello! 😊 What can I do for you today?")]
    [InlineData("hola amigo, I want to check in", "What's your booking reference?")]
    public async Task English_with_a_foreign_word_or_place_is_still_english(string message, string reply)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.SendAsync(message);

        client.AssertReplyContains(reply);
    }

    /// <summary>No English or French message of the labelled sets (requests and "how did you hear" answers) is taken for another language.</summary>
    [Fact]
    public void No_labelled_english_or_french_message_is_taken_for_another_language()
    {
        var texts = IntentAccuracyTests.Load("utterances.tsv").Concat(IntentAccuracyTests.Load("utterances-holdout.tsv")).Select(u => u.Text)
            .Concat(Attribution.LabelledAnswers.Load("attribution-labelled.tsv").Select(a => a.Text))
            .Concat(Attribution.LabelledAnswers.Load("attribution-fresh.tsv").Select(a => a.Text))
            .ToList();

        Assert.True(texts.Count > 500, $"{texts.Count} messages");
        Assert.DoesNotContain(texts, DarkSocialBot.Core.Sentiment.LanguageGuess.IsOtherLanguage);
    }

    [Fact]
    public async Task A_request_in_french_on_an_english_channel_is_answered_in_french_to_the_end()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("en-US");

        await client.TranscriptAsync("""
            user: Bonjour, je voudrais changer de siège
            bot~ Quelle est votre référence de réservation ?
            user: ABC123
            bot: Merci ! Et le nom de famille du passager ?
            user: Dupont
            bot~ j'ai trouvé votre réservation
            bot~ Vous êtes au siège 23C
            bot~ Préférez-vous un siège côté hublot
            user: hublot
            bot~ Voici quelques sièges côté hublot libres
            """);
    }

    [Fact]
    public async Task A_new_request_in_english_switches_back_but_answers_inside_a_flow_do_not()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: ma valise n'est pas arrivée
            bot~ Je suis désolé que votre bagage
            bot~ Quelle est votre référence de réservation ?
            user: my booking is ABC123
            bot: Merci ! Et le nom de famille du passager ?
            user: start over
            bot: Pas de souci, j'ai arrêté.
            bot~ Que puis-je faire pour vous ?
            user: I want to speak to someone
            bot~ I've passed our conversation to a colleague
            """);
    }

    /// <summary>"english please" after "Sorry, I can only help in English or French" got that apology again.</summary>
    [Theory]
    [InlineData("hola, necesito ayuda con mi vuelo", "english please", "Sure, I'll continue in English 🇬🇧", "What can I do for you?")]
    [InlineData("hallo, ik heb een vraag over mijn vlucht", "en français", "Bien sûr, je continue en français 🇫🇷", "Que puis-je faire pour vous ?")]
    public async Task Choosing_a_language_after_the_apology_offers_the_menu_in_it(string foreign, string choice, string switched, string menu)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("en-US");

        await client.SendAsync(foreign);
        client.AssertReplyContains("Sorry, I can only help in English or French");
        await client.SendAsync(choice);

        client.AssertReply(switched);
        client.AssertReplyContains(menu);
        client.AssertNoMoreReplies();
    }

    /// <summary>"help" at the menu right after "Sorry, I can only help in English or French" repeated the apology after the help.</summary>
    [Theory]
    [InlineData("¿dónde está mi vuelo?", "help")]
    [InlineData("ok", "what can you do")]
    public async Task Help_at_the_menu_is_followed_by_the_menu_not_by_its_last_question(string first, string help)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("en-US");

        await client.SendAsync(first);
        client.NextReply();
        await client.SendAsync(help);

        client.AssertReplyContains("I can check a flight's status, change your seat");
        client.AssertReply("What can I do for you?");
        client.AssertNoMoreReplies();
    }

    [Fact]
    public async Task A_language_the_customer_chose_is_kept_whatever_they_write()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: in English please
            bot: Sure, I'll continue in English 🇬🇧
            bot: What can I do for you?
            user: je veux parler à un conseiller
            bot~ I've passed our conversation to a colleague
            """);
    }

    [Theory]
    [InlineData("Bonjour")]
    [InlineData("Salut !")]
    [InlineData("bonsoir")]
    public async Task A_french_greeting_on_a_channel_without_a_language_is_answered_in_french(string greeting)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync($"""
            user: {greeting}
            bot: Bonjour ! 😊 Que puis-je faire pour vous aujourd'hui ?
            choices: Statut du vol | Enregistrement | Changer de siège | Bagages | Ma réservation | Parler à un conseiller
            user: ma valise n'est pas arrivée
            bot~ Je suis désolé que votre bagage
            bot~ Quelle est votre référence de réservation ?
            """);
    }
}
