namespace DarkSocialBot.Dialogs.Airline;

/// <summary>Fare families: Light has no checked bag, Standard one, Flex two and free changes.</summary>
public enum Fare
{
    Light,
    Standard,
    Flex,
}
