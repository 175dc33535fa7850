using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Sitting together: asked in the customer's words ("next to my husband", "can we sit together?", « à côté de mon mari »,
/// « ensemble »), and the seats of a row that are side by side: letters that follow each other ("3A", "3B") with no aisle
/// between them (two aisle seats next in letters, like C and D, face each other across the aisle).
/// </summary>
internal static class SeatTogether
{
    private static readonly string[] Words = ["together", "ensemble", "cote-a-cote"];

    // Said of a person, unless a window or an aisle is named ("next to the window" is a window seat).
    private static readonly string[][] Phrases = [["next", "to"], ["sit", "with"], ["beside"], ["side", "by", "side"], ["a", "cote"], ["assis", "avec"], ["pres", "de"]];

    public static bool Asked(string? text)
    {
        var words = CustomerWords.Of(text).Select(w => TextFolding.Fold(w)).ToArray();
        return words.Any(Words.Contains)
            || (SeatPreference.In(text) is null
                && Phrases.Any(phrase => Enumerable.Range(0, Math.Max(0, words.Length - phrase.Length + 1)).Any(i => words.Skip(i).Take(phrase.Length).SequenceEqual(phrase))));
    }

    public static bool Adjacent(SeatInfo left, SeatInfo right) =>
        left.Row == right.Row && right.Letter == left.Letter + 1 && !(left.Position == SeatPosition.Aisle && right.Position == SeatPosition.Aisle);

    /// <summary>Whether these seats (all known) are one block of a row, side by side.</summary>
    public static bool SideBySide(SeatMap map, IEnumerable<string?> codes)
    {
        var seats = codes.Select(c => c is null ? null : map.Find(c)).ToList();
        if (seats.Any(s => s is null)) return false;
        var ordered = seats.OrderBy(s => s!.Row).ThenBy(s => s!.Letter).ToList();
        return ordered.Zip(ordered.Skip(1)).All(pair => Adjacent(pair.First!, pair.Second!));
    }

    /// <summary>
    /// Blocks of <paramref name="size"/> seats side by side that the booking's passengers can have: each seat free or already
    /// one of theirs. Fewest moves first, then extra legroom, then the front of the cabin.
    /// </summary>
    public static IEnumerable<IReadOnlyList<SeatInfo>> Blocks(SeatMap map, int size)
    {
        var theirs = map.Passengers.Select(p => p.Seat).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Available(SeatInfo seat) => seat.Free || theirs.Contains(seat.Code);
        var blocks = new List<IReadOnlyList<SeatInfo>>();
        foreach (var row in map.Seats.GroupBy(s => s.Row))
        {
            var seats = row.OrderBy(s => s.Letter).ToList();
            for (var i = 0; i + size <= seats.Count; i++)
            {
                var block = seats.GetRange(i, size);
                if (block.All(Available) && block.Zip(block.Skip(1)).All(pair => Adjacent(pair.First, pair.Second))) blocks.Add(block);
            }
        }
        return blocks.OrderBy(b => b.Count(s => !theirs.Contains(s.Code))).ThenByDescending(b => b.All(s => s.ExtraLegroom)).ThenBy(b => b[0].Row);
    }

    /// <summary>Who goes where in a block: a passenger already in one of its seats keeps it, the others take the rest in order.</summary>
    public static IReadOnlyList<(SeatedPassenger Passenger, string Seat)> Assign(IReadOnlyList<SeatedPassenger> passengers, IReadOnlyList<string> block)
    {
        var staying = passengers.Where(p => p.Seat is not null && block.Contains(p.Seat, StringComparer.OrdinalIgnoreCase)).ToList();
        var left = new Queue<string>(block.Where(code => !staying.Any(p => string.Equals(p.Seat, code, StringComparison.OrdinalIgnoreCase))));
        return [.. passengers.Select(p => staying.Contains(p) ? (p, p.Seat!) : (p, left.Dequeue()))];
    }

    public static string Name(SeatedPassenger passenger) => $"{passenger.FirstName} {passenger.LastName}";

    /// <summary>Whether two passengers share a last name: the booking then opens on one of them only, so neither can be moved from here.</summary>
    public static bool SharedLastName(IReadOnlyList<SeatedPassenger> passengers) =>
        passengers.Select(p => TextFolding.Fold(p.LastName.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal))).Distinct().Count() < passengers.Count;
}
