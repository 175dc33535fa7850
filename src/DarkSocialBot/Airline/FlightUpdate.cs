using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Airline;

/// <summary>A change from operations: the new state (required by the API), and optionally gate, terminal and estimated departure (local at the origin).</summary>
public sealed record FlightUpdate(FlightState? State, string? Gate = null, string? Terminal = null, DateTime? EstimatedDeparture = null);
