using System.Globalization;
using System.Text.RegularExpressions;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Interruptions;

/// <summary>
/// "she's 6 kg with the carrier", « il fait 6 kg avec la caisse » at the offer of a colleague for a pet: compared with the
/// cabin limit the pet rules state (<c>travelInfo.pets</c>: 8 kg with its carrier), and said; the offer is then asked again.
/// It got "Sorry, I didn't get that".
/// </summary>
internal static partial class PetWeight
{
    public const double CabinKilos = 8;

    public static LocalizedText? Answer(string? text, TravelInfoTexts texts)
    {
        if (string.IsNullOrWhiteSpace(text) || Kilos().Match(text) is not { Success: true } match) return null;
        var kilos = double.Parse(match.Groups["kg"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        if (kilos is <= 0 or > 100) return null;
        return (kilos <= CabinKilos ? texts.PetWeightCabin : texts.PetWeightHold).Fill(("kg", match.Groups["kg"].Value));
    }

    [GeneratedRegex(@"(?<kg>\d{1,3}(?:[.,]\d)?)\s?(?:kg|kgs|kilos?|kilogrammes?|kilograms?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex Kilos();
}
