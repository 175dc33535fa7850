namespace DarkSocialBot.Channels.BotFramework;

/// <summary>Whether an inbound request may run, and the caller id to stamp on its activity.</summary>
internal sealed record AuthenticationResult(bool Succeeded, string? CallerId, string? Error, bool Retryable = false)
{
    public static readonly AuthenticationResult Anonymous = new(true, null, null);

    public static AuthenticationResult Authenticated(string? callerId) => new(true, callerId, null);

    /// <summary>The caller is not who it claims to be (401).</summary>
    public static AuthenticationResult Denied(string error) => new(false, null, error);

    /// <summary>The caller could not be checked right now, for example the signing keys could not be fetched (503).</summary>
    public static AuthenticationResult Unavailable(string error) => new(false, null, error, Retryable: true);
}
