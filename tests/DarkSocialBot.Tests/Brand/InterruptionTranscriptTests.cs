namespace DarkSocialBot.Tests.Brand;

/// <summary>Help, start over, language and other requests in the middle of a flow; descriptions in the customer's own words stay descriptions.</summary>
public sealed class InterruptionTranscriptTests
{
    [Fact]
    public async Task Help_mid_flow_explains_and_asks_the_same_question_again()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: check in
            bot~ What's your booking reference?
            user: help
            bot~ I can check a flight's status, change your seat, check you in
            bot~ What's your booking reference?
            user: ABC123
            bot: Thanks! And the passenger's last name?
            """);
    }

    [Fact]
    public async Task Start_over_mid_flow_stops_it_and_shows_the_menu()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: lost my bag
            bot~ I'm sorry your bag didn't arrive
            bot~ What's your booking reference?
            user: start over
            bot: No problem, I've stopped that.
            bot: What can I do for you?
            choices: Flight status | Check in | Change my seat | Baggage | My booking | Talk to someone
            user: 1
            bot~ What's your flight number
            """);
    }

    [Fact]
    public async Task Switching_language_mid_flow_asks_again_in_the_new_language_and_keeps_it()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: change my seat
            bot~ What's your booking reference?
            user: ABC123
            bot~ last name
            user: en français svp
            bot: Bien sûr, je continue en français 🇫🇷
            bot: Merci ! Et le nom de famille du passager ?
            user: Dupont
            bot: Merci Marie, j'ai trouvé votre réservation ABC123 ✅
            bot~ Vous êtes au siège 23C
            bot~ Préférez-vous un siège côté hublot
            user: in English please
            bot: Sure, I'll continue in English 🇬🇧
            bot: Do you prefer a window or an aisle seat?
            """);
    }

    [Fact]
    public async Task Asking_for_the_language_first_shows_the_menu_in_it()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: français
            bot: Bien sûr, je continue en français 🇫🇷
            bot: Que puis-je faire pour vous ?
            choices: Statut du vol | Enregistrement | Changer de siège | Bagages | Ma réservation | Parler à un conseiller
            """);
    }

    [Fact]
    public async Task Another_request_mid_flow_leaves_the_flow_and_reuses_the_booking_already_opened()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: change my seat, booking ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot~ seat 23C
            bot~ window or an aisle
            user: wait, my bag didn't arrive
            bot: Sure, let's look at that instead.
            bot~ I'm sorry your bag didn't arrive
            bot: Is this about your booking ABC123 (Paris → Amsterdam, Sunday 15 March)?
            user: yes
            bot~ Please describe the bag
            """);
    }

    [Fact]
    public async Task A_description_mentioning_an_agent_or_a_bag_stays_a_description()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my suitcase is missing, booking ABC123
            bot~ I'm sorry your bag didn't arrive
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot~ Please describe the bag
            user: blue suitcase, the agent at the desk said it was lost in Paris
            bot: Which phone number can we reach you on?
            """);
    }

    [Fact]
    public async Task En_francais_aide_et_recommencer_en_plein_parcours()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: statut de mon vol
            bot~ Quel est votre numéro de vol
            user: aide
            bot~ Je peux vous donner le statut d'un vol
            bot~ Quel est votre numéro de vol
            user: recommencer
            bot: Pas de souci, j'ai arrêté.
            bot: Que puis-je faire pour vous ?
            """);
    }

    /// <summary>"thanks, bye" at the last-name question got "Could you type the last name…?": leaving at any step was not understood.</summary>
    [Theory]
    [InlineData("en-US", "check in", "ABC123", "thanks, bye", "No problem, I'll stop here. Write to me any time if you need anything. Have a lovely trip ✈️")]
    [InlineData("fr-FR", "enregistrement", "ABC123", "merci au revoir", "Pas de souci, je m'arrête là. Écrivez-moi quand vous voulez si besoin. Excellent voyage ✈️")]
    [InlineData("en-US", "change my seat", "ABC123 Dupont", "ok thanks, have a nice day", "No problem, I'll stop here. Write to me any time if you need anything. Have a lovely trip ✈️")]
    // The goodbyes "how did you hear about us?" knew and the interruptions did not, and the other way round: one test now.
    [InlineData("fr-FR", "enregistrement", "ABC123", "merci, c'est tout", "Pas de souci, je m'arrête là. Écrivez-moi quand vous voulez si besoin. Excellent voyage ✈️")]
    [InlineData("en-US", "check in", "ABC123", "thanks, that's all", "No problem, I'll stop here. Write to me any time if you need anything. Have a lovely trip ✈️")]
    [InlineData("en-US", "check in", "ABC123", "thx cya", "No problem, I'll stop here. Write to me any time if you need anything. Have a lovely trip ✈️")]
    public async Task Saying_goodbye_in_the_middle_of_a_request_ends_it_kindly_and_the_next_message_starts_afresh(
        string locale, string request, string answer, string goodbye, string reply)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        await client.SendAsync(request);
        client.NextReply();
        await client.SendAsync(answer);
        foreach (var _ in client.LastResult!.Responses) client.NextReply(); // the booking found, or the next question

        await client.SendAsync(goodbye);

        client.AssertReply(reply);
        client.AssertNoMoreReplies();
        await client.SendAsync(locale == "fr-FR" ? "statut du vol NM 1234 demain" : "status of NM 1234 tomorrow");
        client.AssertReplyContains("NM 1234 Paris → Amsterdam");
    }

    /// <summary>
    /// Thanks alone at a question may be politeness: welcomed, and the question asked again as it was. Its retry ("Could you
    /// type the last name…", "Hmm, that doesn't look like a booking reference") answered thanks with a reproach.
    /// </summary>
    [Fact]
    public async Task Thanks_alone_at_a_question_asks_it_again()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: check in
            bot~ What's your booking reference?
            user: ABC123
            bot: Thanks! And the passenger's last name?
            user: thanks
            bot: You're welcome! 😊
            bot: Thanks! And the passenger's last name?
            user: dupont
            bot~ I found your booking ABC123
            bot~ Shall I check in Marie Dupont
            """);
    }

    [Theory]
    [InlineData("en-US", "what's my baggage allowance", "thank you so much", "You're welcome! 😊", "What's your booking reference?")]
    [InlineData("fr-FR", "ma franchise bagage", "merci beaucoup", "Avec plaisir", "Quelle est votre référence de réservation ?")]
    // Where the question asks for a value, not a yes, "ok thanks" cannot be a yes: it got "Hmm, that doesn't look like a booking reference".
    [InlineData("en-US", "what's my baggage allowance", "ok thanks", "You're welcome! 😊", "What's your booking reference?")]
    [InlineData("fr-FR", "ma franchise bagage", "ok merci", "Avec plaisir", "Quelle est votre référence de réservation ?")]
    [InlineData("en-US", "what's my baggage allowance", "great, thanks", "You're welcome! 😊", "What's your booking reference?")]
    public async Task Thanks_alone_at_the_booking_reference_is_welcomed_and_the_question_asked_again(
        string locale, string request, string thanks, string welcome, string question)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ {question}
            user: {thanks}
            bot~ {welcome}
            bot~ {question}
            user: ABC123
            bot~ {(locale == "fr-FR" ? "le nom de famille du passager" : "the passenger's last name")}
            """);
    }

    /// <summary>Back after a pause, "hi" at the last-name question got "Could you type the last name…?", and « bonjour, vous êtes là ? » "Désolé, je n'ai pas compris".</summary>
    [Fact]
    public async Task A_hello_in_the_middle_of_a_request_is_greeted_back_and_the_question_asked_again()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: check in
            bot~ What's your booking reference?
            user: ABC123
            bot: Thanks! And the passenger's last name?
            user: hi
            bot: Hello again! 😊 Let's pick up where we left off.
            bot: Thanks! And the passenger's last name?
            user: dupont
            bot~ I found your booking ABC123
            bot~ Shall I check in Marie Dupont
            """);
    }

    [Fact]
    public async Task En_francais_bonjour_vous_etes_la_en_plein_choix_du_siege_repose_la_question()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: changer siege
            bot~ référence de réservation
            user: ABC123 dupont
            bot~ j'ai trouvé votre réservation ABC123
            bot~ 23C
            bot: Préférez-vous un siège côté hublot ou côté couloir ?
            user: bonjour, vous êtes là ?
            bot: Re-bonjour ! 😊 Reprenons là où nous en étions.
            bot: Préférez-vous un siège côté hublot ou côté couloir ?
            user: hublot
            bot~ sièges côté hublot libres
            """);
    }

    /// <summary>A hello beside the answer is the answer.</summary>
    [Fact]
    public async Task A_hello_with_the_answer_answers_the_question()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: check in
            bot~ What's your booking reference?
            user: hi, ABC123
            bot: Thanks! And the passenger's last name?
            """);
    }

    /// <summary>"I want to check in" said twice got "Hmm, that doesn't look like a booking reference", counted as a wrong answer.</summary>
    [Theory]
    [InlineData("en-US", "I want to check in", "What's your booking reference? It's the 6 letters and digits on your confirmation e-mail, like ABC123.")]
    [InlineData("fr-FR", "je veux changer de siège", "Quelle est votre référence de réservation ? Ce sont les 6 lettres et chiffres de votre e-mail de confirmation, par exemple ABC123.")]
    public async Task The_same_request_said_again_asks_the_same_question_again(string locale, string request, string question)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot: {question}
            user: {request}
            bot: {question}
            user: ABC123
            bot~ {(locale == "fr-FR" ? "nom de famille" : "last name")}
            """);
    }

    /// <summary>"why do you need my name?" at a question got "Sorry, I didn't get that": a short explanation, then the question again.</summary>
    [Fact]
    public async Task Why_do_you_need_my_name_at_the_seat_preference_is_explained_and_the_question_asked_again()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: change my seat ABC123 Dupont
            bot~ I found your booking ABC123
            bot~ You're in seat 23C
            bot: Do you prefer a window or an aisle seat?
            user: why do you need my name?
            bot~ Fair question 🙂 A booking opens only with its reference and the passenger's last name
            bot: Do you prefer a window or an aisle seat?
            choices: Window | Aisle | No preference
            user: aisle
            bot~ free aisle seats
            """);
    }

    [Theory]
    [InlineData("en-US", "change my seat", "why do you need my name?", "Fair question 🙂 A booking opens only with", "Thanks! And the passenger's last name?")]
    [InlineData("fr-FR", "changer de siège", "pourquoi vous avez besoin de mon nom ?", "Bonne question 🙂 Une réservation ne s'ouvre qu'avec", "Merci ! Et le nom de famille du passager ?")]
    public async Task Why_the_name_at_the_last_name_question_is_explained_and_the_name_then_taken(string locale, string request, string why,
        string explained, string askName)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ ABC123
            user: ABC123
            bot: {askName}
            user: {why}
            bot~ {explained}
            bot: {askName}
            user: Dupont
            bot~ ABC123 ✅
            bot~ 23C
            bot~ {(locale == "fr-FR" ? "hublot" : "window")}
            """);
    }

    [Fact]
    public async Task A_bare_why_at_the_day_question_says_why_the_day_is_needed()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: is NM 1234 on time?
            bot: Which day do you fly?
            user: why?
            bot: Fair question 🙂 The same flight number flies on several days, so the day tells me which flight to check.
            bot: Which day do you fly?
            user: tomorrow
            bot~ NM 1234 Paris → Amsterdam on Sunday 15 March is on time
            bot~ Anything else
            """);
    }
}
