using System.Buffers.Text;
using System.Security.Cryptography;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Airline;

/// <summary>
/// The demo airline's flights and bookings, relative to now (day 0 is today in Paris): two flights later today (one delayed),
/// flights in the coming days (one cancelled), and five bookings to try every flow. Listed in the README.
/// </summary>
internal static class DemoAirlineData
{
    public const int Rows = 30;
    public const int BusinessRows = 4;
    private static readonly string[] AlwaysFree = ["7A", "8C", "9D", "12A", "14F", "2F", "3A"];
    private static readonly string[] AlwaysTaken = ["12F", "14A", "2D"];

    public static List<DemoFlight> Flights(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(Airports.Local("CDG", now));
        return
        [
            Scheduled("NM1234", "CDG", "AMS", today.AddDays(1), new TimeOnly(9, 25), TimeSpan.FromMinutes(85), "2F", "F32"),
            Scheduled("NM1234", "CDG", "AMS", today.AddDays(2), new TimeOnly(9, 25), TimeSpan.FromMinutes(85), "2F", "F30"),
            Scheduled("NM1235", "AMS", "CDG", today.AddDays(1), new TimeOnly(18, 10), TimeSpan.FromMinutes(80), "2", "D7"),
            Delayed(Relative("NM202", "LYS", "LHR", now + TimeSpan.FromHours(4), TimeSpan.FromMinutes(110), "1", "B12"), TimeSpan.FromMinutes(55)),
            Relative("NM880", "CDG", "BCN", now + TimeSpan.FromMinutes(150), TimeSpan.FromMinutes(105), "2E", "K41"),
            Cancelled(Scheduled("NM404", "NCE", "CDG", today.AddDays(2), new TimeOnly(7, 40), TimeSpan.FromMinutes(90), "2", "A4")),
            Scheduled("NM601", "CDG", "YUL", today.AddDays(3), new TimeOnly(13, 30), TimeSpan.FromHours(7.5), "2E", "M22"),
        ];
    }

    /// <summary>The bookings: reference, flight (the first of that number, so NM1234 is tomorrow's), cabin, fare, passengers and seats.</summary>
    public static IEnumerable<(string Reference, string Flight, Cabin Cabin, Fare Fare, (string First, string Last, string Seat)[] Passengers)> Bookings() =>
    [
        ("ABC123", "NM1234", Cabin.Economy, Fare.Standard, [("Marie", "Dupont", "23C")]),
        ("XYZ789", "NM202", Cabin.Economy, Fare.Light, [("Lucas", "Martin", "14C")]),
        ("DEF456", "NM601", Cabin.Business, Fare.Flex, [("Chloé", "Bernard", "2A"), ("Hugo", "Petit", "2C")]),
        ("GHI321", "NM880", Cabin.Economy, Fare.Standard, [("John", "Smith", "8F")]),
        ("JKL654", "NM404", Cabin.Economy, Fare.Standard, [("Sophie", "Leroy", "10D")]),
    ];

    /// <summary>A 30-row cabin (business rows 1-4), about 60% taken, with a few seats always free or taken so the README's examples work.</summary>
    public static IEnumerable<DemoSeat> Seats(DemoFlight flight, Random random)
    {
        for (var row = 1; row <= flight.Rows; row++)
        {
            foreach (var letter in "ABCDEF")
            {
                var code = $"{row}{letter}";
                var business = row <= flight.BusinessRows;
                var taken = !AlwaysFree.Contains(code) && (AlwaysTaken.Contains(code) || random.NextDouble() < (business ? 0.5 : 0.6));
                yield return new DemoSeat
                {
                    FlightId = flight.Id, Code = code, Row = row, Letter = letter.ToString(),
                    Cabin = business ? Cabin.Business : Cabin.Economy,
                    Position = letter is 'A' or 'F' ? SeatPosition.Window : letter is 'C' or 'D' ? SeatPosition.Aisle : SeatPosition.Middle,
                    ExtraLegroom = business || row is 5 or 12 or 13, Taken = taken,
                };
            }
        }
    }

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    private static DemoFlight Scheduled(string number, string from, string to, DateOnly date, TimeOnly at, TimeSpan duration, string terminal, string gate)
    {
        var departure = Airports.Instant(from, date.ToDateTime(at));
        return New(number, from, to, date, departure, duration, terminal, gate);
    }

    private static DemoFlight Relative(string number, string from, string to, DateTimeOffset departure, TimeSpan duration, string terminal, string gate)
    {
        var rounded = new DateTimeOffset(departure.UtcTicks - departure.UtcTicks % TimeSpan.FromMinutes(5).Ticks, TimeSpan.Zero);
        return New(number, from, to, DateOnly.FromDateTime(Airports.Local(from, rounded)), rounded, duration, terminal, gate);
    }

    private static DemoFlight New(string number, string from, string to, DateOnly date, DateTimeOffset departure, TimeSpan duration,
        string terminal, string gate) => new()
    {
        Number = number, Origin = from, Destination = to, Date = date, ScheduledDeparture = departure, ScheduledArrival = departure + duration,
        State = FlightState.OnTime, Terminal = terminal, Gate = gate, Rows = Rows, BusinessRows = BusinessRows,
    };

    private static DemoFlight Delayed(DemoFlight flight, TimeSpan delay)
    {
        flight.State = FlightState.Delayed;
        flight.EstimatedDeparture = flight.ScheduledDeparture + delay;
        return flight;
    }

    private static DemoFlight Cancelled(DemoFlight flight)
    {
        flight.State = FlightState.Cancelled;
        return flight;
    }
}
