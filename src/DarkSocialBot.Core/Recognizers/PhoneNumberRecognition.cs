using System.Text.RegularExpressions;
using DarkSocialBot.Core.Localization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;
using PhoneNumbers;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>A phone number the customer wrote: as written, and in E.164 ("+33612345678").</summary>
public sealed record RecognizedPhoneNumber(string Text, string E164, string Region);

/// <summary>
/// Finds a phone number in any common writing and normalises it to E.164, national numbers read in the locale's region,
/// then in another region when one is known (the region of the number the customer writes from).
/// </summary>
public static partial class PhoneNumberRecognition
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly SequenceRecognizer Sequences = new(SequenceOptions.None); // one per process: see NumberRecognition

    public static RecognizedPhoneNumber? Recognize(string? text, string locale, string? otherRegion = null)
    {
        var clipped = TextNormalizer.Clip(text);
        if (clipped.Length == 0) return null;
        var region = Locales.Region(locale);
        return Recognize(clipped, region)
            ?? (otherRegion is not null && otherRegion != region ? Recognize(clipped, otherRegion) : null);
    }

    /// <summary>
    /// A number written the national way, with its trunk 0 and no country code ("06 12 34 56 78", "07400 123456"), which
    /// could be from any country: the customer is to say which.
    /// </summary>
    public static bool IsNationalNumber(string? text) => NationalPattern().IsMatch(TextNormalizer.Clip(text));

    // A 0 not after a digit or "+", then 8 to 12 more digits with spaces, dots, hyphens or brackets between them.
    [GeneratedRegex(@"(?<![\d+])\(?0(?:[ .\-()]{0,2}\d){8,12}(?![\d])", RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex NationalPattern();

    private static RecognizedPhoneNumber? Recognize(string clipped, string region)
    {
        foreach (var result in Sequences.GetPhoneNumberModel(Culture.English).Parse(clipped))
            if (Normalize(result.Text, region) is { } phone) return phone;
        foreach (var match in Phones.FindNumbers(clipped, region))
            if (Normalize(match.RawString, region) is { } phone) return phone;
        return null;
    }

    private static RecognizedPhoneNumber? Normalize(string candidate, string region)
    {
        try
        {
            var number = Phones.Parse(candidate, region);
            if (!Phones.IsValidNumber(number)) return null;
            return new RecognizedPhoneNumber(candidate, Phones.Format(number, PhoneNumberFormat.E164), Phones.GetRegionCodeForNumber(number));
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
