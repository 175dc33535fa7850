using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// The signing keys of one OpenID configuration, with each key's Bot Framework <c>endorsements</c> (the channels a
/// key may sign for). Endorsements are not part of the JWK standard, so they are read from the raw JWKS document.
/// </summary>
internal sealed class SigningKeys
{
    private readonly HashSet<string> _keyIds;
    private readonly Dictionary<string, string[]> _endorsements;

    private SigningKeys(OpenIdConnectConfiguration configuration, Dictionary<string, string[]> endorsements)
    {
        Configuration = configuration;
        Keys = [.. configuration.SigningKeys];
        _keyIds = new HashSet<string>(Keys.Select(k => k.KeyId).OfType<string>(), StringComparer.Ordinal);
        _endorsements = endorsements;
    }

    public OpenIdConnectConfiguration Configuration { get; }

    public IReadOnlyList<SecurityKey> Keys { get; }

    public bool Contains(string keyId) => _keyIds.Contains(keyId);

    /// <summary>True when the key carries no endorsements, or when they include <paramref name="channelId"/>.</summary>
    public bool Endorses(string? keyId, string? channelId) =>
        keyId is null || !_endorsements.TryGetValue(keyId, out var endorsements)
        || (!string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId, StringComparer.Ordinal));

    public static SigningKeys From(OpenIdConnectConfiguration configuration) =>
        new(configuration, ReadEndorsements(configuration.JsonWebKeySet));

    private static Dictionary<string, string[]> ReadEndorsements(JsonWebKeySet? keySet)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(keySet?.JsonData))
        {
            // No raw document: fall back to what the JWK parser kept of unknown members.
            foreach (var key in keySet?.Keys ?? [])
                if (key.Kid is { } kid && key.AdditionalData.TryGetValue("endorsements", out var value))
                    result[kid] = Strings(value);
            return result;
        }

        using var document = JsonDocument.Parse(keySet.JsonData);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array) return result;
        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out var endorsements)) continue;
            result[kid.GetString()!] = Strings(endorsements);
        }
        return result;
    }

    /// <summary>Endorsements as strings; anything that is not a list of strings endorses nothing.</summary>
    private static string[] Strings(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array =>
            [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        IEnumerable<object> items => [.. items.OfType<string>()],
        _ => [],
    };
}
