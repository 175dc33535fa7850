using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Tests.Brand;

/// <summary>The demo airline's rules on a real database: names as people type them, one seat per passenger, one passenger per seat.</summary>
public sealed class DemoAirlineTests
{
    [Theory]
    [InlineData("abc123", "dupont")]
    [InlineData(" ABC123 ", "DUPONT")]
    public async Task A_booking_opens_with_its_reference_and_the_last_name_as_typed(string reference, string name)
    {
        await using var bed = await AirlineTestBed.CreateAsync();

        var booking = await bed.Airline.FindBookingAsync(new BookingKey(reference, name), CancellationToken.None);

        Assert.Equal(("Marie", "23C", Fare.Standard), (booking!.FirstName, booking.Seat, booking.Fare));
    }

    [Fact]
    public async Task Names_match_without_accents_and_a_wrong_name_opens_nothing()
    {
        await using var bed = await AirlineTestBed.CreateAsync();

        Assert.Equal("Chloé", (await bed.Airline.FindBookingAsync(new("DEF456", "bernard"), CancellationToken.None))!.FirstName);
        Assert.Equal("Hugo", (await bed.Airline.FindBookingAsync(new("DEF456", "Petit"), CancellationToken.None))!.FirstName);
        Assert.Null(await bed.Airline.FindBookingAsync(new("DEF456", "Dupont"), CancellationToken.None));
        Assert.Null(await bed.Airline.FindBookingAsync(new("ZZZ999", "Dupont"), CancellationToken.None));
    }

    [Fact]
    public async Task Two_passengers_racing_for_one_seat_never_both_get_it()
    {
        await using var bed = await AirlineTestBed.CreateAsync();

        var results = await Task.WhenAll(
            bed.Airline.ChangeSeatAsync(new("DEF456", "Bernard"), "3A", CancellationToken.None),
            bed.Airline.ChangeSeatAsync(new("DEF456", "Petit"), "3A", CancellationToken.None));

        Assert.Single(results, r => r.Outcome == SeatChangeOutcome.Changed);
        var bernard = await bed.Airline.GetSeatMapAsync(new("DEF456", "Bernard"), CancellationToken.None);
        var petit = await bed.Airline.GetSeatMapAsync(new("DEF456", "Petit"), CancellationToken.None);
        Assert.NotEqual(bernard!.CurrentSeat, petit!.CurrentSeat);
        Assert.Contains("3A", new[] { bernard.CurrentSeat, petit.CurrentSeat });
    }

    [Fact]
    public async Task A_seat_of_another_cabin_is_unavailable_and_the_old_seat_stays()
    {
        await using var bed = await AirlineTestBed.CreateAsync();

        var result = await bed.Airline.ChangeSeatAsync(new("ABC123", "Dupont"), "2F", CancellationToken.None);

        Assert.Equal(SeatChangeOutcome.Unavailable, result.Outcome);
        Assert.Equal("23C", (await bed.Airline.GetSeatMapAsync(new("ABC123", "Dupont"), CancellationToken.None))!.CurrentSeat);
    }

    [Fact]
    public async Task Flights_follow_the_clock_boarding_then_departed_then_arrived()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var date = DateOnly.FromDateTime(AirlineTestBed.Now.Date);

        Assert.Equal(FlightState.OnTime, (await bed.Airline.GetFlightStatusAsync("NM880", date, CancellationToken.None))!.State);
        bed.Time.Advance(TimeSpan.FromMinutes(120)); // 12:00 in Paris, departure 12:30
        Assert.Equal(FlightState.Boarding, (await bed.Airline.GetFlightStatusAsync("NM 880", date, CancellationToken.None))!.State);
        bed.Time.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(FlightState.Departed, (await bed.Airline.GetFlightStatusAsync("nm880", date, CancellationToken.None))!.State);
        bed.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(FlightState.Arrived, (await bed.Airline.GetFlightStatusAsync("NM880", date, CancellationToken.None))!.State);
    }

    [Theory]
    [InlineData("is NM1234 late", "NM1234", null, null)]
    [InlineData("nm 880?", "NM880", null, null)]
    [InlineData("wats the staus of my flite nm 202", "NM202", null, null)]
    [InlineData("Nm 12 demain", "NM12", null, null)]
    [InlineData("see you at 10 on 15 march", null, null, null)]
    [InlineData("je pars le 16 en 2026", null, null, null)]
    [InlineData("nm880 today", "NM880", null, null)]
    [InlineData("my booking is xyz789", null, "XYZ789", null)]
    [InlineData("KL1234", "KL1234", null, null)]
    [InlineData("le 12 mars", null, null, null)]
    [InlineData("seat 14c please", null, null, "14C")]
    [InlineData("changer pour le 3 A", null, null, "3A")]
    [InlineData("abc-123", null, "ABC123", null)]
    [InlineData("my booking is xyz 789, thanks", null, "XYZ789", null)]
    [InlineData("réservation DEF 456", null, "DEF456", null)]
    [InlineData("I paid for 100 euros", null, null, null)]
    [InlineData("le vol 202 est en retard", "NM202", null, null)] // "flight 202" is ours, and not a reference
    [InlineData("is flight 202 late", "NM202", null, null)]
    [InlineData("flight no. 404", "NM404", null, null)]
    [InlineData("my flight 10 minutes late again", null, null, null)]
    [InlineData("un vol 2000 euros", null, null, null)]
    [InlineData("bag 23kg", null, null, null)]
    [InlineData("seat 12A please", null, null, "12A")]
    [InlineData("call me on tel 612 345 678", null, null, null)]
    [InlineData("abc 1234", null, null, null)]
    [InlineData("ab 123", null, null, null)]
    public void References_flight_numbers_and_seats_are_found_in_what_customers_write(string text, string? flight, string? reference, string? seat)
    {
        Assert.Equal(flight, AirlineEntities.FlightNumber(text));
        Assert.Equal(reference, AirlineEntities.BookingReference(text));
        Assert.Equal(seat, AirlineEntities.Seat(text));
    }

    [Theory]
    [InlineData("check me in for DEF456 bernard", "Bernard")]
    [InlineData("ABC123 name dupont please", "Dupont")]
    [InlineData("last name: le gall, booking ABC123", "Le Gall")]
    [InlineData("réservation abc 123 au nom de De La Fontaine", "De La Fontaine")]
    [InlineData("ABC123 le gall", null)]
    [InlineData("dupont ABC123", null)]
    [InlineData("my name is dupont", null)]
    [InlineData("ABC123 name please", null)]
    [InlineData("change the name on my booking ABC123", null)]
    public void A_last_name_is_read_with_the_reference_only_when_said_clearly(string text, string? name) =>
        Assert.Equal(name, AirlineEntities.LastNameWithReference(text, _ => false));
}
