using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Airline;

/// <summary>An airport the airline flies to: its code ("CDG") and its city's name in every language ("Londres", "London").</summary>
internal sealed record Airport(string Code, LocalizedText City);
