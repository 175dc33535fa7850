using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Storage;

public sealed class SqliteSettingsTests
{
    [Fact]
    public async Task Writer_connection_runs_in_wal_with_normal_sync_and_no_checkpoint_on_commit()
    {
        await using var host = new BotHostFactory();
        host.CreateClient();
        var writer = host.Services.GetRequiredService<StorageWriter>();

        Assert.Equal("wal", await writer.ExecuteAsync(new Pragma("journal_mode")));
        Assert.Equal("1", await writer.ExecuteAsync(new Pragma("synchronous"))); // NORMAL
        Assert.Equal("0", await writer.ExecuteAsync(new Pragma("wal_autocheckpoint")));
    }

    [Fact]
    public async Task Turn_path_reads_get_the_hosts_sqlite_settings_on_their_own_handles_and_see_committed_writes()
    {
        await using var host = new BotHostFactory();
        host.CreateClient();
        var reads = host.Services.GetRequiredService<SqlReads>();
        await host.Services.GetRequiredService<StorageWriter>().ExecuteAsync(new SqlWrite(
            "INSERT INTO states (key, data, version, updated_at) VALUES ('k', x'7b7d', 1, 0)"));

        // Handles EF opened are set up already: empty this database's pool so the reads get handles of their own.
        await using (var first = await reads.OpenAsync(CancellationToken.None)) SqliteConnection.ClearPool((SqliteConnection)first);

        // Twice: the second connection comes back from the pool with its settings kept.
        for (var i = 0; i < 2; i++)
        {
            await using var connection = await reads.OpenAsync(CancellationToken.None);
            Assert.Equal(5000L, await Scalar(connection, "PRAGMA busy_timeout"));
            Assert.Equal(1L, await Scalar(connection, "PRAGMA foreign_keys"));
            Assert.Equal(1L, await Scalar(connection, "SELECT version FROM states WHERE key = 'k'"));
        }
    }

    private static async Task<object?> Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private sealed class Pragma(string name) : WriteOperation<string>
    {
        private string _value = "";

        protected override string Result => _value;

        public override async ValueTask<bool> ExecuteAsync(WriteSession session)
        {
            _value = Convert.ToString(await session.Command($"PRAGMA {name}").ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
            return true;
        }
    }
}
