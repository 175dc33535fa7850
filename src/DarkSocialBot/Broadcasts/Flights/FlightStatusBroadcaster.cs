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
    public async Task<long?> OnFlightStatusChangedAsync(FlightStatusChanged change, CancellationToken cancellationToken)
    {
        var flight = change.FlightNumber.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var topic = Topics.Flight(flight, change.Date);
        var status = change.Status.Trim().ToLowerInvariant().Replace(' ', '_');
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        var sms = new Dictionary<string, string>(StringComparer.Ordinal);
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["flight"] = flight, ["date"] = change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        foreach (var (key, value) in change.Details ?? new Dictionary<string, string>())
            if (CampaignValidator.Key().IsMatch(key)) data[key] = value;
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
        var request = new CreateCampaignRequest($"Flight {flight} {change.Date:yyyy-MM-dd}: {status}", new CampaignSegment(topic), messages, sms, template, data,
            MessengerTag: string.IsNullOrWhiteSpace(_options.FlightMessengerTag) ? null : _options.FlightMessengerTag);
        var audience = await campaigns.AudienceAsync(request.Segment!, cancellationToken);
        if (audience.Values.Sum() == 0) return null;
        var triggerKey = $"{topic}:{change.ChangeId ?? status}";
        var (campaign, errors) = await campaigns.CreateAsync(request, triggerKey.Length > 256 ? triggerKey[..256] : triggerKey, cancellationToken);
        if (errors is not null)
            throw new InvalidOperationException("Flight update refused: " + string.Join("; ", errors.SelectMany(e => e.Value)));
        return campaign!.Id;
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
