namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// Told when a flight's status changes (register any number in DI: <c>services.AddSingleton&lt;IFlightStatusListener, …&gt;()</c>).
/// Called after the change is saved; a failing listener is logged and does not undo the change or stop the others.
/// </summary>
public interface IFlightStatusListener
{
    Task OnFlightStatusChangedAsync(FlightStatusChange change, CancellationToken cancellationToken);
}
