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

    public static string? In(string? text)
    {
        var words = CustomerWords.Of(text);
        if (words.Any(WindowWords.Contains)) return Window;
        return words.Any(AisleWords.Contains) ? Aisle : null;
    }

    public static bool Matches(SeatInfo seat, string preference) => preference switch
    {
        Window => seat.Position == SeatPosition.Window,
        Aisle => seat.Position == SeatPosition.Aisle,
        _ => true,
    };

    public static LocalizedText Name(string preference, BrandTexts texts) => preference == Window ? texts.Names.Window : texts.Names.Aisle;
}
