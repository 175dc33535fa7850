using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>
/// An option offered to the customer: <see cref="Value"/> is what the dialog gets back, <see cref="Title"/> what the
/// customer sees (per language; defaults to the value), <see cref="Synonyms"/> other words that pick it ("fenêtre", "hublot").
/// </summary>
public sealed record Choice(string Value, LocalizedText? Title = null, IReadOnlyList<string>? Synonyms = null)
{
    public string TitleFor(string locale) => Title?.Get(locale) is { Length: > 0 } title ? title : Value;

    public static implicit operator Choice(string value) => new(value);

    public static Choice FromString(string value) => new(value);
}
