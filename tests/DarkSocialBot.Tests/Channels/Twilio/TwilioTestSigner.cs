using System.Security.Cryptography;
using System.Text;

namespace DarkSocialBot.Tests.Channels.Twilio;

/// <summary>Twilio's signature written the plain way (url + name + value, sorted ordinally), independent of the adapter's code.</summary>
public static class TwilioTestSigner
{
    public static string SigningString(string url, IEnumerable<(string Name, string Value)> form) =>
        url + string.Concat(form.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => p.Name + p.Value));

#pragma warning disable CA5350 // Twilio signs with HMAC-SHA1
    public static string Sign(string authToken, string signingString) =>
        Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(signingString)));
#pragma warning restore CA5350

    public static string Sign(string authToken, string url, IEnumerable<(string Name, string Value)> form) =>
        Sign(authToken, SigningString(url, form));
}
