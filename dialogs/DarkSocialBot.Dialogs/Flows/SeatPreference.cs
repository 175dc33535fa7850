using DarkSocialBot.Core.Localization;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>Window, aisle or any seat: said in the customer's words ("a window seat", "côté couloir") or picked from the options.</summary>
internal static class SeatPreference
{
    public const string Window = "window";
    public const string Aisle = "aisle";
    public const string Any = "any";

    private static readonly string[] WindowWords = ["window", "hublot", "fenetre", "fenêtre"];
    private static readonly string[] AisleWords = ["aisle", "couloir", "allee", "allée"];

    /// <summary>Words right before the second position named that keep the first: "window, not aisle", "window rather than aisle".</summary>
    private static readonly HashSet<string> KeepFirstWords = new(StringComparer.Ordinal) { "not", "than", "pas", "que", "qu" };

    /// <summary>
    /// The position the customer wants. Both named, the later one wins, since the customer corrected themselves ("I want a
    /// window seat. Actually no, aisle.", « fenêtre… non en fait couloir »), unless it is the one they rule out ("window, not
    /// aisle", « hublot plutôt que couloir »).
    /// </summary>
    public static string? In(string? text)
    {
        var words = CustomerWords.Of(text);
        var named = words.Select((word, i) => (i, Position: WindowWords.Contains(word) ? Window : AisleWords.Contains(word) ? Aisle : null))
            .Where(w => w.Position is not null).ToList();
        if (named.Count == 0) return null;
        var (last, position) = named[^1];
        if (named.All(n => n.Position == position)) return position;
        return last > 0 && KeepFirstWords.Contains(words[last - 1]) ? named.Last(n => n.Position != position).Position : position;
    }

    public static bool Matches(SeatInfo seat, string preference) => preference switch
    {
        Window => seat.Position == SeatPosition.Window,
        Aisle => seat.Position == SeatPosition.Aisle,
        _ => true,
    };

    public static LocalizedText Name(string preference, BrandTexts texts) => preference == Window ? texts.Names.Window : texts.Names.Aisle;
}
