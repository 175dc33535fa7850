using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DarkSocialBot.Storage;

/// <summary>
/// Connections for the plain-SQL reads on the turn path (state, contacts), straight from the provider's own pool. A
/// DbContext lease around them cost several times the query (3.6 % of the host's samples at 64 concurrent conversations).
/// SQLite connections get the same per-connection settings as EF's (<see cref="SqlitePragmas"/>).
/// </summary>
public sealed class SqlReads(IOptions<StorageOptions> options)
{
    private readonly bool _postgres = options.Value.IsPostgreSql;
    private readonly string _connectionString = options.Value.ConnectionString;

    /// <summary>An open connection; dispose it to give it back to the pool.</summary>
    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = _postgres ? new NpgsqlConnection(_connectionString) : new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite) await SqlitePragmas.ApplyOnceAsync(sqlite, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
