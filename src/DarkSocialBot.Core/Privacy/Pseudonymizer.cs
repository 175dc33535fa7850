using System.Security.Cryptography;
using System.Text;

namespace DarkSocialBot.Core.Privacy;

/// <summary>
/// Keyed pseudonyms for user ids and phone numbers in exports: HMAC-SHA256(key, UTF-8 value), base32 (RFC 4648 alphabet,
/// lower case, no padding), truncated to <see cref="Length"/> characters = 130 bits. Stable for a key, unlinkable without it;
/// keep the key apart from the data (GDPR: pseudonymised data is still personal data). Normalise the input first (E.164 for
/// phone numbers, the channel's id as is). Stateless after construction and thread-safe.
/// </summary>
public sealed class Pseudonymizer
{
    /// <summary>26 base32 characters = 130 bits of the 256-bit MAC: collision-free for any realistic number of users.</summary>
    public const int Length = 26;
    public const int MinKeyBytes = 32;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private readonly byte[] _key;

    public Pseudonymizer(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinKeyBytes) throw new ArgumentException($"The pseudonymisation key needs at least {MinKeyBytes} bytes.", nameof(key));
        _key = key.ToArray();
    }

    /// <summary>A key from configuration, base64-encoded (e.g. <c>openssl rand -base64 32</c>).</summary>
    public static Pseudonymizer FromBase64(string key) => new(Convert.FromBase64String(key));

    /// <summary>The pseudonym of a value; empty for null or empty input.</summary>
    public string Pseudonymize(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var bytes = Encoding.UTF8.GetBytes(value);
        HMACSHA256.HashData(_key, bytes, mac);
        return Base32(mac, Length);
    }

    private static string Base32(ReadOnlySpan<byte> data, int length) => string.Create(length, data.ToArray(), (chars, bytes) =>
    {
        int buffer = 0, bits = 0, index = 0, c = 0;
        while (c < chars.Length)
        {
            if (bits < 5)
            {
                buffer = (buffer << 8) | bytes[index++];
                bits += 8;
            }
            bits -= 5;
            chars[c++] = Alphabet[(buffer >> bits) & 31];
        }
    });
}
