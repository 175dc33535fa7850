namespace DarkSocialBot.Storage;

/// <summary>
/// A sent message's delivery state as the provider reports it. The numbers are an order: a status only replaces a
/// lower one, and the final states (<see cref="Read"/> and above) never change, so late or out-of-order callbacks
/// cannot move a message backwards.
/// </summary>
public enum DeliveryStatus
{
    Queued = 1,
    Sending = 2,
    Sent = 3,
    Delivered = 4,
    Read = 5,
    Undelivered = 6,
    Failed = 7,
}
