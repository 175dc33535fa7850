using System.Runtime.CompilerServices;
using DarkSocialBot.Channels.BotFramework;

namespace DarkSocialBot.Tests.Infrastructure;

/// <summary>
/// Process-wide settings the host applies at start-up, applied before any test runs: Microsoft.IdentityModel reads its
/// switches once, so a test that mints a token before the first host starts would otherwise freeze the default.
/// </summary>
internal static class ProcessSwitches
{
    [ModuleInitializer]
    internal static void Apply() => BotFrameworkExtensions.ApplyProcessSwitches();
}
