namespace DarkSocialBot.Dialogs.Airline;

/// <summary>A lost or delayed bag: whose, what it looks like, and how to reach the passenger.</summary>
internal sealed record LostBagRequest(BookingKey Booking, string Description, string ContactPhone);

/// <summary>The file opened for a lost bag: its reference, to quote in every follow-up.</summary>
internal sealed record LostBagReport(string Reference);
