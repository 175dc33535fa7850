namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// Common travel questions (Wi-Fi, food on board, travel documents, power banks, when to be at the airport) got the menu: they are answered at once from
/// the airline's policy, in the customer's language, with or without a hello, and "anything else?" follows.
/// </summary>
public sealed class TravelInfoTranscriptTests
{
    [Theory]
    [InlineData("en-US", "is there wifi on board?", "Yes 📶 there's Wi-Fi on every Nimbus Air flight")]
    [InlineData("en-US", "hi, is there wifi on board?", "Yes 📶 there's Wi-Fi on every Nimbus Air flight")]
    [InlineData("en-US", "do you serve vegetarian meals", "On every flight, water and a snack are free")]
    [InlineData("en-US", "hello! is there any food on the flight to London?", "On every flight, water and a snack are free")]
    [InlineData("en-US", "do I need a passport for London?", "Within the Schengen area")]
    [InlineData("en-US", "can I bring a power bank", "Power banks and spare lithium batteries travel in your cabin bag only")]
    [InlineData("fr-FR", "y a-t-il des repas à bord ?", "Sur tous les vols, l'eau et une collation sont offertes")]
    [InlineData("fr-FR", "y a t-il un dîner dans le vol pour montréal ?", "Sur tous les vols, l'eau et une collation sont offertes")]
    [InlineData("fr-FR", "y a t il du wifi dans l avion", "Oui 📶 le Wi-Fi est disponible sur tous les vols Nimbus Air")]
    [InlineData("fr-FR", "bonjour, faut-il un passeport pour Montreal ?", "Dans l'espace Schengen")]
    [InlineData("fr-FR", "bonjour, est-ce que je peux prendre une batterie externe ?", "Les batteries externes et les batteries au lithium")]
    [InlineData("en-US", "hi there, how early should I be at the airport?", "Please be at the airport 2 hours before departure")]
    [InlineData("fr-FR", "combien de temps avant faut il arriver a l'aeroport", "Présentez-vous à l'aéroport 2 heures avant le départ")]
    public async Task A_common_travel_question_is_answered_at_once(string locale, string question, string answer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot~ {answer}
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    /// <summary>Ordering a special meal is still arranged by a colleague: the answer about meals is not a substitute for it.</summary>
    [Fact]
    public async Task Ordering_a_vegetarian_meal_still_offers_a_colleague()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I need a vegetarian meal on my flight
            bot~ arranged by my colleagues
            """);
    }

    [Fact]
    public async Task A_travel_question_and_a_seat_change_are_taken_one_at_a_time()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: is there wifi on board and can I change my seat?
            bot: Sure, I'll take them one at a time, starting with your travel question.
            bot~ Yes 📶 there's Wi-Fi
            bot: Now let's look at your seat change.
            bot~ What's your booking reference?
            """);
    }

    /// <summary>Asked in the middle of a check-in, a travel question left it ("let's look at that instead"), and the check-in was lost.</summary>
    [Theory]
    [InlineData("en-US", "check in please", "ABC123", "wait, do I need my passport for amsterdam?", "Within the Schengen area", "Thanks! And the passenger's last name?")]
    [InlineData("fr-FR", "enregistrement", "ABC123", "au fait, y a-t-il du wifi à bord ?", "Oui 📶 le Wi-Fi est disponible", "Merci ! Et le nom de famille du passager ?")]
    public async Task A_travel_question_mid_flow_is_answered_and_the_flow_goes_on(string locale, string request, string reference,
        string question, string answer, string again)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ ABC123
            user: {reference}
            bot: {again}
            user: {question}
            bot~ {answer}
            bot: {again}
            user: Dupont
            bot~ Marie
            bot~ {(locale == "fr-FR" ? "J'enregistre Marie Dupont" : "Shall I check in Marie Dupont")}
            """);
    }
}
