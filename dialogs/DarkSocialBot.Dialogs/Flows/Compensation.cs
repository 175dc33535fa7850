using System.Globalization;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// What EU rules (Regulation 261/2004) give for a flight, said after its status: a cancelled flight, or one expected 3 hours or
/// more late at arrival (the delay that counts; a flight may leave 3 h late and make up time, or leave 2 h 50 late and land
/// later still; without an arrival estimate, it lands as late as it leaves), may give a right to compensation, and a colleague is offered to file
/// the claim; a shorter delay does not, yet; no delay, nothing. The amounts are the regulation's bands (€250 to €600 by
/// distance); whether the cause was beyond the airline's control is for the colleague to check.
/// </summary>
internal static class Compensation
{
    private static readonly TimeSpan Threshold = TimeSpan.FromHours(3);

    /// <summary>The answer, and whether a claim may be made (then a colleague is offered).</summary>
    public static (LocalizedText Answer, bool Claim) For(FlightStatus flight, BrandTexts texts)
    {
        var facts = FlightFacts.Of(flight);
        if (flight.State == FlightState.Cancelled) return (texts.Compensation.Cancelled.Fill(facts), true);
        var delay = flight.ArrivalDelay;
        if (delay < TimeSpan.FromMinutes(1)) return (texts.Compensation.NoDelay.Fill(facts), false);
        (string, object?)[] withDelay = [.. facts, ("delay", Duration(delay))];
        return delay >= Threshold
            ? (texts.Compensation.Delayed.Fill(withDelay), true)
            : (texts.Compensation.ShortDelay.Fill(withDelay), false);
    }

    /// <summary>"55 min", "3 h 20 min": read alike in English and French.</summary>
    private static string Duration(TimeSpan delay)
    {
        var minutes = (int)Math.Round(delay.TotalMinutes);
        return minutes < 60
            ? $"{minutes} min"
            : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h{(minutes % 60 == 0 ? "" : $" {minutes % 60:00} min")}");
    }
}
