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

    /// <summary>
    /// The question comes in the same turn as the answer to a request, so a "thanks" is mostly for that answer: it skipped
    /// the question, and the customer's answer a moment later got "Please pick one of these".
    /// </summary>
    [Theory]
    [InlineData("en-US", "thanks!", "You're welcome 😊 And how did you hear about us, if you don't mind? (or say \"skip\")", "my cousin sent me the link on whatsapp")]
    [InlineData("en-US", "great, thank you so much", "You're welcome 😊 And how did you hear about us, if you don't mind? (or say \"skip\")", "my cousin sent me the link on whatsapp")]
    [InlineData("fr-FR", "merci beaucoup", "Avec plaisir 😊 Et comment avez-vous entendu parler de nous, si ce n'est pas indiscret ? (ou dites « passer »)", "ma cousine m'a envoyé le lien sur whatsapp")]
    public async Task Thanks_alone_is_welcomed_and_the_question_asked_once_more(string locale, string thanks, string reply, string answer)
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder, locale);
        await client.SendAsync(locale == "fr-FR" ? "bonjour" : "hi");
        client.NextReply();

        await client.SendAsync(thanks);
        client.AssertReply(reply);
        await client.SendAsync(answer);

        Assert.Empty(recorder.Skipped);
        Assert.Equal((SourceClass.Dark, "whatsapp"), (recorder.Answer.Result.Class, recorder.Answer.Result.ShareChannel));
    }

    [Theory]
    [InlineData("thanks", "thanks")]
    [InlineData("thanks, bye", null)]
    [InlineData("no thanks", null)]
    public async Task Thanks_twice_or_a_goodbye_skips_the_question(string first, string? second)
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder);
        await client.SendAsync("hi");
        client.NextReply();

        await client.SendAsync(first);
        if (second is not null)
        {
            client.AssertReplyContains("how did you hear about us, if you don't mind?");
            await client.SendAsync(second);
        }

        client.AssertReply("No problem at all.");
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
