using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Brand;

/// <summary>Seat change on booking ABC123 (Marie Dupont, seat 23C on NM 1234 tomorrow): free seats by preference, validation, confirmation.</summary>
public sealed class SeatChangeTranscriptTests
{
    [Fact]
    public async Task Window_preference_shows_free_window_seats_and_the_chosen_seat_is_applied_after_confirmation()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I'd like to change my seat
            bot: What's your booking reference? It's the 6 letters and digits on your confirmation e-mail, like ABC123.
            user: ABC123
            bot: Thanks! And the passenger's last name?
            user: Dupont
            bot: Thanks Marie, I found your booking ABC123 ✅
            bot: You're in seat 23C on NM 1234.
            bot: Do you prefer a window or an aisle seat?
            choices: Window | Aisle | No preference
            user: window
            bot: Here are some free window seats. Which one would you like? You can also type any free seat, like 14C. Seats with extra legroom: 12A, 13F.
            choices: 12A | 13F | 6A | 7A | 11A | 11F
            user: 12A
            bot: Move you from 23C to 12A?
            choices: Yes | No
            user: yes
            bot: Done ✅ Your seat is now 12A.
            bot~ Anything else
            """);
        var map = await bed.Airline.GetSeatMapAsync(new("ABC123", "Dupont"), CancellationToken.None);
        Assert.Equal("12A", map!.CurrentSeat);
        Assert.True(map.Find("23C")!.Free);
    }

    /// <summary>
    /// John Smith (GHI321) is checked in: his boarding pass named the old seat, and the seat change said only "Done". The boarding
    /// pass with the new seat now comes with it.
    /// </summary>
    [Fact]
    public async Task A_passenger_already_checked_in_gets_the_boarding_pass_with_the_new_seat()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: change my seat GHI321
            bot~ last name
            user: smith
            bot~ I found your booking GHI321
            bot: You're in seat 8F on NM 880.
            bot~ window or an aisle
            user: aisle
            bot~ free aisle seats
            """);
        var seat = client.LastResult!.Responses[^1].SuggestedActions!.Actions[0].Title;
        await client.TranscriptAsync($"""
            user: {seat}
            bot: Move you from 8F to {seat}?
            choices: Yes | No
            """);
        await client.SendAsync("yes");
        var pass = client.NextReply();
        Assert.StartsWith($"Done ✅ Your seat is now {seat}. Here's your boarding pass with the new seat. Boarding pass: https://bot.example/boarding-pass/", pass.Text);
        var content = Assert.Single(pass.Attachments!).Content!.Value;
        Assert.Equal($"John Smith · seat {seat} · group 3", content.GetProperty("subtitle").GetString());
        client.AssertReplyContains("Anything else");
    }

    /// <summary>Extra legroom seats are listed first and named; in Business every seat has it, so none is named.</summary>
    [Fact]
    public async Task In_business_no_seat_is_named_for_its_legroom()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: change my seat DEF456
            bot~ last name
            user: bernard
            bot~ I found your booking DEF456
            bot: You're in seat 2A on NM 601.
            bot~ window or an aisle
            user: aisle
            bot: Here are some free aisle seats. Which one would you like? You can also type any free seat, like 14C.
            """);
    }

    /// <summary>A seat typed at "window or aisle?" got "Sorry, I didn't get that" again and again.</summary>
    [Fact]
    public async Task A_seat_typed_at_the_window_or_aisle_question_is_taken_and_a_taken_one_is_explained()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: changer de siège ABC123
            bot~ nom de famille
            user: Dupont
            bot~ j'ai trouvé votre réservation ABC123
            bot~ 23C
            bot~ hublot ou côté couloir
            user: 12F
            bot~ le siège 12F n'est pas libre
            user: 7A
            bot~ du siège 23C au siège 7A
            user: oui
            bot~ 7A
            bot~ autre chose
            """);
        Assert.Equal("7A", (await bed.Airline.GetSeatMapAsync(new("ABC123", "Dupont"), CancellationToken.None))!.CurrentSeat);
    }

    [Fact]
    public async Task A_taken_or_unknown_seat_is_explained_and_asked_again_and_no_keeps_the_old_seat()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: can I get an aisle seat? booking abc123
            bot: Thanks! And the passenger's last name?
            user: dupont
            bot~ I found your booking ABC123
            bot: You're in seat 23C on NM 1234.
            bot: Here are some free aisle seats. Which one would you like? You can also type any free seat, like 14C. Seats with extra legroom: 5C, 5D.
            user: 12F
            bot: Sorry, 12F isn't free. Please pick another one.
            user: 45A
            bot: There's no seat 45A in your cabin. Please pick another one.
            user: 8C
            bot: Move you from 23C to 8C?
            user: no
            bot: OK, I haven't changed anything.
            bot~ Anything else
            """);
        Assert.Equal("23C", (await bed.Airline.GetSeatMapAsync(new("ABC123", "Dupont"), CancellationToken.None))!.CurrentSeat);
    }

    [Fact]
    public async Task A_seat_taken_between_the_question_and_the_confirmation_is_explained_and_free_seats_are_offered_again()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        await client.TranscriptAsync("""
            user: change seat ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot~ seat 23C
            bot~ window or an aisle
            user: any
            bot~ Here are some free seats
            user: 7A
            bot: Move you from 23C to 7A?
            """);
        // Someone else takes 7A meanwhile.
        await using (var db = await bed.Db.CreateDbContextAsync())
            await db.Seats.Where(s => s.Code == "7A").ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, true));

        await client.TranscriptAsync("""
            user: yes
            bot: Sorry, 7A isn't free. Please pick another one.
            bot: You're in seat 23C on NM 1234.
            bot~ Here are some free seats
            """);
    }

    [Fact]
    public async Task En_francais_changer_de_siege_cote_hublot()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je veux changer de siège
            bot~ Quelle est votre référence de réservation ?
            user: abc123
            bot: Merci ! Et le nom de famille du passager ?
            user: dupont
            bot: Merci Marie, j'ai trouvé votre réservation ABC123 ✅
            bot: Vous êtes au siège 23C sur le vol NM 1234.
            bot: Préférez-vous un siège côté hublot ou côté couloir ?
            choices: Hublot | Couloir | Peu importe
            user: hublot
            bot: Voici quelques sièges côté hublot libres. Lequel voulez-vous ? Vous pouvez aussi écrire n'importe quel siège libre, par exemple 14C. Sièges avec plus d'espace pour les jambes : 12A, 13F.
            user: le 12A
            bot: Je vous déplace du siège 23C au siège 12A ?
            choices: Oui | Non
            user: oui
            bot: C'est fait ✅ Votre siège est désormais le 12A.
            bot~ autre chose
            """);
    }

    /// <summary>"no" at "which seat?" got "Please type a seat like 14C." again and again.</summary>
    [Theory]
    [InlineData("en-US", "window", "no", "OK, I haven't changed anything.")]
    [InlineData("en-US", "window", "none of them, I'll keep mine", "OK, I haven't changed anything.")]
    [InlineData("fr-FR", "hublot", "aucun", "D'accord, je n'ai rien changé.")]
    [InlineData("fr-FR", "non", "non", "D'accord, je n'ai rien changé.")] // « non » to "window or aisle?" prefers neither
    [InlineData("en-US", "no", "keep my seat", "OK, I haven't changed anything.")]
    public async Task No_at_the_seat_question_keeps_the_seat_the_customer_has(string locale, string preference, string no, string kept)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync("seat ABC123 Dupont");
        client.AssertReplyContains("ABC123");
        client.AssertReplyContains("23C");
        client.NextReply();
        await client.SendAsync(preference);
        client.NextReply();
        await client.SendAsync(no);

        client.AssertReply(kept);
        Assert.Equal("23C", (await bed.Airline.GetSeatMapAsync(new("ABC123", "Dupont"), CancellationToken.None))!.CurrentSeat);
    }

    /// <summary>« en fait non, couloir » at the list of window seats kept the old seat: the « non » was read as "none of them".</summary>
    [Theory]
    [InlineData("fr-FR", "hublot", "en fait non, couloir", "Voici quelques sièges côté couloir libres.", "8C", "Je vous déplace du siège 23C au siège 8C ?")]
    [InlineData("en-US", "aisle", "actually, window", "Here are some free window seats.", "12A", "Move you from 23C to 12A?")]
    [InlineData("en-US", "window", "no wait, aisle please", "Here are some free aisle seats.", "8C", "Move you from 23C to 8C?")]
    public async Task Changing_one_s_mind_at_the_list_of_seats_shows_the_other_kind(
        string locale, string first, string changed, string list, string seat, string confirm)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        await client.SendAsync("seat ABC123 Dupont");
        client.AssertReplyContains("ABC123");
        client.AssertReplyContains("23C");
        client.NextReply();
        await client.SendAsync(first);
        client.NextReply();

        await client.TranscriptAsync($"""
            user: {changed}
            bot~ {list}
            user: {seat}
            bot: {confirm}
            """);
    }

    /// <summary>"I want a window seat. Actually no, aisle." gave window seats: the correction wins, unless it is what is ruled out.</summary>
    [Theory]
    [InlineData("en-US", "I want a window seat. Actually no, aisle.", "free aisle seats")]
    [InlineData("en-US", "a window seat, not aisle", "free window seats")]
    [InlineData("fr-FR", "je voudrais une place fenêtre… non en fait couloir", "sièges côté couloir libres")]
    [InlineData("fr-FR", "un siège hublot plutôt que couloir", "sièges côté hublot libres")]
    public async Task A_corrected_seat_preference_takes_the_correction(string locale, string request, string seats)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ ABC123
            user: ABC123
            bot~ {(locale == "fr-FR" ? "nom de famille" : "last name")}
            user: Dupont
            bot~ ABC123 ✅
            bot~ 23C
            bot~ {seats}
            """);
    }
}
