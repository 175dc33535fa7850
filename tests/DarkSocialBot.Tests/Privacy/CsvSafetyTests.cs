using DarkSocialBot.Core.Privacy;

namespace DarkSocialBot.Tests.Privacy;

public sealed class CsvSafetyTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("+33 6 12 34 56 78", "'+33 6 12 34 56 78")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("＝HYPERLINK(\"http://evil\")", "'＝HYPERLINK(\"http://evil\")")]
    public void Formula_cells_are_prefixed_with_a_quote(string cell, string expected) => Assert.Equal(expected, CsvSafety.Neutralize(cell));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE answers; --")]
    [InlineData("my friend told me")]
    [InlineData("a = b")]
    public void Other_cells_are_unchanged(string cell) => Assert.Equal(cell, CsvSafety.Neutralize(cell));

    [Fact]
    public void Fields_are_neutralised_then_quoted()
    {
        Assert.Equal("\"'=1+1,\"\"x\"\"\"", CsvSafety.Field("=1+1,\"x\""));
        Assert.Equal("\"line\nbreak\"", CsvSafety.Field("line\nbreak"));
        Assert.Equal("", CsvSafety.Field(null));
    }
}
