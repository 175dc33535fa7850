using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Tests.Recognizers;

public sealed class ConfirmAndChoiceRecognizerTests
{
    private static readonly Choice[] Bags =
    [
        new("cabin", new LocalizedText { ["en"] = "Cabin bag", ["fr"] = "Bagage cabine" }, ["carry-on", "hand luggage"]),
        new("checked", new LocalizedText { ["en"] = "Checked bag", ["fr"] = "Bagage en soute" }, ["hold"]),
        new("none", new LocalizedText { ["en"] = "No bag", ["fr"] = "Aucun bagage" }),
    ];

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes please!", true)]
    [InlineData("yeah", true)]
    [InlineData("yep", true)]
    [InlineData("sure", true)]
    [InlineData("ok", true)]
    [InlineData("okay", true)]
    [InlineData("Okey", true)]
    [InlineData("no problem", true)]
    [InlineData("👍", true)]
    [InlineData("👍🏽", true)]
    [InlineData("oui", true)]
    [InlineData("ouais", true)]
    [InlineData("d'accord", true)]
    [InlineData("D’accord !", true)]
    [InlineData("pas de souci", true)]
    [InlineData("no", false)]
    [InlineData("nope", false)]
    [InlineData("no thanks", false)]
    [InlineData("non", false)]
    [InlineData("non merci", false)]
    [InlineData("pas du tout", false)]
    [InlineData("👎", false)]
    [InlineData("nopee", false)]
    public void Confirm_reads_yes_and_no(string text, bool expected) => Assert.Equal(expected, ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("hmm I don't know")]
    [InlineData("dunno")]
    [InlineData("euh je sais pas")]
    [InlineData("je ne sais pas trop")]
    [InlineData("yes no")]
    [InlineData("il y a un problème")]
    [InlineData("🙂")]
    public void Confirm_gives_nothing_for_neither_or_both(string text) => Assert.Null(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("Cabin bag", "en-US", "cabin")]
    [InlineData("checked", "en-US", "checked")]
    [InlineData("cabin", "en-US", "cabin")]
    [InlineData("a carry-on", "en-US", "cabin")]
    [InlineData("in the hold", "en-US", "checked")]
    [InlineData("chekced", "en-US", "checked")]
    [InlineData("2", "en-US", "checked")]
    [InlineData("#3", "en-US", "none")]
    [InlineData("option 1", "en-US", "cabin")]
    [InlineData("n°2", "fr-FR", "checked")]
    [InlineData("the second one", "en-US", "checked")]
    [InlineData("the last one", "en-US", "none")]
    [InlineData("le deuxième", "fr-FR", "checked")]
    [InlineData("le dernier", "fr-FR", "none")]
    [InlineData("la première", "fr-FR", "cabin")]
    [InlineData("soute", "fr-FR", "checked")]
    [InlineData("aucun", "fr-FR", "none")]
    [InlineData("trois", "fr-FR", "none")]
    public void Choice_is_found_by_title_synonym_number_or_ordinal(string text, string locale, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Bags, locale)?.Value);

    [Theory]
    [InlineData("bag")]
    [InlineData("bagage")]
    [InlineData("7")]
    [InlineData("")]
    [InlineData("🧳")]
    public void Choice_gives_nothing_when_ambiguous_or_out_of_range(string text) => Assert.Null(ChoiceRecognizer.Recognize(text, Bags, "fr-FR"));

    /// <summary>"the 7:00 one" at "how did you hear about us?" picked its 7th option ("An ad"): a time of day is not an option's number.</summary>
    [Theory]
    [InlineData("the 7:00 one", "en-US")]
    [InlineData("at 2pm", "en-US")]
    [InlineData("the 3 pm one", "en-US")]
    [InlineData("celui de 7h", "fr-FR")]
    [InlineData("celui de 7h30", "fr-FR")]
    [InlineData("à 3 h", "fr-FR")]
    public void A_time_of_day_is_not_an_option_number(string text, string locale)
    {
        List<Choice> nine = [.. "Google,Instagram,Friend,Podcast,Article,Customer,Advert,Assistant,Other".Split(',').Select(t => new Choice(t, new LocalizedText(t)))];

        Assert.Null(ChoiceRecognizer.Recognize(text, nine, locale));
    }

    [Fact]
    public void Found_choice_explains_why_it_matched()
    {
        var found = ChoiceRecognizer.Recognize("chekced", Bags, "en-US");

        Assert.NotNull(found);
        Assert.Equal(1, found.Index);
        Assert.Contains("checked", found.Evidence, StringComparison.Ordinal);
    }
}
