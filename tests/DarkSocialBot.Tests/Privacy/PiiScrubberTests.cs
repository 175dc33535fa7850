using DarkSocialBot.Core.Privacy;

namespace DarkSocialBot.Tests.Privacy;

public sealed class PiiScrubberTests
{
    [Theory]
    [InlineData("call me on +33 6 12 34 56 78", "call me on [phone]")]
    [InlineData("mon numéro : 06.12.34.56.78 merci", "mon numéro : [phone] merci")]
    [InlineData("0612345678", "[phone]")]
    [InlineData("0033 6 12 34 56 78", "[phone]")]
    [InlineData("US (415) 555-0132 or 415-555-0132", "US [phone] or [phone]")]
    [InlineData("+1 415 555 0132", "[phone]")]
    [InlineData("+31 20 123 4567", "[phone]")]
    public void Phone_numbers_are_removed(string text, string expected) => Assert.Equal(expected, PiiScrubber.Scrub(text));

    [Theory]
    [InlineData("flight AF1234 on 12/03/2025 at 14:30, booking ABC123, 3 bags")]
    [InlineData("I paid 1 200 euros for 2 seats")]
    [InlineData("I'm Happy with the service")]
    [InlineData("I'm French and I love you")]
    [InlineData("this is great")]
    public void Ordinary_details_are_kept(string text) => Assert.Equal(text, PiiScrubber.Scrub(text));

    [Theory]
    [InlineData("mail me at jane.doe+travel@example.co.uk please", "mail me at [email] please")]
    [InlineData("JEAN@EXAMPLE.FR", "[email]")]
    public void Emails_are_removed(string text, string expected) => Assert.Equal(expected, PiiScrubber.Scrub(text));

    [Theory]
    [InlineData("Hi, I'm John Smith and I lost my bag", "Hi, I'm [name] and I lost my bag")]
    [InlineData("my name is jean dupont and my flight is late", "my name is [name] and my flight is late")]
    [InlineData("Bonjour, je m'appelle Marie-Claire Durand, vol AF12", "Bonjour, je m'appelle [name], vol AF12")]
    [InlineData("Mon nom de famille est Martin", "Mon nom de famille est [name]")]
    [InlineData("moi c'est Kevin", "moi c'est [name]")]
    [InlineData("this is Sarah from Leeds", "this is [name] from Leeds")]
    public void Introduced_names_are_removed(string text, string expected) => Assert.Equal(expected, PiiScrubber.Scrub(text));

    [Theory]
    [InlineData("my colleague Paul Martin told me", "my colleague [name] told me")]
    [InlineData("ma meilleure amie Léa m'a envoyé le lien", "ma meilleure amie [name] m'a envoyé le lien")]
    [InlineData("mon frère Hugo", "mon frère [name]")]
    [InlineData("ask him on @paul.martin_75!", "ask him on [handle]!")]
    public void People_the_customer_mentions_are_removed(string text, string expected) => Assert.Equal(expected, PiiScrubber.Scrub(text));

    [Theory]
    [InlineData("my friend told me on WhatsApp")]
    [InlineData("my sister WhatsApp'd me the link")]
    [InlineData("@SUM(1+1)")]
    public void A_relation_without_a_name_stays(string text) => Assert.Equal(text, PiiScrubber.Scrub(text));

    [Fact]
    public void Everything_at_once_and_bad_input()
    {
        Assert.Equal("I'm [name], [email], [phone]", PiiScrubber.Scrub("I'm Ana Lopez, ana@mail.com, +34 612 345 678"));
        Assert.Equal("", PiiScrubber.Scrub(null));
        Assert.Equal("😀", PiiScrubber.Scrub("😀"));
        Assert.Equal(5000, PiiScrubber.Scrub(new string('1', 5000)).Length);
    }
}
