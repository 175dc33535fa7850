using DarkSocialBot.Dialogs.Flows;
using DarkSocialBot.Dialogs.Intents;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// Several requests in one message are taken one at a time: "check in and change my seat to aisle" did only the seat, and
/// the check-in was forgotten. The next request is about the booking just opened, so it is not asked for again.
/// </summary>
public sealed class SeveralRequestsTranscriptTests
{
    [Fact]
    public async Task Check_in_and_a_seat_change_in_one_message_change_the_seat_first_then_check_in_on_the_new_seat()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: check in and change my seat to aisle please
            bot: Sure, I'll take them one at a time, starting with your seat change.
            bot~ booking reference
            user: ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking ABC123
            bot: You're in seat 23C on NM 1234.
            bot~ free aisle seats
            user: 8C
            bot: Move you from 23C to 8C?
            choices: Yes | No
            user: yes
            bot: Done ✅ Your seat is now 8C.
            bot: Now let's look at your check-in.
            bot: Shall I check in Marie Dupont on NM 1234 to Amsterdam, seat 8C?
            choices: Yes | No
            user: yes
            bot~ You're checked in ✅
            bot~ Anything else
            """);
        var booking = await bed.Airline.FindBookingAsync(new("ABC123", "Dupont"), CancellationToken.None);
        Assert.True(booking!.CheckedIn);
        Assert.Equal("8C", booking.Seat);
    }

    [Fact]
    public async Task The_next_request_in_french_uses_the_booking_named_in_the_message_without_asking_again()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: quelle est ma franchise bagages et est-ce que mon vol est à l'heure ? réservation XYZ789 martin
            bot: Bien sûr, je les prends une par une, en commençant par votre question sur les bagages.
            bot~ j'ai trouvé votre réservation XYZ789
            bot~ Light
            bot: Voyons maintenant le statut du vol.
            bot~ Le vol NM 202 Lyon → Londres du samedi 14 mars est retardé
            bot~ autre chose
            """);
    }

    /// <summary>"bonjour" first, then two requests in answer to the menu: the lost bag was forgotten after the status.</summary>
    [Fact]
    public async Task Several_requests_in_answer_to_the_menu_are_all_taken()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: bonjour
            bot~ Que puis-je faire pour vous
            user: statut du vol NM 202 et ma valise est perdue
            bot: Bien sûr, je les prends une par une, en commençant par le statut du vol.
            bot~ Le vol NM 202 Lyon → Londres
            bot: Voyons maintenant votre bagage perdu.
            bot~ Je suis désolé que votre bagage ne soit pas arrivé
            bot~ référence de réservation
            """);
    }

    /// <summary>The dog was forgotten: the allowance weighed more, and the question for a colleague was dropped.</summary>
    [Fact]
    public async Task A_question_for_a_colleague_beside_a_request_is_not_dropped()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: what's the baggage allowance and can my dog travel in the cabin?
            bot~ 🐾 Yes, pets can fly with Nimbus Air.
            bot~ Booking your pet's place is done by my colleagues
            """);
    }

    /// <summary>Declining the colleague offered for the dog lost the seat change asked in the same message.</summary>
    [Fact]
    public async Task Declining_the_colleague_for_one_request_goes_on_with_the_bots_own_requests()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je voyage avec mon chien et je veux changer de siège
            bot~ 🐾 Oui, les animaux peuvent voyager avec Nimbus Air.
            bot~ La place de votre animal est réservée par mes collègues
            choices: Oui | Non
            user: non
            bot: Pas de souci ! Dites-moi si je peux faire autre chose.
            bot: Voyons maintenant votre changement de siège.
            bot~ Quelle est votre référence de réservation ?
            """);
        Assert.Null(await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None));
    }

    [Fact]
    public async Task Accepting_the_colleague_hands_over_the_whole_message_and_the_bot_stays_quiet()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");
        await client.SendAsync("je voyage avec mon chien et je veux changer de siège");
        client.AssertReplyContains("🐾 Oui, les animaux peuvent voyager avec Nimbus Air.");
        client.AssertReplyContains("La place de votre animal est réservée par mes collègues");

        await client.SendAsync("oui");

        client.AssertReplyContains("J'ai transmis notre conversation à un conseiller");
        client.AssertNoMoreReplies();
        var handoff = await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None);
        Assert.Equal("je voyage avec mon chien et je veux changer de siège", handoff!.Note);
    }

    [Theory]
    [InlineData("en-US", "check in and change my seat to aisle", "seatChange|checkIn")]
    [InlineData("en-US", "flight status then check in please", "flightStatus|checkIn")]
    [InlineData("en-US", "what's the status of NM 202 and where is my bag", "flightStatus|lostBag")]
    [InlineData("en-US", "how many bags can I take and can I choose a window seat", "baggage|seatChange")]
    [InlineData("fr-FR", "statut du vol NM 202 et ma valise est perdue", "flightStatus|lostBag")]
    [InlineData("fr-FR", "enregistrement puis franchise bagages", "checkIn|baggage")]
    [InlineData("en-US", "hi! I'd like to check in and also get an aisle seat, thanks", "seatChange|checkIn")]
    [InlineData("fr-FR", "ma franchise bagages et mon vol est à l'heure ? réservation XYZ789", "baggage|flightStatus")]
    [InlineData("en-US", "I have booking ABC123 and I want to change my seat", null)] // the booking is the seat change's
    [InlineData("en-US", "my flight was cancelled and I want to speak to someone", "agent|flightStatus")] // a person first, with the whole message
    [InlineData("en-US", "what's the baggage allowance and can my dog travel in the cabin?", "assistance|baggage")]
    [InlineData("fr-FR", "je voyage avec mon chien et je veux changer de siège", "assistance|seatChange")]
    [InlineData("en-US", "my flight is tomorrow and I want to change my seat", null)] // a fact, not a request
    [InlineData("en-US", "I checked in and my seat is wrong", null)]
    [InlineData("en-US", "my bag and my coat are lost", null)] // one request said twice
    [InlineData("fr-FR", "mon vol est demain et je veux changer de place", null)]
    [InlineData("fr-FR", "bonjour et merci", null)]
    public void Requests_are_found_in_their_order_and_one_request_stays_one(string locale, string text, string? expected)
    {
        var requests = SeveralRequests.In(BrandIntents.Create(), text, locale);
        Assert.Equal(expected, requests is null ? null : string.Join('|', requests.Select(r => r.Intent)));
    }

    /// <summary>
    /// Every labelled utterance asks for one thing: none may be read as several, nor as a request for a person other than the
    /// one it makes (the held-out set is only counted, never shown).
    /// </summary>
    [Fact]
    public void No_labelled_single_request_is_read_as_several()
    {
        var intents = BrandIntents.Create();
        bool Changed(IntentAccuracyTests.Utterance u)
        {
            var locale = u.Language == "fr" ? "fr-FR" : "en-US";
            return SeveralRequests.In(intents, u.Text, locale) is { } requests
                && (requests.Count > 1 || requests[0].Intent != BrandIntents.RequestOf(intents.RecognizeAll(u.Text, locale), BrandIntents.MinScore));
        }
        Assert.Empty(IntentAccuracyTests.Load("utterances.tsv").Where(Changed).Select(u => u.Text));
        Assert.Equal(0, IntentAccuracyTests.Load("utterances-holdout.tsv").Count(Changed));
    }
    /// <summary>
    /// Asked for check-in's booking reference, "ABC123 and also change my seat" left the check-in for the seat change and
    /// the check-in was forgotten. The message answers the question too: both are taken, the seat first.
    /// </summary>
    [Fact]
    public async Task Another_request_with_the_answer_to_the_flow_s_question_keeps_the_flow()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: check in
            bot~ What's your booking reference?
            user: ABC123 and also change my seat
            bot: Sure, I'll take them one at a time, starting with your seat change.
            bot: Thanks! And the passenger's last name?
            user: Dupont
            bot~ I found your booking ABC123
            bot: You're in seat 23C on NM 1234.
            bot: Do you prefer a window or an aisle seat?
            user: aisle
            bot~ free aisle seats
            user: 8C
            bot: Move you from 23C to 8C?
            user: yes
            bot: Done ✅ Your seat is now 8C.
            bot: Now let's look at your check-in.
            bot: Shall I check in Marie Dupont on NM 1234 to Amsterdam, seat 8C?
            user: yes
            bot~ You're checked in ✅
            bot~ Anything else
            """);
        var booking = await bed.Airline.FindBookingAsync(new("ABC123", "Dupont"), CancellationToken.None);
        Assert.True(booking!.CheckedIn);
        Assert.Equal("8C", booking.Seat);
    }

    [Fact]
    public async Task En_francais_la_demande_en_cours_reste_quand_le_message_repond_aussi_a_sa_question()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: franchise bagages
            bot~ référence de réservation
            user: XYZ789 martin et aussi mon vol est à l'heure ?
            bot: Bien sûr, je les prends une par une, en commençant par votre question sur les bagages.
            bot~ j'ai trouvé votre réservation XYZ789
            bot~ Light
            bot: Voyons maintenant le statut du vol.
            bot~ Le vol NM 202 Lyon → Londres du samedi 14 mars est retardé
            bot~ autre chose
            """);
    }

    /// <summary>
    /// "actually wait, window seat please" at "Shall I check in …?" left the check-in for the seat change, asked again which
    /// booking it was, and the check-in was forgotten.
    /// </summary>
    [Fact]
    public async Task A_seat_change_asked_during_a_check_in_goes_first_on_the_same_booking_and_the_check_in_follows()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: hi i want to chek in
            bot~ What's your booking reference?
            user: ABC123 dupont
            bot~ I found your booking ABC123
            bot: Shall I check in Marie Dupont on NM 1234 to Amsterdam, seat 23C?
            user: actually wait, window seat please
            bot: Sure, I'll take them one at a time, starting with your seat change.
            bot: You're in seat 23C on NM 1234.
            bot: Here are some free window seats. Which one would you like? You can also type any free seat, like 14C. Seats with extra legroom: 12A, 13F.
            user: 12A
            bot: Move you from 23C to 12A?
            user: yes
            bot: Done ✅ Your seat is now 12A.
            bot: Now let's look at your check-in.
            bot: Shall I check in Marie Dupont on NM 1234 to Amsterdam, seat 12A?
            user: yes
            bot~ You're checked in ✅
            bot~ Anything else
            """);
        var booking = await bed.Airline.FindBookingAsync(new("ABC123", "Dupont"), CancellationToken.None);
        Assert.True(booking!.CheckedIn);
        Assert.Equal("12A", booking.Seat);
    }
}
