namespace DarkSocialBot.Turns;

/// <summary>
/// The system clock, with the customers' time zone (<see cref="TurnOptions.TimeZone"/>) as its local zone instead of the
/// server's: dialogs read "today" from <see cref="TimeProvider.GetLocalNow"/>, and servers usually run on UTC.
/// </summary>
internal sealed class CustomerTimeProvider(TimeZoneInfo zone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => zone;
}
