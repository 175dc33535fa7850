using System.Net.Mail;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>Finds an e-mail address in a sentence ("c'est ana@exemple.fr merci"); the domain is lower-cased.</summary>
public static class EmailRecognition
{
    private static readonly SequenceRecognizer Sequences = new(SequenceOptions.None); // one per process: see NumberRecognition

    public static string? Recognize(string? text, string locale)
    {
        var clipped = TextNormalizer.Clip(text);
        if (clipped.Length == 0 || !clipped.Contains('@', StringComparison.Ordinal)) return null;
        foreach (var result in Sequences.GetEmailModel(Culture.English).Parse(clipped))
        {
            // The recognizer lower-cases; the local part is the customer's, so take it from the original text.
            var value = result.Start >= 0 && result.End < clipped.Length ? clipped[result.Start..(result.End + 1)] : result.Text;
            if (value is null || !MailAddress.TryCreate(value, out var address) || !address.Host.Contains('.', StringComparison.Ordinal)) continue;
            return $"{address.User}@{address.Host.ToLowerInvariant()}";
        }
        return null;
    }
}
