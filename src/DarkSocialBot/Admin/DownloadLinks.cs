using DarkSocialBot.Http;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Admin;

/// <summary>
/// Short-lived signed links to one admin GET (<c>POST /api/admin/links</c>), so a browser can download a large export
/// straight to disk: a page cannot put the bearer key on a plain link, and fetching the file first holds all of it in the
/// page's memory. A link names its path and query, expires after a minute and carries an HMAC-SHA256 of both under the
/// admin key that asked for it, so it works on any host sharing the keys, and removing the key revokes its links.
/// </summary>
public static class DownloadLinks
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private const string Prefix = "/api/admin/";
    private const string Expires = "expires";
    /// <summary>The query parameter that carries a link's signature (the last one of its query).</summary>
    public const string Signature = "signature";

    public static RouteGroupBuilder MapDownloadLinks(this RouteGroupBuilder admin)
    {
        admin.MapPost("/links", (LinkRequest? body, HttpContext context, TimeProvider time, IOptionsMonitor<AdminOptions> options) =>
        {
            if (body?.Path is not { } target || !target.StartsWith(Prefix, StringComparison.Ordinal) || target.Length > 2000
                || target.Contains('#') || target.Contains($"{Signature}=", StringComparison.Ordinal) || target.Contains($"{Expires}=", StringComparison.Ordinal))
                return ApiProblem.Of(StatusCodes.Status400BadRequest, "link_path_invalid", $"path is an admin API path and query ({Prefix}…), without {Expires} or {Signature}.");
            if (KeyOf(context, options.CurrentValue.ApiKeys) is not { } key) return ApiProblem.Of(StatusCodes.Status403Forbidden, "link_needs_key", "Links are made with an admin API key.");
            // The path as the server will see it again (PathString's own escaping), the query as written.
            var question = target.IndexOf('?', StringComparison.Ordinal);
            var path = PathString.FromUriComponent(question < 0 ? target : target[..question]).ToUriComponent();
            var query = question < 0 ? "" : target[(question + 1)..];
            var expiresAt = time.GetUtcNow() + Lifetime;
            var unsigned = $"{path}?{(query.Length > 0 ? query + "&" : "")}{Expires}={expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
            return Results.Ok(new Link($"{unsigned}&{Signature}={Sign(key, unsigned)}", expiresAt));
        }).WithName("CreateDownloadLink").WithSummary("A link to one admin GET that works without the key for a minute (for browser downloads).");
        return admin;
    }

    /// <summary>The key index of a GET carrying a valid, unexpired signature for exactly its path and query, else null.</summary>
    internal static int? Verify(HttpRequest request, IReadOnlyList<string> keys, DateTimeOffset now)
    {
        if (!HttpMethods.IsGet(request.Method) || request.QueryString.Value is not { } query) return null;
        var at = query.LastIndexOf($"&{Signature}=", StringComparison.Ordinal);
        if (at < 0) return null;
        var unsigned = request.Path.ToUriComponent() + query[..at];
        var presented = query[(at + Signature.Length + 2)..];
        if (!long.TryParse(request.Query[Expires], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || now.ToUnixTimeSeconds() > expires || expires > (now + Lifetime).ToUnixTimeSeconds() + 5)
            return null;
        for (var i = 0; i < keys.Count; i++)
            if (!string.IsNullOrWhiteSpace(keys[i])
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(keys[i], unsigned)), Encoding.ASCII.GetBytes(presented)))
                return i;
        return null;
    }

    private static string Sign(string key, string unsigned) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(unsigned)));

    /// <summary>The admin key the caller authenticated with (links are signed with it); null for a caller that came by a link.</summary>
    private static string? KeyOf(HttpContext context, string[] keys) =>
        context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIndexClaim)?.Value is { } index
        && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < keys.Length
            ? keys[i]
            : null;

    public sealed record LinkRequest(string? Path);

    public sealed record Link(string Url, DateTimeOffset ExpiresAt);
}
