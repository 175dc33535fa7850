using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Storage;

/// <summary>Both providers' schemas come from migrations that cover the whole model, so a deploy can upgrade a database in place.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_and_postgres_migrations_each_cover_the_current_model()
    {
        using var sqlite = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = PostgreSqlMigrationContext.Create("Host=localhost;Database=unused");

        Assert.False(sqlite.Database.HasPendingModelChanges(), "The model changed: add a SQLite migration (see PostgreSqlMigrationContext).");
        Assert.False(postgres.Database.HasPendingModelChanges(), "The model changed: add a PostgreSQL migration (see PostgreSqlMigrationContext).");
        Assert.NotEqual(sqlite.Database.GetMigrations(), postgres.Database.GetMigrations());
    }

    [PostgresFact]
    public async Task Hosts_starting_together_on_an_empty_postgres_database_migrate_it_once_and_work()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = Host(database);
        await using var second = Host(database);

        // WebApplicationFactory starts the host (and migrates) on first use: both at once.
        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        await using var db = PostgreSqlMigrationContext.Create(database.ConnectionString);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        foreach (var client in clients)
        {
            using var health = await client.GetAsync("/healthz");
            Assert.True(health.IsSuccessStatusCode);
        }
    }

    [PostgresFact]
    public async Task A_postgres_schema_made_without_migrations_by_earlier_versions_is_adopted_and_keeps_its_data()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var earlier = PostgreSqlMigrationContext.Create(database.ConnectionString))
        {
            // What EnsureCreated made then: the first migration's model, with no history.
            await earlier.GetService<IMigrator>().MigrateAsync(earlier.Database.GetMigrations().First());
            await earlier.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"");
            // Versions before 2026-12-02 had no index on the outbox's pending rows.
            await earlier.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_outbox_pending_conversation_key_id\"");
            await earlier.Database.ExecuteSqlRawAsync(
                "INSERT INTO states (key, data, version, updated_at) VALUES ('kept', '\\x7b7d'::bytea, 3, 0)");
        }

        // Started twice: the second start finds the history the first one wrote.
        for (var start = 0; start < 2; start++)
        {
            await using var host = Host(database);
            host.CreateClient();
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            Assert.Equal(3, (await db.States.SingleAsync(s => s.Key == "kept")).Version);
        }
        await using var check = PostgreSqlMigrationContext.Create(database.ConnectionString);
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await check.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_outbox_pending_conversation_key_id'").SingleAsync());
    }

    private static BotHostFactory Host(PostgresDatabase database) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = database.ConnectionString,
    });
}
