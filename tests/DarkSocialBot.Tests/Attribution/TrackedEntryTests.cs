using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Tests.Attribution;

public sealed class TrackedEntryTests
{
    [Fact]
    public void Whatsapp_prefilled_text_code_is_read()
    {
        var entry = TrackedEntry.Parse("Hello! I'd like to book [ref:SPRING24]");
        Assert.NotNull(entry);
        Assert.Equal((TrackedEntryKind.WhatsAppPrefill, "SPRING24", null), (entry.Kind, entry.Code, entry.Source));
    }

    [Fact]
    public void Code_parts_name_the_share_channel()
    {
        var entry = TrackedEntry.Parse("[ref:SHARE-WA-SPRING24]")!;
        Assert.Equal(("MSG_WHATSAPP", "whatsapp", SourceClass.Dark), (entry.Source, entry.ShareChannel, entry.Class!.Value));
    }

    [Fact]
    public void Hashtag_code_is_read_and_plain_hashtags_are_ignored()
    {
        Assert.Equal(("KLMSPRING", TrackedEntryKind.Hashtag), Pick(TrackedEntry.Parse("hi #KLMSPRING")!));
        Assert.Null(TrackedEntry.Parse("#1 airline lol #love"));
    }

    [Theory]
    [InlineData("https://example.com/deal?utm_source=whatsapp&utm_medium=sms&utm_campaign=private-share", "MSG_WHATSAPP", "whatsapp")]
    [InlineData("utm_source=newsletter&utm_medium=email&utm_campaign=may", "OWN_CHANNEL", "email")]
    [InlineData("utm_source=email&utm_medium=email&utm_campaign=private%20share", "EMAIL_FORWARD", "email")]
    [InlineData("utm_source=google&utm_medium=cpc", "PAID_SEARCH", "google")]
    [InlineData("utm_source=instagram&utm_medium=paid_social", "PAID_SOCIAL", "instagram")]
    [InlineData("utm_source=facebook&utm_medium=social", "SOCIAL_ORGANIC", "facebook")]
    public void Utm_parameters_map_to_sources(string text, string source, string channel)
    {
        var entry = TrackedEntry.Parse(text)!;
        Assert.Equal((TrackedEntryKind.Utm, source, channel), (entry.Kind, entry.Source, entry.ShareChannel));
    }

    [Fact]
    public void Messenger_ref_can_be_a_plain_code_or_pairs()
    {
        Assert.Equal(("PODCAST-LEX", "PODCAST"), (TrackedEntry.FromMessengerRef("PODCAST-LEX")!.Code, TrackedEntry.FromMessengerRef("PODCAST-LEX")!.Source));
        Assert.Equal("MSG_SMS", TrackedEntry.FromMessengerRef("utm_source=sms&utm_campaign=share")!.Source);
        Assert.Null(TrackedEntry.FromMessengerRef(""));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("just a normal question about my bag")]
    [InlineData("[ref:]")]
    public void No_code_gives_null(string? text) => Assert.Null(TrackedEntry.Parse(text));

    private static (string?, TrackedEntryKind) Pick(TrackedEntry e) => (e.Code, e.Kind);
}
