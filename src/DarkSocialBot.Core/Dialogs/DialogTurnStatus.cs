namespace DarkSocialBot.Core.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active and none was started.</summary>
    Empty,

    /// <summary>The active dialog waits for the customer's next message.</summary>
    Waiting,

    /// <summary>The dialog ended, with its result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}
