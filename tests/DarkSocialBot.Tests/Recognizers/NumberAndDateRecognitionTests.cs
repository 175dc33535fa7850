using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Tests.Recognizers;

public sealed class NumberAndDateRecognitionTests
{
    private static readonly DateTime Reference = new(2025, 3, 14, 10, 0, 0);

    [Theory]
    [InlineData("twenty two", "en-US", 22)]
    [InlineData("vingt-deux", "fr-FR", 22)]
    [InlineData("3,5", "fr-FR", 3.5)]
    [InlineData("3.5", "en-US", 3.5)]
    [InlineData("1,200", "en-US", 1200)]
    [InlineData("I have 2 bags", "en-GB", 2)]
    public void Numbers_are_read_in_the_customer_language(string text, string locale, double expected) =>
        Assert.Equal((decimal)expected, NumberRecognition.RecognizeNumber(text, locale));

    [Theory]
    [InlineData("")]
    [InlineData("no idea")]
    [InlineData("👍")]
    public void Text_without_a_number_gives_nothing(string text) => Assert.Null(NumberRecognition.RecognizeNumber(text, "en-US"));

    [Theory]
    [InlineData("the second one", "en-US", 2)]
    [InlineData("first", "en-US", 1)]
    [InlineData("last one", "en-US", 3)]
    [InlineData("le deuxième", "fr-FR", 2)]
    [InlineData("le dernier", "fr-FR", 3)]
    [InlineData("la première", "fr-FR", 1)]
    public void Ordinals_point_at_a_position(string text, string locale, int expected) =>
        Assert.Equal(expected, NumberRecognition.RecognizeOrdinal(text, locale, count: 3));

    [Fact]
    public void Ordinal_beyond_the_options_gives_nothing() => Assert.Null(NumberRecognition.RecognizeOrdinal("the fifth", "en-US", count: 3));

    [Theory]
    [InlineData("tomorrow at 5pm", "en-US", "2025-03-15T17:00")]
    [InlineData("demain à 17h", "fr-FR", "2025-03-15T17:00")]
    [InlineData("next monday", "en-US", "2025-03-17T00:00")]
    [InlineData("lundi prochain", "fr-FR", "2025-03-17T00:00")]
    [InlineData("at 9", "en-US", "2025-03-14T21:00")]
    public void Dates_are_read_relative_to_the_reference_time(string text, string locale, string expected)
    {
        var best = DateTimeRecognition.RecognizeBest(text, locale, Reference);

        Assert.NotNull(best);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), best.Value);
    }

    [Theory]
    [InlineData("à quelle heure part le vol ?", "fr-FR")]
    [InlineData("A quelle heure est l'embarquement", "fr-FR")]
    [InlineData("at what time does it leave?", "en-US")]
    public void A_question_of_time_names_no_date(string text, string locale) =>
        Assert.Empty(DateTimeRecognition.Recognize(text, locale, Reference));

    /// <summary>"third time this month" was read as the 1st of the month: a range longer than a day names no day.</summary>
    [Theory]
    [InlineData("NM 1234 is late again, third time this month", "en-US")]
    [InlineData("is my flight next week on time?", "en-US")]
    [InlineData("troisième retard ce mois-ci", "fr-FR")]
    public void A_range_longer_than_a_day_names_no_day(string text, string locale) =>
        Assert.Null(DateTimeRecognition.RecognizeBest(text, locale, Reference));

    [Theory]
    [InlineData("tonight", "en-US")]
    [InlineData("ce soir", "fr-FR")]
    public void A_part_of_a_day_still_names_that_day(string text, string locale) =>
        Assert.Equal(Reference.Date, (DateTimeRecognition.RecognizeBest(text, locale, Reference) is { } found ? found.Value ?? found.Start : null)?.Date);

    [Theory]
    [InlineData("à quelle heure part le vol demain ?", "fr-FR")]
    [InlineData("what time is the flight tomorrow?", "en-US")]
    public void A_question_of_time_keeps_the_day_it_names(string text, string locale) =>
        Assert.Equal(new DateTime(2025, 3, 15), DateTimeRecognition.RecognizeBest(text, locale, Reference)?.Value);

    /// <summary>« vendredi prochain » is the first Friday after today (the recognizer alone gives the Friday of next week).</summary>
    [Theory]
    [InlineData("2026-12-07", "vendredi prochain", "2026-12-11T00:00")]    // a Monday
    [InlineData("2026-12-10", "Vendredi prochain à 17h", "2026-12-11T17:00")]
    [InlineData("2026-12-11", "vendredi prochain", "2026-12-18T00:00")]    // a Friday: a week later
    [InlineData("2026-12-13", "mon vol de lundi prochain", "2026-12-14T00:00")]
    public void A_french_weekday_prochain_is_the_coming_one(string today, string text, string expected)
    {
        var reference = DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture).AddHours(10);

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTimeRecognition.RecognizeBest(text, "fr-FR", reference)?.Value);
    }

    [Fact]
    public void Ambiguous_time_keeps_every_reading_with_its_timex()
    {
        var all = DateTimeRecognition.Recognize("tomorrow at 5", "en-US", Reference);

        Assert.Equal(["2025-03-15T05", "2025-03-15T17"], all.Select(r => r.Timex));
    }

    [Fact]
    public void Very_long_text_is_cut_before_recognition()
    {
        var essay = string.Concat(Enumerable.Repeat("blah tomorrow 12 ", 400));

        var readings = DateTimeRecognition.Recognize(essay, "en-US", Reference);

        // Read whole, the essay's 400 dates give at least 400 readings; cut, only those of its start. Counted, not timed:
        // a wall-clock bound failed on a busy machine, and a fast one hid an uncut text.
        Assert.InRange(readings.Count, 1, 399);
    }
}
