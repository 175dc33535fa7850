using System.Text.RegularExpressions;
using DarkSocialBot.Http;

namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>Checks a campaign request on its own (the audience checks need the database: see <see cref="CampaignService"/>).</summary>
internal static partial class CampaignValidator
{
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,40}$", RegexOptions.CultureInvariant)]
    public static partial Regex Key();

    public static FieldErrors Validate(CreateCampaignRequest request, BroadcastsOptions options, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200) errors.Add("name", "name_required", "Give the campaign a name of at most 200 characters.");
        ValidateSegment(request.Segment, options, errors);
        if (request.Messages is not { Count: > 0 }) errors.Add("messages", "message_required", "Give a message for at least one language, e.g. {\"en\": \"…\"}.");
        ValidateTexts("messages", request.Messages, options.MaxMessageLength, options, errors);
        ValidateTexts("sms", request.Sms, options.MaxSmsLength, options, errors);
        foreach (var (key, value) in request.Data ?? [])
        {
            if (!Key().IsMatch(key) || value is null || value.Length > 1024) errors.Add($"data.{key}", "data_invalid", "Data keys are letters, digits, '_', '.', '-'; values at most 1024 characters.");
            // A value goes into the text as it is: "{{name}}" there reached customers as "Hello {{name}}", and an empty word as "Hello , …".
            else if (Placeholders.HasSyntax(value)) errors.Add($"data.{key}", "data_has_braces", "A value cannot hold {{ or }}: it is put into the text as it is.");
            else if ((key == "name" || key.StartsWith("name.", StringComparison.Ordinal)) && string.IsNullOrWhiteSpace(value))
                errors.Add($"data.{key}", "name_word_empty", "The word for {{name}} cannot be empty: give the word subscribers without a name get (\"there\"), or leave it out.");
        }
        ValidateTemplate(request.Template, options, errors);
        ValidateMessengerTag(request.MessengerTag, errors);
        ValidatePlaceholders(request, errors);
        if (request.SendAt is { } sendAt && sendAt < now - TimeSpan.FromMinutes(1))
            errors.Add("sendAt", "send_at_past", $"sendAt {sendAt:O} is in the past; leave it out to send now.");
        return errors;
    }

    public static FieldErrors ValidateSegment(CampaignSegment? segment, BroadcastsOptions options)
    {
        var errors = new FieldErrors();
        ValidateSegment(segment, options, errors);
        return errors;
    }

    private static void ValidateSegment(CampaignSegment? segment, BroadcastsOptions options, FieldErrors errors)
    {
        if (segment is null) { errors.Add("segment", "segment_required", "Give a segment with at least a topic."); return; }
        if (PurposeOf(segment, options) is null)
            errors.Add("segment.topic", "unknown_topic", $"Unknown topic '{segment.Topic}': use flight:<number>:<yyyy-MM-dd> or one of {string.Join(", ", options.Topics.Keys)}.");
        if (segment.ChannelId is { Length: 0 or > 64 }) errors.Add("segment.channelId", "channel_invalid", "A channel id has 1 to 64 characters.");
        foreach (var language in segment.Languages ?? [])
            if (!options.Languages.Contains(language, StringComparer.OrdinalIgnoreCase)) errors.Add("segment.languages", "unknown_language", $"Unknown language '{language}'.");
        foreach (var tag in segment.Tags ?? [])
            if (!Tags.IsValid(tag)) errors.Add("segment.tags", "tag_invalid", $"Invalid tag '{tag}'.");
        if (segment.LastSeenWithinDays is < 1 or > 3650) errors.Add("segment.lastSeenWithinDays", "last_seen_out_of_range", "Between 1 and 3650 days.");
    }

    /// <summary>The purpose of the segment's topic as it will be stored (see <see cref="Topics.Normalize"/>): "News", "flight:kl1234:…" are topics.</summary>
    private static Storage.ConsentPurpose? PurposeOf(CampaignSegment segment, BroadcastsOptions options) =>
        segment.Topic is null ? null : Topics.PurposeOf(Topics.Normalize(segment.Topic), options);

    private static void ValidateTexts(string field, Dictionary<string, string>? texts, int maxLength, BroadcastsOptions options, FieldErrors errors)
    {
        ValidateLanguageKeys(field, texts, errors);
        foreach (var (language, text) in texts ?? [])
        {
            if (!options.Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
                errors.Add($"{field}.{language}", "unknown_language", $"Unknown language '{language}'; campaigns are written in {string.Join(", ", options.Languages)}.");
            else if (string.IsNullOrWhiteSpace(text))
                errors.Add($"{field}.{language}", "text_empty", "The text is empty.");
            else if (text.Length > maxLength)
                errors.Add($"{field}.{language}", "text_too_long", $"The text has {text.Length} characters; at most {maxLength} are allowed.");
        }
    }

    /// <summary>Languages are stored lower-case: "EN" and "en" would be two texts for one language.</summary>
    private static void ValidateLanguageKeys(string field, Dictionary<string, string>? texts, FieldErrors errors, string what = "texts")
    {
        foreach (var language in (texts ?? []).GroupBy(t => t.Key.Trim().ToLowerInvariant()).Where(g => g.Count() > 1).Select(g => g.Key))
            errors.Add(field, "language_twice", $"{field} has two {what} for language {language}: keep one.");
    }

    /// <summary>Sent, a tagged message would fail at Meta for every subscriber outside the window: refused now, with the reason.</summary>
    private static void ValidateMessengerTag(string? tag, FieldErrors errors)
    {
        if (tag is null) return;
        errors.Add("messengerTag", "messenger_tag_retired", $"{Channels.Meta.MessengerSender.RetiredTagsReason}. Leave messengerTag out: Messenger subscribers who wrote "
            + "in the last 24 hours get the message, the others are counted as failed with the reason OutsideWindow.");
    }

    private static void ValidateTemplate(CampaignTemplate? template, BroadcastsOptions options, FieldErrors errors)
    {
        if (template is null) return;
        if (string.IsNullOrWhiteSpace(template.Name) && string.IsNullOrWhiteSpace(template.ContentSid) && template.ContentSids is not { Count: > 0 })
            errors.Add("template", "template_invalid", "A template needs its name (WhatsApp Cloud) or ContentSid (Twilio).");
        if (template.Name is { Length: > 512 } || template.ContentSid is { Length: > 64 }) errors.Add("template", "template_invalid", "Template name or ContentSid too long.");
        foreach (var (key, value) in template.Variables ?? [])
            if (!Key().IsMatch(key) || value is null || value.Length > 1024) errors.Add($"template.variables.{key}", "template_invalid", "Variable keys are short identifiers (\"1\", \"2\"); values at most 1024 characters.");
        ValidateLanguageKeys("template.languageCodes", template.LanguageCodes, errors, "codes");
        foreach (var (language, code) in template.LanguageCodes ?? [])
            if (!options.Languages.Contains(language, StringComparer.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(code) || code.Length > 16)
                errors.Add($"template.languageCodes.{language}", "template_invalid", "Map a known language to a template language code such as en_US.");
        ValidateLanguageKeys("template.contentSids", template.ContentSids, errors, "ContentSids");
        foreach (var (language, sid) in template.ContentSids ?? [])
            if (!options.Languages.Contains(language, StringComparer.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(sid) || sid.Length > 64)
                errors.Add($"template.contentSids.{language}", "template_invalid", "Map a known language to the ContentSid (HX…) of its Twilio template.");
    }

    /// <summary>Whether a text or template variable says <c>{{name}}</c>, which subscribers without a name need data.name for.</summary>
    public static bool UsesName(CreateCampaignRequest request) =>
        new[] { request.Messages, request.Sms, request.Template?.Variables }.SelectMany(texts => texts?.Values ?? Enumerable.Empty<string>())
            .Any(text => Placeholders.Names(text).Contains("name", StringComparer.Ordinal));

    /// <summary>Every <c>{{x}}</c> must be filled: by the subscriber (<c>name</c>) or the campaign's data.</summary>
    private static void ValidatePlaceholders(CreateCampaignRequest request, FieldErrors errors)
    {
        var known = new HashSet<string>(Placeholders.BuiltIn, StringComparer.Ordinal);
        var keys = request.Data?.Keys.ToList() ?? [];
        known.UnionWith(keys);
        known.UnionWith(keys.Where(k => k.Contains('.', StringComparison.Ordinal)).Select(k => k[..k.LastIndexOf('.')]));
        void Check(string field, string? text)
        {
            foreach (var name in Placeholders.Names(text).Distinct())
                if (!known.Contains(name)) errors.Add(field, "unknown_placeholder", $"Unknown template variable '{{{{{name}}}}}': use name or a key of data.");
        }
        foreach (var (language, text) in request.Messages ?? []) Check($"messages.{language}", text);
        foreach (var (language, text) in request.Sms ?? []) Check($"sms.{language}", text);
        foreach (var (key, text) in request.Template?.Variables ?? []) Check($"template.variables.{key}", text);
    }
}
