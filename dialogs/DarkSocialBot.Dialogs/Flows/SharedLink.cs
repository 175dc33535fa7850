using System.Text.RegularExpressions;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// A link in a message ("https://…", "www.…"): what a friend sent in a private chat and the customer passes on, often alone. The
/// bot cannot open it; its words are not the customer's, so they do not make the message a question for a colleague.
/// </summary>
internal static partial class SharedLink
{
    public static bool In(string? text) => text is not null && Link().IsMatch(text);

    /// <summary>The message with its links taken out.</summary>
    public static string? Without(string? text) => text is null ? null : Link().Replace(text, " ");

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex Link();
}
