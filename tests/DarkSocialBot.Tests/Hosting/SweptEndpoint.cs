using System.Text.RegularExpressions;
using DarkSocialBot.Core.Activities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>
/// One method of one endpoint as the host maps it (read from its <see cref="EndpointDataSource"/>, so a new endpoint is swept
/// without being listed anywhere), with what the API description knows of its body and query parameters.
/// </summary>
public sealed partial record SweptEndpoint(string Method, string Pattern, IReadOnlyList<RouteParameter> RouteParameters, bool Admin,
    Type? BodyType, bool BodyRequired, IReadOnlyList<(string Name, Type Type)> Query)
{
    public string Name => $"{Method} {Pattern}";

    public bool IsWebhook => Pattern is "/api/messages" or "/api/meta" || Pattern.StartsWith("/api/twilio", StringComparison.Ordinal);

    public bool CanHaveBody => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public static IReadOnlyList<SweptEndpoint> All(IServiceProvider services)
    {
        var descriptions = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items).ToList();
        var endpoints = new List<SweptEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            var admin = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;
            var parameters = endpoint.RoutePattern.Parameters.Select(p => new RouteParameter(p.Name,
                p.ParameterPolicies.Select(x => x.Content).FirstOrDefault(c => c is "long" or "int"))).ToList();
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var description = descriptions.FirstOrDefault(d => d.HttpMethod == method && Normalize(d.RelativePath) == Normalize(pattern));
                var body = description?.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body);
                var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
                var bodyType = body?.Type ?? accepts?.RequestType ?? (pattern == "/api/messages" ? typeof(Activity) : null);
                var required = body?.IsRequired ?? bodyType is not null;
                var query = description?.ParameterDescriptions.Where(p => p.Source == BindingSource.Query)
                    .Select(p => (p.Name, p.Type ?? typeof(string))).ToList() ?? [];
                endpoints.Add(new SweptEndpoint(method, pattern, parameters, admin, bodyType, required, query));
            }
        }
        return endpoints;
    }

    /// <summary>The path with each route value from <paramref name="value"/> (already escaped as it goes on the wire).</summary>
    public string Path(Func<string, string> value) =>
        RouteValueSlot().Replace(Pattern, m => value(m.Groups["name"].Value));

    private static string Normalize(string? path) => RouteConstraint().Replace("/" + (path ?? "").Trim('/'), "}").ToLowerInvariant();

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteValueSlot();

    [GeneratedRegex(@"(:[^}]*)?\??\}")]
    private static partial Regex RouteConstraint();
}

/// <summary>A route parameter and its numeric constraint (long, int), if any.</summary>
public sealed record RouteParameter(string Name, string? Number);
