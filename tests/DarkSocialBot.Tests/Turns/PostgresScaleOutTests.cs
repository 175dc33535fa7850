using System.Globalization;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Tests.Infrastructure;

namespace DarkSocialBot.Tests.Turns;

/// <summary>Several hosts sharing one PostgreSQL database, as in a scale-out deployment.</summary>
public sealed class PostgresScaleOutTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [PostgresFact]
    public async Task Two_hosts_on_postgres_racing_on_one_conversation_lose_no_update_and_send_nothing_twice()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = Host(database);
        await using var second = Host(database);
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        await Task.WhenAll(Enumerable.Range(1, 24).Select(i =>
            (i % 2 == 0 ? a : b).PostAsync("/api/messages", Activities.Json(Activities.Message($"m{i}", _connector.BaseUri)))));

        var replies = await _connector.WaitForRequestsAsync(24, TimeSpan.FromSeconds(20));
        await Task.Delay(1500); // a second poll of both dispatchers: nothing may be sent again
        var counts = _connector.Requests.Select(r => int.Parse(r.Json.GetProperty("text").GetString()!.Split(':')[0], CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 24), counts.Order());
        Assert.Equal(24, replies.Count);
    }

    [PostgresFact]
    public async Task Same_activity_delivered_to_two_hosts_on_postgres_runs_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = Host(database);
        await using var second = Host(database);
        var activity = Activities.Message("hello", _connector.BaseUri, id: "retried-delivery");

        await first.CreateClient().PostAsync("/api/messages", Activities.Json(activity));
        await second.CreateClient().PostAsync("/api/messages", Activities.Json(activity));

        await _connector.WaitForRequestsAsync(1);
        await Task.Delay(500);
        Assert.Single(_connector.Requests);
    }

    private static BotHostFactory Host(PostgresDatabase database) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = database.ConnectionString,
    })
    {
        ConfigureServices = s => BotHostFactory.Replace<IBot>(s, new CountingBot { Pause = (_, ct) => Task.Delay(2, ct) }),
    };
}
