namespace DarkSocialBot.Attribution;

/// <summary>Section <c>Attribution</c>: the key for customer pseudonyms.</summary>
public sealed class AttributionOptions
{
    public const string SectionName = "Attribution";

    /// <summary>
    /// Base64 of at least 32 random bytes (<c>openssl rand -base64 32</c>), the HMAC key of customer pseudonyms. Keep it apart
    /// from the data, never in appsettings.json (an environment variable or a secret store). Empty: a key is generated once
    /// into <see cref="PseudonymKeyFile"/>. Hosts sharing a database must share the key.
    /// </summary>
    public string? PseudonymKey { get; set; }

    /// <summary>Where the generated key is kept when <see cref="PseudonymKey"/> is empty (relative to the working directory).</summary>
    public string PseudonymKeyFile { get; set; } = "data/pseudonym.key";

    internal static bool HasValidKey(AttributionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PseudonymKey)) return !string.IsNullOrWhiteSpace(options.PseudonymKeyFile);
        Span<byte> bytes = stackalloc byte[256];
        return Convert.TryFromBase64String(options.PseudonymKey.Trim(), bytes, out var length) && length >= Core.Privacy.Pseudonymizer.MinKeyBytes;
    }
}
