using DarkSocialBot.Attribution;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Tests.Attribution;

public sealed class CustomerKeysTests
{
    [Fact]
    public void Without_a_configured_key_one_is_generated_once_into_an_owner_only_file_and_reused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dsb-key-{Guid.NewGuid():N}", "pseudonym.key");
        try
        {
            var options = Options.Create(new AttributionOptions { PseudonymKeyFile = path });
            var first = new CustomerKeys(options, NullLogger<CustomerKeys>.Instance).Customer("sms", "+33612345678");
            var second = new CustomerKeys(options, NullLogger<CustomerKeys>.Instance).Customer("sms", "+33612345678");

            Assert.Equal(first, second);
            Assert.True(Convert.FromBase64String(File.ReadAllText(path)).Length >= 32);
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Pseudonyms_depend_on_the_key_and_differ_per_channel_and_between_customers_and_conversations()
    {
        var keys = new CustomerKeys(Options.Create(new AttributionOptions { PseudonymKey = AttributionHost.PseudonymKey }), NullLogger<CustomerKeys>.Instance);
        var other = new CustomerKeys(Options.Create(new AttributionOptions { PseudonymKey = Convert.ToBase64String(new byte[32]) }), NullLogger<CustomerKeys>.Instance);

        Assert.NotEqual(keys.Customer("sms", "+33612345678"), other.Customer("sms", "+33612345678"));
        Assert.NotEqual(keys.Customer("sms", "+33612345678"), keys.Customer("whatsapp", "+33612345678"));
        Assert.NotEqual(keys.Customer("sms", "+33612345678"), keys.Conversation("sms", "+33612345678"));
        Assert.DoesNotContain("3361", keys.Customer("sms", "+33612345678"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_configured_key_that_is_not_base64_of_32_bytes_is_refused(string key) =>
        Assert.False(AttributionOptions.HasValidKey(new AttributionOptions { PseudonymKey = key }));
}
