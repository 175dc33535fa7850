using System.Text.Json;
using System.Text.Json.Nodes;

namespace DarkSocialBot.Core.State;

/// <summary>
/// Conversation or user state for one turn: a JSON document read lazily, with typed slots. Objects handed out by
/// <see cref="Get{T}"/> are written back when the turn commits, so callers mutate them in place.
/// </summary>
public sealed class StateBag
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly byte[]? _original;
    private JsonObject? _data;
    private readonly Dictionary<string, object> _live = new(StringComparer.Ordinal);
    private bool _cleared;

    public StateBag(byte[]? original) => _original = original is { Length: > 0 } ? original : null;

    public T Get<T>(StateProperty<T> property) where T : class
    {
        if (_live.TryGetValue(property.Name, out var live)) return (T)live;
        var node = Data[property.Name];
        var value = node is null ? property.CreateDefault() : node.Deserialize<T>(Json) ?? property.CreateDefault();
        _live[property.Name] = value;
        return value;
    }

    public void Set<T>(StateProperty<T> property, T value) where T : class => _live[property.Name] = value;

    public void Remove<T>(StateProperty<T> property) where T : class
    {
        _live.Remove(property.Name);
        Data.Remove(property.Name);
    }

    /// <summary>Forget everything (used by erasure and "start over").</summary>
    public void Clear()
    {
        _live.Clear();
        _data = [];
        _cleared = true;
    }

    private JsonObject Data => _data ??= _original is null ? [] : JsonNode.Parse(_original) as JsonObject ?? [];

    /// <summary>The document to store, or null when nothing changed this turn.</summary>
    public byte[]? SerializeIfChanged()
    {
        if (_live.Count == 0 && !_cleared) return null;
        var data = Data;
        foreach (var (name, value) in _live) data[name] = JsonSerializer.SerializeToNode(value, value.GetType(), Json);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(data, Json);
        return _original is not null && bytes.AsSpan().SequenceEqual(_original) ? null : bytes;
    }
}
