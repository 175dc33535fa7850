using System.Globalization;
using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Broadcasts.Subscriptions;
using DarkSocialBot.Core.Localization;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Flights;

/// <summary>
/// The subscriber side of flight updates: a <see cref="FlightStatusChanged"/> becomes a campaign to the topic
/// <c>flight:&lt;number&gt;:&lt;date&gt;</c>, written in every language from BroadcastTexts.json, with the configured
/// WhatsApp template. One campaign per change (unique trigger key); none when nobody follows the flight.
/// </summary>
internal sealed class FlightStatusBroadcaster(CampaignService campaigns, BroadcastTexts texts, IOptions<BroadcastsOptions> options)
{
    private readonly BroadcastsOptions _options = options.Value;

    /// <returns>The campaign's id, or null when nobody follows the flight.</returns>
    /// <exception cref="InvalidOperationException">The change cannot make a message (see <see cref="BroadcastAsync"/>).</exception>
    public async Task<long?> OnFlightStatusChangedAsync(FlightStatusChanged change, CancellationToken cancellationToken)
    {
        var (campaign, errors) = await BroadcastAsync(change, cancellationToken);
        if (errors is not null)
            throw new InvalidOperationException("Flight update refused: " + string.Join("; ", errors.SelectMany(e => e.Value)));
        return campaign;
    }

    /// <returns>
    /// The campaign's id (null when nobody follows the flight), or why the change cannot make a message: checked up front, or
    /// refused once written in every language (an SMS too long with these details).
    /// </returns>
    public async Task<(long? CampaignId, Dictionary<string, string[]>? Errors)> BroadcastAsync(FlightStatusChanged change, CancellationToken cancellationToken)
    {
        if (Validate(change) is { Count: > 0 } invalid) return (null, invalid);
        var flight = change.FlightNumber.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var topic = Topics.Flight(flight, change.Date);
        var status = change.Status.Trim().ToLowerInvariant().Replace(' ', '_');
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        var sms = new Dictionary<string, string>(StringComparer.Ordinal);
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["flight"] = flight, ["date"] = change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        foreach (var (key, value) in change.Details ?? new Dictionary<string, string>()) data[key] = value;
        foreach (var language in _options.Languages)
        {
            var values = Values(flight, change, status, language);
            messages[language] = texts.Reply("flightUpdate", language, values);
            sms[language] = texts.Reply("flightUpdateSms", language, values);
            data[$"status.{language}"] = values["status"];
        }
        data["status"] = data[$"status.{_options.Languages[0]}"];
        var template = _options.FlightTemplate is { } t && (t.Name is not null || t.ContentSid is not null)
            ? new CampaignTemplate(t.Name, t.ContentSid, t.Variables)
            : null;
        // A template variable may name a detail this change does not have (no new gate): it reads "-".
        foreach (var name in template?.Variables?.Values.SelectMany(Placeholders.Names) ?? [])
            if (!Placeholders.BuiltIn.Contains(name)) data.TryAdd(name, "-");
        var request = new CreateCampaignRequest($"Flight {flight} {change.Date:yyyy-MM-dd}: {status}", new CampaignSegment(topic), messages, sms, template, data);
        var audience = await campaigns.AudienceAsync(request.Segment!, cancellationToken);
        if (audience.Values.Sum() == 0) return (null, null);
        var triggerKey = $"{topic}:{change.ChangeId ?? status}";
        var (campaign, errors) = await campaigns.CreateAsync(request, triggerKey.Length > 256 ? triggerKey[..256] : triggerKey, cancellationToken);
        return errors is null
            ? (campaign!.Id, null)
            : (null, errors.Messages.ToDictionary(e => e.Key, e => e.Value.Select(m => $"The followers' message made from this change is refused: {m}").ToArray()));
    }

    /// <summary>The status and details go as they are into the followers' messages: no template syntax, values of at most 1024 characters.</summary>
    private const int MaxChangeIdLength = 128;

    private static Dictionary<string, string[]> Validate(FlightStatusChanged change)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var flight = change.FlightNumber?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (string.IsNullOrWhiteSpace(flight) || !Topics.TryParseFlight(Topics.Flight(flight, change.Date), out _, out _))
            errors["flightNumber"] = ["flightNumber is required: two letters or digits, then 1 to 4 digits, such as NM1234."];
        if (change.Date == default) errors["date"] = ["date is required (yyyy-MM-dd)."];
        if (string.IsNullOrWhiteSpace(change.Status) || change.Status.Length > 64 || Placeholders.HasSyntax(change.Status))
            errors["status"] = ["status is required: a code such as delayed, gate_changed or cancelled, at most 64 characters, without '{{' or '}}'."];
        // It keys the campaign (trigger_key, 256 characters with the topic): PostgreSQL refuses a longer one, with a 500.
        if (change.ChangeId is { } changeId && (string.IsNullOrWhiteSpace(changeId) || changeId.Length > MaxChangeIdLength))
            errors["changeId"] = [$"changeId, when given, has 1 to {MaxChangeIdLength} characters (the same change raised twice broadcasts once)."];
        foreach (var (key, value) in change.Details ?? new Dictionary<string, string>())
        {
            if (!CampaignValidator.Key().IsMatch(key))
                errors[$"details.{key}"] = ["Detail names are letters, digits, '_', '.' or '-', such as gate or departure."];
            else if (value is null || value.Length > 1024 || Placeholders.HasSyntax(value))
                errors[$"details.{key}"] = [$"details.{key} needs a value of at most 1024 characters, without '{{{{' or '}}}}'."];
        }
        return errors;
    }

    private Dictionary<string, string> Values(string flight, FlightStatusChanged change, string status, string language)
    {
        var details = "";
        foreach (var (key, value) in change.Details ?? new Dictionary<string, string>())
            if (texts.FlightDetails.TryGetValue(key, out var detail))
                details += Placeholders.Render(detail.Get(language), new Dictionary<string, string> { [key] = value });
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["flight"] = flight,
            ["date"] = change.Date.ToString("d MMMM", Locales.Culture(language)),
            ["status"] = texts.FlightStatuses.TryGetValue(status, out var name) ? name.Get(language) : change.Status,
            ["details"] = details,
        };
    }
}
