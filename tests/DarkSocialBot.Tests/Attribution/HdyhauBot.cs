using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Testing;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Dialogs.Attribution;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Attribution;

/// <summary>The attribution question as the root of a dialog manager, talked to through the real turn runner.</summary>
internal static class HdyhauBot
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);

    public static TestClient Client(RecordingAttributionRecorder recorder, string locale = "en-US", string userId = "user-1",
        Func<DialogContext, bool>? isHandedOff = null, IEnumerable<IMiddleware>? middleware = null) =>
        new(new DialogBot(new DialogManager(new HowDidYouHearDialog(recorder, isHandedOff: isHandedOff))), middleware,
            new FakeTimeProvider(Now), locale: locale) { UserId = userId };

    /// <summary>The option titles the customer saw on the last question.</summary>
    public static string[] Titles(Core.Activities.Activity reply) =>
        [.. reply.SuggestedActions!.Actions.Select(a => a.Title ?? "")];
}
