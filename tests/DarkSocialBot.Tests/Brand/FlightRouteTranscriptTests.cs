namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// Flight status asked by route rather than flight number ("is the Paris to Amsterdam flight tomorrow on time?"), which
/// asked for the flight number. "Now" is Saturday 14 March, 10:00 in Paris: NM 1234 Paris → Amsterdam flies tomorrow and
/// the day after, NM 1235 Amsterdam → Paris tomorrow, NM 404 Nice → Paris on Monday.
/// </summary>
public sealed class FlightRouteTranscriptTests
{
    [Theory]
    [InlineData("en-US", "is the Paris to Amsterdam flight tomorrow on time?",
        "✅ NM 1234 Paris → Amsterdam on Sunday 15 March is on time: departure 09:25, arrival 10:50.", "Anything else")]
    [InlineData("fr-FR", "le vol Paris Amsterdam de demain est à l'heure ?",
        "✅ Le vol NM 1234 Paris → Amsterdam du dimanche 15 mars est à l'heure : départ 09:25, arrivée 10:50.", "autre chose")]
    [InlineData("en-US", "is the flight to paris from amsterdam on time tomorrow",
        "✅ NM 1235 Amsterdam → Paris on Sunday 15 March is on time: departure 18:10, arrival 19:30.", "Anything else")]
    [InlineData("fr-FR", "vol pour paris depuis amsterdam demain, il est à l'heure ?",
        "✅ Le vol NM 1235 Amsterdam → Paris du dimanche 15 mars est à l'heure : départ 18:10, arrivée 19:30.", "autre chose")]
    public async Task A_route_and_a_day_with_one_flight_give_its_status(string locale, string question, string status, string anythingElse)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot~ {status}
            bot~ {anythingElse}
            """);
    }

    [Theory]
    [InlineData("en-US", "paris amsterdam flight status", "There are several flights Paris → Amsterdam. Which one is yours?",
        "NM 1234, Sun 15 Mar 09:25 | NM 1234, Mon 16 Mar 09:25", "the second one", "✅ NM 1234 Paris → Amsterdam on Monday 16 March is on time")]
    [InlineData("fr-FR", "statut du vol paris amsterdam", "Il y a plusieurs vols Paris → Amsterdam. Lequel est le vôtre ?",
        "NM 1234, dim. 15 mars 09:25 | NM 1234, lun. 16 mars 09:25", "le premier", "✅ Le vol NM 1234 Paris → Amsterdam du dimanche 15 mars est à l'heure")]
    public async Task A_route_with_several_coming_flights_offers_them(string locale, string question, string ask, string choices,
        string pick, string status)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot: {ask}
            choices: {choices}
            user: {pick}
            bot~ {status}
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    [Theory]
    [InlineData("en-US", "Nice to Paris tomorrow on time?", "I can't find a flight Nice → Paris on Sunday 15 March 🤔",
        "What's your flight number (like NM 1234)? Your booking reference works too.")]
    [InlineData("fr-FR", "vol Nice Paris demain à l'heure ?", "Je ne trouve pas de vol Nice → Paris le dimanche 15 mars 🤔",
        "Quel est votre numéro de vol (par exemple NM 1234) ? Votre référence de réservation fonctionne aussi.")]
    public async Task A_route_without_a_flight_that_day_says_so_and_asks_for_the_flight_number(string locale, string question,
        string notFound, string askNumber)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot: {notFound}
            bot: {askNumber}
            user: NM404
            bot~ NM 404 Nice → Paris
            bot~ {(locale == "fr-FR" ? "Un conseiller peut vous trouver un autre vol" : "A colleague can rebook you")}
            """);
    }
}
