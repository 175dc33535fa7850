namespace DarkSocialBot.Storage;

/// <summary>One parameterised statement run by the <see cref="StorageWriter"/>; the result is the number of rows it changed.</summary>
internal sealed class SqlWrite(string sql, params (string Name, object? Value)[] parameters) : WriteOperation<int>
{
    private int _rows;

    protected override int Result => _rows;

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        var command = session.Command(sql);
        foreach (var (name, value) in parameters) command.With(name, value);
        _rows = await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        return true;
    }
}
