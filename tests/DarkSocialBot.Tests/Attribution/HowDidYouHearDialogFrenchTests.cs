using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Sentiment;

namespace DarkSocialBot.Tests.Attribution;

public sealed class HowDidYouHearDialogFrenchTests
{
    [Fact]
    public async Task French_customer_gets_the_question_options_and_follow_up_in_french()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder, locale: "fr-FR");

        var question = (await client.SendAsync("bonjour"))[0];
        client.NextReply();
        Assert.Contains("comment avez-vous entendu parler de nous ?", question.Text, StringComparison.Ordinal);
        Assert.Contains("Un ami, un proche ou un collègue", HdyhauBot.Titles(question));
        Assert.Equal("Autre", HdyhauBot.Titles(question)[^1]);

        await client.TranscriptAsync("""
            user: Un ami, un proche ou un collègue
            bot: Un proche vous a-t-il envoyé un lien, ou vous en a-t-il parlé de vive voix ?
            choices: Il m'a envoyé un lien | Il m'en a parlé de vive voix
            user: Il m'a envoyé un lien
            bot~ Qu'est-ce qu'on vous a dit de nous
            user: Elle m'a dit que c'était vraiment génial !
            bot: Merci de nous l'avoir dit !
            """);

        Assert.Equal(SourceCodes.WomFriend, recorder.Answer.Result.Source);
        Assert.Equal("fr", recorder.Asked[0].Language);
        var mention = Assert.Single(recorder.Mentions).Mention;
        Assert.Equal(SentimentLabel.Positive, mention.Sentiment.Label);
        Assert.Equal("fr", mention.Sentiment.Language);
    }

    [Theory]
    [InlineData("passer")]
    [InlineData("non merci")]
    [InlineData("Je passe")]
    public async Task French_skip_words_end_the_question(string words)
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder, locale: "fr-FR");

        await client.TranscriptAsync($"""
            user: bonjour
            bot~ comment avez-vous entendu parler de nous ?
            user: {words}
            bot: Pas de souci.
            """);

        Assert.Single(recorder.Skipped);
    }

    [Fact]
    public async Task French_free_text_with_a_platform_gets_the_platform_follow_up_in_french()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder, locale: "fr-FR");

        await client.TranscriptAsync("""
            user: bonjour
            bot~ comment avez-vous entendu parler de nous ?
            user: vu sur tiktok
            bot: TikTok — une pub, une publication, un créateur de contenu, ou un message de quelqu'un ?
            choices: Une pub | Une publication | Un créateur de contenu | Un message de quelqu'un
            user: une pub
            bot: Merci, ça nous aide beaucoup !
            """);

        Assert.Equal(SourceCodes.PaidSocial, recorder.Answer.Result.Source);
        Assert.Equal("tiktok", recorder.Answer.Result.ShareChannel);
    }

    [Fact]
    public async Task French_other_then_own_words_about_a_colleague()
    {
        var recorder = new RecordingAttributionRecorder();
        var client = HdyhauBot.Client(recorder, locale: "fr-FR");

        await client.TranscriptAsync("""
            user: salut
            bot~ comment avez-vous entendu parler de nous ?
            user: autre
            bot: En quelques mots, comment avez-vous entendu parler de nous ?
            user: un collègue m'en a parlé à la machine à café
            bot~ Qu'est-ce qu'on vous a dit de nous
            user: il était déçu, pas terrible
            bot: Merci de nous l'avoir dit !
            """);

        Assert.Equal(SourceClass.Dark, recorder.Answer.Result.Class);
        Assert.Equal(SentimentLabel.Negative, Assert.Single(recorder.Mentions).Mention.Sentiment.Label);
    }
}
