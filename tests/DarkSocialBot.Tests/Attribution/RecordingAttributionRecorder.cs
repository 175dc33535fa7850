using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Dialogs.Attribution;

namespace DarkSocialBot.Tests.Attribution;

/// <summary>Keeps what the dialog records, in order, for assertions.</summary>
internal sealed class RecordingAttributionRecorder : IAttributionRecorder
{
    public List<AttributionSubject> Asked { get; } = [];
    public List<(AttributionSubject Subject, AttributionAnswer Answer)> Answers { get; } = [];
    public List<AttributionSubject> Skipped { get; } = [];
    public List<(AttributionSubject Subject, ShareMention Mention)> Mentions { get; } = [];
    public List<(AttributionSubject Subject, TrackedEntry Entry)> TrackedEntries { get; } = [];

    public AttributionAnswer Answer => Assert.Single(Answers).Answer;

    public Task RecordAskedAsync(AttributionSubject subject, CancellationToken cancellationToken)
    {
        Asked.Add(subject);
        return Task.CompletedTask;
    }

    public Task RecordAnswerAsync(AttributionSubject subject, AttributionAnswer answer, CancellationToken cancellationToken)
    {
        Answers.Add((subject, answer));
        return Task.CompletedTask;
    }

    public Task RecordSkippedAsync(AttributionSubject subject, CancellationToken cancellationToken)
    {
        Skipped.Add(subject);
        return Task.CompletedTask;
    }

    public Task RecordShareMentionAsync(AttributionSubject subject, ShareMention mention, CancellationToken cancellationToken)
    {
        Mentions.Add((subject, mention));
        return Task.CompletedTask;
    }

    public Task RecordTrackedEntryAsync(AttributionSubject subject, TrackedEntry entry, CancellationToken cancellationToken)
    {
        TrackedEntries.Add((subject, entry));
        return Task.CompletedTask;
    }
}
