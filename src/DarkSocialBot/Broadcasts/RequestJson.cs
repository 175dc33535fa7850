using System.Text.Json;
using System.Text.Json.Serialization;

namespace DarkSocialBot.Broadcasts;

/// <summary>Reads an admin request body, turning every way it can be wrong into a 400 problem with the reason.</summary>
internal static class RequestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new OffsetRequiredConverter(), new Http.NoNulStringConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, Http.ApiProblem.Of(StatusCodes.Status400BadRequest, "json_required", "Send a JSON body with Content-Type: application/json."));
        try
        {
            var value = await request.ReadFromJsonAsync<T>(Options, cancellationToken);
            return value is null ? (null, Http.ApiProblem.Of(StatusCodes.Status400BadRequest, "body_empty", "The body is empty.")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Http.ApiProblem.Of(StatusCodes.Status400BadRequest, "invalid_json", $"The body is not valid JSON for this request ({ex.Path}): {ex.Message}", new { path = ex.Path }));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Http.ApiProblem.Of(ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "body_too_large" : "bad_request", ex.Message));
        }
    }

    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, detail: Detail(errors), extensions: Http.ApiProblem.Extensions(Http.FieldErrors.Code));

    /// <summary>The same problem, with each reason's code (<c>errorCodes</c>) so a page can say it in the user's language.</summary>
    public static IResult Invalid(Http.FieldErrors errors) => errors.Problem(Detail(errors.Messages));

    private static string Detail(Dictionary<string, string[]> errors) => string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
}
