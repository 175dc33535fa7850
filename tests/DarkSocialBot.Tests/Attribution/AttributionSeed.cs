using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Sentiment;
using DarkSocialBot.Dialogs.Attribution;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Attribution;

/// <summary>Stores answers through the host's own recorder, as the dialog would, at chosen times.</summary>
internal static class AttributionSeed
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static async Task AnswerAsync(this AttributionHost host, string userId, string text, DateTimeOffset at, string language = "en",
        string? shareComment = null, TrackedEntry? tracked = null)
    {
        var recorder = host.Services.GetRequiredService<IAttributionRecorder>();
        var subject = new AttributionSubject(AttributionHost.Channel, userId, $"conv-{userId}", language, at);
        await recorder.RecordAskedAsync(subject, default);
        var answered = subject with { At = at.AddMinutes(1) };
        await recorder.RecordAnswerAsync(answered,
            new AttributionAnswer(text, AttributionClassifier.Default.Classify(text, language), FollowUp.None, at, tracked), default);
        if (shareComment is not null)
            await recorder.RecordShareMentionAsync(answered, new ShareMention(shareComment, SentimentAnalyzer.Default.Analyze(shareComment, language)), default);
    }

    public static async Task AskOnlyAsync(this AttributionHost host, string userId, DateTimeOffset at, bool skip = false)
    {
        var recorder = host.Services.GetRequiredService<IAttributionRecorder>();
        var subject = new AttributionSubject(AttributionHost.Channel, userId, $"conv-{userId}", "en", at);
        await recorder.RecordAskedAsync(subject, default);
        if (skip) await recorder.RecordSkippedAsync(subject with { At = at.AddMinutes(1) }, default);
    }
}
