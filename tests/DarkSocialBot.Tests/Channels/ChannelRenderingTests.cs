using DarkSocialBot.Channels;
using DarkSocialBot.Contacts;

namespace DarkSocialBot.Tests.Channels;

public sealed class ChannelRenderingTests
{
    [Fact]
    public void Split_keeps_words_whole_and_every_part_within_the_limit()
    {
        var text = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"word{i}"));

        var parts = TextSplitter.Split(text, 160);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 160));
        Assert.Equal(text, string.Join(' ', parts));
    }

    [Fact]
    public void Split_prefers_a_line_break_and_cuts_a_giant_word_without_breaking_a_surrogate_pair()
    {
        Assert.Equal(["first line here", "second"], TextSplitter.Split("first line here\nsecond", 20));
        var emoji = string.Concat(Enumerable.Repeat("😀", 10)); // 20 UTF-16 units, no spaces
        Assert.All(TextSplitter.Split(emoji, 7), p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Empty(TextSplitter.Split("   ", 10));
    }

    [Fact]
    public void Numbered_choices_render_under_the_text_and_resolve_by_number_only()
    {
        OfferedChoice[] choices = [new("Window", "WINDOW"), new("Aisle", "AISLE")];
        var offered = NumberedChoices.Serialize(choices);

        Assert.Equal("Seat?\n\n1. Window\n2. Aisle", NumberedChoices.Render("Seat?", choices));
        Assert.Equal("AISLE", NumberedChoices.Resolve("2", offered)?.Value);
        Assert.Equal("WINDOW", NumberedChoices.Resolve(" #1. ", offered)?.Value);
        Assert.Null(NumberedChoices.Resolve("3", offered));
        Assert.Null(NumberedChoices.Resolve("0", offered));
        Assert.Null(NumberedChoices.Resolve("2 bags", offered));
        Assert.Null(NumberedChoices.Resolve("2", null));
    }

    [Theory]
    [InlineData("STOP", false, ConsentKeyword.OptOut)]
    [InlineData(" stopall ", false, ConsentKeyword.OptOut)]
    [InlineData("Arrêt", false, ConsentKeyword.OptOut)]
    [InlineData("ARRET", false, ConsentKeyword.OptOut)]
    [InlineData("unsubscribe", false, ConsentKeyword.OptOut)]
    [InlineData("QUIT", true, ConsentKeyword.OptOut)]
    [InlineData("cancel", true, ConsentKeyword.OptOut)]
    [InlineData("cancel", false, ConsentKeyword.None)]
    [InlineData("STOP PLEASE", true, ConsentKeyword.None)]
    [InlineData("start", true, ConsentKeyword.OptIn)]
    [InlineData("Unstop", false, ConsentKeyword.OptIn)]
    [InlineData("YES", true, ConsentKeyword.OptIn)]
    [InlineData("yes", false, ConsentKeyword.None)]
    [InlineData("help", true, ConsentKeyword.Help)]
    [InlineData("INFO", false, ConsentKeyword.Help)]
    [InlineData("", true, ConsentKeyword.None)]
    public void Only_single_keyword_messages_count(string text, bool carrier, ConsentKeyword expected)
    {
        Assert.Equal(expected, OptOutKeywords.Classify(text, carrier));
    }

    [Theory]
    [InlineData("+14155550100", "+14155550100")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("+1", null)]
    [InlineData("14155550100", null)]
    [InlineData("whatever", null)]
    public void Phone_numbers_normalise_to_e164_or_null(string input, string? expected)
    {
        Assert.Equal(expected, E164.Normalize(input));
    }
}
