using System.Text.RegularExpressions;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>Words that say a bag arrived damaged rather than not at all, in English and French.</summary>
internal static partial class BagDamage
{
    public static bool Said(string? text) => text is { Length: > 0 } && Words().IsMatch(TextPrefix.Cut(text, 1000));

    [GeneratedRegex(
        @"\b(?:damaged?|broken?|torn|ripped|smashed|cracked|dented|crushed|ab[iî]m[ée]e?s?|endommag[ée]e?s?|cass[ée]e?s?|d[ée]chir[ée]e?s?|fissur[ée]e?s?|enfonc[ée]e?s?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex Words();
}
