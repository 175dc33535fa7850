using DarkSocialBot.Core.Localization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;
using PhoneNumbers;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>A phone number the customer wrote: as written, and in E.164 ("+33612345678").</summary>
public sealed record RecognizedPhoneNumber(string Text, string E164, string Region);

/// <summary>Finds a phone number in any common writing and normalises it to E.164, national numbers read in the locale's region.</summary>
public static class PhoneNumberRecognition
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly SequenceRecognizer Sequences = new(SequenceOptions.None); // one per process: see NumberRecognition

    public static RecognizedPhoneNumber? Recognize(string? text, string locale)
    {
        var clipped = TextNormalizer.Clip(text);
        if (clipped.Length == 0) return null;
        var region = Locales.Region(locale);
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
