namespace DarkSocialBot.Core.Privacy;

/// <summary>
/// Defuses CSV/formula injection (OWASP "CSV Injection"): a cell starting with '=', '+', '-', '@', tab or carriage return
/// (or their full-width forms) is prefixed with a single quote so spreadsheets show it as text ("=cmd|' /C calc'!A0" ->
/// "'=cmd|' /C calc'!A0"). Negative numbers in free text get the quote too; export numbers as numbers, not as free text.
/// </summary>
public static class CsvSafety
{
    /// <summary>The cell, made inert for spreadsheets; null gives "".</summary>
    public static string Neutralize(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return string.Empty;
        return IsDangerous(cell[0]) ? "'" + cell : cell;
    }

    /// <summary>A neutralised cell quoted per RFC 4180 when it holds a comma, a quote or a line break.</summary>
    public static string Field(string? cell)
    {
        var safe = Neutralize(cell);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }

    private static bool IsDangerous(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠';
}
