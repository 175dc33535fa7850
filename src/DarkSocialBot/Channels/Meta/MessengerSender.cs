using System.Text.Json;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Delivers replies on <c>meta-messenger</c> through the Send API (<c>me/messages</c>): never to an opted-out customer;
/// within 24 h of the customer's last message as <c>RESPONSE</c> (a broadcast as <c>UPDATE</c>, it answers nothing); after
/// that a human agent's message (channelData <c>{"humanAgent":true}</c>) within 7 days, tagged <c>HUMAN_AGENT</c>; any other
/// message but a marketing broadcast as the Page's approved utility template (<see cref="MetaOptions.MessengerUtilityTemplateName"/>,
/// <c>messaging_type: UTILITY</c>) when one is configured; otherwise OutsideWindow. Meta refuses the update tags
/// (<see cref="RetiredTags"/>) since 2026-04-27 with error 100, so a message still carrying one (channelData
/// <c>messengerTag</c>, a campaign created before) is never sent with it. Typing activities become a separate
/// <c>typing_on</c> sender action.
/// </summary>
public sealed class MessengerSender(
    GraphClient graph,
    ContactStore contacts,
    StorageWriter writer,
    SenderRateLimiter limiter,
    IOptions<MetaOptions> options,
    TimeProvider time) : IChannelSender
{
    private static readonly TimeSpan StandardWindow = TimeSpan.FromHours(24);
    private static readonly TimeSpan HumanAgentWindow = TimeSpan.FromDays(7);

    /// <summary>
    /// Meta's former tags for non-promotional updates outside the 24-hour window, refused since 2026-04-27 (error 100);
    /// Meta's Utility Messages (approved templates, <c>messaging_type: UTILITY</c>) replace them.
    /// </summary>
    public static readonly IReadOnlySet<string> RetiredTags =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, "CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE", "ACCOUNT_UPDATE");

    /// <summary>Why a message tag cannot be used: for the campaign API, the options check and the refusals.</summary>
    public const string RetiredTagsReason =
        "Meta refuses the message tags CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE and ACCOUNT_UPDATE since 2026-04-27 (error 100); "
        + "outside the 24-hour window Messenger now takes only Utility Messages (approved templates, never marketing), which this bot sends "
        + "when Meta:MessengerUtilityTemplateName is set";

    /// <summary>Why a marketing broadcast is not sent outside the window even with a utility template configured.</summary>
    public const string MarketingReason =
        "the customer last wrote more than 24 h ago, and a marketing message cannot go as a Messenger utility message "
        + "(Meta: \"Utility messages must not contain marketing materials\")";

    public bool Handles(string channelId) => channelId == MetaChannels.Messenger;

    public async Task<DeliveryResult> SendAsync(Activity activity, OutboxEntry entry, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.MessengerConfigured()) return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.ChannelOff, "Messenger is not configured"));
        if (activity.Recipient?.Id is not { Length: > 0 } psid)
            return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.InvalidRecipient, "no recipient PSID"));
        var contact = await contacts.FindAsync(entry.ChannelId, psid, cancellationToken);
        if (contact?.IsOptedOut == true && !OptOutNotice.IsOn(activity)) return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.OptedOut, "the customer opted out"));

        var now = time.GetUtcNow();
        var (messagingType, tag) = contact?.WroteWithin(StandardWindow, now) == true ? (IsBroadcast(activity) ? "UPDATE" : "RESPONSE", (string?)null)
            : IsHumanAgent(activity) && contact?.WroteWithin(HumanAgentWindow, now) == true ? ("MESSAGE_TAG", "HUMAN_AGENT")
            : (null, null);
        if (messagingType is null && UtilityTemplate(settings) is { } template && activity.IsType(ActivityTypes.Message))
            return IsMarketing(activity)
                ? DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.OutsideWindow, MarketingReason))
                : await SendUtilityAsync(activity, entry, contact, psid, template, cancellationToken);
        if (messagingType is null)
            return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.OutsideWindow, activity.ChannelData?.Text("messengerTag") is null
                ? "the customer last wrote more than 24 h ago"
                : $"the customer last wrote more than 24 h ago and {RetiredTagsReason}"));

        var rateKey = $"{entry.ChannelId}:{activity.From?.Id}";
        if (activity.IsType(ActivityTypes.Typing))
            return await PostAsync(rateKey, MessengerMessageBuilder.SenderAction(psid, "typing_on"), cancellationToken);
        if (!activity.IsType(ActivityTypes.Message)) return DeliveryResult.Sent(null);

        var content = OutgoingContent.From(activity);
        if (content.IsEmpty) return DeliveryResult.Sent(null);
        var (bodies, numbered) = MessengerMessageBuilder.Build(content, psid, messagingType, tag);
        if (numbered.Count > 0 || contact?.OfferedChoices is not null)
            await contacts.SetOfferedChoicesAsync(entry.ChannelId, psid, numbered.Count > 0 ? NumberedChoices.Serialize(numbered) : null);

        var result = await MessageParts.SendAsync(bodies, entry, writer, body => PostAsync(rateKey, body, cancellationToken));
        // Meta's clock closed the window before ours did (the message waited its turn, or the customer wrote just under 24 h
        // ago): the utility template instead, when one is configured and nothing of the message went out yet.
        if (result.Outcome == DeliveryOutcome.Failed && result.Error?.StartsWith(DeliveryFailures.OutsideWindow, StringComparison.Ordinal) == true
            && entry.PartsSent == 0 && tag is null && UtilityTemplate(settings) is { } fallback && !IsMarketing(activity))
            return await SendUtilityAsync(activity, entry, contact, psid, fallback, cancellationToken);
        return result;
    }

    /// <summary>The message outside the window as the configured utility template, its text as the body parameter when the template takes one.</summary>
    private async Task<DeliveryResult> SendUtilityAsync(Activity activity, OutboxEntry entry, ContactSnapshot? contact, string psid, string template,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (OutgoingContent.From(activity).IsEmpty) return DeliveryResult.Sent(null);
        var language = TemplateLanguage(settings, activity.Locale);
        var body = MessengerMessageBuilder.UtilityTemplate(psid, template, language,
            settings.MessengerUtilityTemplateTextParameter ? activity.Text ?? "" : null, settings.MessengerUtilityTemplateParameterName);
        if (contact?.OfferedChoices is not null) await contacts.SetOfferedChoicesAsync(entry.ChannelId, psid, null);
        return await PostAsync($"{entry.ChannelId}:{activity.From?.Id}", body, cancellationToken, $"\"{template}\" ({language})");
    }

    private async Task<DeliveryResult> PostAsync(string rateKey, System.Text.Json.Nodes.JsonObject body, CancellationToken cancellationToken, string? template = null)
    {
        if (!await limiter.WaitAsync(rateKey, options.Value.MessengerCallsPerSecond, cancellationToken))
            return DeliveryResult.Retry("too many messages waiting for this Page's rate limit");
        var response = await graph.PostAsync("me/messages", body, options.Value.PageAccessToken!, cancellationToken);
        return response.IsSuccess ? DeliveryResult.Sent(response.Json?.Text("message_id"), DeliveryStatus.Sent) : GraphErrors.Map(response, options.Value.RestrictedRetryDelay, template);
    }

    private static string? UtilityTemplate(MetaOptions settings) =>
        string.IsNullOrWhiteSpace(settings.MessengerUtilityTemplateName) ? null : settings.MessengerUtilityTemplateName.Trim();

    /// <summary>The template's language for the customer's locale (<c>fr-FR</c>, then <c>fr</c>), else the default one.</summary>
    private static string TemplateLanguage(MetaOptions settings, string? locale)
    {
        if (locale is { Length: > 0 } && settings.MessengerUtilityTemplateLanguages.TryGetValue(locale, out var exact)) return exact;
        var language = locale?.Split('-', '_')[0];
        return language is { Length: > 0 } && settings.MessengerUtilityTemplateLanguages.TryGetValue(language, out var code) ? code : settings.MessengerUtilityTemplateLanguage;
    }

    private static bool IsBroadcast(Activity activity) => activity.ChannelData?.Get("broadcast") is not null;

    /// <summary>A broadcast for marketing consent (offers, news): never a utility message.</summary>
    private static bool IsMarketing(Activity activity) => activity.ChannelData?.Get("broadcast")?.Text("purpose") == "marketing";

    /// <summary>A message written by a person (handoff), marked by channelData <c>{"humanAgent": true}</c>.</summary>
    public static bool IsHumanAgent(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.Flag("humanAgent");
}
