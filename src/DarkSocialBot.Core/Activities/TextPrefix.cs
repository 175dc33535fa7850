namespace DarkSocialBot.Core.Activities;

/// <summary>Cuts a customer's or the bot's text to a length without splitting an emoji (a surrogate pair) in two.</summary>
public static class TextPrefix
{
    /// <returns>The text itself when it fits, else its first <paramref name="maxLength"/> UTF-16 units (one fewer when the last would be half a pair).</returns>
    public static string Cut(string text, int maxLength) =>
        text.Length <= maxLength ? text
        : text[..(maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];
}
