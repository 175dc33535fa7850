using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace DarkSocialBot.Http;

/// <summary>
/// A request the endpoints could not bind (a body that is not JSON or has a wrong type, a query value that is not a number)
/// gets a problem with the reason, instead of a bare "Bad Request". Minimal APIs throw these only with
/// <c>ThrowOnBadRequest</c> (set in <see cref="HttpExtensions"/>); a handled one is not logged as an error.
/// </summary>
internal sealed class BadRequestReasons(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted) return false;
        var (status, code, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.InnerException is JsonException ? "invalid_json" : Code(bad.StatusCode), Reason(bad)),
            // Reading JSON in a charset .NET does not know throws this (from the binder or ReadFromJsonAsync): the client's error.
            InvalidOperationException when UnknownCharset(httpContext.Request) is { } charset => (StatusCodes.Status415UnsupportedMediaType, "charset_unknown",
                $"The charset '{charset}' is not one this host reads: send the body as UTF-8 (Content-Type: application/json; charset=utf-8)."),
            _ => (0, null, null),
        };
        if (detail is null) return false;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Detail = detail, Extensions = { ["code"] = code } },
        });
    }

    /// <summary>The charset of the request's content type when .NET has no encoding by that name, else null.</summary>
    private static string? UnknownCharset(HttpRequest request)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) return null;
        var charset = Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(type.Charset).Value;
        if (string.IsNullOrWhiteSpace(charset)) return null;
        try
        {
            System.Text.Encoding.GetEncoding(charset);
            return null;
        }
        catch (ArgumentException)
        {
            return charset.Length <= 40 ? charset : charset[..40] + "…";
        }
    }

    private static string Code(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "body_too_large",
        StatusCodes.Status415UnsupportedMediaType => "json_required",
        _ => "bad_request",
    };

    private static string Reason(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException { Path: { Length: > 1 } path } => $"The body is not valid JSON for this request: the value at {path} has the wrong type or is malformed.",
        JsonException => "The body is not valid JSON for this request.",
        _ => bad.Message,
    };
}

internal static class HttpExtensions
{
    /// <summary>Problem details for every error, with the reason when a request could not be bound.</summary>
    public static IServiceCollection AddProblemReasons(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Detail is not null) return;
            if (BareReason(context.ProblemDetails.Status, context.HttpContext) is not { } bare) return;
            (context.ProblemDetails.Detail, context.ProblemDetails.Extensions["code"]) = bare;
        });
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services.AddExceptionHandler<BadRequestReasons>();
    }

    /// <summary>
    /// The reason of a refusal that comes without one: a path no endpoint matches (an id that is not a whole number), a method
    /// the path does not take, a body over the server's limit (the binder sets the status without an exception to read), or
    /// minimal APIs' bare 415 for a body of the wrong media type.
    /// </summary>
    private static (string Reason, string Code)? BareReason(int? status, HttpContext context) => status switch
    {
        StatusCodes.Status404NotFound when context.GetEndpoint() is null =>
            ("Nothing answers at this address: check the path and its values (an id is a whole number, a date is yyyy-MM-dd).", "no_such_address"),
        StatusCodes.Status404NotFound => ("Nothing was found at this address.", "not_found"),
        StatusCodes.Status405MethodNotAllowed => ($"This address does not take {context.Request.Method} requests.", "method_not_allowed"),
        StatusCodes.Status413PayloadTooLarge => ("The request body is larger than this endpoint accepts.", "body_too_large"),
        StatusCodes.Status415UnsupportedMediaType => ("Send a JSON body with Content-Type: application/json.", "json_required"),
        _ => null,
    };
}
