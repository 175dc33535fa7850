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
    // A baby got "Sorry, I can't answer that here" and a colleague.
    [InlineData("en-US", "can I travel with a baby? she is 8 months", "👶 Babies under 2 fly on an adult's lap")]
    [InlineData("fr-FR", "est-ce que je peux voyager avec mon bébé de 6 mois ?", "👶 Les bébés de moins de 2 ans voyagent sur les genoux")]
    // A stroller was a baggage request (the allowance of a booking); the infants answer says strollers travel free.
    [InlineData("en-US", "can I bring my stroller?", "👶 Babies under 2 fly on an adult's lap")]
    [InlineData("fr-FR", "est-ce que je peux prendre ma poussette ?", "👶 Les bébés de moins de 2 ans voyagent sur les genoux")]
    // A price gave the status of the route's flight ("✅ NM 601 Paris → Montreal … is on time").
    [InlineData("en-US", "how much is a flight from Paris to Montreal?", "I can't see fares or sell new tickets here 🙏")]
    [InlineData("en-US", "I want to book a flight to Barcelona", "I can't see fares or sell new tickets here 🙏")]
    [InlineData("fr-FR", "combien coûte un billet Paris Montréal ?", "Je ne vois pas les tarifs et ne peux pas vendre de billets ici 🙏")]
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

    /// <summary>"can I bring food through security?" got the food served on board.</summary>
    [Theory]
    [InlineData("en-US", "can I bring food through security?", "🛂 At security, solid food (sandwiches, fruit, biscuits, snacks) is fine in your cabin bag.")]
    [InlineData("en-US", "hi, can I bring my own sandwich on the plane?", "🛂 At security, solid food")]
    [InlineData("en-US", "what are the security rules?", "100 ml at most, all in one clear, resealable bag of about 1 litre per passenger")]
    [InlineData("fr-FR", "je peux passer la sécurité avec de la nourriture ?", "🛂 Au contrôle de sûreté, la nourriture solide (sandwichs, fruits, biscuits, en-cas) passe sans souci dans votre bagage cabine.")]
    [InlineData("fr-FR", "bonjour, je peux apporter à manger dans l'avion ?", "🛂 Au contrôle de sûreté, la nourriture solide")]
    public async Task Food_through_security_gets_the_security_rules_not_the_food_on_board(string locale, string question, string answer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(question);

        var reply = client.NextReply().Text!;
        Assert.Contains(answer, reply, StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "recommandations de Nimbus Air" : "Nimbus Air's guidance", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(locale == "fr-FR" ? "collation sont offertes" : "water and a snack are free", reply, StringComparison.Ordinal);
        client.AssertReplyContains(locale == "fr-FR" ? "autre chose" : "Anything else");
    }

    /// <summary>"can I bring my dog?" only got the offer of a colleague: the pet rules come first, then a colleague to book its place.</summary>
    [Theory]
    [InlineData("en-US", "can I bring my dog?", "🐾 Yes, pets can fly with Nimbus Air. A cat or a small dog travels in the cabin if it weighs 8 kg at most",
        "Booking your pet's place is done by my colleagues", "yes", "I've passed our conversation to a colleague")]
    [InlineData("fr-FR", "puis-je voyager avec mon chat ?", "🐾 Oui, les animaux peuvent voyager avec Nimbus Air. Un chat ou un petit chien voyage en cabine s'il pèse 8 kg maximum",
        "La place de votre animal est réservée par mes collègues", "oui", "J'ai transmis notre conversation à un conseiller")]
    public async Task A_pet_gets_the_pet_rules_then_a_colleague_to_book_its_place(string locale, string question, string rules, string offer,
        string yes, string handedOver)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(question);
        var answer = client.NextReply().Text!;
        Assert.StartsWith(rules, answer, StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "chiens d'assistance" : "assistance dogs", answer, StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "en soute" : "in the hold", answer, StringComparison.Ordinal);
        client.AssertReplyContains(offer);
        await client.SendAsync(yes);

        client.AssertReplyContains(handedOver);
        var handoff = await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None);
        Assert.Equal(("Assistance", question), (handoff!.Reason, handoff.Note));
    }

    /// <summary>"What time should I be at the airport?" with the booking named got the general rule: the time for that flight.</summary>
    [Theory]
    [InlineData("en-US", "what time should I be at the airport? booking ABC123", "last name",
        "For NM 1234 Paris → Amsterdam on Sunday 15 March, leaving at 09:25, please be at the airport by 07:25 (2 hours before departure): bag drop closes at 08:40 and the boarding gate at 09:05.")]
    [InlineData("fr-FR", "à quelle heure dois-je être à l'aéroport ? réservation ABC123", "nom de famille",
        "Pour le vol NM 1234 Paris → Amsterdam du dimanche 15 mars, qui part à 09:25, présentez-vous à l'aéroport à 07:25 au plus tard (2 heures avant le départ) : le dépôt des bagages ferme à 08:40 et la porte d'embarquement à 09:05.")]
    public async Task When_to_be_at_the_airport_for_a_booking_gives_the_time_for_its_flight(string locale, string question, string askName, string time)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot~ {askName}
            user: Dupont
            bot~ ABC123 ✅
            bot~ {time}
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    /// <summary>After the status of a flight (here a delayed one) or with the flight named, the time for that flight; Montreal's rule is 3 hours.</summary>
    [Theory]
    [InlineData("en-US", "is my flight on time? XYZ789 martin", "what time should I be at the airport?",
        "For NM 202 Lyon → London on Saturday 14 March, leaving at 14:00, please be at the airport by 12:00 (2 hours before departure)",
        "Your flight is now expected to leave at 14:55, but please keep to these times")]
    [InlineData("fr-FR", "statut du vol NM 202", "à quelle heure dois-je être à l'aéroport ?",
        "Pour le vol NM 202 Lyon → Londres du samedi 14 mars, qui part à 14:00, présentez-vous à l'aéroport à 12:00 au plus tard",
        "Votre vol devrait maintenant partir à 14:55")]
    public async Task When_to_be_at_the_airport_after_a_flight_status_gives_the_time_for_that_flight(string locale, string first, string question,
        string time, string delayed)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(first);
        while (!client.NextReply().Text!.Contains(locale == "fr-FR" ? "autre chose" : "Anything else")) { }
        await client.SendAsync(question);
        Assert.Contains(delayed, client.AssertReplyContains(time).Text);
        client.AssertReplyContains(locale == "fr-FR" ? "autre chose" : "Anything else");
    }

    [Fact]
    public async Task When_to_be_at_the_airport_for_a_flight_to_montreal_is_three_hours_before()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: when should I be at the airport for NM601?
            bot~ For NM 601 Paris → Montreal on Tuesday 17 March, leaving at 13:30, please be at the airport by 10:30 (3 hours before departure)
            bot~ Anything else
            """);
    }
}
