using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Tests.Attribution;

public sealed class AttributionClassifierTests
{
    private static AttributionResult Classify(string text, string? locale = null) => AttributionClassifier.Default.Classify(text, locale);

    [Fact]
    public void Sister_on_whatsapp_is_dark_social_via_whatsapp()
    {
        var result = Classify("my sister sent it on WhatsApp");
        Assert.Equal(("MSG_WHATSAPP", SourceClass.Dark, "whatsapp"), (result.Source, result.Class, result.ShareChannel));
        Assert.Equal(AttributionClassifier.Version, result.ClassifierVersion);
        Assert.Contains("whatsapp", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("un collègue m'en a parlé", "WOM_COLLEAGUE", SourceClass.Dark, null)]
    [InlineData("vu une pub sur insta", "PAID_SOCIAL", SourceClass.Paid, "instagram")]
    [InlineData("ChatGPT", "AI_ASSISTANT", SourceClass.Public, null)]
    [InlineData("saw a youtube video", "SOCIAL_ORGANIC", SourceClass.Public, "youtube")]
    [InlineData("google", "SEARCH", SourceClass.Public, "google")]
    [InlineData("google ad", "PAID_SEARCH", SourceClass.Paid, "google")]
    [InlineData("your newsletter", "OWN_CHANNEL", SourceClass.Owned, "email")]
    [InlineData("a friend sent me a link on slack", "COMMUNITY_PRIVATE", SourceClass.Dark, "slack")]
    [InlineData("à la machine à café", "IN_PERSON", SourceClass.Dark, "in_person")]
    [InlineData("je sais plus", "DONT_REMEMBER", SourceClass.Unclassified, null)]
    public void Mechanism_decides_the_code_not_the_platform(string text, string code, SourceClass kind, string? channel)
    {
        var result = Classify(text);
        Assert.Equal((code, kind, channel), (result.Source, result.Class, result.ShareChannel));
    }

    [Theory]
    [InlineData("whatsap", "MSG_WHATSAPP")]
    [InlineData("instagarm", "SOCIAL_ORGANIC")]
    [InlineData("podacst", "PODCAST")]
    [InlineData("Ma SŒUR m’a envoyé le lien sur WhatsApp", "MSG_WHATSAPP")]
    public void Typos_accents_and_apostrophes_are_tolerated(string text, string code) => Assert.Equal(code, Classify(text).Source);

    [Fact]
    public void A_typo_costs_some_confidence() =>
        Assert.True(Classify("whatsap").Confidence < Classify("whatsapp").Confidence);

    [Theory]
    [InlineData("Instagram", FollowUp.PlatformKind)]
    [InlineData("a podcast", FollowUp.WhichPodcast)]
    [InlineData("a friend", FollowUp.FriendHow)]
    [InlineData("an influencer I follow", FollowUp.WhichCreator)]
    [InlineData("an ad", FollowUp.AdWhere)]
    [InlineData("google", FollowUp.WhatMadeYouSearch)]
    public void Ambiguous_answers_ask_the_right_follow_up(string text, FollowUp followUp)
    {
        var result = Classify(text);
        Assert.True(result.IsAmbiguous);
        Assert.Equal(followUp, result.FollowUp);
        Assert.True(result.Confidence <= 0.7);
    }

    [Theory]
    [InlineData("a friend told me over dinner")]
    [InlineData("the Lex Fridman podcast")]
    [InlineData("my sister sent it on WhatsApp")]
    public void Clear_answers_need_no_follow_up(string text) => Assert.False(Classify(text).IsAmbiguous);

    [Theory]
    [InlineData("the Lex Fridman podcast", "Lex Fridman")]
    [InlineData("Lex Fridman's podcast", "Lex Fridman")]
    [InlineData("dans le podcast Génération Do It Yourself", "Génération Do It Yourself")]
    [InlineData("le podcast de Navie", "Navie")]
    [InlineData("le podcast « Les Couilles sur la table »", "Les Couilles sur la table")]
    public void Podcast_names_are_extracted_as_detail(string text, string detail)
    {
        var result = Classify(text);
        Assert.Equal(("PODCAST", detail, FollowUp.None), (result.Source, result.Detail, result.FollowUp));
    }

    [Fact]
    public void A_creator_handle_is_the_detail() =>
        Assert.Equal(("INFLUENCER", "@wanderlust_jen", "instagram"), Select(Classify("@wanderlust_jen on instagram")));

    [Fact]
    public void A_sponsored_podcast_stays_a_podcast_but_is_paid()
    {
        var result = Classify("they read an ad on my favourite podcast");
        Assert.Equal(("PODCAST", SourceClass.Paid), (result.Source, result.Class));
    }

    [Fact]
    public void A_companion_is_not_the_source() => Assert.Equal("TV", Classify("saw your ad on TV with my husband").Source);

    [Theory]
    [InlineData("MSG_WHATSAPP", "MSG_WHATSAPP")]
    [InlineData("hdyhau:wom_friend", "WOM_FRIEND")]
    [InlineData("PODCAST", "PODCAST")]
    public void Button_payload_codes_are_taken_as_is(string payload, string code)
    {
        var result = Classify(payload);
        Assert.Equal((code, 1.0, "rule=payload"), (result.Source, result.Confidence, result.Evidence));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("😀😀😀")]
    [InlineData("?!?!")]
    [InlineData("lorem ipsum dolor")]
    public void Bad_input_is_unclassified_with_low_confidence(string? text)
    {
        var result = AttributionClassifier.Default.Classify(text);
        Assert.Equal(("OTHER", SourceClass.Unclassified), (result.Source, result.Class));
        Assert.True(result.Confidence <= 0.2);
    }

    [Fact]
    public void Very_long_and_mixed_language_text_never_throws()
    {
        var result = Classify(string.Concat(Enumerable.Repeat("un ami told me sur WhatsApp 😀 ", 200)));
        Assert.Equal("MSG_WHATSAPP", result.Source);
        Assert.Equal("OTHER", Classify(new string('x', 5000)).Source);
    }

    private static (string, string?, string?) Select(AttributionResult r) => (r.Source, r.Detail, r.ShareChannel);
}
