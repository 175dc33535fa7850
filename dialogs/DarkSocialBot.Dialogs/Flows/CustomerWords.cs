namespace DarkSocialBot.Dialogs.Flows;

/// <summary>The words of a customer's message, lower case, without punctuation: for the flows' small word lists.</summary>
internal static class CustomerWords
{
    private static readonly char[] Separators = [' ', ',', '.', '!', '?', '\'', '’', '…', ';'];

    public static string[] Of(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
