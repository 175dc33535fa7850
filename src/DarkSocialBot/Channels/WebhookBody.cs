using Microsoft.AspNetCore.Http.Features;

namespace DarkSocialBot.Channels;

/// <summary>Reads a webhook's raw body once, as bytes (signatures are computed over exactly these), refusing anything over a limit.</summary>
internal static class WebhookBody
{
    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/> (answer 413).</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }

    public static IResult TooLarge(int maxBytes) =>
        Results.Problem($"The request body is larger than {maxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);

    public static IResult ChannelOff(string channel, string settings) =>
        Results.Problem($"The {channel} channel is off: set {settings} to turn it on.", statusCode: StatusCodes.Status404NotFound,
            title: $"{channel} is not configured");
}
