namespace DarkSocialBot.Dialogs.Airline;

/// <summary>What a passenger may bring: cabin bags (plus one personal item) and checked bags, with their weights.</summary>
internal sealed record BaggageAllowance(int CabinBags, int CabinKilos, int CheckedBags, int CheckedKilos);
