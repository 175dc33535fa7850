using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Brand;

/// <summary>Flight status by number and date, or from the booking; in English and French. "Now" is Saturday 14 March, 10:00 in Paris.</summary>
public sealed class FlightStatusTranscriptTests
{
    /// <summary>"third time this month" was read as the 1st of the month: "I can't find flight NM 1234 on Sunday 1 March".</summary>
    [Theory]
    [InlineData("en-US", "NM 1234 is late again, third time this month")]
    [InlineData("fr-FR", "NM 1234 encore en retard, troisième fois ce mois-ci")]
    public async Task A_month_beside_a_flight_number_is_not_its_day(string locale, string message)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(message);

        // NM 1234 flies tomorrow and the day after: the customer is asked which, with both offered.
        var question = client.AssertReply(locale == "fr-FR" ? "Quel jour voyagez-vous ?" : "Which day do you fly?");
        Assert.Equal(2, question.SuggestedActions!.Actions.Count);
        client.AssertNoMoreReplies();
    }

    /// <summary>A late flight landing after midnight said "arrival 01:10", which reads as the morning of the departure day.</summary>
    [Theory]
    [InlineData("en-US", "status of NM 1235 tomorrow", "departure 23:50, arrival 01:10 the next day.")]
    [InlineData("fr-FR", "statut du vol NM 1235 demain", "départ 23:50, arrivée 01:10 le lendemain.")]
    public async Task An_arrival_after_midnight_says_it_is_the_next_day(string locale, string question, string times)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await using (var db = await bed.Db.CreateDbContextAsync())
            await db.Flights.Where(f => f.Number == "NM1235").ExecuteUpdateAsync(f => f
                .SetProperty(x => x.ScheduledDeparture, new DateTimeOffset(2026, 3, 15, 22, 50, 0, TimeSpan.Zero))
                .SetProperty(x => x.ScheduledArrival, new DateTimeOffset(2026, 3, 16, 0, 10, 0, TimeSpan.Zero)));
        var client = bed.Client(locale);

        await client.SendAsync(question);

        Assert.Contains(times, client.NextReply().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flight_number_and_date_in_one_message_give_the_status_at_once()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: is NM1234 on time tomorrow?
            bot: ✅ NM 1234 Paris → Amsterdam on Sunday 15 March is on time: departure 09:25, arrival 10:50. Terminal 2F, boarding starts at 08:45. The gate isn't known yet: it's usually announced about 2 hours before departure.
            bot: Anything else I can do for you?
            choices: Flight status | Check in | Change my seat | Baggage | My booking | Talk to someone | No, that's all
            user: no thanks
            bot: You're welcome! Have a lovely trip ✈️
            """);
    }

    /// <summary>"and what time is boarding?" right after a flight's status asked for its number again.</summary>
    [Fact]
    public async Task A_question_after_a_status_is_about_the_same_flight()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: what gate is NM 880?
            bot~ NM 880 Paris → Barcelona on Saturday 14 March is on time
            bot~ Anything else
            user: and what time is boarding?
            bot~ NM 880 Paris → Barcelona on Saturday 14 March is on time
            bot~ Anything else
            """);
    }

    /// <summary>
    /// The menu's "Flight status" tapped after a status gave that same flight's status again: a customer tapping it wants
    /// another flight most often. Which one is asked, with the flight just checked as an option (which still works).
    /// </summary>
    [Theory]
    [InlineData("en-US", "Flight status", "Which flight would you like to check?", "NM 880, 14 Mar", "NM 1235", "✅ NM 1235 Amsterdam → Paris on Sunday 15 March")]
    [InlineData("fr-FR", "Statut du vol", "Quel vol voulez-vous consulter ?", "NM 880, 14 mars", "vol NM 1235", "✅ Le vol NM 1235 Amsterdam → Paris du dimanche 15 mars")]
    public async Task Flight_status_from_the_menu_after_a_status_asks_which_flight_offering_the_last_one(
        string locale, string button, string asked, string lastOption, string other, string otherStatus)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync("NM 880");
        client.AssertReplyContains("NM 880 Paris → Barcelon");
        client.NextReply();
        await client.SendAsync(button);
        var question = client.AssertReplyContains(asked);
        Assert.Equal([lastOption], question.SuggestedActions!.Actions.Select(a => a.Title));
        client.AssertNoMoreReplies();
        await client.SendAsync(other);
        client.AssertReplyContains(otherStatus);
        client.NextReply();

        await client.SendAsync(button);
        Assert.Equal(lastOption.Replace("880", "1235", StringComparison.Ordinal).Replace("14", "15", StringComparison.Ordinal),
            client.AssertReplyContains(asked).SuggestedActions!.Actions.Single().Title);
        await client.SendAsync("1");
        client.AssertReplyContains(otherStatus);
    }

    /// <summary>
    /// A very unhappy message naming a flight got its status and "Anything else?" (under the host's -0.6 offer, not a word
    /// of the feeling): it is acknowledged first, and a colleague is offered after the status, who reads the customer's words.
    /// </summary>
    [Theory]
    [InlineData("en-US", "this is the 3rd time NM 880 is late, I'm furious", "I'm really sorry, I understand how frustrating this is 😔 Let me check your flight.",
        null, "✅ NM 880 Paris → Barcelona", "If you'd like, a colleague can look into this with you. Shall I pass your message on?", "yes", "I've passed our conversation to a colleague")]
    [InlineData("en-US", "ugh NM880 delayed again, so frustrating", "I'm really sorry, I understand how frustrating this is 😔 Let me check your flight.",
        null, "✅ NM 880 Paris → Barcelona", "If you'd like, a colleague can look into this with you. Shall I pass your message on?", "no thanks", "No problem! Just tell me if there's anything else.")]
    [InlineData("fr-FR", "c'est la 3e fois que le NM 1234 est en retard, je suis furieux", "Je suis vraiment désolé, je comprends que ce soit frustrant 😔 Je regarde votre vol.",
        "demain", "✅ Le vol NM 1234 Paris → Amsterdam", "Si vous le souhaitez, un conseiller peut examiner cela avec vous. Voulez-vous que je lui transmette votre message ?", "oui", "J'ai transmis notre conversation à un conseiller")]
    public async Task An_unhappy_message_naming_a_flight_is_acknowledged_and_a_colleague_offered_after_the_status(
        string locale, string said, string sorry, string? day, string status, string offer, string answer, string then)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(said);
        client.AssertReply(sorry);
        if (day is not null)
        {
            client.NextReply();
            await client.SendAsync(day);
        }
        client.AssertReplyContains(status);
        client.AssertReply(offer);
        client.AssertNoMoreReplies();
        await client.SendAsync(answer);
        client.AssertReplyContains(then);
        if (answer == "yes")
        {
            await using var db = await bed.Db.CreateDbContextAsync();
            Assert.Equal(said, Assert.Single(db.Handoffs).Note);
        }
    }

    [Theory]
    [InlineData("en-US", "is my flight NM 880 delayed?")]
    [InlineData("fr-FR", "le vol NM 880 est retardé ?")]
    public async Task A_plain_question_about_a_delay_gets_no_apology_nor_a_colleague(string locale, string said)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(said);

        client.AssertReplyContains("NM 880 Paris → Barcelon");
        client.AssertReplyContains(locale == "en-US" ? "Anything else" : "autre chose");
    }

    [Fact]
    public async Task A_flight_number_without_a_date_gives_its_next_departure()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: where's my gate
            bot: What's your flight number (like NM 1234)? Your booking reference works too.
            user: nm880
            bot: ✅ NM 880 Paris → Barcelona on Saturday 14 March is on time: departure 12:30, arrival 14:15. Terminal 2E, gate K41. Boarding starts at 11:50.
            bot~ Anything else
            """);
    }

    [Fact]
    public async Task A_flight_number_flying_on_several_days_asks_which_one_by_option_or_in_words()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: status of NM 1234
            bot: Which day do you fly?
            choices: Sunday 15 March | Monday 16 March
            user: the day after tomorrow
            bot~ ✅ NM 1234 Paris → Amsterdam on Monday 16 March is on time
            bot~ Anything else
            user: NM1234 please
            bot: Which day do you fly?
            user: 1
            bot~ on Sunday 15 March is on time
            bot~ Anything else
            user: NM 777
            bot: I can't find flight NM 777 in the coming days 🤔 Could you check the number?
            bot~ What's your flight number
            """);
    }

    [Fact]
    public async Task A_delayed_flight_found_from_the_booking_gives_the_new_time_and_an_apology()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my flight is delayed? booking XYZ789
            bot: Thanks! And the passenger's last name?
            user: martin
            bot: Thanks Lucas, I found your booking XYZ789 ✅
            bot~ ⏱️ NM 202 Lyon → London on Saturday 14 March is delayed: new departure 14:55 instead of 14:00. Sorry for the wait!
            bot~ Anything else
            """);
    }

    /// <summary>
    /// A customer told of a delay worries about the connection: "will I miss my connection?" (« je vais rater ma correspondance ? »)
    /// got "Sorry, I didn't get that". A missed connection is rebooked by a colleague, who is offered.
    /// </summary>
    [Theory]
    [InlineData("en-US", "is NM202 delayed today?", "Anything else", "will I miss my connection?", "Changes, cancellations and refunds are handled by my colleagues.")]
    [InlineData("fr-FR", "mon vol NM202 d'aujourd'hui a du retard ?", "autre chose", "je vais rater ma correspondance ?", "Les modifications, annulations et remboursements")]
    public async Task After_a_delay_a_worry_about_the_connection_is_offered_a_colleague(string locale, string request, string menu, string worry, string offer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ NM 202
            bot~ {menu}
            user: {worry}
            bot~ {offer}
            """);
    }

    [Fact]
    public async Task An_unknown_flight_is_asked_again_and_three_misses_offer_a_colleague()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: status of NM 999 today
            bot: I can't find flight NM 999 on Saturday 14 March 🤔 Could you check the number and the date?
            bot: What's your flight number (like NM 1234)? Your booking reference works too.
            user: NM998 today
            bot~ I can't find flight NM 998
            bot~ What's your flight number
            user: it's NM 997 today
            bot: I'm having trouble understanding, sorry 😕 Would you like to talk to someone from our team?
            choices: Yes, please | No thanks
            user: no
            bot: No problem! Just tell me if there's anything else.
            """);
    }

    /// <summary>The number was right and the day wrong: the number was forgotten, and "tomorrow" then got "I need a flight number".</summary>
    [Fact]
    public async Task A_flight_asked_for_a_day_it_does_not_fly_keeps_its_number_and_offers_its_days()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: status of NM 1234 today
            bot: I can't find flight NM 1234 on Saturday 14 March 🤔 Could you check the number and the date?
            bot: Which day do you fly?
            choices: Sunday 15 March | Monday 16 March
            user: tomorrow
            bot~ ✅ NM 1234 Paris → Amsterdam on Sunday 15 March is on time
            bot~ Anything else
            """);
    }

    [Fact]
    public async Task A_cancelled_flight_offers_a_colleague_to_rebook()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: flight status NM404 on monday
            bot: ❌ I'm very sorry: NM 404 Nice → Paris on Monday 16 March is cancelled.
            bot: A colleague can book you on another flight or refund your ticket, as you prefer. Shall I connect you?
            choices: Yes | No
            user: yes please
            bot~ I've passed our conversation to a colleague
            """);
        Assert.True(await bed.Desk.IsOpenAsync("test/conversations/conversation-1", CancellationToken.None));
    }

    [Fact]
    public async Task En_francais_le_statut_d_un_vol_par_numero_et_date()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: mon vol NM 1234 de demain est à l'heure ?
            bot: ✅ Le vol NM 1234 Paris → Amsterdam du dimanche 15 mars est à l'heure : départ 09:25, arrivée 10:50. Terminal 2F, début de l'embarquement à 08:45. La porte n'est pas encore connue : elle est généralement annoncée environ 2 heures avant le départ.
            bot: Puis-je faire autre chose pour vous ?
            choices: Statut du vol | Enregistrement | Changer de siège | Bagages | Ma réservation | Parler à un conseiller | Non, c'est tout
            user: non merci
            bot: Avec plaisir ! Excellent voyage ✈️
            """);
    }

    [Fact]
    public async Task En_francais_le_vol_retarde_depuis_la_reservation()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: est-ce que mon vol a du retard ?
            bot: Quel est votre numéro de vol (par exemple NM 1234) ? Votre référence de réservation fonctionne aussi.
            user: xyz789
            bot: Merci ! Et le nom de famille du passager ?
            user: Martin
            bot: Merci Lucas, j'ai trouvé votre réservation XYZ789 ✅
            bot~ ⏱️ Le vol NM 202 Lyon → Londres du samedi 14 mars est retardé : nouveau départ à 14:55 au lieu de 14:00.
            bot~ autre chose
            user: c'est quelle porte ?
            bot: S'agit-il de votre réservation XYZ789 (Lyon → Londres, samedi 14 mars) ?
            choices: Oui | Non
            user: oui
            bot~ La porte n'est pas encore connue
            bot~ autre chose
            """);
    }

    [Fact]
    public async Task A_flight_number_in_lower_case_with_a_space_gives_the_status()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: wats the staus of my flite nm 202
            bot~ ⏱️ NM 202 Lyon → London on Saturday 14 March is delayed: new departure 14:55 instead of 14:00.
            bot~ Anything else
            """);
    }

    [Fact]
    public async Task Un_numero_de_vol_en_minuscules_donne_le_statut()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: statut de mon vol
            bot~ numéro de vol
            user: le 12
            bot: J'ai besoin d'un numéro de vol comme NM 1234, d'une référence de réservation comme ABC123, ou de votre trajet, comme Lyon Londres.
            user: nm 202
            bot~ ⏱️ Le vol NM 202 Lyon → Londres du samedi 14 mars est retardé
            bot~ autre chose
            """);
    }

    /// <summary>« à quelle heure » was read as "this hour", so the flight was looked up today, where it does not fly.</summary>
    [Theory]
    [InlineData("fr-FR", "à quelle heure part le vol NM 1234 ?", "Quel jour voyagez-vous ?")]
    [InlineData("en-US", "what time does NM 1234 leave?", "Which day do you fly?")]
    public async Task Asking_at_what_time_a_flight_leaves_names_no_day(string locale, string question, string whichDay)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(question);

        client.AssertReply(whichDay); // it flies on two coming days, not today

    }

    /// <summary>
    /// « dimanche prochain » on a Saturday is tomorrow for a French speaker; the recognizer read it as the Sunday of next
    /// week, where NM 1234 does not fly.
    /// </summary>
    [Fact]
    public async Task A_french_weekday_prochain_is_the_coming_one()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.SendAsync("le vol NM 1234 de dimanche prochain est à l'heure ?");

        client.AssertReplyContains("NM 1234 Paris → Amsterdam du dimanche 15 mars est à l'heure");
    }
}
