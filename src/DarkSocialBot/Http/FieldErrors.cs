using Microsoft.AspNetCore.Http.HttpResults;

namespace DarkSocialBot.Http;

/// <summary>
/// The reasons a request's fields were refused, each with a stable code: the problem's <c>errors</c> (field: English reasons)
/// as before, and <c>errorCodes</c> (field: codes, in the same order), with <c>code</c> = <c>invalid_fields</c>.
/// </summary>
internal sealed class FieldErrors
{
    public const string Code = "invalid_fields";
    private readonly Dictionary<string, List<(string Code, string Message)>> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    public void Add(string field, string code, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        if (!list.Exists(e => e.Message == message)) list.Add((code, message));
    }

    /// <summary>Replaces what a field was refused for (one reason is enough: the filters say the last one found).</summary>
    public void Set(string field, string code, string message) => _errors[field] = [(code, message)];

    public Dictionary<string, string[]> Messages => _errors.ToDictionary(e => e.Key, e => e.Value.Select(v => v.Message).ToArray(), StringComparer.Ordinal);

    public Dictionary<string, string[]> Codes => _errors.ToDictionary(e => e.Key, e => e.Value.Select(v => v.Code).ToArray(), StringComparer.Ordinal);

    public ValidationProblem Problem(string? detail = null)
    {
        var extensions = ApiProblem.Extensions(Code);
        extensions["errorCodes"] = Codes;
        return TypedResults.ValidationProblem(Messages, detail, extensions: extensions);
    }

    public static FieldErrors One(string field, string code, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, code, message);
        return errors;
    }
}
