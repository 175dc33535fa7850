using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Photos, videos and documents (a damaged bag, a boarding pass, a receipt) a customer sends during a bag report or a
/// complaint, or just before asking (a photo of the broken suitcase, then "my bag arrived damaged"): kept by the provider's
/// URL in the conversation until the report is filed or the handoff opened. A report takes what was sent at most
/// <see cref="Recent"/> before it began: an older photo is about something else. Stickers (WebP), voice notes, locations and
/// contact cards are not evidence.
/// </summary>
internal static class Evidence
{
    /// <summary>How long before a bag report a photo sent with no request is still taken as the report's.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromMinutes(30);

    /// <summary>Keeps the message's evidence, if any; true when it had some.</summary>
    public static bool Keep(DialogContext dc)
    {
        if (!dc.Activity.IsType(ActivityTypes.Message)) return false;
        var found = (dc.Activity.Attachments ?? []).Where(IsEvidence)
            .Select(a => new EvidenceItem { Url = a.ContentUrl!, ContentType = a.ContentType!, Name = a.Name, SentAt = dc.Turn.Time.GetUtcNow() }).ToList();
        if (found.Count == 0) return false;
        var customer = dc.Customer();
        customer.Evidence = [.. customer.Evidence ?? [], .. found.Where(f => customer.Evidence?.Any(e => e.Url == f.Url) != true)];
        return true;
    }

    /// <summary>
    /// Keeps the message's evidence and says so with <paramref name="kept"/>; a photo alone gets its question again
    /// (<paramref name="repromptAsync"/>, not a failed answer) and true: the turn is answered. A caption is left to the question.
    /// </summary>
    public static async Task<bool> AcknowledgeAsync(DialogContext dc, LocalizedText kept, Func<Task> repromptAsync)
    {
        if (!Keep(dc)) return false;
        dc.Send(kept);
        if (!ActivityContent.IsMediaOnly(dc.Activity)) return false;
        await repromptAsync();
        return true;
    }

    /// <summary>Forgets evidence sent longer than <see cref="Recent"/> ago, as a bag report begins: it was not sent for this one.</summary>
    public static void ForgetOld(DialogContext dc)
    {
        var customer = dc.Customer();
        var since = dc.Turn.Time.GetUtcNow() - Recent;
        if (customer.Evidence is { } kept) customer.Evidence = kept.Where(e => e.SentAt is not { } at || at >= since).ToList() is { Count: > 0 } recent ? recent : null;
    }

    /// <summary>The evidence kept so far, now handed over (to a report or a handoff): the conversation forgets it.</summary>
    public static IReadOnlyList<EvidenceItem> Take(DialogContext dc)
    {
        var customer = dc.Customer();
        var kept = customer.Evidence ?? [];
        customer.Evidence = null;
        return kept;
    }

    private static bool IsEvidence(Attachment attachment) =>
        !string.IsNullOrEmpty(attachment.ContentUrl) && attachment.ContentType is { } type
        && (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("image/webp", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("application/vnd.darksocialbot.", StringComparison.OrdinalIgnoreCase));
}

/// <summary>One photo, video or document: the provider's URL (Twilio media, WhatsApp Cloud media object, Messenger CDN), its type and file name.</summary>
internal sealed class EvidenceItem
{
    public string Url { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? Name { get; set; }

    /// <summary>When the customer sent it (null: kept before this was recorded).</summary>
    public DateTimeOffset? SentAt { get; set; }
}
