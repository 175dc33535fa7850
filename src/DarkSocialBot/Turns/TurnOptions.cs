using System.ComponentModel.DataAnnotations;

namespace DarkSocialBot.Turns;

/// <summary>Section <c>Turns</c>: how long a webhook waits for its turn before answering, and the customers' time zone.</summary>
public sealed class TurnOptions
{
    public const string SectionName = "Turns";

    /// <summary>
    /// A stored activity is acknowledged as soon as its turn is saved, or after this long at most, so channels
    /// get their answer well inside their timeouts (Twilio and Bot Framework 15 s, Meta 20 s) however slow a turn is.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an <c>expectReplies</c> request may wait for its replies.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:14")]
    public TimeSpan ExpectRepliesWithin { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The customers' time zone when the channel does not say (SMS, WhatsApp, Messenger): "today" and "tomorrow" in dialogs
    /// mean dates there, not in the server's zone. IANA id.
    /// </summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Paris";
}
