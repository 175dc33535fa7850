using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Sentiment;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Dialogs.Attribution;

namespace DarkSocialBot.Tests.Attribution;

public sealed class HowDidYouHearDialogTests
{
    [Fact]
    public async Task Platform_answer_gets_the_platform_follow_up_and_a_private_message_asks_how_they_felt()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder);

        await client.TranscriptAsync("""
            user: hi
            bot~ how did you hear about us?
            user: Instagram
            bot: Instagram — an ad, a post, a creator, or a message from someone?
            choices: An ad | A post | A creator | A message from someone
            user: A message from someone
            bot~ What did they say about us, or how did you feel about it?
            user: She said the crew were amazing and so kind!
            bot: Thank you for sharing that!
            """);

        Assert.Single(recorder.Asked);
        var answer = recorder.Answer;
        Assert.Equal(SourceCodes.SocialDm, answer.Result.Source);
        Assert.Equal(SourceClass.Dark, answer.Result.Class);
        Assert.Equal("instagram", answer.Result.ShareChannel);
        Assert.Equal(FollowUp.PlatformKind, answer.AskedFollowUp);
        Assert.Equal(HdyhauBot.Now, answer.AskedAt);
        var mention = Assert.Single(recorder.Mentions).Mention;
        Assert.Equal(SentimentLabel.Positive, mention.Sentiment.Label);
        Assert.Equal("en", recorder.Asked[0].Language);
    }

    [Fact]
    public async Task Podcast_gets_which_podcast_and_the_name_becomes_the_detail()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder);

        await client.TranscriptAsync("""
            user: hello
            bot~ how did you hear about us?
            user: A podcast
            bot: Which podcast?
            user: the daily
            bot: Thank you, that really helps us!
            """);

        Assert.Equal(SourceCodes.Podcast, recorder.Answer.Result.Source);
        Assert.Equal("the daily", recorder.Answer.Result.Detail);
        Assert.Empty(recorder.Mentions);
    }

    [Fact]
    public async Task A_friend_gets_link_or_in_person_and_skipping_the_feeling_question_still_records_the_answer()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder);

        await client.TranscriptAsync("""
            user: hello
            bot~ how did you hear about us?
            user: a friend
            bot: Did a friend send you a link, or tell you in person?
            choices: Sent me a link | Told me in person
            user: told me in person
            bot~ What did they say about us
            user: skip
            bot: Thank you, that really helps us!
            """);

        Assert.Equal(SourceCodes.WomFriend, recorder.Answer.Result.Source);
        Assert.Equal("in_person", recorder.Answer.Result.ShareChannel);
        Assert.Empty(recorder.Mentions);
    }

    [Theory]
    [InlineData("an ad", "Where did you see the ad?", "On TV", SourceCodes.Tv)]
    [InlineData("an email", "Was it our newsletter, or did someone forward it to you?", "Someone forwarded it", SourceCodes.EmailForward)]
    [InlineData("google", "What made you search for us?", "my brother told me about you", SourceCodes.WomFamily)]
    [InlineData("something else", "Could you tell me a bit more?", "saw a billboard at the station", SourceCodes.Outdoor)]
    public async Task Each_ambiguous_kind_gets_its_own_single_follow_up(string answer, string followUp, string reply, string source)
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder);
        await client.SendAsync("hi");
        client.AssertReplyContains("how did you hear about us?");

        await client.SendAsync(answer);
        client.AssertReply(followUp);
        await client.SendAsync(reply);

        Assert.Equal(source, recorder.Answer.Result.Source);
        Assert.Single(recorder.Answers);
    }

    [Fact]
    public async Task Other_asks_for_their_own_words_and_a_private_share_in_them_is_dark()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder);

        await client.TranscriptAsync("""
            user: hi
            bot~ how did you hear about us?
            user: Other
            bot: In a few words, how did you hear about us?
            user: my colleague shared it on slack
            bot~ What did they say about us
            user: He was annoyed, the flight was late
            bot: Thank you for sharing that!
            """);

        Assert.Equal(SourceCodes.CommunityPrivate, recorder.Answer.Result.Source);
        Assert.Equal(SentimentLabel.Negative, Assert.Single(recorder.Mentions).Mention.Sentiment.Label);
    }

    [Fact]
    public async Task Free_text_instead_of_an_option_is_classified_without_a_follow_up_when_it_is_clear()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder);

        await client.TranscriptAsync("""
            user: hi
            bot~ how did you hear about us?
            user: my sister sent me the link on WhatsApp
            bot~ What did they say about us
            user: pass
            bot: Thank you, that really helps us!
            """);

        Assert.Equal(SourceCodes.MsgWhatsApp, recorder.Answer.Result.Source);
        Assert.Equal(FollowUp.None, recorder.Answer.AskedFollowUp);
    }

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
