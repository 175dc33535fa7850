namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>Ids of the prompts the brand's dialogs use (registered once, at the top of the dialog set).</summary>
internal static class BrandPrompts
{
    public const string Menu = "menu";
    public const string BookingReference = "bookingReference";
    public const string ReferenceOrName = "referenceOrName";
    public const string LastName = "lastName";
    public const string FlightQuery = "flightQuery";
    public const string Date = "flightDate";
    public const string Seat = "seat";

    /// <summary>A free description (a lost bag, a complaint): commands inside it are only taken from short messages.</summary>
    public const string FreeText = "freeText";
    public const string ContactPhone = "contactPhone";

    /// <summary>"What's your baggage question?": allowance, lost bag, or the question in the customer's words.</summary>
    public const string BaggageTopic = "baggageTopic";
}
