using DarkSocialBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>
/// The sweep of <see cref="EveryEndpointBadInputTests"/> on PostgreSQL, which enforces the columns' lengths that SQLite ignores:
/// a value the endpoints let through and the column cannot hold is a 500 (or a webhook's retried 503) there, and only there.
/// </summary>
public sealed class EveryEndpointBadInputOnPostgresTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task Every_endpoint_answers_bad_input_on_postgresql_with_a_4xx_and_its_reason_and_changes_nothing()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var host = new EndpointSweepHost(database);
        await host.InitializeAsync();
        try
        {
            var (probes, failures) = await new EndpointSweep(host, output).BadInputAsync();

            Assert.True(failures.Count == 0, $"{failures.Count} of {probes} bad requests broke the rule:\n" + string.Join('\n', failures.Take(150)));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
