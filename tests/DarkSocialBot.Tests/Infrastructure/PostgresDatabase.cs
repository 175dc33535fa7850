using Npgsql;

namespace DarkSocialBot.Tests.Infrastructure;

/// <summary>A fresh PostgreSQL database for one test, dropped afterwards.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private PostgresDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable("DSB_TEST_POSTGRES");

    public string Name { get; }
    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var name = $"dsb_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new PostgresDatabase(name, builder.ConnectionString);
    }

    /// <summary>
    /// Drops the database, ending the sessions still on it. A server process of another role can be on it for a moment
    /// (PostgreSQL then refuses with 42501 or 55006): that is waited out, a few times.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
