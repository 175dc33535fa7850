namespace DarkSocialBot.Core.Dialogs.Interruptions;

public enum InterruptionAction
{
    /// <summary>Not for this handler: the next handler, then the active dialog, gets the message.</summary>
    NotHandled,

    /// <summary>Handled (e.g. help was sent); the active dialog asks its question again.</summary>
    Resume,

    /// <summary>Handled; nothing else happens this turn, the active dialog waits as it was.</summary>
    Handled,

    /// <summary>Every dialog is cancelled.</summary>
    CancelAll,

    /// <summary>Every dialog is cancelled and another starts (e.g. "start over" restarts the root, "agent" starts the handoff).</summary>
    Replace,

    /// <summary>A dialog starts on top of the active one, which resumes (re-asking its question) when it ends.</summary>
    Push,
}
