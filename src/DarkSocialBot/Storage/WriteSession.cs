using System.Data.Common;

namespace DarkSocialBot.Storage;

/// <summary>The writer's connection, its current transaction and a cache of prepared commands by SQL text.</summary>
public sealed class WriteSession(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public DbConnection Connection { get; } = connection;
    public DbTransaction? Transaction { get; set; }

    /// <summary>A reusable command for <paramref name="sql"/>, with its parameters cleared and bound to the transaction.</summary>
    public DbCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        command.Transaction = Transaction;
        return command;
    }

    /// <summary>Runs a parameterless statement (savepoints).</summary>
    public async Task ExecuteAsync(string sql) => await Command(sql).ExecuteNonQueryAsync().ConfigureAwait(false);

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
    }
}
