namespace DarkSocialBot.Core.Recognizers;

/// <summary>
/// One reading of a date or time the customer wrote, in their local time: <see cref="Type"/> is "datetime", "date",
/// "time", "daterange", "datetimerange", "timerange" or "duration"; <see cref="Timex"/> is the TIMEX expression
/// ("2025-03-15T17"). Ranges set <see cref="Start"/>/<see cref="End"/>; a bare time is placed on the reference day.
/// </summary>
public sealed record DateTimeResolution(string Timex, string Type, DateTime? Value, DateTime? Start = null, DateTime? End = null);
