using DarkSocialBot.Dialogs.Airline;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// Sitting together on booking DEF456 (Chloé Bernard in 2A and Hugo Petit in 2C on NM 601, business): "I want to sit next
/// to my husband" got "You're in seat 2A on NM 601. Do you prefer a window or an aisle seat?", which ignored what was asked.
/// </summary>
public sealed class SeatTogetherTranscriptTests
{
    [Fact]
    public async Task Sit_next_to_my_husband_says_where_each_passenger_sits_offers_seats_side_by_side_and_moves_both()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want to sit next to my husband, booking DEF456 Bernard
            bot: Thanks Chloé, I found your booking DEF456 ✅
            bot: On NM 601: Chloé Bernard in 2A and Hugo Petit in 2C.
            bot: Here are free seats side by side in your cabin. Which would you like? You can also type one seat, and I'll take the free one next to it.
            choices: 1E + 1F | 2E + 2F | 3D + 3E | 3E + 3F | 4D + 4E
            user: 2B
            bot: Sorry, 2B isn't free. Please pick another one.
            user: 3A
            bot: Sorry, there's no free seat next to 3A. Please pick another one.
            user: 2E + 2F
            bot: Move Chloé Bernard to 2E and Hugo Petit to 2F?
            choices: Yes | No
            user: yes
            bot: Done ✅ You're sitting together now: Chloé Bernard in 2E and Hugo Petit in 2F.
            bot~ Anything else
            """);
        Assert.Equal("2E", await SeatOfAsync(bed, "Bernard"));
        Assert.Equal("2F", await SeatOfAsync(bed, "Petit"));
        var map = await bed.Airline.GetSeatMapAsync(new("DEF456", "Bernard"), CancellationToken.None);
        Assert.True(map!.Find("2A")!.Free);
        Assert.True(map.Find("2C")!.Free);
    }

    /// <summary>
    /// Passengers already checked in hold boarding passes with their old seats: after moving them together each gets the new
    /// one (as after a seat change of one passenger); they were sent nothing, and would have boarded with the old seats.
    /// </summary>
    [Theory]
    [InlineData("en-US", "seat us together DEF456 Bernard", "2E + 2F", "yes", "Here's Chloé Bernard's boarding pass with the new seat. Boarding pass: https://bot.example/boarding-pass/", "Here's Hugo Petit's boarding pass", "seat", "Anything else")]
    [InlineData("fr-FR", "on veut être côte à côte DEF456 Bernard", "2E + 2F", "oui", "Voici la carte d'embarquement de Chloé Bernard avec le nouveau siège. Carte d'embarquement : https://bot.example/boarding-pass/", "Voici la carte d'embarquement de Hugo Petit", "siège", "autre chose")]
    public async Task Passengers_already_checked_in_get_their_boarding_passes_with_the_new_seats(string locale, string ask, string seats, string yes,
        string firstPass, string secondPass, string seatWord, string anythingElse)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await using (var db = await bed.Db.CreateDbContextAsync()) // checked in already, though the demo opens it later
            await db.Passengers.Where(p => p.LastName == "Bernard" || p.LastName == "Petit").ExecuteUpdateAsync(p => p
                .SetProperty(x => x.CheckedInAt, AirlineTestBed.Now).SetProperty(x => x.BoardingPassToken, x => "token-" + x.LastName)
                .SetProperty(x => x.BoardingGroup, "1"));
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {ask}
            bot~ DEF456
            bot~ 2A
            bot~ {(locale == "fr-FR" ? "côte à côte" : "side by side")}
            choices: 1E + 1F | 2E + 2F | 3D + 3E | 3E + 3F | 4D + 4E
            user: {seats}
            bot~ 2F
            """);
        await client.SendAsync(yes);
        client.AssertReplyContains("2E");
        var chloe = client.NextReply();
        Assert.StartsWith(firstPass, chloe.Text);
        Assert.Equal($"Chloé Bernard · {seatWord} 2E · {(locale == "fr-FR" ? "groupe" : "group")} 1", Assert.Single(chloe.Attachments!).Content!.Value.GetProperty("subtitle").GetString());
        var hugo = client.NextReply();
        Assert.StartsWith(secondPass, hugo.Text);
        Assert.Contains("Hugo Petit · " + seatWord + " 2F", Assert.Single(hugo.Attachments!).Content!.Value.GetProperty("subtitle").GetString());
        client.AssertReplyContains(anythingElse);
    }

    [Fact]
    public async Task En_francais_a_cote_de_mon_mari_un_siege_ecrit_prend_le_siege_libre_d_a_cote()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je voudrais être à côté de mon mari
            bot~ Quelle est votre référence de réservation ?
            user: DEF456
            bot: Merci ! Et le nom de famille du passager ?
            user: Bernard
            bot: Merci Chloé, j'ai trouvé votre réservation DEF456 ✅
            bot: Sur le vol NM 601 : Chloé Bernard au siège 2A et Hugo Petit au siège 2C.
            bot: Voici des sièges libres côte à côte dans votre cabine. Lesquels voulez-vous ? Vous pouvez aussi écrire un siège, et je prends le siège libre d'à côté.
            choices: 1E + 1F | 2E + 2F | 3D + 3E | 3E + 3F | 4D + 4E
            user: le 3F
            bot: Je déplace Chloé Bernard au siège 3E et Hugo Petit au siège 3F ?
            choices: Oui | Non
            user: oui
            bot: C'est fait ✅ Vous êtes maintenant côte à côte : Chloé Bernard au siège 3E et Hugo Petit au siège 3F.
            bot~ autre chose
            """);
        Assert.Equal("3E", await SeatOfAsync(bed, "Bernard"));
        Assert.Equal("3F", await SeatOfAsync(bed, "Petit"));
    }

    /// <summary>Only the passenger who is not yet beside the other moves: 2B freed up, Chloé goes there and Hugo keeps 2C.</summary>
    [Fact]
    public async Task A_free_seat_beside_a_passenger_moves_only_the_other_one_and_no_changes_nothing()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await FreeAsync(bed, "2B");
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: can we sit together? DEF456 Petit
            bot: Thanks Hugo, I found your booking DEF456 ✅
            bot: On NM 601: Hugo Petit in 2C and Chloé Bernard in 2A.
            bot~ Here are free seats side by side in your cabin.
            choices: 2A + 2B | 2B + 2C | 1E + 1F | 2E + 2F | 3D + 3E | 3E + 3F
            user: 2
            bot: Move Chloé Bernard to 2B?
            user: no
            bot: OK, I haven't changed anything.
            bot~ Anything else
            user: we'd like to sit together
            bot: Is this about your booking DEF456 (Paris → Montreal, Tuesday 17 March)?
            user: yes
            bot~ On NM 601
            bot~ Here are free seats side by side
            user: 2B + 2C
            bot: Move Chloé Bernard to 2B?
            user: yes
            bot: Done ✅ You're sitting together now: Hugo Petit in 2C and Chloé Bernard in 2B.
            bot~ Anything else
            """);
        Assert.Equal("2B", await SeatOfAsync(bed, "Bernard"));
        Assert.Equal("2C", await SeatOfAsync(bed, "Petit"));
    }

    [Theory]
    [InlineData("en-US", "can we sit together? DEF456 Bernard", "On NM 601: Chloé Bernard in 2A and Hugo Petit in 2B.", "You're already sitting side by side 😊", "Anything else")]
    [InlineData("fr-FR", "on peut être assis ensemble ? DEF456 Bernard", "Sur le vol NM 601 : Chloé Bernard au siège 2A et Hugo Petit au siège 2B.", "Vous êtes déjà assis côte à côte 😊", "autre chose")]
    public async Task Passengers_already_side_by_side_are_told_so(string locale, string request, string where, string already, string anythingElse)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await FreeAsync(bed, "2B");
        Assert.Equal(SeatChangeOutcome.Changed, (await bed.Airline.ChangeSeatAsync(new("DEF456", "Petit"), "2B", CancellationToken.None)).Outcome);
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ DEF456
            bot: {where}
            bot: {already}
            bot~ {anythingElse}
            """);
        Assert.Equal("2A", await SeatOfAsync(bed, "Bernard"));
    }

    /// <summary>A booking with one passenger: said politely, and a colleague offered for a companion on another booking.</summary>
    [Theory]
    [InlineData("en-US", "I want to sit next to my wife ABC123 Dupont", "Your booking ABC123 has only one passenger: Marie Dupont. If the person you're travelling with is on another booking, a colleague can help.",
        "A colleague can seat you together. Shall I connect you with one?", "yes", "passed our conversation to a colleague")]
    [InlineData("fr-FR", "je voudrais être à côté de ma femme ABC123 Dupont", "Votre réservation ABC123 ne compte qu'un passager : Marie Dupont. Si la personne qui voyage avec vous est sur une autre réservation, un conseiller peut vous aider.",
        "Un conseiller peut vous placer côte à côte. Voulez-vous que je vous mette en relation ?", "oui", "transmis notre conversation à un conseiller")]
    public async Task Sitting_together_on_a_booking_with_one_passenger_offers_a_colleague(string locale, string request, string alone, string offer, string yes, string connected)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ ABC123
            bot: {alone}
            bot: {offer}
            user: {yes}
            bot~ {connected}
            """);
        Assert.Equal("Seating", (await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None))!.Reason);
        Assert.Equal("23C", await SeatOfAsync(bed, "Dupont", "ABC123"));
    }

    /// <summary>
    /// Two passengers sharing a last name: the backend reaches a passenger by reference and last name, so it cannot tell them
    /// apart and moving one could move the other. Said honestly, nothing moved, a colleague offered.
    /// </summary>
    [Fact]
    public async Task Passengers_sharing_a_last_name_are_not_moved_and_a_colleague_is_offered()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await using (var db = await bed.Db.CreateDbContextAsync())
        {
            var booking = await db.Bookings.Where(b => b.Reference == "DEF456").Select(b => b.Id).SingleAsync();
            db.Passengers.Add(new() { BookingId = booking, FirstName = "Paul", LastName = "Petit" });
            await db.SaveChangesAsync();
        }
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: can we all sit together? DEF456 Bernard
            bot~ DEF456
            bot: On NM 601: Chloé Bernard in 2A, Hugo Petit in 2C and Paul Petit without a seat yet.
            bot: I can't move passengers who share a last name from here, sorry 🙏
            bot: A colleague can seat you together. Shall I connect you with one?
            user: no
            bot: No problem! Just tell me if there's anything else.
            bot~ Anything else
            """);
        Assert.Equal("2A", await SeatOfAsync(bed, "Bernard"));
        Assert.Equal("2C", await SeatOfAsync(bed, "Petit"));
    }

    /// <summary>A seat asked for "next to the window" is a window seat, not sitting together: the seat change is unchanged.</summary>
    [Fact]
    public async Task Next_to_the_window_is_still_a_window_seat()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I'd like a seat next to the window DEF456 Bernard
            bot~ I found your booking DEF456
            bot: You're in seat 2A on NM 601.
            bot~ Here are some free window seats.
            """);
    }

    private static async Task<string?> SeatOfAsync(AirlineTestBed bed, string lastName, string reference = "DEF456") =>
        (await bed.Airline.GetSeatMapAsync(new(reference, lastName), CancellationToken.None))!.CurrentSeat;

    private static async Task FreeAsync(AirlineTestBed bed, string seat)
    {
        await using var db = await bed.Db.CreateDbContextAsync();
        var flight = await db.Flights.Where(f => f.Number == "NM601").Select(f => f.Id).SingleAsync();
        await db.Seats.Where(s => s.FlightId == flight && s.Code == seat).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, false));
    }
}
