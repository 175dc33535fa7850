namespace DarkSocialBot.Core.State;

/// <summary>A stored state document and its version (0 when it does not exist yet).</summary>
public sealed record StateDocument(byte[]? Data, long Version)
{
    public static readonly StateDocument Empty = new(null, 0);
}
