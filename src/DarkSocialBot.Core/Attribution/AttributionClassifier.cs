namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// Classifies a free-text (English or French) or button answer to "how did you hear about us?" into the source taxonomy of
/// protocols/attribution.md. Deterministic and explainable: fold (case, accents, apostrophes), tokenise, match weighted keyword
/// and phrase tables (typos within one edit on long keywords), then apply fixed precedence rules. Immutable after construction:
/// use <see cref="Default"/> as a singleton from any thread.
/// </summary>
public sealed class AttributionClassifier
{
    /// <summary>Stored beside every result so old answers can be re-classified when the rules change.</summary>
    public const string Version = "rules-2026.11.1";

    private readonly CueIndex _index;

    private AttributionClassifier(CueIndex index) => _index = index;

    public static AttributionClassifier Default { get; } = new(CueIndex.Default);

    /// <summary>Classifies an answer. Never throws; empty or meaningless input gives OTHER / Unclassified with low confidence.</summary>
    /// <param name="text">The customer's answer, or a button payload that is a taxonomy code ("MSG_WHATSAPP", "hdyhau:PODCAST").</param>
    /// <param name="locale">Optional ("en", "fr-FR"); the tables are bilingual, so it is informative only.</param>
    public AttributionResult Classify(string? text, string? locale = null)
    {
        _ = locale;
        if (string.IsNullOrWhiteSpace(text)) return Unclassified("empty", 0.0, FollowUp.None);
        if (Payload(text) is { } code)
            return new AttributionResult(code, SourceCodes.ClassOf(code), DefaultChannel(code), null, 1.0, FollowUp.None, "rule=payload", Version);

        var handles = new List<string>(0);
        var tokens = AnswerTokenizer.Tokenize(text, handles);
        if (tokens.Length == 0 && handles.Count == 0) return Unclassified("no-words", 0.05, FollowUp.Clarify);
        var cues = new AnswerCues(text, tokens, _index.Match(tokens), handles);
        if (AttributionRules.Decide(cues) is not { } decision)
            return Unclassified(Evidence("unrecognised", cues), 0.15, FollowUp.Clarify);

        var kind = decision.Sponsored ? SourceClass.Paid : SourceCodes.ClassOf(decision.Code);
        return new AttributionResult(decision.Code, kind, decision.Channel ?? DefaultChannel(decision.Code), decision.Detail,
            AttributionRules.Confidence(decision, cues), decision.FollowUp, Evidence(decision.Rule, cues), Version);
    }

    private static AttributionResult Unclassified(string evidence, double confidence, FollowUp followUp) =>
        new(SourceCodes.Other, SourceClass.Unclassified, null, null, confidence, followUp,
            evidence.StartsWith("rule=", StringComparison.Ordinal) ? evidence : "rule=" + evidence, Version);

    private static string Evidence(string rule, AnswerCues cues) =>
        cues.Matches.Count == 0 && cues.Handles.Count == 0
            ? $"rule={rule}"
            : $"rule={rule}; cues={string.Join(", ", cues.Matches)}{(cues.Handles.Count > 0 ? "; handles=" + string.Join(" ", cues.Handles) : "")}";

    /// <summary>Button payloads are the code itself ("MSG_WHATSAPP", "hdyhau:wom_friend"); "podcast" typed by a person goes through the rules.</summary>
    private static string? Payload(string text)
    {
        var s = text.AsSpan().Trim();
        if (s.Length > 40) return null;
        var colon = s.IndexOf(':');
        if (colon >= 0) s = s[(colon + 1)..].Trim();
        if (s.Length < 2) return null;
        var upper = true;
        foreach (var ch in s)
        {
            if (!char.IsAsciiLetter(ch) && ch != '_') return null;
            upper &= !char.IsAsciiLetterLower(ch);
        }
        return upper || s.Contains('_') ? SourceCodes.Canonical(s.ToString()) : null;
    }

    private static string? DefaultChannel(string code) => code switch
    {
        SourceCodes.MsgWhatsApp => "whatsapp",
        SourceCodes.MsgMessenger => "messenger",
        SourceCodes.MsgSms => "sms",
        SourceCodes.EmailForward => "email",
        SourceCodes.InPerson => "in_person",
        SourceCodes.Podcast => "podcast",
        SourceCodes.Tv => "tv",
        SourceCodes.Radio => "radio",
        _ => null,
    };
}
