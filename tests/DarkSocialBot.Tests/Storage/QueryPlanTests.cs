using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Storage;

/// <summary>
/// The lookups that must stay cheap on a database holding months of messages use an index, not a scan of every row: SQLite's
/// plan for the shapes the host runs (handoff transcript, the customer's export and erasure, status callbacks, recovery).
/// Erasure runs in one write transaction: a scan there would hold every turn's commit back for its duration.
/// </summary>
public sealed class QueryPlanTests
{
    [Theory]
    [InlineData("SELECT received_at, payload FROM inbox WHERE conversation_key = 'k' ORDER BY id DESC LIMIT 500", "IX_inbox_conversation_key_id")]
    [InlineData("DELETE FROM inbox WHERE conversation_key IN ('k1', 'k2')", "IX_inbox_conversation_key_id")]
    [InlineData("SELECT id FROM inbox WHERE status = 0 AND id > 0 AND id <= 100 ORDER BY id LIMIT 500", "IX_inbox_status_id")]
    [InlineData("SELECT count(*) FROM inbox WHERE status = 0", "IX_inbox_status_id")]
    [InlineData("DELETE FROM handoffs WHERE conversation_key IN ('k1', 'k2')", "IX_handoffs_conversation_key_id")]
    [InlineData("UPDATE outbox SET delivery_status = 2 WHERE provider_message_id = 'SM1' AND (delivery_status IS NULL OR delivery_status < 2)", "IX_outbox_provider_message_id")]
    public async Task Lookups_by_conversation_status_or_provider_id_use_their_index(string sql, string index)
    {
        await using var host = new BotHostFactory();
        host.CreateClient();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();

        var plan = await PlanAsync(db, sql);

        Assert.Contains(plan, step => step.Contains($"INDEX {index}", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ef_writes_the_pending_status_as_a_literal_so_the_pending_only_index_serves_recovery()
    {
        await using var host = new BotHostFactory();
        host.CreateClient();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        long after = 0, upTo = 100;
        // The recovery worker's query: a partial index (status = 0) is usable only if the SQL says 0, not a parameter.
        var sql = db.Inbox.AsNoTracking().Where(e => e.Status == InboxStatus.Pending && e.Id > after && e.Id <= upTo)
            .OrderBy(e => e.Id).Take(500).Select(e => new { e.Id, e.Payload }).ToQueryString();
        var statement = string.Join('\n', sql.Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));

        var plan = await PlanAsync(db, statement);

        Assert.Contains("\"status\" = 0", statement, StringComparison.Ordinal);
        Assert.Contains(plan, step => step.Contains("INDEX IX_inbox_status_id", StringComparison.Ordinal));
    }

    /// <summary>SQLite's plan for <paramref name="sql"/>, one step per line (EXPLAIN QUERY PLAN's detail column).</summary>
    private static async Task<List<string>> PlanAsync(BotDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }
}
