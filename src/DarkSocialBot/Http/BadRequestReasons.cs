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
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted) return false;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = bad.StatusCode, Detail = Reason(bad) },
        });
    }

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
            // Minimal APIs answer a body of the wrong media type with a bare 415, without an exception to read.
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
                context.ProblemDetails.Detail ??= "Send a JSON body with Content-Type: application/json.";
        });
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services.AddExceptionHandler<BadRequestReasons>();
    }
}
