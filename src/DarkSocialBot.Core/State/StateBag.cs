using System.Buffers;
using System.Text.Json;

namespace DarkSocialBot.Core.State;

/// <summary>
/// Conversation or user state for one turn: a JSON document read lazily, with typed slots. Objects handed out by
/// <see cref="Get{T}"/> are written back when the turn commits, so callers mutate them in place. Slots nobody touched
/// are copied through as they were stored, in their place, so a turn that changes nothing writes nothing.
/// </summary>
public sealed class StateBag
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly byte[]? _original;
    private JsonDocument? _document;
    private readonly Dictionary<string, object> _live = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private bool _cleared;

    public StateBag(byte[]? original) => _original = original is { Length: > 0 } ? original : null;

    public T Get<T>(StateProperty<T> property) where T : class
    {
        if (_live.TryGetValue(property.Name, out var live)) return (T)live;
        var value = Stored(property.Name) is { } element ? element.Deserialize<T>(Json) ?? property.CreateDefault() : property.CreateDefault();
        _live[property.Name] = value;
        return value;
    }

    public void Set<T>(StateProperty<T> property, T value) where T : class => _live[property.Name] = value;

    public void Remove<T>(StateProperty<T> property) where T : class
    {
        _live.Remove(property.Name);
        _removed.Add(property.Name);
    }

    /// <summary>Forget everything (used by erasure and "start over").</summary>
    public void Clear()
    {
        _live.Clear();
        _removed.Clear();
        _cleared = true;
    }

    /// <summary>The document to store, or null when nothing changed this turn.</summary>
    public byte[]? SerializeIfChanged()
    {
        if (_live.Count == 0 && _removed.Count == 0 && !_cleared) return null;
        var buffer = new ArrayBufferWriter<byte>(_original?.Length + 256 ?? 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var written = new HashSet<string>(StringComparer.Ordinal);
            if (Root() is { } root)
            {
                foreach (var stored in root.EnumerateObject())
                {
                    if (_removed.Contains(stored.Name) && !_live.ContainsKey(stored.Name)) continue;
                    if (_live.TryGetValue(stored.Name, out var value)) Write(writer, stored.Name, value);
                    else stored.WriteTo(writer);
                    written.Add(stored.Name);
                }
            }
            foreach (var (name, value) in _live)
                if (!written.Contains(name)) Write(writer, name, value);
            writer.WriteEndObject();
        }
        return _original is not null && buffer.WrittenSpan.SequenceEqual(_original) ? null : buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, string name, object value)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, value.GetType(), Json);
    }

    private JsonElement? Stored(string name) =>
        !_removed.Contains(name) && Root() is { } root && root.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null
            ? element : null;

    /// <summary>The stored document's top-level object; none once cleared, or when nothing (or not an object) was stored.</summary>
    private JsonElement? Root()
    {
        if (_cleared || _original is null) return null;
        _document ??= JsonDocument.Parse(_original);
        return _document.RootElement.ValueKind == JsonValueKind.Object ? _document.RootElement : null;
    }
}
