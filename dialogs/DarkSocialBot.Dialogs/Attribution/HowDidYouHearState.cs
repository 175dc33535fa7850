using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>The question's state between turns, saved in the dialog's frame.</summary>
public sealed class HowDidYouHearState
{
    /// <summary>The option values in the order this customer saw them ("Other" always last, not listed).</summary>
    public List<string> Order { get; set; } = [];

    public DateTimeOffset AskedAt { get; set; }

    /// <summary>The customer said only "thanks" to the question (to what came before it): it was asked once more.</summary>
    public bool ThankedBack { get; set; }

    /// <summary>The answer before any follow-up: an option's value or the customer's own words.</summary>
    public string? Answer { get; set; }

    public FollowUp FollowUp { get; set; }

    /// <summary>The platform named in the answer ("instagram"), for the platform follow-up.</summary>
    public string? Platform { get; set; }
}
