namespace DarkSocialBot.Storage;

/// <summary>
/// A statement and, only when it changed a row, follow-on statements, all or nothing (a savepoint in the writer's shared
/// transaction). Makes "record once, count once" idempotent: <c>INSERT … ON CONFLICT DO NOTHING</c> or <c>UPDATE … WHERE
/// status = asked</c>, then the aggregate increment. The result is the number of rows the first statement changed.
/// </summary>
internal sealed class SqlWriteThen(SqlStatement first, params SqlStatement[] then) : WriteOperation<int>
{
    private int _rows;

    protected override int Result => _rows;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        _rows = await first.ExecuteAsync(session).ConfigureAwait(false);
        if (_rows == 0) return true;
        foreach (var statement in then) await statement.ExecuteAsync(session).ConfigureAwait(false);
        return true;
    }
}

/// <summary>A SQL text and its parameters.</summary>
internal sealed record SqlStatement(string Sql, params (string Name, object? Value)[] Parameters)
{
    public async Task<int> ExecuteAsync(WriteSession session)
    {
        var command = session.Command(Sql);
        foreach (var (name, value) in Parameters) command.With(name, value);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
