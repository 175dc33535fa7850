using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Tests.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("D'accord, c'est TRÈS bien !", "d accord c est tres bien")]
    [InlineData("👍🏽 ok", "👍 ok")]
    [InlineData("  ", "")]
    public void Text_is_lower_cased_unaccented_and_split_into_words(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("agent", "agnet", true)]
    [InlineData("agent", "agents", true)]
    [InlineData("window", "windwo", true)]
    [InlineData("bagage", "bagae", true)]
    [InlineData("agent", "agency", false)]
    [InlineData("agent", "agen", false)]
    [InlineData("yes", "yse", false)]
    [InlineData("non", "nan", false)]
    // Four-letter words one edit apart are too often other words: what a customer chatting with the bot was misread as.
    [InlineData("lost", "cost", false)]
    [InlineData("late", "hate", false)]
    [InlineData("lied", "lien", false)]
    [InlineData("porte", "pote", false)]
    [InlineData("suis", "sais", false)]
    public void Fuzzy_equality_allows_one_edit_in_words_of_five_letters_or_more(string a, string b, bool expected) =>
        Assert.Equal(expected, TextNormalizer.FuzzyEquals(a, b));
}
