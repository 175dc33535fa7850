namespace DarkSocialBot.Contacts;

/// <summary>
/// The consent keywords (channels.md §2). Only a message that is exactly one keyword counts ("STOP PLEASE" does
/// not), in any case, with surrounding spaces ignored. CANCEL, END and QUIT are opt-outs only on carrier channels
/// (SMS), where the provider blocks the number anyway; elsewhere they stay words a dialog can use ("cancel" a step). Likewise
/// YES opts back in only on SMS (the provider's keyword): elsewhere it answers questions, or is an old "Yes" button tapped again.
/// </summary>
public static class OptOutKeywords
{
    private static readonly HashSet<string> OptOut = new(StringComparer.OrdinalIgnoreCase) { "STOP", "STOPALL", "UNSUBSCRIBE", "ARRET", "ARRÊT" };
    private static readonly HashSet<string> CarrierOptOut = new(StringComparer.OrdinalIgnoreCase) { "CANCEL", "END", "QUIT" };
    private static readonly HashSet<string> OptIn = new(StringComparer.OrdinalIgnoreCase) { "START", "UNSTOP" };
    private static readonly HashSet<string> CarrierOptIn = new(StringComparer.OrdinalIgnoreCase) { "YES" };
    private static readonly HashSet<string> Help = new(StringComparer.OrdinalIgnoreCase) { "HELP", "INFO" };

    /// <summary>Whether the keyword is the French one (ARRET), which says which language to confirm in.</summary>
    public static bool IsFrench(string? text) =>
        text?.Trim() is { } word && (word.Equals("ARRET", StringComparison.OrdinalIgnoreCase) || word.Equals("ARRÊT", StringComparison.OrdinalIgnoreCase));

    public static ConsentKeyword Classify(string? text, bool carrierChannel)
    {
        var word = text?.Trim();
        if (string.IsNullOrEmpty(word) || word.Length > 16) return ConsentKeyword.None;
        if (OptOut.Contains(word) || (carrierChannel && CarrierOptOut.Contains(word))) return ConsentKeyword.OptOut;
        if (OptIn.Contains(word) || (carrierChannel && CarrierOptIn.Contains(word))) return ConsentKeyword.OptIn;
        return Help.Contains(word) ? ConsentKeyword.Help : ConsentKeyword.None;
    }
}

public enum ConsentKeyword
{
    None,
    OptOut,
    OptIn,
    Help,
}

/// <summary>A channel whose provider acts on the keywords itself (Twilio SMS blocks on STOP and answers HELP and START).</summary>
public sealed record CarrierKeywordChannel(string ChannelId);
