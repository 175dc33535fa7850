namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// How many segments an SMS takes, as carriers and Twilio count them (and a sender's messages-per-second limit counts
/// segments): GSM-7 text is 160 characters in one segment and 153 per segment beyond (the extension characters
/// <c>^{}\[~]|€</c> take two); any other character makes the whole text UCS-2, 70 UTF-16 units in one segment and 67 beyond.
/// French often is UCS-2: é, è, à, ù are GSM-7 but ê, â, î, ô, û, ç are not.
/// </summary>
public static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extension = "\f^{}\\[~]|€";

    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 1;
        var septets = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c)) septets++;
            else if (Extension.Contains(c)) septets += 2;
            else return Segments(text.Length, single: 70, each: 67);
        }
        return Segments(septets, single: 160, each: 153);
    }

    private static int Segments(int units, int single, int each) => units <= single ? 1 : (units + each - 1) / each;
}
