using System.Globalization;
using System.Net;
using System.Text;
using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Dialogs.Airline;
using QRCoder;

namespace DarkSocialBot.Airline;

/// <summary>
/// The boarding pass as a small printable page, labels in English and French, with the IATA bar-coded boarding pass data
/// (BCBP, format M) as a QR code to scan at the gate (IATA Resolution 792 allows QR on a phone's screen) and spelled out
/// under it. Every value is HTML-encoded.
/// </summary>
internal static class BoardingPassPage
{
    public static string Render(DemoPassenger passenger, string reference, Cabin cabin, FlightStatus flight, string seat, string? gate)
    {
        static string E(string? value) => WebUtility.HtmlEncode(value ?? "—");
        var name = $"{passenger.LastName.ToUpperInvariant()}/{passenger.FirstName.ToUpperInvariant()}";
        var departure = flight.EstimatedDeparture ?? flight.ScheduledDeparture;
        var boarding = flight.BoardingTime?.ToString("HH:mm", CultureInfo.InvariantCulture);
        var bcbp = Bcbp(name, reference, cabin, flight, seat);
        return $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Boarding pass {{E(flight.DisplayNumber)}}</title>
            <style>
              body{font-family:system-ui,sans-serif;background:#eef3f8;margin:0;padding:1.5rem}
              .pass{max-width:28rem;margin:auto;background:#fff;border-radius:1rem;box-shadow:0 2px 12px #0002;overflow:hidden}
              header{background:#00539f;color:#fff;padding:1rem 1.25rem;font-weight:600}
              .route{display:flex;justify-content:space-between;font-size:2rem;font-weight:700;padding:1rem 1.25rem 0}
              dl{display:grid;grid-template-columns:1fr 1fr;gap:.75rem 1rem;padding:1rem 1.25rem;margin:0}
              dt{font-size:.75rem;color:#667;text-transform:uppercase}dd{margin:0;font-weight:600}
              .code{display:block;width:min(16rem,80%);margin:0 auto .5rem;shape-rendering:crispEdges}
              code{display:block;padding:0 1.25rem 1.25rem;font-size:.7rem;word-break:break-all;color:#445}
            </style></head><body><article class="pass">
            <header>Nimbus Air · Boarding pass / Carte d'embarquement</header>
            <div class="route"><span>{{E(flight.Origin)}}</span><span>✈</span><span>{{E(flight.Destination)}}</span></div>
            <dl>
              <dt>Passenger / Passager</dt><dd>{{E(name)}}</dd>
              <dt>Flight / Vol</dt><dd>{{E(flight.DisplayNumber)}}</dd>
              <dt>Date</dt><dd>{{E(flight.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}}</dd>
              <dt>Departure / Départ</dt><dd>{{E(departure.ToString("HH:mm", CultureInfo.InvariantCulture))}}</dd>
              <dt>Boarding / Embarquement</dt><dd>{{E(boarding)}}</dd>
              <dt>Gate / Porte</dt><dd>{{E(gate ?? "Not yet known / Pas encore connue")}}</dd>
              <dt>Seat / Siège</dt><dd>{{E(seat)}}</dd>
              <dt>Group / Groupe</dt><dd>{{E(passenger.BoardingGroup)}}</dd>
              <dt>Booking / Réservation</dt><dd>{{E(reference)}}</dd>
            </dl>
            {{QrCode(bcbp)}}
            <code title="IATA BCBP">{{E(bcbp)}}</code>
            </article></body></html>
            """;
    }

    /// <summary>
    /// The mandatory items of an IATA BCBP (Resolution 792) string for one leg, 60 characters: name (Latin capitals, no accents),
    /// E-ticket flag, PNR, route, flight, date, compartment (J in Business, Y in Economy), seat.
    /// </summary>
    private static string Bcbp(string name, string reference, Cabin cabin, FlightStatus flight, string seat)
    {
        var dayOfYear = flight.Date.DayOfYear.ToString("000", CultureInfo.InvariantCulture);
        var number = flight.Number.Length > 2 ? flight.Number[2..].PadLeft(4, '0') : flight.Number;
        var seatField = seat.Length > 1 ? seat.PadLeft(4, '0') : "0000";
        var latin = new string([.. TextFolding.Fold(name).ToUpperInvariant().Where(c => c is (>= 'A' and <= 'Z') or '/' or ' ')]);
        var passenger = latin.Length > 20 ? latin[..20] : latin;
        var compartment = cabin == Cabin.Business ? 'J' : 'Y';
        return $"M1{passenger,-20}E{reference,-7}{flight.Origin}{flight.Destination}{flight.Number[..2],-3}{number} {dayOfYear}{compartment}{seatField}0001 100";
    }

    /// <summary>The QR code of <paramref name="data"/> as inline SVG: one unit square per dark module, quiet zone included.</summary>
    private static string QrCode(string data)
    {
        using var code = QRCodeGenerator.GenerateQrCode(data, QRCodeGenerator.ECCLevel.M);
        var modules = code.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < modules.Count; y++)
            for (var x = 0; x < modules[y].Count; x++)
                if (modules[y][x]) path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
        return $"""<svg class="code" role="img" aria-label="QR code / Code QR" viewBox="0 0 {modules.Count} {modules.Count}"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
    }
}
