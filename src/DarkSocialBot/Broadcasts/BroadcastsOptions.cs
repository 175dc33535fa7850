using System.ComponentModel.DataAnnotations;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts;

/// <summary>Section <c>Broadcasts</c>: topics, sending rates, quiet hours, limits.</summary>
public sealed class BroadcastsOptions
{
    public const string SectionName = "Broadcasts";

    /// <summary>Languages campaigns are written in and subscribers may have (two-letter codes).</summary>
    [MinLength(1)]
    public string[] Languages { get; set; } = ["en", "fr"];

    /// <summary>For subscribers whose time zone is unknown (chat gives none).</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Europe/Paris";

    /// <summary>Topics besides <c>flight:&lt;number&gt;:&lt;date&gt;</c> (always a service topic), with their purpose.</summary>
    public Dictionary<string, TopicOptions> Topics { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per sender (channel id): messages per second; 0 = unlimited. Unlisted channels: see <see cref="ShareOfChannelRate"/>.</summary>
    public Dictionary<string, double> MessagesPerSecond { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>For Twilio and Meta channels not listed: this share of the rate the channel is configured with (the rest is for replies).</summary>
    [Range(0.01, 1)]
    public double ShareOfChannelRate { get; set; } = 0.8;

    /// <summary>For other channels (Bot Framework, web chat) not listed.</summary>
    [Range(0, 100_000)]
    public double DefaultMessagesPerSecond { get; set; } = 20;

    /// <summary>Per sender: broadcast messages handed to the outbox but not yet accepted by the provider before moving more.</summary>
    [Range(1, 100_000)]
    public int MaxInFlight { get; set; } = 200;

    /// <summary>Quiet hours in the subscriber's time zone: messages due then wait until <see cref="QuietHoursEnd"/>. Equal = none.</summary>
    public TimeSpan QuietHoursStart { get; set; } = TimeSpan.FromHours(21);
    public TimeSpan QuietHoursEnd { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Whether service updates (flights) also wait for the end of quiet hours (marketing always does).</summary>
    public bool QuietHoursForService { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 100_000)]
    public int FanOutBatchSize { get; set; } = 5000;

    [Range(1, 10_000)]
    public int DispatchBatchSize { get; set; } = 200;

    /// <summary>One host sends for a channel at a time (so its rate holds across hosts); others take over after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SenderLease { get; set; } = TimeSpan.FromSeconds(15);

    [Range(1, 100_000)]
    public int MaxMessageLength { get; set; } = 4096;

    [Range(1, 10_000)]
    public int MaxSmsLength { get; set; } = 1600;

    /// <summary>Channel ids whose messages use a campaign's SMS text (when it has one).</summary>
    public string[] SmsChannels { get; set; } = [Channels.Twilio.TwilioChannels.Sms];

    /// <summary>The WhatsApp template for automatic flight updates (used where free-form messages are not allowed).</summary>
    public TemplateOptions FlightTemplate { get; set; } = new();

    /// <summary>
    /// Formerly the Messenger tag of automatic flight updates. Meta refuses those tags since 2026-04-27, so it must stay
    /// empty (a value stops the host at start with the reason); Messenger subscribers who last wrote more than 24 h ago
    /// get the update as the Page's utility template (Meta:MessengerUtilityTemplateName), or fail as outside the window without one.
    /// </summary>
    public string? FlightMessengerTag { get; set; }

    public sealed class TopicOptions
    {
        public ConsentPurpose Purpose { get; set; } = ConsentPurpose.Marketing;

        /// <summary>The consent wording (in BroadcastTexts.json) a customer agrees to for this topic.</summary>
        public string ConsentWording { get; set; } = "";
    }

    public sealed class TemplateOptions
    {
        public string? Name { get; set; }
        public string? ContentSid { get; set; }
        public Dictionary<string, string> Variables { get; set; } = [];
    }
}
