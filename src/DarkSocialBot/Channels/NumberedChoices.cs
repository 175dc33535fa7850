using System.Globalization;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Channels;

/// <summary>
/// Choices as numbered text, for channels without buttons (SMS, WhatsApp through Twilio, or too many choices for
/// buttons): "1. Yes / 2. No" under the text, and a reply "2" read back as the second choice's value.
/// </summary>
public static class NumberedChoices
{
    public static IReadOnlyList<OfferedChoice> From(SuggestedActions? actions) =>
        actions?.Actions is not { Count: > 0 } list
            ? []
            : [.. list.Select(a => new OfferedChoice(a.Title ?? a.Text ?? a.Value ?? "", a.Value ?? a.Title ?? a.Text ?? ""))
                .Where(c => c.Title.Length > 0)];

    public static string Render(string? text, IReadOnlyList<OfferedChoice> choices)
    {
        var builder = new StringBuilder(text?.TrimEnd());
        if (choices.Count == 0) return builder.ToString();
        if (builder.Length > 0) builder.Append("\n\n");
        for (var i = 0; i < choices.Count; i++)
            builder.Append(CultureInfo.InvariantCulture, $"{i + 1}. {choices[i].Title}").Append(i < choices.Count - 1 ? "\n" : "");
        return builder.ToString();
    }

    public static string Serialize(IReadOnlyList<OfferedChoice> choices) =>
        JsonSerializer.Serialize(choices.Select(c => new[] { c.Title, c.Value }));

    /// <summary>The choice a reply like "2", "2." or "#2" picks among those last offered, or null.</summary>
    public static OfferedChoice? Resolve(string? reply, string? offeredJson)
    {
        var digits = reply?.Trim().TrimStart('#').TrimEnd('.', ')');
        if (offeredJson is null || digits is not { Length: > 0 and <= 2 } || !digits.All(char.IsAsciiDigit)) return null;
        try
        {
            var offered = JsonSerializer.Deserialize<string[][]>(offeredJson);
            var index = int.Parse(digits, CultureInfo.InvariantCulture) - 1;
            return offered is not null && index >= 0 && index < offered.Length && offered[index] is [var title, var value]
                ? new OfferedChoice(title, value)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a reply like "2" as the second of the choices last offered to this customer as numbers: the activity's
    /// text becomes that choice's value (the typed text stays in channelData). Nothing changes otherwise.
    /// </summary>
    public static async Task ApplyAsync(Activity activity, ContactStore contacts, CancellationToken cancellationToken)
    {
        if (!MayBeNumber(activity.Text) || activity.ChannelId is null || activity.From?.Id is null) return;
        if (await contacts.FindAsync(activity.ChannelId, activity.From.Id, cancellationToken) is { OfferedChoices: { } offered }
            && Resolve(activity.Text, offered) is { } choice)
            activity.Text = choice.Value;
    }

    /// <summary>Whether the text is short enough to be a choice number (the only case worth a look-up).</summary>
    public static bool MayBeNumber(string? reply) => reply is { Length: > 0 and <= 6 } && reply.Any(char.IsAsciiDigit);
}

public sealed record OfferedChoice(string Title, string Value);
