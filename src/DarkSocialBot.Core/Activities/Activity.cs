using System.Text.Json;
using System.Text.Json.Serialization;

namespace DarkSocialBot.Core.Activities;

/// <summary>
/// A Bot Framework activity (botframework-activity.md v3), camelCase on the wire. Unknown fields are kept in
/// <see cref="Properties"/> so nothing a channel sends is lost (A2005).
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>A <c>messageReaction</c>'s added reactions; <see cref="ReplyToId"/> names the message reacted to.</summary>
    public IList<MessageReaction>? ReactionsAdded { get; set; }
    public IList<MessageReaction>? ReactionsRemoved { get; set; }
    public string? DeliveryMode { get; set; }
    public string? CallerId { get; set; }
    public string? Code { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>A message from the bot to the sender of this activity: from/recipient swapped, routing copied (A2061, A2090).</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name, Role = "bot" },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        Conversation = Conversation is null ? null : new ConversationAccount { Id = Conversation.Id, IsGroup = Conversation.IsGroup, ConversationType = Conversation.ConversationType, TenantId = Conversation.TenantId },
        Locale = Locale,
        ReplyToId = Id,
        Text = text,
    };
}
