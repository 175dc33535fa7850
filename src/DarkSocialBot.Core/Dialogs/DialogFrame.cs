using System.Text.Json;
using DarkSocialBot.Core.State;

namespace DarkSocialBot.Core.Dialogs;

/// <summary>
/// One entry of the dialog stack: which dialog, in which version, and its typed state. The state is stored as JSON with
/// the conversation and read back into the dialog's own state class on first use in a turn.
/// </summary>
public sealed class DialogFrame
{
    public string Id { get; set; } = "";
    public string Version { get; set; } = "";

    /// <summary>A <see cref="JsonElement"/> right after loading, the live state object once a dialog has read it.</summary>
    public object? State { get; set; }

    /// <summary>The frame's state as <typeparamref name="T"/>, created on first use; changes are saved with the turn.</summary>
    public T GetState<T>() where T : class, new()
    {
        switch (State)
        {
            case T live:
                return live;
            case null:
            case JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }:
                var created = new T();
                State = created;
                return created;
            case JsonElement stored:
                var read = stored.Deserialize<T>(StateBag.Json) ?? new T();
                State = read;
                return read;
            default:
                throw new InvalidOperationException($"Dialog '{Id}' keeps a {State.GetType().Name} in its frame, not a {typeof(T).Name}.");
        }
    }

    /// <summary>Whether the stored state can be read as <typeparamref name="T"/> (for example after a deploy changed it).</summary>
    public bool CanReadState<T>() where T : class, new()
    {
        try
        {
            GetState<T>();
            return true;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return false;
        }
    }
}
