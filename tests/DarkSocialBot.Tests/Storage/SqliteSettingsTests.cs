using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
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
