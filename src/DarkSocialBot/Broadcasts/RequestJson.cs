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
            return (null, Results.Problem("Send a JSON body with Content-Type: application/json.", statusCode: StatusCodes.Status400BadRequest));
        try
        {
            var value = await request.ReadFromJsonAsync<T>(Options, cancellationToken);
            return value is null ? (null, Results.Problem("The body is empty.", statusCode: StatusCodes.Status400BadRequest)) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Results.Problem($"The body is not valid JSON for this request ({ex.Path}): {ex.Message}", statusCode: StatusCodes.Status400BadRequest));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Results.Problem(ex.Message, statusCode: ex.StatusCode));
        }
    }

    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, detail: string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))));
}
