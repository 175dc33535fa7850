using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.Turns;

namespace DarkSocialBot.Core.Dialogs;

/// <summary>
/// The dialog stack of one turn and the operations on it: begin, continue, end, replace, cancel all, reprompt; plus
/// sending channel-neutral messages in the customer's language. A component dialog gets an inner context over its own stack.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogContext? _parent;
    private IReadOnlyList<IntentMatch> _intents = [];

    internal DialogContext(TurnContext turn, DialogSet dialogs, DialogStack stack, DialogMessages messages, DialogContext? parent = null)
    {
        Turn = turn;
        Dialogs = dialogs;
        Stack = stack;
        Messages = messages;
        _parent = parent;
    }

    public TurnContext Turn { get; }
    public Activity Activity => Turn.Activity;
    public DialogSet Dialogs { get; }
    public DialogStack Stack { get; }
    public DialogMessages Messages { get; }
    public DialogContext? Parent => _parent;

    /// <summary>The customer's language for this turn (BCP-47).</summary>
    public string Locale => Turn.Locale;

    /// <summary>
    /// The customer's local time now, the reference for "today" and "tomorrow": at the offset of the activity's
    /// <c>localTimestamp</c> when the channel sends one (Web Chat, the Emulator), else in the time provider's zone (the host
    /// sets it from <c>Turns:TimeZone</c>), never the server's own zone.
    /// </summary>
    public DateTime LocalNow => Activity.LocalTimestamp is { } local
        ? Turn.Time.GetUtcNow().ToOffset(local.Offset).DateTime
        : Turn.Time.GetLocalNow().DateTime;

    /// <summary>Intents recognized in this turn's message, best first (empty without an intent recognizer).</summary>
    public IReadOnlyList<IntentMatch> Intents
    {
        get => _parent?.Intents ?? _intents;
        internal set => _intents = value;
    }

    public IntentMatch? Intent => Intents.Count > 0 ? Intents[0] : null;

    public DialogFrame? ActiveFrame => Stack.Frames.Count > 0 ? Stack.Frames[^1] : null;

    public Dialog? ActiveDialog => ActiveFrame is { } frame ? Find(frame.Id) : null;

    /// <summary>Switches the conversation's language from now on (this turn's later replies, and later turns).</summary>
    public void SwitchLocale(string locale)
    {
        Turn.Locale = locale;
        Root.Stack.Locale = locale;
    }

    public string Text(LocalizedText text) => text.Get(Locale);

    public Activity Send(LocalizedText text) => Turn.Send(MessageFactory.Text(Text(text)));

    public Activity Send(Activity message) => Turn.Send(message);

    public Activity SendChoices(LocalizedText text, IEnumerable<Choice> choices) =>
        Turn.Send(MessageFactory.Choices(Text(text), choices, Locale));

    /// <summary>Finds a dialog here or in an enclosing component's set.</summary>
    public Dialog? Find(string id) => Dialogs.Find(id) ?? _parent?.Find(id);

    /// <summary>Pushes a dialog and starts it.</summary>
    public Task<DialogTurnResult> BeginAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Find(dialogId) ?? throw new ArgumentException($"No dialog '{dialogId}' is registered.", nameof(dialogId));
        Stack.Frames.Add(new DialogFrame { Id = dialog.Id, Version = dialog.Version });
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Hands the customer's message to the active dialog.</summary>
    public Task<DialogTurnResult> ContinueAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } dialog ? dialog.ContinueAsync(this, cancellationToken) : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndAsync(object? result, CancellationToken cancellationToken)
    {
        if (Stack.Frames.Count > 0) Stack.Frames.RemoveAt(Stack.Frames.Count - 1);
        return ActiveDialog is { } parent
            ? parent.ResumeAsync(this, result, cancellationToken)
            : Task.FromResult(DialogTurnResult.Complete(result));
    }

    /// <summary>Ends the active dialog without resuming the one below, and starts another in its place.</summary>
    public Task<DialogTurnResult> ReplaceAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (Stack.Frames.Count > 0) Stack.Frames.RemoveAt(Stack.Frames.Count - 1);
        return BeginAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Drops every dialog of this stack.</summary>
    public Task<DialogTurnResult> CancelAllAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var had = Stack.Frames.Count > 0;
        Stack.Frames.Clear();
        return Task.FromResult(had ? DialogTurnResult.Cancelled : DialogTurnResult.Empty);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } dialog ? dialog.RepromptAsync(this, cancellationToken) : Task.CompletedTask;

    /// <summary>Whether every stored frame names a known dialog of the same version whose state can be read.</summary>
    public bool CanContinueStoredStack()
    {
        foreach (var frame in Stack.Frames)
            if (Find(frame.Id) is not { } dialog || !dialog.CanContinueFrom(frame, this)) return false;
        return true;
    }

    /// <summary>A context over a component's inner stack.</summary>
    internal DialogContext CreateChild(DialogSet dialogs, DialogStack stack) => new(Turn, dialogs, stack, Messages, this);

    private DialogContext Root => _parent?.Root ?? this;
}
