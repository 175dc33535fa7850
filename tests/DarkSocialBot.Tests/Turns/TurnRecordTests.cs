using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Turns;

/// <summary>Rows middleware keeps about a message (its sentiment score) are saved with the turn, and only if the turn is.</summary>
public sealed class TurnRecordTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task A_saved_turn_keeps_its_message_sentiment_and_a_failed_turn_keeps_none()
    {
        var bot = new CountingBot { Pause = (text, _) => text.Contains("boom", StringComparison.Ordinal) ? throw new InvalidOperationException("bug") : Task.CompletedTask };
        await using var host = new BotHostFactory { ConfigureServices = s => BotHostFactory.Replace<DarkSocialBot.Core.Turns.IBot>(s, bot) };
        using var client = host.CreateClient();

        await client.PostAsync("/api/messages", Activities.Json(Activities.Message("I love it, great job", _connector.BaseUri, id: "fine")));
        await client.PostAsync("/api/messages", Activities.Json(Activities.Message("boom, this is awful", _connector.BaseUri, id: "failed")));
        var replies = await _connector.WaitForRequestsAsync(2);

        Assert.Equal("1:I love it, great job", replies[0].Json.GetProperty("text").GetString());
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var scored = await db.Sentiments.Select(s => new { s.ActivityId, s.Label }).ToListAsync();
        Assert.Equal("fine", Assert.Single(scored).ActivityId); // the failed turn was answered with an apology and saved nothing else
        Assert.Equal("positive", scored[0].Label);
    }
}
