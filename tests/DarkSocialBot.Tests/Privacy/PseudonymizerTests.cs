using System.Security.Cryptography;
using System.Text;
using DarkSocialBot.Core.Privacy;

namespace DarkSocialBot.Tests.Privacy;

public sealed class PseudonymizerTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("test-key-test-key-test-key-test-key!");

    [Fact]
    public void Pseudonym_is_stable_short_and_base32()
    {
        var pseudonymizer = new Pseudonymizer(Key);
        var first = pseudonymizer.Pseudonymize("whatsapp:+31612345678");
        Assert.Equal(first, new Pseudonymizer(Key).Pseudonymize("whatsapp:+31612345678"));
        Assert.Equal(Pseudonymizer.Length, first.Length);
        Assert.Matches("^[a-z2-7]{26}$", first);
    }

    [Fact]
    public void Pseudonym_is_the_truncated_hmac_sha256()
    {
        var mac = HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("user-1"));
        var expected = Base32(mac)[..Pseudonymizer.Length];
        Assert.Equal(expected, new Pseudonymizer(Key).Pseudonymize("user-1"));
    }

    [Fact]
    public void Different_keys_and_values_give_unrelated_pseudonyms()
    {
        var a = new Pseudonymizer(Key);
        var b = new Pseudonymizer(RandomNumberGenerator.GetBytes(32));
        Assert.NotEqual(a.Pseudonymize("user-1"), a.Pseudonymize("user-2"));
        Assert.NotEqual(a.Pseudonymize("user-1"), b.Pseudonymize("user-1"));
    }

    [Fact]
    public void Short_keys_are_refused_and_empty_values_stay_empty()
    {
        Assert.Throws<ArgumentException>(() => new Pseudonymizer(new byte[16]));
        Assert.Equal("", new Pseudonymizer(Key).Pseudonymize(null));
    }

    private static string Base32(byte[] data)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var bits = string.Concat(data.Select(b => Convert.ToString(b, 2).PadLeft(8, '0')));
        return string.Concat(Enumerable.Range(0, bits.Length / 5).Select(i => alphabet[Convert.ToInt32(bits.Substring(i * 5, 5), 2)]));
    }
}
