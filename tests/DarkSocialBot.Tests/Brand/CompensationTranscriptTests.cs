using DarkSocialBot.Dialogs.Airline;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// "Am I entitled to compensation?" was read as a complaint (handed to a colleague with no answer) or, beside a delayed flight,
/// as its status only. The bot now gives the flight's status and what EU rules give for it: a cancelled flight or one 3 hours
/// late or more may give compensation, and a colleague is offered to file the claim; a shorter delay does not, yet.
/// </summary>
public sealed class CompensationTranscriptTests
{
    private const string Key = "test/conversations/conversation-1";

    [Fact]
    public async Task A_short_delay_is_said_not_to_qualify_yet_and_no_colleague_is_offered()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my flight NM 202 is delayed, am I entitled to compensation?
            bot~ ⏱️ NM 202 Lyon → London on Saturday 14 March is delayed
            bot: NM 202 is expected to arrive about 55 min late. EU compensation starts at 3 hours' delay at arrival, so this delay doesn't qualify for now 🙏 If it gets longer, just ask me again. From 2 hours' delay, our staff at the airport offer meals and refreshments.
            bot~ Anything else
            """);
        Assert.Null(await bed.Desk.FindOpenAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task Three_hours_late_may_be_compensated_and_a_colleague_files_the_claim()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await using (var db = await bed.Db.CreateDbContextAsync())
        {
            foreach (var flight in await db.Flights.Where(f => f.Number == "NM202").ToListAsync())
                (flight.EstimatedDeparture, flight.State) = (flight.ScheduledDeparture.AddMinutes(200), FlightState.Delayed);
            await db.SaveChangesAsync();
        }
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: is NM 202 on time?
            bot~ is delayed
            bot~ Anything else
            user: can I claim compensation?
            bot: NM 202 is expected to arrive about 3 h 20 min late. From 3 hours' delay at arrival, EU rules (Regulation 261/2004) may give you €250 to €600 per passenger depending on the distance, unless the cause was beyond our control (such as bad weather or an air traffic control strike).
            bot: A colleague can file your claim and check the amount for your trip. Shall I connect you?
            choices: Yes | No
            user: yes please
            bot~ I've passed our conversation to a colleague
            """);
        Assert.Equal("Claim", (await bed.Desk.FindOpenAsync(Key, CancellationToken.None))!.Reason);
    }

    /// <summary>
    /// EU261 counts the delay at arrival: a brand whose flight data has an arrival estimate was answered from the departure
    /// delay ("3 h 10 min late, may give you €250…" for a flight that makes up time and lands 2 h 40 min late, and the reverse).
    /// </summary>
    [Theory]
    [InlineData("en-US", 190, 160, "NM 202 is expected to arrive about 2 h 40 min late. EU compensation starts at 3 hours' delay at arrival, so this delay doesn't qualify for now", false)]
    [InlineData("en-US", 170, 195, "NM 202 is expected to arrive about 3 h 15 min late. From 3 hours' delay at arrival, EU rules (Regulation 261/2004) may give you €250 to €600", true)]
    [InlineData("fr-FR", 170, 195, "Le vol NM 202 devrait arriver avec environ 3 h 15 min de retard. À partir de 3 heures de retard à l'arrivée", true)]
    public async Task Compensation_is_decided_by_the_delay_at_arrival(string locale, int departureLate, int arrivalLate, string answer, bool claim)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await using (var db = await bed.Db.CreateDbContextAsync())
        {
            foreach (var flight in await db.Flights.Where(f => f.Number == "NM202").ToListAsync())
                (flight.EstimatedDeparture, flight.State) = (flight.ScheduledDeparture.AddMinutes(departureLate), FlightState.Delayed);
            await db.SaveChangesAsync();
        }
        var client = bed.Client(locale, airline: new ArrivalEstimates(bed.Airline, TimeSpan.FromMinutes(arrivalLate)));

        await client.TranscriptAsync($"""
            user: {(locale == "fr-FR" ? "NM 202 a du retard, j'ai droit à une indemnisation ?" : "NM 202 is late, am I entitled to compensation?")}
            bot~ ⏱️
            bot~ {answer}
            bot~ {(!claim ? "Anything else" : locale == "fr-FR" ? "Un conseiller peut déposer votre demande" : "A colleague can file your claim")}
            """);
    }

    /// <summary>A brand's backend whose flight data has an arrival estimate: the demo airline's flights, landing this late.</summary>
    private sealed class ArrivalEstimates(IAirlineBackend demo, TimeSpan late) : IAirlineBackend
    {
        public async Task<FlightStatus?> GetFlightStatusAsync(string flightNumber, DateOnly date, CancellationToken cancellationToken) =>
            await demo.GetFlightStatusAsync(flightNumber, date, cancellationToken) is { } flight
                ? flight with { EstimatedArrival = flight.ScheduledArrival + late }
                : null;

        public async Task<IReadOnlyList<FlightStatus>> FindFlightsAsync(string origin, string destination, DateOnly from, CancellationToken cancellationToken) =>
            [.. (await demo.FindFlightsAsync(origin, destination, from, cancellationToken)).Select(f => f with { EstimatedArrival = f.ScheduledArrival + late })];

        public Task<IReadOnlyList<DateOnly>> GetFlightDatesAsync(string flightNumber, DateOnly from, CancellationToken cancellationToken) =>
            demo.GetFlightDatesAsync(flightNumber, from, cancellationToken);
        public Task<IReadOnlyList<Airport>> GetAirportsAsync(CancellationToken cancellationToken) => demo.GetAirportsAsync(cancellationToken);
        public Task<Booking?> FindBookingAsync(BookingKey key, CancellationToken cancellationToken) => demo.FindBookingAsync(key, cancellationToken);
        public Task<SeatMap?> GetSeatMapAsync(BookingKey key, CancellationToken cancellationToken) => demo.GetSeatMapAsync(key, cancellationToken);
        public Task<SeatChangeResult> ChangeSeatAsync(BookingKey key, string seat, CancellationToken cancellationToken) =>
            demo.ChangeSeatAsync(key, seat, cancellationToken);
        public Task<CheckInResult> CheckInAsync(BookingKey key, CancellationToken cancellationToken) => demo.CheckInAsync(key, cancellationToken);
        public Task<BaggageAllowance?> GetBaggageAllowanceAsync(BookingKey key, CancellationToken cancellationToken) =>
            demo.GetBaggageAllowanceAsync(key, cancellationToken);
        public Task<BaggageAllowance> GetFareAllowanceAsync(Cabin cabin, Fare fare, CancellationToken cancellationToken) =>
            demo.GetFareAllowanceAsync(cabin, fare, cancellationToken);
        public Task<LostBagReport?> ReportLostBagAsync(LostBagRequest request, CancellationToken cancellationToken) =>
            demo.ReportLostBagAsync(request, cancellationToken);
    }

    [Fact]
    public async Task En_francais_un_vol_annule_trouve_par_la_reservation()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: mon vol est annulé, j'ai droit à une indemnisation ?
            bot: Quel est votre numéro de vol (par exemple NM 1234) ? Votre référence de réservation fonctionne aussi.
            user: JKL654 Leroy
            bot~ j'ai trouvé votre réservation JKL654
            bot~ ❌ Je suis vraiment désolé : le vol NM 404 Nice → Paris
            bot~ Votre vol ayant été annulé, la réglementation européenne (règlement 261/2004) peut vous donner droit à une indemnisation de 250 € à 600 €
            bot: Un conseiller peut déposer votre demande et vérifier le montant pour votre trajet. Voulez-vous que je vous mette en relation ?
            choices: Oui | Non
            user: non merci
            bot~ Pas de souci
            bot~ Puis-je faire autre chose
            """);
        Assert.Null(await bed.Desk.FindOpenAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task A_flight_without_delay_has_nothing_to_claim()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want compensation for NM 1234 tomorrow
            bot~ ✅ NM 1234 Paris → Amsterdam on Sunday 15 March is on time
            bot: NM 1234 has no delay at the moment, so there's no compensation to claim. If that changes, just ask me again.
            bot~ Anything else
            """);
    }
}
