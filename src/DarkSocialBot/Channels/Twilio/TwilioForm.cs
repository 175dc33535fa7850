using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// Decodes an <c>application/x-www-form-urlencoded</c> body exactly as signed: names case-sensitive, <c>+</c> as a
/// space, percent-escapes decoded, empty values and repeated keys kept in arrival order.
/// </summary>
public static class TwilioForm
{
    public static Dictionary<string, List<string>> Parse(ReadOnlySpan<byte> body)
    {
        var form = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in new QueryStringEnumerable(Encoding.UTF8.GetString(body)))
        {
            var name = pair.DecodeName().ToString();
            if (!form.TryGetValue(name, out var values)) form[name] = values = [];
            values.Add(pair.DecodeValue().ToString());
        }
        return form;
    }

    public static string? Value(this IReadOnlyDictionary<string, List<string>> form, string name) =>
        form.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
