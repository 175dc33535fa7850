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
            bot~ {(locale == "fr-FR" ? "Un conseiller peut vous trouver un autre vol" : "A colleague can book you on another flight or refund your ticket")}
            """);
    }

    /// <summary>Two places and a day, without "status" or "on time", got the menu; given at the flight number question, "I need a flight number".</summary>
    [Theory]
    [InlineData("en-US", "flight from Lyon to London today?", "⏱️ NM 202 Lyon → London on Saturday 14 March is delayed")]
    [InlineData("fr-FR", "le vol Lyon Londres aujourd'hui ?", "⏱️ Le vol NM 202 Lyon → Londres du samedi 14 mars est retardé")]
    [InlineData("en-US", "hi! lyon - london today", "⏱️ NM 202 Lyon → London on Saturday 14 March is delayed")]
    [InlineData("fr-FR", "bonjour, paris amsterdam demain", "✅ Le vol NM 1234 Paris → Amsterdam du dimanche 15 mars est à l'heure")]
    public Task A_route_and_a_day_alone_ask_for_the_flight_status(string locale, string question, string status) =>
        AnsweredWithTheStatusAsync(locale, question, status);

    [Theory]
    [InlineData("en-US", "is my flight on time?", "What's your flight number", "Lyon to London today", "⏱️ NM 202 Lyon → London on Saturday 14 March is delayed")]
    [InlineData("fr-FR", "mon vol est à l'heure ?", "numéro de vol", "Lyon Londres", "⏱️ Le vol NM 202 Lyon → Londres du samedi 14 mars est retardé")]
    [InlineData("en-US", "flight status", "What's your flight number", "paris to amsterdam", "There are several flights Paris → Amsterdam. Which one is yours?")]
    public async Task A_route_answers_the_flight_number_question(string locale, string ask, string question, string route, string answer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {ask}
            bot~ {question}
            user: {route}
            bot~ {answer}
            {(answer.Contains("several") ? "choices: NM 1234, Sun 15 Mar 09:25 | NM 1234, Mon 16 Mar 09:25" : locale == "fr-FR" ? "bot~ autre chose" : "bot~ Anything else")}
            """);
    }

    [Fact]
    public async Task A_route_answers_the_menu()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: hello
            bot: Hello! 😊 What can I do for you today?
            user: Lyon to London today
            bot~ ⏱️ NM 202 Lyon → London on Saturday 14 March is delayed
            bot~ Anything else
            """);
    }

    [Fact]
    public async Task A_route_without_flights_three_times_leads_to_the_offer_of_a_colleague()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: is my flight on time?
            bot~ What's your flight number
            user: Nice to London
            bot~ I can't find a flight Nice → London in the coming days
            bot~ What's your flight number
            user: Nice to London
            bot~ I can't find a flight Nice → London in the coming days
            bot~ What's your flight number
            user: Nice to London
            bot~ I can't find a flight Nice → London in the coming days
            bot~ Would you like to talk to someone from our team?
            """);
    }

    /// <summary>Only the destination named ("is the flight to Barcelona on time?") asked for the flight number.</summary>
    [Theory]
    [InlineData("en-US", "Hello, I'm flying to Barcelona this afternoon. Is the flight on time?", "NM 880 Paris → Barcelona on Saturday 14 March")]
    [InlineData("fr-FR", "bonjour je prends l'avion pour barcelone cet aprem, il est a l'heure?", "NM 880 Paris → Barcelone du samedi 14 mars")]
    [InlineData("en-US", "flight status to london", "NM 202 Lyon → London on Saturday 14 March is delayed")]
    [InlineData("en-US", "Is the 2pm flight to London still going ahead?", "NM 202 Lyon → London on Saturday 14 March is delayed")]
    [InlineData("en-US", "hi! the flight to London today?", "NM 202 Lyon → London on Saturday 14 March is delayed")]
    [InlineData("fr-FR", "le vol pour Londres aujourd'hui ?", "NM 202 Lyon → Londres du samedi 14 mars est retardé")]
    public Task A_destination_alone_gives_the_status_of_its_one_flight(string locale, string question, string status) =>
        AnsweredWithTheStatusAsync(locale, question, status);

    /// <summary>The first message alone gets the flight's status, then "anything else?".</summary>
    private static async Task AnsweredWithTheStatusAsync(string locale, string question, string status)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot~ {status}
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    [Fact]
    public async Task A_destination_with_several_flights_offers_them_with_where_they_leave_from()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: is my flight on time?
            bot~ What's your flight number
            user: to Paris
            bot: There are several flights to Paris. Which one is yours?
            choices: NM 1235 from Amsterdam, Sun 15 Mar 18:10 | NM 404 from Nice, Mon 16 Mar 07:40
            user: the second one
            bot~ ❌ I'm very sorry: NM 404 Nice → Paris on Monday 16 March is cancelled.
            bot: A colleague can book you on another flight or refund your ticket, as you prefer. Shall I connect you?
            """);
    }

    [Fact]
    public async Task Une_destination_sans_vol_ce_jour_le_dit_et_demande_le_numero()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: statut du vol pour Nice demain
            bot: Je ne trouve pas de vol pour Nice le dimanche 15 mars 🤔
            bot~ Quel est votre numéro de vol
            """);
    }

    /// <summary>
    /// With a booking open, "my flight to Amsterdam" or "my flight from Paris" is that booking's flight, not a search of every
    /// flight there or from there.
    /// </summary>
    [Theory]
    [InlineData("is my flight to Amsterdam on time?")]
    [InlineData("is my flight from Paris on time?")]
    public async Task A_destination_or_an_origin_with_a_booking_open_is_the_booked_flight(string question)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync($"""
            user: my booking ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking ABC123
            bot~ Your booking ABC123
            bot~ Anything else
            user: {question}
            bot: Is this about your booking ABC123 (Paris → Amsterdam, Sunday 15 March)?
            """);
    }

    /// <summary>Only the origin named ("is the flight from Lyon on time?") asked for the flight number.</summary>
    [Theory]
    [InlineData("en-US", "is the flight from Lyon on time?", "⏱️ NM 202 Lyon → London on Saturday 14 March is delayed")]
    [InlineData("fr-FR", "le vol de Lyon est à l'heure ?", "⏱️ Le vol NM 202 Lyon → Londres du samedi 14 mars est retardé")]
    [InlineData("en-US", "hi! the flight from Lyon today?", "⏱️ NM 202 Lyon → London on Saturday 14 March is delayed")]
    [InlineData("fr-FR", "le vol au départ d'Amsterdam demain ?", "✅ Le vol NM 1235 Amsterdam → Paris du dimanche 15 mars est à l'heure")]
    [InlineData("en-US", "is the flight out of Amsterdam leaving on time?", "✅ NM 1235 Amsterdam → Paris on Sunday 15 March is on time")]
    public Task An_origin_alone_gives_the_status_of_its_one_flight(string locale, string question, string status) =>
        AnsweredWithTheStatusAsync(locale, question, status);

    [Theory]
    [InlineData("en-US", "the flight from Lyon today?", "⏱️ NM 202 Lyon → London on Saturday 14 March is delayed")]
    [InlineData("fr-FR", "le vol de Lyon aujourd'hui ?", "⏱️ Le vol NM 202 Lyon → Londres du samedi 14 mars est retardé")]
    [InlineData("en-US", "the flight to London today?", "⏱️ NM 202 Lyon → London on Saturday 14 March is delayed")]
    public async Task An_origin_or_a_destination_alone_answers_the_menu(string locale, string place, string status)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        var fr = locale == "fr-FR";

        await client.TranscriptAsync($"""
            user: {(fr ? "bonjour" : "hello")}
            bot: {(fr ? "Bonjour ! 😊 Que puis-je faire pour vous aujourd'hui ?" : "Hello! 😊 What can I do for you today?")}
            user: {place}
            bot~ {status}
            bot~ {(fr ? "autre chose" : "Anything else")}
            """);
    }

    [Theory]
    [InlineData("en-US", "is my flight on time?", "What's your flight number", "from Paris", "There are several flights from Paris. Which one is yours?",
        "NM 880 to Barcelona, Sat 14 Mar 12:30 | NM 1234 to Amsterdam, Sun 15 Mar 09:25 | NM 1234 to Amsterdam, Mon 16 Mar 09:25 | NM 601 to Montreal, Tue 17 Mar 13:30",
        "the third one", "✅ NM 1234 Paris → Amsterdam on Monday 16 March is on time")]
    [InlineData("fr-FR", "mon vol est à l'heure ?", "numéro de vol", "de Paris", "Il y a plusieurs vols au départ de Paris. Lequel est le vôtre ?",
        "NM 880 pour Barcelone, sam. 14 mars 12:30 | NM 1234 pour Amsterdam, dim. 15 mars 09:25 | NM 1234 pour Amsterdam, lun. 16 mars 09:25 | NM 601 pour Montréal, mar. 17 mars 13:30",
        "le dernier", "Le vol NM 601 Paris → Montréal du mardi 17 mars est à l'heure")]
    public async Task An_origin_with_several_flights_offers_them_with_where_they_go(string locale, string ask, string question, string origin,
        string several, string choices, string pick, string status)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {ask}
            bot~ {question}
            user: {origin}
            bot: {several}
            choices: {choices}
            user: {pick}
            bot~ {status}
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    [Theory]
    [InlineData("fr-FR", "statut du vol de Nice demain", "Je ne trouve pas de vol au départ de Nice le dimanche 15 mars 🤔", "Quel est votre numéro de vol")]
    [InlineData("en-US", "status of the flight from Nice tomorrow", "I can't find a flight from Nice on Sunday 15 March 🤔", "What's your flight number")]
    public async Task An_origin_without_a_flight_that_day_says_so_and_asks_for_the_number(string locale, string question, string notFound, string ask)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot: {notFound}
            bot~ {ask}
            """);
    }
}
