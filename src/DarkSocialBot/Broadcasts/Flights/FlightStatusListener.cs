using System.Globalization;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Broadcasts.Flights;

/// <summary>
/// Hears the airline backend's flight status changes and broadcasts them to the flight's followers: the new state as a
/// status code (a gate change alone is <c>gate_changed</c>), the gate and estimated departure as details, and a change id
/// from that content, so the same change raised twice broadcasts once.
/// </summary>
internal sealed class FlightStatusListener(FlightStatusBroadcaster broadcaster) : IFlightStatusListener
{
    public Task OnFlightStatusChangedAsync(FlightStatusChange change, CancellationToken cancellationToken)
    {
        var status = change.State switch
        {
            FlightState.Delayed => "delayed",
            FlightState.Boarding => "boarding",
            FlightState.Departed => "departed",
            FlightState.Arrived => "landed",
            FlightState.Cancelled => "cancelled",
            _ when change.PreviousState == change.State && change.Gate != change.PreviousGate => "gate_changed",
            _ => "on_time",
        };
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (change.Gate is { } gate && gate != change.PreviousGate) details["gate"] = gate;
        if (change.State == FlightState.Delayed && change.EstimatedDeparture is { } departure)
            details["departure"] = departure.ToString("HH:mm", CultureInfo.InvariantCulture);
        var changeId = $"{status}:{details.GetValueOrDefault("gate")}:{details.GetValueOrDefault("departure")}";
        return broadcaster.OnFlightStatusChangedAsync(new FlightStatusChanged(change.FlightNumber, change.Date, status, details, changeId), cancellationToken);
    }
}
