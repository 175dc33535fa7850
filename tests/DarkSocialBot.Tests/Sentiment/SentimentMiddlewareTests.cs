using DarkSocialBot.Tests.Attribution;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Sentiment;

public sealed class SentimentMiddlewareTests
{
    [Fact]
    public async Task A_strongly_negative_message_gets_one_offer_of_an_agent_per_conversation_and_no_attribution_question()
    {
        await using var host = AttributionHost.Start();

        var first = await host.SayAsync("This is a horrible, awful experience, I am furious!!!", "ana", "conv-ana");
        var second = await host.SayAsync("Terrible, the worst airline ever, I hate this!", "ana", "conv-ana");

        var offer = Assert.Single(first);
        Assert.Contains("talk to someone from our team", offer.Text, StringComparison.Ordinal);
        Assert.Equal("agent", Assert.Single(offer.SuggestedActions!.Actions).Value);
        Assert.Equal("Talk to an agent", offer.SuggestedActions.Actions[0].Title);
        Assert.Empty(second);
    }

    [Fact]
    public async Task The_offer_is_made_in_french_to_a_french_customer()
    {
        await using var host = AttributionHost.Start();

        var offer = Assert.Single(await host.SayAsync("C'est vraiment nul, horrible, je suis furieux !", "ana", "conv-ana", locale: "fr-FR"));

        Assert.Equal("Parler à un conseiller", Assert.Single(offer.SuggestedActions!.Actions).Title);
    }

    [Fact]
    public async Task Every_customer_message_is_scored_and_stored_as_numbers_only()
    {
        await using var host = AttributionHost.Start();

        await host.SayAsync("hello, I love your service!", "ana", "conv-ana");
        await host.SayAsync("my flight is late again, this is bad", "ana", "conv-ana");
        await host.SayAsync("skip", "ana", "conv-ana");

        var rows = await host.DbAsync(db => db.Sentiments.OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(["positive", "negative", "neutral"], rows.Select(r => r.Label));
        Assert.All(rows, r => Assert.Matches("^[a-z2-7]{26}$", r.CustomerKey));
        Assert.True(rows[0].Compound > 0.05 && rows[1].Compound < -0.05);
    }
}
