using DarkSocialBot.Core.Activities;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// Decides whether an inbound <c>/api/messages</c> request may run. Anonymous bots accept every request (a bogus
/// bearer is ignored, like the SDK); bots with an app id need a valid channel or Emulator token.
/// </summary>
public sealed class BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options)
{
    public const string AzureCallerId = "urn:botframework:azure";

    public Task<AuthenticationResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous) return Task.FromResult(AuthenticationResult.Anonymous);
        return Task.FromResult(AuthenticationResult.Denied("Token validation is not configured."));
    }
}

public sealed record AuthenticationResult(bool Succeeded, string? CallerId, string? Error)
{
    public static readonly AuthenticationResult Anonymous = new(true, null, null);
    public static AuthenticationResult Denied(string error) => new(false, null, error);
}
