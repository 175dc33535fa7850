using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Dialogs;

/// <summary>No state: for dialogs that keep nothing.</summary>
public sealed class NoState;

/// <summary>A root that asks one prompt and says "got {result}", to test each prompt kind alone.</summary>
internal static class PromptBot
{
    public static TestClient Create(Dialog prompt, PromptOptions options, Func<object?, string>? describe = null,
        string locale = "en-US", DialogMessages? messages = null, TimeProvider? time = null)
    {
        describe ??= result => Convert.ToString(result, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
        var root = new WaterfallDialog<NoState>("root")
            .Step((step, ct) => step.PromptAsync(prompt.Id, options, ct))
            .Step((step, ct) =>
            {
                step.Send($"got {describe(step.Result)}");
                return step.EndAsync(step.Result, ct);
            });
        var manager = new DialogManager(root, prompt) { Messages = messages ?? new DialogMessages() };
        return new TestClient(new DialogBot(manager), time: time ?? new FakeTimeProvider(TripBot.Now), locale: locale);
    }
}
