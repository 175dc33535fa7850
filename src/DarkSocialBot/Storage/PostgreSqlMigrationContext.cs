using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Storage;

/// <summary>
/// The bot's model, for PostgreSQL's migrations (<c>Storage/Migrations/PostgreSql</c>). EF Core keeps one set of migrations
/// per context type, and the SQL of a migration is the provider's, so PostgreSQL has its own set beside SQLite's
/// (<c>Storage/Migrations</c>, on <see cref="BotDbContext"/>). The host uses this type only to migrate; everything else
/// goes through <see cref="BotDbContext"/>. A model change needs a migration in both sets:
/// <code>
/// dotnet ef migrations add Name --project src/DarkSocialBot --context BotDbContext --output-dir Storage/Migrations
/// dotnet ef migrations add Name --project src/DarkSocialBot --context PostgreSqlMigrationContext --output-dir Storage/Migrations/PostgreSql
/// </code>
/// </summary>
public sealed class PostgreSqlMigrationContext(DbContextOptions<PostgreSqlMigrationContext> options) : BotDbContext(options)
{
    /// <summary>
    /// For <c>dotnet ef</c> only: the PostgreSQL model without a server (adding a migration never connects). Not a design-time
    /// factory: <c>IDesignTimeDbContextFactory</c> is covariant, so one for this type would also be picked for <see cref="BotDbContext"/>.
    /// </summary>
    public PostgreSqlMigrationContext()
        : this(Options("Host=localhost;Database=darksocialbot"))
    {
    }

    public static PostgreSqlMigrationContext Create(string connectionString) => new(Options(connectionString));

    private static DbContextOptions<PostgreSqlMigrationContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<PostgreSqlMigrationContext>().UseNpgsql(connectionString).Options;
}
