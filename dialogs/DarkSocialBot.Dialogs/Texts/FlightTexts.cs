using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Flight status.</summary>
internal sealed class FlightTexts
{
    public LocalizedText AskFlight { get; } = new();

    /// <summary>"Flight status" asked again after a status: which flight, with the one just checked ({flight}, {date}) as an option.</summary>
    public LocalizedText AskAnotherFlight { get; } = new();

    /// <summary>A flight asked about unhappily: sorry before the status, and a colleague offered after it.</summary>
    public LocalizedText UnhappySorry { get; } = new();
    public LocalizedText UnhappyOffer { get; } = new();
    public LocalizedText LastFlightOption { get; } = new();
    public LocalizedText FlightRetry { get; } = new();
    public LocalizedText AskDate { get; } = new();
    public LocalizedText DateRetry { get; } = new();
    public LocalizedText NotFound { get; } = new();
    public LocalizedText NotFoundSoon { get; } = new();
    public LocalizedText DayOption { get; } = new();

    /// <summary>A route named instead of a flight number: no flight on it that day ({origin}, {destination}, {date}), or soon.</summary>
    public LocalizedText RouteNotFound { get; } = new();
    public LocalizedText RouteNotFoundSoon { get; } = new();

    /// <summary>Several flights on the route: which one ({origin}, {destination}), each offered as {flight}, {date}, {departure}…</summary>
    public LocalizedText AskRouteFlight { get; } = new();
    public LocalizedText RouteOption { get; } = new();

    /// <summary>The same when only the destination was named ("the flight to London"): {destination}; options also say {origin}.</summary>
    public LocalizedText DestinationNotFound { get; } = new();
    public LocalizedText DestinationNotFoundSoon { get; } = new();
    public LocalizedText AskDestinationFlight { get; } = new();
    public LocalizedText DestinationOption { get; } = new();

    /// <summary>The same when only the origin was named ("the flight from Lyon"): {origin}; options also say {destination}.</summary>
    public LocalizedText OriginNotFound { get; } = new();
    public LocalizedText OriginNotFoundSoon { get; } = new();
    public LocalizedText AskOriginFlight { get; } = new();
    public LocalizedText OriginOption { get; } = new();
    public LocalizedText OnTime { get; } = new();
    public LocalizedText Delayed { get; } = new();
    public LocalizedText Boarding { get; } = new();
    public LocalizedText Departed { get; } = new();
    public LocalizedText NextDay { get; } = new();
    public LocalizedText Arrived { get; } = new();
    public LocalizedText Cancelled { get; } = new();
    public LocalizedText Gate { get; } = new();
    public LocalizedText NoGate { get; } = new();

    /// <summary>No gate yet, with the terminal and the boarding time, when both are known.</summary>
    public LocalizedText NoGateBoarding { get; } = new();
    public LocalizedText CancelledOffer { get; } = new();

    /// <summary>"I don't know the flight number": where to find it, or a booking reference, or a colleague.</summary>
    public LocalizedText WhereNumber { get; } = new();
}
