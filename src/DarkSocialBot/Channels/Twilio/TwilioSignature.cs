using System.Security.Cryptography;
using System.Text;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// <c>X-Twilio-Signature</c> exactly as Twilio computes it (channels.md §1): the full URL, then every parameter name
/// in ordinal order followed by its decoded value (repeated keys: distinct values, sorted, like twilio-node; empty
/// values kept), HMAC-SHA1 with the Auth Token, Base64. JSON bodies sign the URL alone and carry their SHA-256 in
/// the <c>bodySHA256</c> query parameter. Comparisons are constant-time.
/// </summary>
public static class TwilioSignature
{
    public const string Header = "X-Twilio-Signature";

    public static string SigningString(string url, IEnumerable<KeyValuePair<string, List<string>>> parameters)
    {
        var builder = new StringBuilder(url);
        foreach (var (name, values) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            foreach (var value in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                builder.Append(name).Append(value);
        return builder.ToString();
    }

#pragma warning disable CA5350 // HMAC-SHA1 is what Twilio signs with; we verify, we do not choose.
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, List<string>>> parameters) =>
        Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(SigningString(url, parameters))));
#pragma warning restore CA5350

    /// <param name="url">The URL Twilio called, built from configuration plus the request's path and query.</param>
    /// <param name="form">The decoded form parameters (ignored when the URL carries <c>bodySHA256</c>).</param>
    /// <param name="rawBody">The body bytes, hashed when the URL carries <c>bodySHA256</c>.</param>
    public static bool IsValid(string authToken, string? signature, string url, IReadOnlyDictionary<string, List<string>> form, ReadOnlySpan<byte> rawBody)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken)) return false;
        var bodyHash = TwilioUrl.QueryValue(url, "bodySHA256");
        IEnumerable<KeyValuePair<string, List<string>>> parameters = bodyHash is null ? form : [];
        var expected = Encoding.UTF8.GetBytes(signature);
        var valid = false;
        foreach (var candidate in TwilioUrl.Variants(url))
            valid |= CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(Compute(authToken, candidate, parameters)));
        if (bodyHash is null) return valid;
        var actualHash = Convert.ToHexStringLower(SHA256.HashData(rawBody));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actualHash), Encoding.ASCII.GetBytes(bodyHash.ToLowerInvariant())) && valid;
    }
}
