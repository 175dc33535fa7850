namespace DarkSocialBot.Tests.Brand;

/// <summary>Opening a booking with its reference and last name: wrong answers, three wrong pairs, then the offer of a colleague.</summary>
public sealed class BookingLookupTranscriptTests
{
    [Fact]
    public async Task Booking_lookup_allows_three_tries_then_offers_a_colleague()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my booking
            bot~ What's your booking reference?
            user: 12345
            bot: Hmm, that doesn't look like a booking reference. It's 6 letters and digits, like ABC123.
            user: ABC124
            bot: Thanks! And the passenger's last name?
            user: Dupont
            bot: I couldn't find a booking ABC124 for Dupont 😕 Let's try again.
            bot~ What's your booking reference?
            user: ABC123
            bot~ last name
            user: Dupond
            bot: I couldn't find a booking ABC123 for Dupond 😕 Let's try again.
            bot~ What's your booking reference?
            user: ABC123
            bot~ last name
            user: Durand
            bot: I still can't find that booking, sorry 😕 Would you like a colleague to have a look?
            choices: Yes, please | No thanks
            user: no thanks
            bot: No problem! Just tell me if there's anything else.
            user: my booking is ABC123
            bot: Thanks! And the passenger's last name?
            """);
    }

    /// <summary>The summary of a booking on a cancelled flight said nothing of it: the customer had to ask for the flight status.</summary>
    [Fact]
    public async Task A_booking_on_a_cancelled_flight_says_so_and_offers_a_colleague_to_rebook()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my booking
            bot~ booking reference
            user: JKL654
            bot~ last name
            user: Leroy
            bot~ I found your booking JKL654
            bot~ Your booking JKL654: NM 404 Nice → Paris
            bot: ❌ I'm very sorry: NM 404 Nice → Paris on Monday 16 March is cancelled.
            bot: A colleague can book you on another flight or refund your ticket, as you prefer. Shall I connect you?
            choices: Yes | No
            user: yes
            bot~ I've passed our conversation to a colleague
            """);
        Assert.Equal("FlightCancelled", (await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None))!.Reason);
    }

    /// <summary>
    /// "my flight got cancelled!! booking JKL654 leroy what are my options" got the help text and the menu: "what are my options"
    /// is also how a customer asks for help, but said beside a request, the request is what the message makes.
    /// </summary>
    [Theory]
    [InlineData("en-US", "my flight got cancelled!! booking JKL654 leroy what are my options", "is cancelled")]
    [InlineData("en-US", "help, my flight NM404 on monday is cancelled", "is cancelled")]
    [InlineData("fr-FR", "aidez-moi, mon vol est annulé, réservation JKL654 leroy", "est annulé")]
    public async Task A_request_said_with_a_call_for_help_is_served(string locale, string said, string cancelled)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        var replies = await client.SendAsync(said);

        Assert.Contains(replies, r => r.Text?.Contains(cancelled, StringComparison.Ordinal) == true);
    }

    /// <summary>
    /// Offered a colleague to rebook, "can I get a refund" was "Sorry, I didn't get that" and, on the third try, "I'm having
    /// trouble understanding": asking for what the colleague does is a yes, and the colleague reads the request.
    /// </summary>
    [Theory]
    [InlineData("en-US", "can I get a refund", "I've passed our conversation to a colleague", "Rebook")]
    [InlineData("fr-FR", "je veux parler à un conseiller", "J'ai transmis notre conversation à un conseiller", "Agent")]
    public async Task Asking_for_the_colleague_in_words_when_offered_one_hands_over_with_those_words(
        string locale, string answer, string handedOver, string reason)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        await client.SendAsync("JKL654 Leroy");
        client.AssertReplyContains("JKL654");
        client.AssertReplyContains("NM 404");
        client.AssertReplyContains("NM 404");
        client.NextReply(); // the offer of a colleague

        await client.SendAsync(answer);

        client.AssertReplyContains(handedOver);
        var handoff = await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None);
        Assert.Equal((reason, answer), (handoff!.Reason, handoff.Note));
    }

    [Fact]
    public async Task En_francais_une_reservation_sur_un_vol_en_retard_le_dit()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: ma réservation
            bot~ référence de réservation
            user: XYZ789
            bot~ nom de famille
            user: Martin
            bot~ j'ai trouvé votre réservation XYZ789
            bot~ Votre réservation XYZ789 : NM 202 Lyon → Londres
            bot~ est retardé
            bot~ autre chose
            """);
    }

    [Fact]
    public async Task En_francais_ma_reservation_et_trois_essais_avant_l_offre_d_un_conseiller()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je voudrais voir ma réservation
            bot~ Quelle est votre référence de réservation ?
            user: DEF456
            bot: Merci ! Et le nom de famille du passager ?
            user: 12345
            bot: Pouvez-vous écrire le nom de famille tel qu'il figure sur la réservation, en lettres uniquement ?
            user: petit
            bot: Merci Hugo, j'ai trouvé votre réservation DEF456 ✅
            bot: Votre réservation DEF456 : NM 601 Paris → Montréal le mardi 17 mars à 13:30, Business (Flex). Siège 2C.
            bot~ autre chose
            user: ma réservation ZZZ999
            bot~ nom de famille
            user: Petit
            bot: Je ne trouve pas de réservation ZZZ999 au nom de Petit 😕 Réessayons.
            bot~ Quelle est votre référence de réservation ?
            user: ZZZ998
            bot~ nom de famille
            user: Petit
            bot~ Je ne trouve pas de réservation ZZZ998
            bot~ Quelle est votre référence
            user: ZZZ997
            bot~ nom de famille
            user: Petit
            bot: Je ne trouve toujours pas cette réservation, désolé 😕 Voulez-vous qu'un conseiller regarde ?
            choices: Oui, volontiers | Non merci
            user: oui
            bot~ J'ai transmis notre conversation à un conseiller
            """);
    }

    [Fact]
    public async Task A_reference_written_with_a_hyphen_or_a_space_is_accepted_at_the_prompt_and_in_the_first_message()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my booking
            bot~ What's your booking reference?
            user: I paid for 100 euros
            bot: Hmm, that doesn't look like a booking reference. It's 6 letters and digits, like ABC123.
            user: abc-123
            bot: Thanks! And the passenger's last name?
            user: Dupont
            bot: Thanks Marie, I found your booking ABC123 ✅
            bot~ Your booking ABC123
            bot~ Anything else
            user: my booking is xyz 789
            bot: Thanks! And the passenger's last name?
            """);
    }

    [Fact]
    public async Task Une_reference_ecrite_avec_un_espace_est_acceptee()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je voudrais voir ma réservation
            bot~ Quelle est votre référence de réservation ?
            user: xyz 789
            bot: Merci ! Et le nom de famille du passager ?
            user: martin
            bot: Merci Lucas, j'ai trouvé votre réservation XYZ789 ✅
            bot~ Votre réservation XYZ789
            bot~ est retardé
            bot~ autre chose
            """);
    }

    // Thanks alone is welcomed and the question asked again (InterruptionTranscriptTests).
    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("ok")]
    [InlineData("le premier")]
    [InlineData("ok when then?")]
    [InlineData("it is the one on my ticket")]
    public async Task An_answer_that_is_not_a_name_is_asked_again(string answer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync($"""
            user: my booking
            bot~ What's your booking reference?
            user: DEF456
            bot: Thanks! And the passenger's last name?
            user: {answer}
            bot: Could you type the last name as it is on the booking, letters only?
            user: bernard
            bot: Thanks Chloé, I found your booking DEF456 ✅
            bot~ Your booking DEF456
            bot~ Anything else
            """);
    }

    [Theory]
    [InlineData("oui")]
    [InlineData("non")]
    [InlineData("d’accord")]
    [InlineData("la première")]
    [InlineData("c'est quand ?")]
    public async Task Une_reponse_qui_n_est_pas_un_nom_est_redemandee(string answer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync($"""
            user: ma réservation
            bot~ Quelle est votre référence de réservation ?
            user: DEF456
            bot: Merci ! Et le nom de famille du passager ?
            user: {answer}
            bot: Pouvez-vous écrire le nom de famille tel qu'il figure sur la réservation, en lettres uniquement ?
            user: Petit
            bot: Merci Hugo, j'ai trouvé votre réservation DEF456 ✅
            bot~ Votre réservation DEF456
            bot~ autre chose
            """);
    }

    [Theory]
    [InlineData("le gall", "Le Gall")]
    [InlineData("De La Fontaine", "De La Fontaine")]
    [InlineData("O’Neil", "O'Neil")]
    [InlineData("Müller", "Müller")]
    [InlineData("nguyen", "Nguyen")]
    [InlineData("Le", "Le")]
    [InlineData("Mme Dupont-Martin", "Dupont-Martin")] // a title, "it's", "my name is" are not part of the name
    [InlineData("Mr. Smith", "Smith")]
    [InlineData("c'est Martin", "Martin")]
    [InlineData("it's Le Gall", "Le Gall")]
    [InlineData("my name is Durand", "Durand")]
    [InlineData("je m'appelle Lefebvre", "Lefebvre")]
    public async Task Real_surnames_are_taken_as_typed(string answer, string name)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync($"""
            user: my booking DEF456
            bot: Thanks! And the passenger's last name?
            user: {answer}
            bot: I couldn't find a booking DEF456 for {name} 😕 Let's try again.
            bot~ What's your booking reference?
            """);
    }

    [Theory]
    [InlineData("en-US", "check me in for DEF456 bernard", "Thanks Chloé, I found your booking DEF456 ✅", "Check-in for NM 601 opens", "Anything else")]
    [InlineData("en-US", "my booking is ABC123, name Dupont", "Thanks Marie, I found your booking ABC123 ✅", "Your booking ABC123", "Anything else")]
    [InlineData("en-US", "my booking is ghi 321, my name is Smith please", "Thanks John, I found your booking GHI321 ✅", "Your booking GHI321", "Anything else")]
    [InlineData("fr-FR", "reservation abc123 nom dupont", "Merci Marie, j'ai trouvé votre réservation ABC123 ✅", "Votre réservation ABC123", "autre chose")]
    [InlineData("fr-FR", "ma réservation DEF456 au nom de Petit", "Merci Hugo, j'ai trouvé votre réservation DEF456 ✅", "Votre réservation DEF456", "autre chose")]
    [InlineData("fr-FR", "enregistrement DEF456 bernard", "Merci Chloé, j'ai trouvé votre réservation DEF456 ✅", "L'enregistrement du vol NM 601", "autre chose")]
    // A word beside the reference that is the booking's last name, though not said clearly, was asked for again.
    [InlineData("fr-FR", "mon vol XYZ789 martin il est à l'heure ?", "Merci Lucas, j'ai trouvé votre réservation XYZ789 ✅", "Le vol NM 202 Lyon → Londres", "autre chose")]
    [InlineData("en-US", "XYZ789 martin is my flight on time?", "Thanks Lucas, I found your booking XYZ789 ✅", "NM 202 Lyon → London", "Anything else")]
    [InlineData("en-US", "bernard DEF456 check me in", "Thanks Chloé, I found your booking DEF456 ✅", "Check-in for NM 601 opens", "Anything else")]
    [InlineData("fr-FR", "petit DEF456 mon siège svp", "Merci Hugo, j'ai trouvé votre réservation DEF456 ✅", "Vous êtes au siège 2C sur le vol NM 601.", "côté hublot ou côté couloir")]
    public async Task A_last_name_given_with_the_reference_is_not_asked_again(string locale, string message, string found, string then, string last)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {message}
            bot: {found}
            bot~ {then}
            bot~ {last}
            """);
    }

    [Theory]
    [InlineData("en-US", "my booking", "What's your booking reference?", "def-456 bernard", "Thanks Chloé, I found your booking DEF456 ✅", "Your booking DEF456", "Anything else")]
    [InlineData("fr-FR", "ma réservation", "Quelle est votre référence de réservation ?", "abc-123, nom Dupont", "Merci Marie, j'ai trouvé votre réservation ABC123 ✅", "Votre réservation ABC123", "autre chose")]
    public async Task A_last_name_given_with_the_reference_at_its_prompt_is_taken_too(
        string locale, string request, string ask, string answer, string found, string summary, string last)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ {ask}
            user: {answer}
            bot: {found}
            bot~ {summary}
            bot~ {last}
            """);
    }

    [Theory]
    [InlineData("en-US", "my booking DEF456 seat")]
    [InlineData("en-US", "my booking ABC123 please")]
    [InlineData("en-US", "my booking ABC123 tomorrow")]
    [InlineData("en-US", "my booking ABC123 le gall")]
    [InlineData("en-US", "dupont DEF456")]
    [InlineData("fr-FR", "mon vol XYZ789 dupont il est à l'heure ?")]
    [InlineData("en-US", "change the name on my booking ABC123")]
    [InlineData("fr-FR", "ma réservation DEF456 demain")]
    [InlineData("fr-FR", "ma réservation ABC123 merci")]
    [InlineData("fr-FR", "DEF456 lundi")]
    public async Task Without_a_clear_last_name_in_the_message_it_is_asked_for(string locale, string message)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(message);

        client.AssertReply(locale == "fr-FR" ? "Merci ! Et le nom de famille du passager ?" : "Thanks! And the passenger's last name?");
        client.AssertNoMoreReplies();
    }

    /// <summary>
    /// "I don't have my booking reference" got "that doesn't look like a booking reference" until the third try, and « je l'ai
    /// perdue » (the reference) started a lost-bag report. Now it says where to find it, offers a colleague, and waits.
    /// </summary>
    [Fact]
    public async Task A_customer_without_their_reference_is_told_where_to_find_it_and_the_question_stays_open()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want to check in
            bot~ What's your booking reference?
            user: I don't have my booking reference
            bot: No problem 🙂 Your booking reference is in your confirmation e-mail (6 letters and digits, like ABC123) and in the Nimbus Air app under My trips. If you can't find it, a colleague can look your booking up with your name and flight.
            choices: Talk to someone
            user: I can't find it
            bot~ a colleague can look your booking up
            user: no idea
            bot~ a colleague can look your booking up
            user: ABC123
            bot: Thanks! And the passenger's last name?
            """);
    }

    /// <summary>Asked what the reference is, at the question itself: "that doesn't look like a booking reference".</summary>
    [Theory]
    [InlineData("en-US", "what's my reference?", "Your booking reference is in your confirmation e-mail")]
    [InlineData("fr-FR", "c'est quoi ma référence ?", "Votre référence de réservation figure dans votre e-mail de confirmation")]
    [InlineData("fr-FR", "quelle référence ?", "Votre référence de réservation figure dans votre e-mail de confirmation")]
    // Its words name the booking too: read as a booking, it got "that doesn't look like a booking reference".
    [InlineData("fr-FR", "c'est quoi un numéro de réservation ?", "Votre référence de réservation figure dans votre e-mail de confirmation")]
    public async Task Asked_what_the_reference_is_the_bot_says_where_to_find_it(string locale, string question, string where)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {(locale == "fr-FR" ? "je veux m'enregistrer" : "I want to check in")}
            bot~ {(locale == "fr-FR" ? "Quelle est votre référence de réservation ?" : "What's your booking reference?")}
            user: {question}
            bot~ {where}
            user: ABC123
            bot~ {(locale == "fr-FR" ? "nom de famille" : "last name")}
            """);
    }

    [Fact]
    public async Task En_francais_je_l_ai_perdue_pour_la_reference_n_est_pas_un_bagage_perdu_et_le_conseiller_est_a_un_clic()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je veux m'enregistrer
            bot~ Quelle est votre référence de réservation ?
            user: je l'ai perdue
            bot~ Votre référence de réservation figure dans votre e-mail de confirmation
            choices: Parler à un conseiller
            user: Parler à un conseiller
            bot~ J'ai transmis notre conversation à un conseiller
            """);
    }

    [Fact]
    public async Task A_customer_without_a_flight_number_is_told_where_to_find_it_or_to_give_the_reference()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: what's the status of my flight
            bot~ What's your flight number
            user: I don't know the number
            bot: No problem 🙂 Your flight number (like NM 1234) is on your booking confirmation, and your booking reference (like ABC123) works too. If you have neither, a colleague can find your flight with your name.
            choices: Talk to someone
            user: XYZ789
            bot~ last name
            """);
    }

    /// <summary>"Marie Dupont" at "the passenger's last name?" was "I couldn't find a booking ABC123 for Marie Dupont".</summary>
    [Theory]
    [InlineData("en-US", "Marie Dupont", "Thanks Marie, I found your booking ABC123 ✅")]
    [InlineData("fr-FR", "DUPONT Marie", "Merci Marie, j'ai trouvé votre réservation ABC123 ✅")]
    [InlineData("en-US", "marie  dupont", "Thanks Marie, I found your booking ABC123 ✅")]
    public async Task A_full_name_at_the_last_name_question_finds_the_booking(string locale, string fullName, string found)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        await client.SendAsync("ABC123");
        client.NextReply(); // the last name?

        await client.SendAsync(fullName);

        client.AssertReply(found);
    }

    /// <summary>
    /// "my name is Marie Dupont and my booking is ABC123, is my flight tomorrow on time?" asked the last name, and routed to the
    /// booking summary rather than the flight status the customer asked for.
    /// </summary>
    [Fact]
    public async Task A_name_and_a_reference_said_before_the_request_need_no_question()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my name is Marie Dupont and my booking is ABC123, is my flight tomorrow on time?
            bot: Thanks Marie, I found your booking ABC123 ✅
            bot~ NM 1234 Paris → Amsterdam on Sunday 15 March is on time
            bot~ Anything else
            """);
    }

    /// <summary>After a mistyped last name the bot asked for the reference again, and the corrected name was refused as one.</summary>
    [Fact]
    public async Task After_a_wrong_pair_the_corrected_last_name_alone_goes_with_the_same_reference()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: check in ABC123
            bot: Thanks! And the passenger's last name?
            user: Dupond
            bot: I couldn't find a booking ABC123 for Dupond 😕 Let's try again.
            bot: What's your booking reference? If it was the last name that was wrong, just type the name again.
            user: Dupont
            bot: Thanks Marie, I found your booking ABC123 ✅
            bot~ Shall I check in Marie Dupont
            choices: Yes | No
            """);
    }

    [Fact]
    public async Task En_francais_apres_une_erreur_une_autre_reference_redemande_le_nom()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: ma réservation ABC124
            bot~ nom de famille
            user: Martin
            bot~ Je ne trouve pas de réservation ABC124 au nom de Martin
            bot: Quelle est votre référence de réservation ? Si c'est le nom qui était faux, tapez simplement le nom à nouveau.
            user: XYZ789
            bot: Merci ! Et le nom de famille du passager ?
            user: Martin
            bot~ j'ai trouvé votre réservation XYZ789
            bot~ Votre réservation XYZ789
            bot~ est retardé
            bot~ autre chose
            """);
    }

    /// <summary>"what is the booking reference?" as a first message tied with the booking request: it only asked for the reference.</summary>
    [Theory]
    [InlineData("en-US", "what is the booking reference?", "Your booking reference is in your confirmation e-mail", "What's your booking reference?")]
    [InlineData("fr-FR", "c'est quoi la référence de réservation ?", "Votre référence de réservation figure dans votre e-mail de confirmation", "Quelle est votre référence de réservation ?")]
    public async Task Asking_what_the_booking_reference_is_says_where_to_find_it_then_asks_for_it(string locale, string question, string where, string ask)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot~ {where}
            bot~ {ask}
            user: ABC123
            bot~ {(locale == "fr-FR" ? "nom de famille" : "last name")}
            """);
    }
}
