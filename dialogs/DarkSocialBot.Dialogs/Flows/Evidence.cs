using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Photos, videos and documents (a damaged bag, a boarding pass, a receipt) a customer sends during a bag report or a
/// complaint: kept by the provider's URL in the conversation until the report is filed or the handoff opened. Stickers
/// (WebP), voice notes, locations and contact cards are not evidence.
/// </summary>
internal static class Evidence
{
    /// <summary>Keeps the message's evidence, if any; true when it had some.</summary>
    public static bool Keep(DialogContext dc)
    {
        if (!dc.Activity.IsType(ActivityTypes.Message)) return false;
        var found = (dc.Activity.Attachments ?? []).Where(IsEvidence)
            .Select(a => new EvidenceItem { Url = a.ContentUrl!, ContentType = a.ContentType!, Name = a.Name }).ToList();
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
}
