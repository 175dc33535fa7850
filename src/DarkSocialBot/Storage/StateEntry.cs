namespace DarkSocialBot.Storage;

/// <summary>A conversation or user state document with its optimistic-concurrency version.</summary>
public sealed class StateEntry
{
    public required string Key { get; set; }
    public required byte[] Data { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
