using DarkSocialBot.Core.Localization;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Privacy;

/// <summary>The answer to "what do you know about me?": a short list in the customer's language, built from <see cref="CustomerData"/>.</summary>
internal static class PrivacySummary
{
    public static string Text(CustomerData data, PrivacyTexts texts, string locale, int retentionDays)
    {
        var lines = new List<string> { texts.SummaryIntro.Get(locale) };
        var messages = data.Conversations.SelectMany(c => c.Messages).ToList();
        lines.Add(messages.Count == 0
            ? texts.SummaryNoMessages.Get(locale)
            : Fill(texts.SummaryMessages, locale, ("inbound", messages.Count(m => m.Direction == "in")),
                ("outbound", messages.Count(m => m.Direction == "out")), ("since", messages.Min(m => m.At))));
        foreach (var answer in data.Attribution.Where(a => a.Answer is not null))
            lines.Add(Fill(texts.SummaryAnswer, locale, ("answer", answer.Answer), ("source", answer.Source)));
        if (data.Arrivals.Count > 0 && data.Arrivals[0].Code is { } code)
            lines.Add(Fill(texts.SummaryTracked, locale, ("code", code)));
        foreach (var consent in data.Consents.GroupBy(c => c.Topic).Select(g => g.Last()))
            lines.Add(Fill(texts.SummaryConsent, locale, ("topic", consent.Topic),
                ("purpose", consent.Purpose == "marketing" ? texts.PurposeMarketing : texts.PurposeService),
                ("status", consent.Granted ? texts.ConsentGranted : texts.ConsentWithdrawn), ("at", consent.RecordedAt), ("version", consent.WordingVersion)));
        if (data.Sentiments.Count > 0) lines.Add(Fill(texts.SummarySentiment, locale, ("count", data.Sentiments.Count)));
        if (retentionDays > 0) lines.Add(Fill(texts.SummaryRetention, locale, ("days", retentionDays)));
        return string.Join('\n', lines);
    }

    private static string Fill(LocalizedText text, string locale, params (string Name, object? Value)[] values) => text.Fill(values).Get(locale);
}
