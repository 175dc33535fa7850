using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Tests.Recognizers;

public sealed class ContactRecognitionTests
{
    [Theory]
    [InlineData("+33 6 12 34 56 78", "en-US", "+33612345678", "FR")]
    [InlineData("06 12 34 56 78", "fr-FR", "+33612345678", "FR")]
    [InlineData("c'est le 06.12.34.56.78", "fr", "+33612345678", "FR")]
    [InlineData("+31 20 123 4567", "nl-NL", "+31201234567", "NL")]
    [InlineData("020 123 4567", "nl-NL", "+31201234567", "NL")]
    [InlineData("call me on (415) 555-2671", "en-US", "+14155552671", "US")]
    public void Phone_numbers_are_normalised_to_e164(string text, string locale, string e164, string region)
    {
        var phone = PhoneNumberRecognition.Recognize(text, locale);

        Assert.NotNull(phone);
        Assert.Equal(e164, phone.E164);
        Assert.Equal(region, phone.Region);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tomorrow at 5pm")]
    [InlineData("12")]
    [InlineData("06 12")]
    public void Text_without_a_valid_phone_number_gives_nothing(string text) => Assert.Null(PhoneNumberRecognition.Recognize(text, "fr-FR"));

    [Theory]
    [InlineData("ana@exemple.fr", "ana@exemple.fr")]
    [InlineData("c'est Ana.Dupont@Exemple.FR, merci", "Ana.Dupont@exemple.fr")]
    [InlineData("my mail is bob+trips@mail.example.com", "bob+trips@mail.example.com")]
    public void Email_addresses_are_found_in_sentences(string text, string expected) =>
        Assert.Equal(expected, EmailRecognition.Recognize(text, "fr-FR"));

    [Theory]
    [InlineData("")]
    [InlineData("ana at exemple dot fr")]
    [InlineData("@")]
    [InlineData("ana@localhost")]
    public void Text_without_an_email_gives_nothing(string text) => Assert.Null(EmailRecognition.Recognize(text, "en-US"));
}
