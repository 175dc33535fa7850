using System.Diagnostics.Metrics;
using System.Text;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Health;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>The bot's meter on the real host: what an operator watches (turns, their duration, deliveries), and its OTLP export.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Turns_count_by_outcome_with_their_duration_and_deliveries_by_outcome()
    {
        await using var host = Host();
        using var client = host.CreateClient();
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var turns = new MetricCollector<long>(meters, BotMetrics.MeterName, "dsb.turns");
        using var durations = new MetricCollector<double>(meters, BotMetrics.MeterName, "dsb.turn.duration");
        using var deliveries = new MetricCollector<long>(meters, BotMetrics.MeterName, "dsb.deliveries");
        var activity = Activities.Message("hello", _connector.BaseUri, id: "metrics-1");

        (await client.PostAsync("/api/messages", Activities.Json(activity))).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/messages", Activities.Json(activity))).EnsureSuccessStatusCode(); // a redelivery
        await _connector.WaitForRequestsAsync(1);
        await deliveries.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(10));

        Assert.Equal([("emulator", "processed"), ("emulator", "duplicate")],
            turns.GetMeasurementSnapshot().Select(m => ((string)m.Tags["channel"]!, (string)m.Tags["outcome"]!)));
        var duration = Assert.Single(durations.GetMeasurementSnapshot());
        Assert.Equal("emulator", duration.Tags["channel"]);
        Assert.InRange(duration.Value, 0, 10);
        Assert.Equal(("emulator", "sent"), Tags(Assert.Single(deliveries.GetMeasurementSnapshot())));
    }

    [Fact]
    public async Task A_delivery_the_channel_keeps_refusing_counts_its_retries_then_its_failure()
    {
        _connector.Handler = (_, context) => { context.Response.StatusCode = 503; return Task.CompletedTask; };
        await using var host = Host(new() { ["Outbox:MaxAttempts"] = "2", ["Outbox:FirstRetryDelay"] = "00:00:00.050" });
        using var client = host.CreateClient();
        using var deliveries = new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), BotMetrics.MeterName, "dsb.deliveries");

        (await client.PostAsync("/api/messages", Activities.Json(Activities.Message("hello", _connector.BaseUri)))).EnsureSuccessStatusCode();
        await deliveries.WaitForMeasurementsAsync(2, TimeSpan.FromSeconds(10));

        Assert.Equal([("emulator", "retry"), ("emulator", "failed")], deliveries.GetMeasurementSnapshot().Select(Tags));
    }

    /// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, the meter goes to that collector (OTLP over HTTP, protobuf).</summary>
    [Fact]
    public async Task With_an_otlp_endpoint_the_metrics_are_exported_to_it()
    {
        await using var collector = await LocalHttpServer.StartAsync();
        await using var factory = Host();
        // Host settings, as environment variables are: read while the host is built, before the app's own configuration.
        await using var host = factory.WithWebHostBuilder(builder => builder
            .UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", collector.BaseUri.AbsoluteUri.TrimEnd('/'))
            .UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "200"));
        using var client = host.CreateClient();

        (await client.PostAsync("/api/messages", Activities.Json(Activities.Message("hello", _connector.BaseUri)))).EnsureSuccessStatusCode();
        await _connector.WaitForRequestsAsync(1);

        // The export that holds the delivery holds the turn counted before it (cumulative sums). The test read the last export
        // instead, which under load once held neither (its cause not found): the assertion is on the export that was waited for.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        RecordedRequest? export;
        while ((export = collector.Requests.FirstOrDefault(r => r.Path == "/v1/metrics" && Encoding.UTF8.GetString(r.Body).Contains("dsb.deliveries", StringComparison.Ordinal))) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no export with dsb.deliveries; paths: {string.Join(", ", collector.Requests.Select(r => r.Path))}");
            await Task.Delay(100);
        }
        Assert.Equal("application/x-protobuf", export.Header("Content-Type"));
        Assert.Contains("dsb.turns", Encoding.UTF8.GetString(export.Body), StringComparison.Ordinal);
    }

    private static (string, string) Tags(CollectedMeasurement<long> measurement) =>
        ((string)measurement.Tags["channel"]!, (string)measurement.Tags["outcome"]!);

    private static BotHostFactory Host(Dictionary<string, string?>? settings = null) =>
        new(settings) { ConfigureServices = s => BotHostFactory.Replace<IBot>(s, new CountingBot()) };
}
