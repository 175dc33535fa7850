using System.Text.Json;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.State;

namespace DarkSocialBot.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task Waterfall_keeps_typed_state_across_turns_and_completes()
    {
        var client = TripBot.Client();

        await client.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: Ana
            bot: How many bags?
            user: two
            bot: When do you fly?
            user: tomorrow at 5pm
            bot: Which seat?
            choices: Window | Aisle | Middle
            user: the window one please
            bot: Ana: 2 bag(s), 2025-03-15 17:00, window. OK?
            choices: Yes | No
            user: yep
            bot: Done!
            """);
    }

    [Fact]
    public async Task Typed_state_is_stored_as_json_in_the_stack_frame_between_turns()
    {
        var client = TripBot.Client();
        await client.SendAsync("hi");
        client.AssertReply("What's your name?");
        await client.SendAsync("Ana");
        client.AssertReply("How many bags?");

        var store = (InMemoryConversationStore)client.Store;
        using var stored = JsonDocument.Parse(store.Find("test/conversations/conversation-1").Data);
        var frames = stored.RootElement.GetProperty("dialogStack").GetProperty("frames");

        Assert.Equal(["trip", "number"], frames.EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal("1/6", frames[0].GetProperty("version").GetString());
        Assert.Equal("Ana", frames[0].GetProperty("state").GetProperty("values").GetProperty("name").GetString());
        Assert.Equal(1, frames[0].GetProperty("state").GetProperty("step").GetInt32());
    }

    [Fact]
    public async Task Saying_no_at_the_end_completes_without_changes()
    {
        var client = TripBot.Client();

        await client.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: Bo
            bot: How many bags?
            user: 0
            bot: When do you fly?
            user: March 20th at 8am
            bot: Which seat?
            user: 3
            bot: Bo: 0 bag(s), 2025-03-20 08:00, middle. OK?
            user: nope
            bot: Nothing changed.
            user: hello again
            bot: What's your name?
            """);
    }

    [Fact]
    public async Task Next_runs_the_following_step_in_the_same_turn_and_options_seed_the_state()
    {
        var flow = new WaterfallDialog<TripChange>("seeded")
            .Step((step, ct) => step.NextAsync(step.State.Name, ct))
            .Step((step, ct) =>
            {
                step.Send($"hello {step.ResultAs<string>()}");
                return step.EndAsync(null, ct);
            });
        var starter = new WaterfallDialog<NoState>("root")
            .Step((step, ct) => step.BeginAsync("seeded", new TripChange { Name = "Léa" }, ct))
            .Step((step, ct) => step.EndAsync(null, ct));
        var client = TripBot.Client(new DialogManager(starter, flow));

        await client.TranscriptAsync("""
            user: hi
            bot: hello Léa
            """);
    }
}
