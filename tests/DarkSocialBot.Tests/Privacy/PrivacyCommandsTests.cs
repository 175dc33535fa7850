using DarkSocialBot.Privacy;

namespace DarkSocialBot.Tests.Privacy;

public sealed class PrivacyCommandsTests
{
    /// <summary>"forget it" at the seat list (never mind) asked whether to delete all the customer's data.</summary>
    [Theory]
    [InlineData("forget it", null)]
    [InlineData("oh just forget it", null)]
    [InlineData("forget that", null)]
    [InlineData("forget me", PrivacyCommands.Erase)]
    [InlineData("please forget me", PrivacyCommands.Erase)]
    [InlineData("delete my data", PrivacyCommands.Erase)]
    [InlineData("oubliez-moi", PrivacyCommands.Erase)]
    public void Never_mind_is_no_erasure_request(string text, string? expected) =>
        Assert.Equal(expected, PrivacyCommands.Recognize(text, text.StartsWith("oubliez", StringComparison.Ordinal) ? "fr-FR" : "en-US"));
}
