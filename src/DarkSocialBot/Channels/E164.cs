using PhoneNumbers;

namespace DarkSocialBot.Channels;

/// <summary>E.164 normalisation with libphonenumber: only numbers written with their country code are accepted.</summary>
public static class E164
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>A number written the national way ("06 12 34 56 78") in <paramref name="region"/> (ISO 3166 code, e.g. FR), or with its country code.</summary>
    /// <returns>The number as E.164, or null when it is not a possible phone number there.</returns>
    public static string? Normalize(string? value, string region)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 32) return null;
        try
        {
            var number = Util.Parse(value, region);
            return Util.IsPossibleNumber(number) ? Util.Format(number, PhoneNumbers.PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <returns>The number as E.164 (<c>+14155550100</c>), or null when it is not a possible phone number.</returns>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !value.TrimStart().StartsWith('+') || value.Length > 32) return null;
        try
        {
            var number = Util.Parse(value, null);
            return Util.IsPossibleNumber(number) ? Util.Format(number, PhoneNumbers.PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
