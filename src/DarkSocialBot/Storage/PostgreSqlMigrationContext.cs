using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

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
    public static PostgreSqlMigrationContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgreSqlMigrationContext>().UseNpgsql(connectionString).Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a server (adding a migration never connects).</summary>
internal sealed class PostgreSqlMigrationContextFactory : IDesignTimeDbContextFactory<PostgreSqlMigrationContext>
{
    public PostgreSqlMigrationContext CreateDbContext(string[] args) =>
        PostgreSqlMigrationContext.Create("Host=localhost;Database=darksocialbot");
}
