namespace DarkSocialBot.Http;

/// <summary>
/// A refusal of the admin API: the English reason (<c>detail</c>) as before, and next to it a stable <c>code</c> (snake_case,
/// never reworded) with the values the reason names (<c>args</c>), so a page can say it in the user's language. Codes are
/// listed in README ("Error codes").
/// </summary>
internal static class ApiProblem
{
    public static IResult Of(int status, string code, string detail, object? args = null) =>
        Results.Problem(detail, statusCode: status, extensions: Extensions(code, args));

    public static Dictionary<string, object?> Extensions(string code, object? args = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (args is not null) extensions["args"] = args;
        return extensions;
    }
}
