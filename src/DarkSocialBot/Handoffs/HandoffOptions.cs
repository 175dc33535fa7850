using System.ComponentModel.DataAnnotations;

namespace DarkSocialBot.Handoffs;

/// <summary>Section <c>Handoff</c>: when the human team works and how the expected wait told to customers is estimated.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    public TimeOnly Opens { get; set; } = new(7, 0);
    public TimeOnly Closes { get; set; } = new(23, 0);

    /// <summary>The team's time zone (IANA id); name it for customers in the <c>handoff.zone</c> text.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Expected wait = base + per waiting conversation ahead, capped.</summary>
    [Range(0, 240)]
    public int BaseWaitMinutes { get; set; } = 5;

    [Range(0, 60)]
    public int MinutesPerWaitingConversation { get; set; } = 3;

    [Range(1, 1440)]
    public int MaxWaitMinutes { get; set; } = 120;
}
