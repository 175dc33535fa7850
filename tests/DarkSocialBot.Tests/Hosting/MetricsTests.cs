using System.Diagnostics.Metrics;
using System.Text;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Health;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
        await using var host = Exporting(factory, collector);
        using var client = host.CreateClient();

        (await client.PostAsync("/api/messages", Activities.Json(Activities.Message("hello", _connector.BaseUri)))).EnsureSuccessStatusCode();

        var export = await ExportHoldingAsync(collector, "dsb.deliveries");
        Assert.Equal("application/x-protobuf", export.Header("Content-Type"));
        Assert.Contains("dsb.turns", Encoding.UTF8.GetString(export.Body), StringComparison.Ordinal);
    }

    /// <summary>
    /// Another host in the process (tests run several at once) has a meter of the same name: when it stops, this host's
    /// export goes on. It once did not: the exporter took every meter of the name into one stream, ended when one was disposed.
    /// </summary>
    [Fact]
    public async Task Another_host_stopping_does_not_end_the_export_of_this_one()
    {
        await using var collector = await LocalHttpServer.StartAsync();
        await using var factory = Host();
        await using var host = Exporting(factory, collector);
        using var client = host.CreateClient(); // started: its exporter listens

        await using (var other = Host())
        {
            using var otherClient = other.CreateClient();
            (await otherClient.PostAsync("/api/messages", Activities.Json(Activities.Message("hello", _connector.BaseUri)))).EnsureSuccessStatusCode();
            await _connector.WaitForRequestsAsync(1);
        }
        // Two more exports: the second was collected after the other host stopped, and anything holding its figures is before it.
        var stopped = collector.Requests.Count;
        await Eventually.TrueAsync(() => Task.FromResult(collector.Requests.Count >= stopped + 2));
        var before = collector.Requests.Count;
        (await client.PostAsync("/api/messages", Activities.Json(Activities.Message("hello", _connector.BaseUri)))).EnsureSuccessStatusCode();

        var export = await ExportHoldingAsync(collector, "dsb.deliveries", after: before);
        Assert.Contains("dsb.turns", Encoding.UTF8.GetString(export.Body), StringComparison.Ordinal);
    }

    /// <summary>The host of <paramref name="factory"/> exporting every 200 ms to <paramref name="collector"/>.</summary>
    private static WebApplicationFactory<Program> Exporting(BotHostFactory factory, LocalHttpServer collector) =>
        // Host settings, as environment variables are: read while the host is built, before the app's own configuration.
        factory.WithWebHostBuilder(builder => builder
            .UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", collector.BaseUri.AbsoluteUri.TrimEnd('/'))
            .UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "200"));

    /// <summary>The first metrics export (after the first <paramref name="after"/> requests) naming <paramref name="metric"/>.</summary>
    private static async Task<RecordedRequest> ExportHoldingAsync(LocalHttpServer collector, string metric, int after = 0)
    {
        RecordedRequest? export = null;
        await Eventually.TrueAsync(() => Task.FromResult((export = collector.Requests.Skip(after)
            .FirstOrDefault(r => r.Path == "/v1/metrics" && Encoding.UTF8.GetString(r.Body).Contains(metric, StringComparison.Ordinal))) is not null));
        return export!;
    }

    private static (string, string) Tags(CollectedMeasurement<long> measurement) =>
        ((string)measurement.Tags["channel"]!, (string)measurement.Tags["outcome"]!);

    private static BotHostFactory Host(Dictionary<string, string?>? settings = null) =>
        new(settings) { ConfigureServices = s => BotHostFactory.Replace<IBot>(s, new CountingBot()) };
}
