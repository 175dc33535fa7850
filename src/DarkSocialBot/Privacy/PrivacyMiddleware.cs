using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.Sentiment;
using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;
using DarkSocialBot.Dialogs.Texts;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Privacy;

/// <summary>
/// Runs first in every turn. Links the customer to the conversation (once), so erasure and access requests find all of it. Then
/// answers the privacy commands in any flow, without disturbing the dialog in progress: "delete my data" / "supprimer mes
/// données" asks for confirmation, and a yes erases everything about the customer (<see cref="CustomerEraser"/>) and says so;
/// "what do you know about me" / "que savez-vous sur moi" sends a summary of what is stored.
/// </summary>
internal sealed class PrivacyMiddleware(
    StorageWriter writer, CustomerEraser eraser, CustomerDataExport export, BrandTexts texts, IOptions<PrivacyOptions> options) : IMiddleware
{
    private const string Link =
        "INSERT INTO customer_conversations (channel_id, user_id, conversation_key, first_seen_at) VALUES (@c, @u, @k, @t) " +
        "ON CONFLICT (channel_id, user_id, conversation_key) DO NOTHING";

    private static readonly StateProperty<PrivacyState> Property = new("privacy", () => new PrivacyState());

    public async Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.From?.Id is not { Length: > 0 } userId || activity.ChannelId is not { Length: > 0 } channelId)
        {
            await next(cancellationToken);
            return;
        }
        var keys = StateKeys.For(activity);
        var state = context.ConversationState.Get(Property);
        if (state.LinkedUser != userId)
        {
            await writer.ExecuteAsync(new SqlWrite(Link, ("@c", channelId), ("@u", userId), ("@k", keys.Conversation), ("@t", context.Time.GetUtcNow().UtcTicks)));
            state.LinkedUser = userId;
        }
        var command = activity.IsType(ActivityTypes.Message) && !string.IsNullOrWhiteSpace(activity.Text);
        if (command && await HandledAsync(context, state, keys, cancellationToken)) return;
        await next(cancellationToken);
    }

    private async Task<bool> HandledAsync(TurnContext context, PrivacyState state, StateKeys keys, CancellationToken cancellationToken)
    {
        var (activity, now) = (context.Activity, context.Time.GetUtcNow());
        if (state.EraseRequestedAt is { } requested)
        {
            var locale = state.EraseLocale ?? context.Locale;
            state.EraseRequestedAt = null;
            if (now - requested <= options.Value.ConfirmErasureWithin && Confirmation(activity.Text!, locale) is { } confirmed)
            {
                if (!confirmed)
                {
                    context.Send(texts.Privacy.EraseCancelled.Get(locale));
                    return true;
                }
                var redacted = JsonSerializer.SerializeToUtf8Bytes(Redacted(activity), ActivityJson.Default.Activity);
                var erased = await eraser.EraseAsync(activity.ChannelId!, activity.From!.Id!, new CustomerEraser.ErasureScope(activity.Id ?? "", keys.Conversation, keys.User, redacted), cancellationToken);
                context.ConversationState.Clear();
                context.UserState.Clear();
                context.Send(texts.Privacy.Erased.Get(locale));
                if (erased.KeptBagReports.Count > 0)
                    context.Send(texts.Privacy.ErasedBagReportsKept.Fill(("references", string.Join(", ", erased.KeptBagReports))).Get(locale));
                return true;
            }
        }
        var replyLocale = LanguageGuess.Detect(activity.Text) is { Language: { } language, Confidence: >= 0.3 } ? language : context.Locale;
        switch (PrivacyCommands.Recognize(activity.Text, replyLocale))
        {
            case PrivacyCommands.Erase:
                (state.EraseRequestedAt, state.EraseLocale) = (now, replyLocale);
                context.Send(MessageFactory.Choices(texts.Privacy.ConfirmErase.Get(replyLocale), YesNo(), replyLocale));
                return true;
            case PrivacyCommands.Access:
                var data = await export.ReadAsync(activity.ChannelId!, activity.From!.Id!, cancellationToken);
                context.Send(PrivacySummary.Text(data, texts.Privacy, replyLocale, options.Value.RetainConversationsDays));
                return true;
            default:
                return false;
        }
    }

    private Choice[] YesNo() => [new("yes", texts.Privacy.Yes), new("no", texts.Privacy.No)];

    private bool? Confirmation(string text, string locale) =>
        ConfirmRecognizer.Recognize(text) ?? ChoiceRecognizer.Recognize(text, YesNo(), locale) switch
        {
            { Value: "yes", Score: >= 0.999 } => true,
            { Value: "no", Score: >= 0.999 } => false,
            _ => null,
        };

    /// <summary>What the inbound row of the confirming turn keeps: routing ids only (no text, names or channel data).</summary>
    private static Activity Redacted(Activity activity) => new()
    {
        Type = activity.Type, Id = activity.Id, ChannelId = activity.ChannelId, ServiceUrl = activity.ServiceUrl, Timestamp = activity.Timestamp,
        Conversation = activity.Conversation is null ? null : new ConversationAccount { Id = activity.Conversation.Id },
        From = new ChannelAccount { Id = activity.From?.Id }, Recipient = activity.Recipient is null ? null : new ChannelAccount { Id = activity.Recipient.Id },
    };

    private sealed class PrivacyState
    {
        public string? LinkedUser { get; set; }
        public DateTimeOffset? EraseRequestedAt { get; set; }
        public string? EraseLocale { get; set; }
    }
}
