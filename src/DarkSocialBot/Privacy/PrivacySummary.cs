using DarkSocialBot.Core.Activities;
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
        // Messages only: the conversation's start and other events are stored too, but nobody wrote them.
        var messages = data.Conversations.SelectMany(c => c.Messages)
            .Where(m => string.Equals(m.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase)).ToList();
        lines.Add(messages.Count == 0
            ? texts.SummaryNoMessages.Get(locale)
            : Fill(texts.SummaryMessages, locale,
                ("inbound", Count(messages.Count(m => m.Direction == "in"), texts.SummaryInboundOne, texts.SummaryInboundOther, locale)),
                ("outbound", Count(messages.Count(m => m.Direction == "out"), texts.SummaryOutboundOne, texts.SummaryOutboundOther, locale)),
                ("since", messages.Min(m => m.At))));
        foreach (var answer in data.Attribution.Where(a => a.Answer is not null))
            lines.Add(Fill(texts.SummaryAnswer, locale, ("answer", answer.Answer), ("source", answer.Source)));
        if (data.Arrivals.Count > 0 && data.Arrivals[0].Code is { } code)
            lines.Add(Fill(texts.SummaryTracked, locale, ("code", code)));
        foreach (var consent in data.Consents.GroupBy(c => c.Topic).Select(g => g.Last()))
            lines.Add(Fill(texts.SummaryConsent, locale, ("topic", consent.Topic),
                ("purpose", consent.Purpose == "marketing" ? texts.PurposeMarketing : texts.PurposeService),
                ("status", consent.Granted ? texts.ConsentGranted : texts.ConsentWithdrawn), ("at", consent.RecordedAt), ("version", consent.WordingVersion)));
        foreach (var report in data.BagReports)
            lines.Add(Fill(texts.SummaryBagReport, locale, ("reference", report.Reference), ("at", report.CreatedAt),
                ("attachments", report.Attachments.Count), ("status", report.HandledAt is null ? texts.BagReportOpen : texts.BagReportHandled)));
        if (data.Sentiments.Count > 0) lines.Add(Fill(texts.SummarySentiment, locale, ("count", data.Sentiments.Count)));
        if (retentionDays > 0) lines.Add(Fill(texts.SummaryRetention, locale, ("days", retentionDays)));
        return string.Join('\n', lines);
    }

    private static string Fill(LocalizedText text, string locale, params (string Name, object? Value)[] values) => text.Fill(values).Get(locale);

    /// <summary>"1 message", "2 messages": singular for one, and in French for none too ("0 message").</summary>
    private static string Count(int count, LocalizedText one, LocalizedText other, string locale) =>
        Fill(count == 1 || (count == 0 && Locales.Language(locale) == "fr") ? one : other, locale, ("count", count));
}
