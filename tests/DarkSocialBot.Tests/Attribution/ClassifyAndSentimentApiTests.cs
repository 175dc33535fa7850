using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DarkSocialBot.Tests.Attribution;

public sealed class ClassifyAndSentimentApiTests
{
    [Theory]
    [InlineData("my sister sent me the link on WhatsApp", "en", "MSG_WHATSAPP", "dark", "whatsapp")]
    [InlineData("un collègue m'en a parlé", "fr", "WOM_COLLEAGUE", "dark", null)]
    [InlineData("vu une pub sur insta", "fr", "PAID_SOCIAL", "paid", "instagram")]
    [InlineData("ChatGPT", "en", "AI_ASSISTANT", "public", null)]
    [InlineData("your newsletter", "en", "OWN_CHANNEL", "owned", "email")]
    public async Task Classify_returns_source_class_channel_confidence_and_version(string text, string locale, string source, string @class, string? channel)
    {
        await using var host = AttributionHost.Start();

        var response = await host.Admin.PostAsJsonAsync("/api/admin/attribution/classify", new { text, locale });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(source, body.GetProperty("source").GetString());
        Assert.Equal(@class, body.GetProperty("class").GetString());
        Assert.Equal(channel, body.TryGetProperty("channel", out var c) ? c.GetString() : null);
        Assert.InRange(body.GetProperty("confidence").GetDouble(), 0.3, 1.0);
        Assert.StartsWith("rules-", body.GetProperty("version").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I love this airline, the crew were wonderful!", "en", "positive")]
    [InlineData("C'est vraiment nul, vol annulé sans explication", "fr", "negative")]
    [InlineData("My flight is tomorrow", "en", "neutral")]
    public async Task Sentiment_returns_compound_and_label(string text, string locale, string label)
    {
        await using var host = AttributionHost.Start();

        var body = await (await host.Admin.PostAsJsonAsync("/api/admin/sentiment", new { text, locale })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(label, body.GetProperty("label").GetString());
        Assert.InRange(body.GetProperty("compound").GetDouble(), -1, 1);
    }

    [Theory]
    [InlineData("/api/admin/attribution/classify", "{\"text\":\"\"}")]
    [InlineData("/api/admin/attribution/classify", "{\"locale\":\"en\"}")]
    [InlineData("/api/admin/sentiment", "{\"text\":\"   \"}")]
    [InlineData("/api/admin/sentiment", "{\"text\":\"fine\",\"locale\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}")]
    public async Task Text_endpoints_refuse_missing_or_absurd_input_with_a_reason(string path, string json)
    {
        await using var host = AttributionHost.Start();

        var response = await host.Admin.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("errors", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_refuses_a_text_over_2000_characters_and_malformed_json()
    {
        await using var host = AttributionHost.Start();

        var tooLong = await host.Admin.PostAsJsonAsync("/api/admin/attribution/classify", new { text = new string('a', 2001) });
        var malformed = await host.Admin.PostAsync("/api/admin/attribution/classify", new StringContent("{text:", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("2,000", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
