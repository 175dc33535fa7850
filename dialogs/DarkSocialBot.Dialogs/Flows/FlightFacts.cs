using DarkSocialBot.Core.Localization;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>The placeholders every flight text may use: {flight}, {origin}, {destination}, {date}, {departure}, {estimated}, …</summary>
internal static class FlightFacts
{
    public static (string, object?)[] Of(FlightStatus flight) =>
    [
        ("flight", flight.DisplayNumber), ("origin", flight.OriginCity), ("destination", flight.DestinationCity),
        ("date", flight.Date.ToDateTime(TimeOnly.MinValue)), ("departure", flight.ScheduledDeparture),
        ("estimated", flight.EstimatedDeparture), ("arrival", flight.ExpectedArrival), ("boarding", flight.BoardingTime),
        ("terminal", flight.Terminal), ("gate", flight.Gate),
    ];

    /// <summary>How a request ends once the flight's status is told: a delay is bad news, after which the bot asks nothing of its own.</summary>
    public static FlowOutcome Told(FlightStatus flight) => flight.State == FlightState.Delayed ? FlowOutcome.BadNews : FlowOutcome.Resolved;

    /// <summary>The status sentence, with the gate (or when it will be known) while the flight has not left.</summary>
    public static LocalizedText Status(FlightStatus flight, BrandTexts texts)
    {
        // A late flight lands after midnight: "arrival 01:05" alone reads as the morning of the departure day.
        (string, object?)[] facts = [.. Of(flight),
            ("nextDay", flight.ExpectedArrival.Date > flight.ScheduledDeparture.Date ? texts.Flight.NextDay : new LocalizedText(""))];
        var status = flight.State switch
        {
            FlightState.Delayed => texts.Flight.Delayed,
            FlightState.Boarding => texts.Flight.Boarding,
            FlightState.Departed => texts.Flight.Departed,
            FlightState.Arrived => texts.Flight.Arrived,
            FlightState.Cancelled => texts.Flight.Cancelled,
            _ => texts.Flight.OnTime,
        };
        if (flight.State is not (FlightState.OnTime or FlightState.Delayed or FlightState.Boarding)) return status.Fill(facts);
        // "What time does boarding start?" asked a day ahead: the terminal and the boarding time are known before the gate.
        var gate = flight.Gate is not null ? texts.Flight.Gate
            : flight.Terminal is not null && flight.BoardingTime is not null ? texts.Flight.NoGateBoarding
            : texts.Flight.NoGate;
        return status.Fill(facts).Then(gate.Fill(facts));
    }

    public static LocalizedText CabinName(Cabin cabin, BrandTexts texts) => cabin == Cabin.Business ? texts.Names.Business : texts.Names.Economy;

    public static LocalizedText FareName(Fare fare, BrandTexts texts) => fare switch
    {
        Fare.Light => texts.Names.Light,
        Fare.Flex => texts.Names.Flex,
        _ => texts.Names.Standard,
    };
}
