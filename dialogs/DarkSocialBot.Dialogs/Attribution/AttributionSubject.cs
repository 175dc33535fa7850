using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Turns;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>Who is answering, where, in which language and when; the host turns channel and user id into a keyed pseudonym.</summary>
public sealed record AttributionSubject(string ChannelId, string UserId, string ConversationId, string Language, DateTimeOffset At)
{
    public static AttributionSubject Of(TurnContext turn) => new(
        turn.Activity.ChannelId ?? "",
        turn.Activity.From?.Id ?? "",
        turn.Activity.Conversation?.Id ?? "",
        Locales.Language(turn.Locale) is { Length: > 0 } language ? language : "en",
        turn.Time.GetUtcNow());
}
