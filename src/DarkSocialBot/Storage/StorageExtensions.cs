using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Storage;

public static class StorageExtensions
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddPooledDbContextFactory<BotDbContext>((services, db) =>
        {
            var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (options.IsPostgreSql)
                db.UseNpgsql(options.ConnectionString);
            else
                db.UseSqlite(options.ConnectionString).AddInterceptors(new SqlitePragmas());
        });
        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext());
        builder.Services.AddSingleton<StorageWriter>();
        builder.Services.AddSingleton<SqlReads>();
        builder.Services.AddHostedService<SqliteCheckpointWorker>();
        return builder;
    }

    /// <summary>Creates the database (and its folder) or applies pending migrations: SQLite's (then WAL), or PostgreSQL's.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (options.IsPostgreSql)
        {
            await using var postgres = PostgreSqlMigrationContext.Create(options.ConnectionString);
            var database = postgres.Database;
            await database.OpenConnectionAsync(cancellationToken);
            try
            {
                // One host at a time for the whole run: EF's own lock covers one migration, so two hosts starting together
                // on an empty database both applied the second one.
                await database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(hashtext('darksocialbot.schema'))", cancellationToken);
                await AdoptSchemaWithoutHistoryAsync(postgres, cancellationToken);
                await database.MigrateAsync(cancellationToken);
            }
            finally
            {
                try
                {
                    await database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock_all()", CancellationToken.None);
                }
                catch (System.Data.Common.DbException)
                {
                    // A broken connection took its session, and the lock, with it.
                }
                await database.CloseConnectionAsync();
            }
            return;
        }
        var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (dataSource != ":memory:" && !string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// Until 2026-12-06 a PostgreSQL schema was made with <c>EnsureCreated</c>, which keeps no migrations history; migrating it
    /// would fail on tables that exist. That schema is the model of the first PostgreSQL migration, so it is recorded as
    /// applied, and later migrations run on it as usual. Schemas made before 2026-12-02 lack one index of that model (the
    /// outbox's pending rows per conversation), which is added. The caller holds the schema lock on the open connection.
    /// </summary>
    private static async Task AdoptSchemaWithoutHistoryAsync(PostgreSqlMigrationContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        var database = db.Database;
        var adopt = await database.SqlQueryRaw<bool>(
                "SELECT to_regclass('inbox') IS NOT NULL AND to_regclass('\"__EFMigrationsHistory\"') IS NULL AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!adopt) return;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await database.ExecuteSqlRawAsync(
            "CREATE INDEX IF NOT EXISTS \"IX_outbox_pending_conversation_key_id\" ON outbox (conversation_key, id) WHERE status = 0", cancellationToken);
        await database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        await database.ExecuteSqlRawAsync(
            history.GetInsertScript(new HistoryRow(database.GetMigrations().First(), ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
