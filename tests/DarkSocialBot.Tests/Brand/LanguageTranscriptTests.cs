namespace DarkSocialBot.Tests.Brand;

/// <summary>The language: the channel's locale first, then the language of each new request, unless the customer chose one.</summary>
public sealed class LanguageTranscriptTests
{
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
