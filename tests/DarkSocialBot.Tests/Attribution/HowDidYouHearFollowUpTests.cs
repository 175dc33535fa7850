using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Sentiment;

namespace DarkSocialBot.Tests.Attribution;

public sealed class HowDidYouHearFollowUpTests
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
    [InlineData("something else", "Could you tell me a bit more about how you heard of us? (or say \"skip\")", "saw a billboard at the station", SourceCodes.Outdoor)]
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
}
