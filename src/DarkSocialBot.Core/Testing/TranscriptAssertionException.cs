namespace DarkSocialBot.Core.Testing;

/// <summary>A transcript expectation did not hold; the message shows the conversation so far.</summary>
public sealed class TranscriptAssertionException(string message) : Exception(message);
