using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Tests.Brand;

/// <summary>Welcome, greetings, the menu, requests the bot does not know (a menu, never a dead end) and the max-attempts fallback.</summary>
public sealed class WelcomeAndMenuTranscriptTests
{
    /// <summary>"Anything else?" answered "yes" got "Please pick one of these, or tell me in a few words what you need:".</summary>
    [Theory]
    [InlineData("en-US", "is NM1234 on time tomorrow?", "yes", "Sure 😊 What can I do for you?", "check in", "What's your booking reference?")]
    [InlineData("fr-FR", "le vol NM1234 est à l'heure demain ?", "oui", "Avec plaisir 😊 Que puis-je faire pour vous ?", "enregistrement", "Quelle est votre référence de réservation ?")]
    public async Task Yes_to_anything_else_asks_what_kindly(string locale, string request, string yes, string what, string next, string question)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ NM 1234
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            user: {yes}
            bot: {what}
            user: {next}
            bot~ {question}
            """);
    }

    /// <summary>A bare "ok" at "Anything else?" was read as a yes ("Sure 😊 What can I do for you?"): it means the customer is done.</summary>
    [Theory]
    [InlineData("en-US", "is NM1234 on time tomorrow?", "ok", "You're welcome! Have a lovely trip ✈️")]
    [InlineData("en-US", "is NM1234 on time tomorrow?", "Okay.", "You're welcome! Have a lovely trip ✈️")]
    [InlineData("fr-FR", "le vol NM1234 est à l'heure demain ?", "d'accord", "Avec plaisir ! Excellent voyage ✈️")]
    public async Task A_bare_ok_to_anything_else_closes_kindly(string locale, string request, string ok, string goodbye)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ NM 1234
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            user: {ok}
            bot: {goodbye}
            """);
        client.AssertNoMoreReplies();
    }

    [Fact]
    public async Task A_new_customer_is_welcomed_once_with_the_main_requests_as_options()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.StartConversationAsync();

        await client.TranscriptAsync("""
            bot: Hi, welcome to Nimbus Air 👋 I'm the virtual assistant, here 24/7 for your flight status, seat, check-in and baggage. What can I do for you?
            choices: Flight status | Check in | Change my seat | Baggage | My booking | Talk to someone
            user: Check in
            bot~ What's your booking reference?
            """);
    }

    [Fact]
    public async Task A_customer_added_again_or_late_is_not_welcomed_in_the_middle_of_a_request()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        var late = bed.Client(conversationId: "conversation-2");

        await client.StartConversationAsync();
        await client.TranscriptAsync("""
            bot~ welcome to Nimbus Air
            user: I want to change my seat
            bot~ What's your booking reference?
            """);
        Assert.Empty(await client.StartConversationAsync()); // a reconnecting channel adds the customer again
        await late.TranscriptAsync("""
            user: I want to change my seat
            bot~ What's your booking reference?
            """);
        Assert.Empty(await late.StartConversationAsync()); // a channel that tells of the customer after their first message

        await client.TranscriptAsync("""
            user: ABC123
            bot: Thanks! And the passenger's last name?
            """);
    }

    [Fact]
    public async Task The_channel_ending_the_conversation_drops_the_question_under_way_without_a_word()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync("""
            user: I want to change my seat
            bot~ What's your booking reference?
            """);

        Assert.Empty(await client.SendAsync(new Activity { Type = ActivityTypes.EndOfConversation }));

        await client.TranscriptAsync("""
            user: hello
            bot: Hello! 😊 What can I do for you today?
            """);
    }

    [Fact]
    public async Task En_francais_l_accueil_et_ses_options_menent_au_bon_parcours()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.StartConversationAsync();

        await client.TranscriptAsync("""
            bot~ Bonjour et bienvenue chez Nimbus Air 👋
            choices: Statut du vol | Enregistrement | Changer de siège | Bagages | Ma réservation | Parler à un conseiller
            user: Statut du vol
            bot~ Quel est votre numéro de vol
            """);
    }

    [Theory]
    [InlineData("en-US", "GET_STARTED", "Hello! 😊 What can I do for you today?")]
    [InlineData("en-US", "Get Started", "Hello! 😊 What can I do for you today?")]
    [InlineData("fr-FR", "GET_STARTED", "Bonjour ! 😊 Que puis-je faire pour vous aujourd'hui ?")]
    [InlineData("en-US", "START", "Hello! 😊 What can I do for you today?")] // from someone who never said STOP: not an opt-in, a hello
    [InlineData("fr-FR", "commencer", "Bonjour ! 😊 Que puis-je faire pour vous aujourd'hui ?")]
    public async Task Messengers_get_started_tap_or_start_is_a_greeting(string locale, string payload, string greeting)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(payload);

        client.AssertReply(greeting);
    }

    [Fact]
    public async Task A_menu_choice_tapped_on_an_old_message_or_a_template_starts_its_flow()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: flightStatus
            bot~ What's your flight number
            user: seatChange
            bot~ let's look at that instead
            bot~ What's your booking reference?
            """);
    }

    [Fact]
    public async Task An_unknown_request_gets_the_menu_which_understands_numbers_and_words()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: gift cards
            bot: Sorry, I'm not sure I understood 🤔 Here's what I can help with:
            choices: Flight status | Check in | Change my seat | Baggage | My booking | Talk to someone
            user: 5
            bot~ What's your booking reference?
            """);
    }

    [Fact]
    public async Task Three_answers_the_menu_cannot_use_lead_to_the_offer_of_a_colleague_who_takes_over()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: hello
            bot: Hello! 😊 What can I do for you today?
            choices: Flight status | Check in | Change my seat | Baggage | My booking | Talk to someone
            user: Paris?
            bot: Please pick one of these, or tell me in a few words what you need:
            user: I like turtles
            bot: Please pick one of these, or tell me in a few words what you need:
            user: asdfgh
            bot: I'm having trouble understanding, sorry 😕 Would you like to talk to someone from our team?
            choices: Yes, please | No thanks
            user: yes
            bot~ I've passed our conversation to a colleague 👩‍✈️ They'll reply right here, usually within 5 minutes.
            """);
        var handoff = await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None);
        Assert.Equal("GaveUp", handoff!.Reason);
    }

    [Fact]
    public async Task Thanks_and_goodbye_are_answered_kindly()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: merci beaucoup
            bot: Avec plaisir ! 😊
            user: bonjour
            bot: Bonjour ! 😊 Que puis-je faire pour vous aujourd'hui ?
            user: non c'est tout
            bot: Avec plaisir ! Excellent voyage ✈️
            """);
    }

    [Fact]
    public async Task En_francais_trois_reponses_incomprises_menent_a_l_offre_d_un_conseiller()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: bof
            bot: Désolé, je ne suis pas sûr d'avoir compris 🤔 Voici ce que je peux faire :
            choices: Statut du vol | Enregistrement | Changer de siège | Bagages | Ma réservation | Parler à un conseiller
            user: il fait beau
            bot: Choisissez l'une de ces options, ou dites-moi en quelques mots ce dont vous avez besoin :
            user: 😂
            bot: Choisissez l'une de ces options, ou dites-moi en quelques mots ce dont vous avez besoin :
            user: qsdfgh
            bot: J'ai du mal à comprendre, désolé 😕 Voulez-vous parler à quelqu'un de notre équipe ?
            choices: Oui, volontiers | Non merci
            user: non
            bot: Pas de souci ! Dites-moi si je peux faire autre chose.
            """);
    }

    /// <summary>« bagage perdu » at the menu picked the "Bagages" option, which then asked which baggage question it was.</summary>
    [Theory]
    [InlineData("fr-FR", "bonjour", "bagage perdu", "Je suis désolé que votre bagage ne soit pas arrivé")]
    [InlineData("en-US", "hello", "lost baggage", "I'm sorry your bag didn't arrive")]
    [InlineData("en-US", "hello", "Baggage", "What's your baggage question?")]
    public async Task A_request_more_precise_than_a_menu_option_is_taken_as_said(string locale, string hello, string request, string reply)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        await client.SendAsync(hello);
        client.NextReply(); // the menu

        await client.SendAsync(request);

        client.AssertReplyContains(reply);
    }
}
