using System.Runtime.CompilerServices;
using System.Text;
using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// Where a customer flies from and to, read from two places they name: city names in any language, without accents or
/// case ("paris", "Londres", "montreal"), or airport codes ("CDG"). The first named is the origin ("Paris Amsterdam",
/// "Paris to Amsterdam", « de Paris à Amsterdam »), unless the words around them say otherwise ("to Amsterdam from Paris",
/// « pour Amsterdam depuis Paris »). A city with several airports gives them all. A city whose name is also an everyday
/// word counts only with its capital ("Nice", not "have a nice day"). Where one place is enough (<c>onePlace</c>: a flight
/// status), a place named alone is the destination and every other airport an origin (<see cref="AnyOrigin"/>: "is the
/// flight to London on time?", « je pars pour Barcelone »), or, when the words say the flight leaves from it, the origin and
/// every other airport a destination (<see cref="AnyDestination"/>: "is the flight from Lyon on time?", « le vol de Lyon »).
/// </summary>
internal sealed record FlightRoute(IReadOnlyList<string> Origins, IReadOnlyList<string> Destinations, bool AnyOrigin = false,
    bool AnyDestination = false)
{
    private static readonly HashSet<string> FromWords = new(StringComparer.Ordinal) { "from", "de", "d", "depuis", "leaving", "departing" };
    private static readonly HashSet<string> ToWords = new(StringComparer.Ordinal) { "to", "à", "pour", "vers" };
    private static readonly HashSet<string> EverydayWords = new(StringComparer.Ordinal) { "nice" };

    public static FlightRoute? In(string? text, IReadOnlyList<Airport> airports, bool onePlace = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var clipped = text.Length > 1000 ? text[..1000] : text;
        var words = Words(clipped);
        var folded = Words(clipped, keepCase: true).Select((word, i) => EverydayWords.Contains(words[i]) && char.IsLower(word[0]) ? "" : TextFolding.Fold(words[i])).ToArray();
        // Each place named, where: the airports whose code or city name (in some language) the words spell.
        var index = Indexes.GetValue(airports, list => new PlaceIndex(list));
        var places = new List<(int At, string[] Codes)>();
        for (var i = 0; i < folded.Length; i++)
        {
            if (!index.FirstWords.Contains(folded[i])) continue; // most words start no place's name
            var codes = index.Names.Where(a => a.Names.Any(name => Spells(folded, i, name))).Select(a => a.Code).ToArray();
            if (codes.Length > 0 && !places.Any(p => p.Codes.SequenceEqual(codes))) places.Add((i, codes));
        }
        if (places is [var only] && onePlace)
        {
            string[] others = [.. airports.Select(a => a.Code).Except(only.Codes)];
            return From(words, only.At)
                ? new FlightRoute(only.Codes, others, AnyDestination: true)
                : new FlightRoute(others, only.Codes, AnyOrigin: true);
        }
        if (places is not [var first, var second, ..]) return null;
        var backwards = From(words, second.At) || (first.At > 0 && ToWords.Contains(words[first.At - 1]));
        return backwards ? new FlightRoute(second.Codes, first.Codes) : new FlightRoute(first.Codes, second.Codes);
    }

    /// <summary>Whether the words say the flight leaves from the place at <paramref name="at"/>: "from Lyon", « de Lyon », "out of Lyon".</summary>
    private static bool From(string[] words, int at) =>
        at > 0 && (FromWords.Contains(words[at - 1]) || (at > 1 && words[at - 2] == "out" && words[at - 1] == "of"));

    private static IEnumerable<string[]> Names(Airport airport) =>
        airport.City.Texts.Values.Append(airport.Code).Select(name => Words(name).Select(w => TextFolding.Fold(w)).ToArray()).Where(n => n.Length > 0);

    // Each airports list's names, split and folded once: routes are looked for in most messages the bot does not recognise.
    private static readonly ConditionalWeakTable<IReadOnlyList<Airport>, PlaceIndex> Indexes = new();

    private sealed class PlaceIndex(IReadOnlyList<Airport> airports)
    {
        public (string Code, string[][] Names)[] Names { get; } = [.. airports.Select(a => (a.Code, Names(a).ToArray()))];

        public HashSet<string> FirstWords { get; } = new(airports.SelectMany(a => Names(a)).Select(name => name[0]), StringComparer.Ordinal);
    }

    private static bool Spells(string[] words, int at, string[] name) =>
        at + name.Length <= words.Length && name.Select((word, i) => words[at + i] == word).All(same => same);

    /// <summary>Lower-case words, split on anything that is not a letter or digit ("Paris-Amsterdam", "d'Amsterdam").</summary>
    private static string[] Words(string text, bool keepCase = false)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in keepCase ? text : text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) { current.Append(c); continue; }
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
        if (current.Length > 0) words.Add(current.ToString());
        return [.. words];
    }
}
