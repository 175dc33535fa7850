using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Storage;

/// <summary><c>GET /healthz</c> answers from the database, not from the process being up.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Healthy_while_the_database_answers_and_503_with_a_reason_once_it_does_not()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        using (var healthy = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
            Assert.Equal("healthy", (await healthy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE inbox");

        using var unhealthy = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        var body = await unhealthy.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("database unreachable", body.GetProperty("reason").GetString());
    }
}
