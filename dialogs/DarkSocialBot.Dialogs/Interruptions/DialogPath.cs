using DarkSocialBot.Core.Dialogs;

namespace DarkSocialBot.Dialogs.Interruptions;

/// <summary>The dialogs in progress from the root down to the one waiting for the customer (inside components too).</summary>
internal static class DialogPath
{
    public static IReadOnlyList<string> Active(DialogContext dc)
    {
        var path = new List<string>();
        var stack = dc.Stack;
        Func<string, Dialog?> find = dc.Find;
        while (stack.Frames.Count > 0)
        {
            var frame = stack.Frames[^1];
            path.Add(frame.Id);
            if (find(frame.Id) is not ComponentDialog component || !frame.CanReadState<DialogStack>()) break;
            var outer = find;
            find = id => component.Dialogs.Find(id) ?? outer(id);
            stack = frame.GetState<DialogStack>();
        }
        return path;
    }
}
