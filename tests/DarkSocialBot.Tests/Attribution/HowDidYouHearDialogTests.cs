using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Dialogs.Attribution;

namespace DarkSocialBot.Tests.Attribution;

public sealed class HowDidYouHearDialogTests
{
    [Theory]
    [InlineData("skip")]
    [InlineData("no thanks")]
    [InlineData("Skip please")]
    public async Task Skipping_ends_politely_and_is_recorded_as_skipped(string words)
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder);

        await client.TranscriptAsync($"""
            user: hi
            bot~ how did you hear about us?
            user: {words}
            bot: No problem at all.
            """);

        Assert.Single(recorder.Skipped);
        Assert.Empty(recorder.Answers);
    }

    [Fact]
    public async Task The_question_is_asked_once_per_customer()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder);
        await client.TranscriptAsync("""
            user: hi
            bot~ how did you hear about us?
            user: chatgpt
            bot: Thank you, that really helps us!
            """);

        await client.SendAsync("hello again");

        client.AssertNoMoreReplies();
        Assert.Single(recorder.Asked);
    }

    [Fact]
    public async Task Options_are_shuffled_per_customer_with_other_last_and_stay_put_for_one_customer()
    {
        var orders = new List<string[]>();
        foreach (var user in new[] { "user-1", "user-2", "user-3", "user-4" })
        {
            var client = HdyhauBot.Client(new RecordingAttributionRecorder(), userId: user);
            await client.SendAsync("hi");
            orders.Add(HdyhauBot.Titles(client.NextReply()));
            await client.SendAsync("🙂");
            var again = HdyhauBot.Titles(client.AssertReplyContains("didn't catch that"));
            Assert.Equal(orders[^1], again);
        }

        Assert.All(orders, order => Assert.Equal("Other", order[^1]));
        Assert.All(orders, order => Assert.Equal(9, order.Distinct().Count()));
        Assert.True(orders.Select(o => string.Join("|", o)).Distinct().Count() > 1, "every customer saw the same order");
    }

    [Fact]
    public async Task Nothing_is_asked_while_the_conversation_is_handed_off_to_an_agent()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder, isHandedOff: _ => true);

        await client.SendAsync("hi");

        client.AssertNoMoreReplies();
        Assert.Empty(recorder.Asked);
    }

    [Fact]
    public async Task Nothing_is_asked_of_a_customer_who_was_offered_a_human_because_they_sounded_upset()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder, middleware: [new UpsetCustomer()]);

        await client.SendAsync("hi");

        client.AssertNoMoreReplies();
        Assert.Empty(recorder.Asked);
    }

    [Fact]
    public async Task The_first_tracked_entry_is_recorded_beside_the_answer()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder, middleware: [new CameThrough(TrackedEntry.Parse("[ref:SHARE-WA-SPRING]")!)]);

        await client.TranscriptAsync("""
            user: hi
            bot~ how did you hear about us?
            user: chatgpt
            bot: Thank you, that really helps us!
            """);

        Assert.Equal("SHARE-WA-SPRING", recorder.Answer.TrackedEntry?.Code);
        Assert.Equal(SourceCodes.AiAssistant, recorder.Answer.Result.Source);
    }

    private sealed class UpsetCustomer : IMiddleware
    {
        public Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            context.ConversationState.Get(ConversationMood.Property).AgentOffered = true;
            return next(cancellationToken);
        }
    }

    private sealed class CameThrough(TrackedEntry entry) : IMiddleware
    {
        public Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            context.UserState.Get(AttributionProfile.Property).FirstTrackedEntry ??= entry;
            return next(cancellationToken);
        }
    }
}
