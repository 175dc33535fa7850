namespace DarkSocialBot.Channels.WebChat;

/// <summary>
/// Section <c>WebChat</c>: the chat page at <c>/</c> and its API. Anyone who reaches the host can use them (no account, no key),
/// so what one conversation and one client address may post is limited; a limit of 0 is none.
/// </summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>False: the page and <c>/api/webchat</c> answer 404 (a host that serves only the messaging channels).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages one conversation may post per minute; up to this many may come at once.</summary>
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>New conversations and messages one client address may post per minute, all its conversations together.</summary>
    public int PostsPerMinutePerAddress { get; set; } = 60;
}
