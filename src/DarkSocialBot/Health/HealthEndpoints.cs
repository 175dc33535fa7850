using System.Data.Common;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Health;

public static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c>: 200 when the database answers a query on the schema, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (BotDbContext db, CancellationToken cancellationToken) =>
        {
            try
            {
                await db.Inbox.AnyAsync(cancellationToken); // a query that touches the schema; EF warns about an unordered First
                return Results.Ok(new { status = "healthy" });
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                return Results.Json(new { status = "unhealthy", reason = "database unreachable" }, statusCode: 503);
            }
        });
        return app;
    }
}
