using Microsoft.AspNetCore.Authentication;

namespace DarkSocialBot.Admin;

public static class AdminExtensions
{
    public const string Policy = "Admin";

    /// <summary>Bearer-key authentication and the <c>Admin</c> policy every admin endpoint requires; OpenAPI document.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireAuthenticatedUser());
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>The group under which every admin feature maps its endpoints (<c>/api/admin/...</c>).</summary>
    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/admin").RequireAuthorization(Policy).DisableAntiforgery().WithTags("Admin");
}
