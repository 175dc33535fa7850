using System.ComponentModel.DataAnnotations;

namespace DarkSocialBot.Outbox;

/// <summary>Section <c>Outbox</c>: delivery retries.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Attempts per message before it is marked failed.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>First retry delay; doubles each attempt, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often stored messages due for (re)delivery are looked up (after a restart, or a long back-off).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// This host's name among hosts sharing a database (keep it across restarts so a restarted host resumes its own
    /// deliveries at once). Another host takes over a delivery only after its lease expires.
    /// </summary>
    [Required]
    public string InstanceId { get; set; } = Environment.MachineName;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
}
