using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>Creates the database (and its folder) or applies pending migrations; WAL for SQLite.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (!options.IsPostgreSql)
        {
            var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (dataSource != ":memory:" && !string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // The migrations in Storage/Migrations are SQLite's; PostgreSQL gets the current model's schema directly.
            await db.Database.EnsureCreatedAsync(cancellationToken);
            return;
        }
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
