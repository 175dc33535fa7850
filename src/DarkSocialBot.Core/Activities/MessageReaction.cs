namespace DarkSocialBot.Core.Activities;

/// <summary>One reaction of a <c>messageReaction</c> activity: its type, an emoji ("👍") or a channel's name for it ("like").</summary>
public sealed class MessageReaction
{
    public string? Type { get; set; }
}
