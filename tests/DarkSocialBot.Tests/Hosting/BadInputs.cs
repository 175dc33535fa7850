using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>One bad request: why it is bad, its path and query, its body, and whether it must be refused (else: only never a 5xx).</summary>
/// <remarks><paramref name="Field"/>: the JSON path of the field a body probe spoils, which a refusal for its type must name.</remarks>
public sealed record Probe(string Why, string PathAndQuery, byte[]? Body, string? ContentType, bool MustRefuse, string? Field = null);

/// <summary>
/// The bad inputs sent to every endpoint: route values and query values that cannot be right, bodies that are not JSON or not
/// this JSON, and, for a body the API describes, each of its fields (nested ones too) set to values of the wrong type or out of
/// range, on top of a valid sample so the rest of the body passes.
/// </summary>
public static class BadInputs
{
    private const string Json = "application/json";
    /// <summary>Over Kestrel's default request body limit (30,000,000 bytes).</summary>
    private const int Huge = 31_000_000;
    private static readonly string[] NumericQuery = ["page", "pageSize", "limit", "offset", "after", "before", "take", "skip"];
    private static readonly string[] DateQuery = ["from", "to", "since", "until"];

    public static IEnumerable<Probe> Route(SweptEndpoint endpoint, Func<string, string> valid)
    {
        foreach (var parameter in endpoint.RouteParameters)
        {
            var dated = parameter.Name.Equals("date", StringComparison.OrdinalIgnoreCase);
            var keyed = parameter.Number is not null || dated || parameter.Name is "conversationId" or "token";
            (string Value, bool Refuse)[] values =
            [
                ("99999999999999999999", keyed), ("-1", keyed), ("0", keyed), ("abc", keyed), ("1.5", keyed), ("%20", keyed),
                (new string('a', 3000), keyed), ("%FF%FE", keyed), ("%00", keyed), ("%E2%80%AE", keyed),
                ("2026-02-30", keyed), ("2026-13-01", keyed), ("20261201", keyed), ("2026-12-01T10%3A00", keyed), ("99999-01-01", keyed),
            ];
            foreach (var (value, refuse) in values)
                yield return new Probe($"route {{{parameter.Name}}} = {Abbreviate(value)}",
                    endpoint.Path(name => name == parameter.Name ? value : valid(name)), null, null, refuse);
        }
    }

    public static IEnumerable<Probe> Query(SweptEndpoint endpoint, string path)
    {
        var declared = endpoint.Query.Select(q => q.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = declared.Concat(NumericQuery).Concat(DateQuery).Concat(["status", "format"]).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var known = declared.Contains(name);
            var numeric = known && NumericQuery.Contains(name, StringComparer.OrdinalIgnoreCase);
            var date = known && DateQuery.Contains(name, StringComparer.OrdinalIgnoreCase);
            (string Value, bool Refuse)[] values =
            [
                ("abc", numeric || date || (known && name is "status" or "format")), ("-1", known && name is "page" or "pageSize" or "limit"),
                ("0", known && name is "page" or "pageSize" or "limit"), ("99999999999999999999", numeric), ("1.5", numeric), ("1e3", numeric),
                ("", false), ("%FF%FE", known), ("%00", false), (new string('9', 3000), known),
                ("2026-13-45", date), ("2026-02-30", date), ("2026-12-08T25:00", date), ("0001-01-01T00:00:00-14:00", date),
                ("9999-12-31T23:59:59%2B14:00", date), ("10000-01-01", date),
            ];
            // A parameter the endpoint does not read is ignored: one wrong value shows it, the rest are for the ones it reads.
            foreach (var (value, refuse) in known ? values : values[..1])
                yield return new Probe($"query {name} = {Abbreviate(value)}", $"{path}?{name}={value}", null, null, refuse);
            if (known) yield return new Probe($"query {name} twice", $"{path}?{name}=1&{name}=2", null, null, false);
        }
        if (declared.Contains("from") && declared.Contains("to"))
            yield return new Probe("query from after to", $"{path}?from=2026-12-01&to=2026-11-01", null, null, true);
    }

    public static IEnumerable<Probe> Bodies(SweptEndpoint endpoint, string path, string? sample)
    {
        if (!endpoint.CanHaveBody) yield break;
        var takesBody = endpoint.BodyType is not null;
        var required = takesBody && endpoint.BodyRequired;
        var valid = sample ?? "{}";
        (string Why, byte[] Body, string? Type, bool Refuse)[] structural =
        [
            ("empty body", [], Json, required),
            ("no body and no content type", [], null, required),
            ("malformed JSON", Utf8("{\"a\":"), Json, takesBody),
            ("unclosed object", Utf8("{"), Json, takesBody),
            ("a bare closing brace", Utf8("}"), Json, takesBody),
            ("trailing garbage", Utf8(valid + "x"), Json, takesBody),
            ("an array instead of an object", Utf8("[1,2,3]"), Json, takesBody),
            ("an array of the valid body", Utf8("[" + valid + "]"), Json, takesBody),
            ("a string instead of an object", Utf8("\"text\""), Json, takesBody),
            ("a number instead of an object", Utf8("123"), Json, takesBody),
            ("a very large number instead of an object", Utf8("1e400"), Json, takesBody),
            ("true instead of an object", Utf8("true"), Json, takesBody),
            ("JSON null", Utf8("null"), Json, required),
            ("nesting 1000 deep", Utf8(new string('[', 1000) + new string(']', 1000)), Json, takesBody),
            ("a value nested 200 deep", Utf8("{\"a\":" + new string('[', 200) + new string(']', 200) + "}"), Json, false),
            ("invalid UTF-8 in a field it reads", InvalidUtf8(valid), Json, takesBody),
            ("UTF-16 with a BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(valid)], Json, takesBody),
            ("NUL bytes", new byte[64], Json, takesBody),
            ("comments", Utf8("/* x */" + valid), Json, takesBody),
            ("the valid body as text/plain", Utf8(valid), "text/plain", required),
            ("the valid body without a content type", Utf8(valid), null, required),
            ("XML", Utf8("<campaign><name>x</name></campaign>"), "application/xml", required),
            ("a form", Utf8("name=x&text=y"), "application/x-www-form-urlencoded", required && !endpoint.IsWebhook),
            ("multipart", Utf8("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b--\r\n"), "multipart/form-data; boundary=b", required && !endpoint.IsWebhook),
            ("a malformed content type", Utf8(valid), "application/json; charset=\"", false),
            ("an unknown charset", Utf8(valid), "application/json; charset=klingon", false),
        ];
        foreach (var (why, body, type, refuse) in structural)
            yield return new Probe(why, path, body, type, refuse);
        // An endpoint that reads no body answers before it would arrive (and the client, told 200, still sends it into a closed connection).
        if (takesBody || endpoint.IsWebhook) yield return new Probe("a body over the size limit", path, HugeBody(), Json, true);
        if (endpoint.BodyType is null) yield break;
        foreach (var probe in Fields(endpoint, path, valid)) yield return probe;
    }

    /// <summary>Each field of the body type, at any depth, set to each bad value of its type on top of the valid sample.</summary>
    private static IEnumerable<Probe> Fields(SweptEndpoint endpoint, string path, string valid)
    {
        var depth = endpoint.Pattern == "/api/messages" ? 2 : 4;
        foreach (var (segments, type) in Paths(endpoint.BodyType!, depth))
            foreach (var (value, mismatch) in Values(type))
            {
                var json = Replace(valid, segments, value);
                // A webhook takes what its provider sends; an admin or chat endpoint refuses a value its type cannot hold.
                var field = "$" + string.Concat(segments.Select(s => int.TryParse(s, out _) ? $"[{s}]" : $".{s}"));
                yield return new Probe($"{field} = {Abbreviate(value)}", path, Utf8(json), Json, mismatch && !endpoint.IsWebhook, field);
            }
    }

    private static IEnumerable<(string[] Segments, Type Type)> Paths(Type type, int depth, string[]? prefix = null)
    {
        prefix ??= [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.IsDefined(typeof(JsonIgnoreAttribute)) || property.IsDefined(typeof(JsonExtensionDataAttribute)))
                continue;
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(JsonElement)) continue;
            string[] segments = [.. prefix, name];
            yield return (segments, propertyType);
            if (depth <= 1) continue;
            if (Element(propertyType) is { } element && IsObject(element))
                foreach (var inner in Paths(element, depth - 1, [.. segments, "0"])) yield return inner;
            else if (IsObject(propertyType))
                foreach (var inner in Paths(propertyType, depth - 1, segments)) yield return inner;
        }
    }

    /// <summary>Bad values for a field of <paramref name="type"/>, and whether the type cannot hold them at all.</summary>
    private static IEnumerable<(string Value, bool Mismatch)> Values(Type type)
    {
        yield return ("null", false);
        yield return ("{}", !IsObject(type) && !IsDictionary(type));
        yield return ("[]", Element(type) is null || IsDictionary(type));
        yield return ("true", type != typeof(bool));
        if (type == typeof(string))
        {
            yield return ("123", true);
            yield return ("\"\"", false);
            yield return ("\"   \"", false);
            yield return ("\"\\u0000\"", false);
            yield return ("\"\\ud800\"", false);
            yield return ("\"{{name}}\"", false);
            yield return (JsonSerializer.Serialize(new string('x', 100_000)), false);
        }
        else if (IsNumber(type))
        {
            var whole = type != typeof(double) && type != typeof(float) && type != typeof(decimal);
            yield return ("\"abc\"", true);
            yield return ("-1", false);
            yield return ("0", false);
            yield return ("1.5", whole);
            yield return ("99999999999999999999", whole);
            yield return ("1e400", true);
            yield return ("-2147483649", whole);
        }
        else if (type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly))
        {
            yield return ("\"notadate\"", true);
            yield return ("\"2026-02-30\"", true);
            yield return ("\"2026-12-08T25:00\"", true);
            yield return ("123", true);
            yield return ("\"2026-12-08T09:00\"", type == typeof(DateTimeOffset));
            yield return ("\"0001-01-01T00:00:00-14:00\"", type == typeof(DateTime) || type == typeof(DateOnly));
            yield return ("\"9999-12-31T23:59:59+14:00\"", type == typeof(DateTime) || type == typeof(DateOnly));
            yield return ("\"1900-01-01T00:00:00Z\"", type == typeof(DateOnly));
            yield return ("\"2999-01-01\"", false);
            // The API's DateTime fields are local clock times (a flight's estimate at its origin): an offset cannot be honoured.
            yield return ("\"2026-12-08T09:00+05:00\"", type == typeof(DateTime));
            yield return ("\"2026-12-08T09:00Z\"", type == typeof(DateTime));
        }
        else if (type.IsEnum)
        {
            yield return ("\"NotAValue\"", true);
            yield return ("99", false);
            yield return ("-1", false);
            yield return ("\"\"", true);
        }
        else if (type == typeof(bool))
        {
            yield return ("\"yes\"", true);
            yield return ("1", true);
        }
        else if (IsDictionary(type))
        {
            yield return ("\"x\"", true);
            yield return ("{\"en\":5}", true);
            yield return ("{\"en\":null}", false);
            yield return ("{\"\":\"x\"}", false);
            yield return ("{\"" + new string('k', 5000) + "\":\"x\"}", false);
        }
        else if (Element(type) is { } element)
        {
            yield return ("\"x\"", true);
            yield return ("[null]", false);
            yield return ("[123]", element == typeof(string));
            yield return ("[" + string.Join(',', Enumerable.Repeat(element == typeof(string) ? "\"x\"" : "{}", 20_000)) + "]", false);
            if (element == typeof(string)) // as many different values as a column of a few KB cannot hold together
                yield return ("[" + string.Join(',', Enumerable.Range(0, 200).Select(i => $"\"v{i:D31}\"")) + "]", false);
        }
        else
        {
            yield return ("\"x\"", true);
            yield return ("5", true);
        }
    }

    /// <summary>The valid body with the field at <paramref name="segments"/> (created where missing) set to the raw JSON <paramref name="value"/>.</summary>
    private static string Replace(string valid, string[] segments, string value)
    {
        const string Marker = "\u0001bad\u0001";
        var root = JsonNode.Parse(valid) as JsonObject ?? [];
        JsonNode node = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var segment = segments[i];
            var nextIsIndex = int.TryParse(segments[i + 1], out _);
            node = node switch
            {
                JsonArray array => array.Count > 0 && array[0] is { } first ? first : Add(array, nextIsIndex),
                JsonObject obj => obj[segment] is JsonObject or JsonArray ? obj[segment]! : (obj[segment] = nextIsIndex ? new JsonArray() : new JsonObject()),
                _ => node,
            };
        }
        var last = segments[^1];
        if (node is JsonObject target) target[last] = Marker;
        else if (node is JsonArray list) { if (list.Count == 0) list.Add(Marker); else list[0] = Marker; }
        return root.ToJsonString().Replace(JsonSerializer.Serialize(Marker), value, StringComparison.Ordinal);

        static JsonNode Add(JsonArray array, bool index)
        {
            JsonNode created = index ? new JsonArray() : new JsonObject();
            array.Add(created);
            return created;
        }
    }

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double) || type == typeof(float) || type == typeof(decimal);

    private static bool IsDictionary(Type type) => type.GetInterfaces().Append(type)
        .Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));

    private static Type? Element(Type type) =>
        type == typeof(string) || IsDictionary(type) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool IsObject(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(JsonElement);

    /// <summary>The valid body with its first string value made of bytes that are not UTF-8 (in a field the endpoint reads, not one it skips).</summary>
    private static byte[] InvalidUtf8(string valid)
    {
        var at = valid.IndexOf(":\"", StringComparison.Ordinal);
        if (at < 0) return [.. "{\"text\":\""u8.ToArray(), 0xFF, 0xFE, 0xC3, .. "\"}"u8.ToArray()];
        return [.. Utf8(valid[..(at + 2)]), 0xFF, 0xFE, 0xC3, .. Utf8(valid[(at + 2)..])];
    }

    private static byte[] HugeBody()
    {
        var body = new byte[Huge];
        "{\"text\":\""u8.CopyTo(body);
        body.AsSpan(9, Huge - 11).Fill((byte)'x');
        "\"}"u8.CopyTo(body.AsSpan(Huge - 2));
        return body;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Abbreviate(string value) => value.Length <= 40 ? value : $"{value[..20]}…({value.Length} chars)";
}
