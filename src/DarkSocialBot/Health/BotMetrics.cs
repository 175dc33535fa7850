using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace DarkSocialBot.Health;

/// <summary>
/// The bot's own meter, <c>DarkSocialBot</c>: turns by channel and outcome and how long they took from arrival to their
/// commit, and deliveries by channel and outcome. Read it live with <c>dotnet-counters monitor -n DarkSocialBot --counters
/// DarkSocialBot</c>, or have it exported over OTLP (with ASP.NET Core's, Kestrel's, HttpClient's and the runtime's) by
/// setting <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "DarkSocialBot";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _deliveries;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("dsb.turns", "{turn}",
            "Inbound activities by channel and outcome: processed, duplicate (a redelivery, run once), or abandoned (left in the inbox for the next start).");
        _turnDuration = meter.CreateHistogram<double>("dsb.turn.duration", "s",
            "From an activity's arrival to its turn's commit: waiting behind the conversation's earlier turns, then running.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _deliveries = meter.CreateCounter<long>("dsb.deliveries", "{message}",
            "Send attempts of outgoing messages by channel and outcome: sent, retry (throttled or transient, tried again later), failed (given up).");
    }

    public void Turn(string channel, string outcome) =>
        _turns.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));

    public void TurnTook(string channel, TimeSpan elapsed) =>
        _turnDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("channel", channel));

    public void Delivery(string channel, string outcome) =>
        _deliveries.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));
}

public static class BotMetricsExtensions
{
    /// <summary>
    /// The meter, and OTLP export of it and the platform's meters when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the
    /// exporter reads the other standard <c>OTEL_*</c> settings: protocol, headers, <c>OTEL_METRIC_EXPORT_INTERVAL</c>).
    /// </summary>
    public static IHostApplicationBuilder AddMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BotMetrics>();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return builder;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? BotMetrics.MeterName))
            .WithMetrics(metrics => metrics.AddOtlpExporter());
        // This host's own meters (made by its IMeterFactory), not those of the same names another host in the process made
        // (tests run several): the SDK's AddMeter takes every meter of a name, sums theirs into one stream, and ends that
        // stream for good when any of them is disposed, so one host stopping silenced the others' export. The runtime's
        // meter is the process's.
        foreach (var meter in (string[])[BotMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http"])
            builder.Metrics.EnableMetrics(meter, instrumentName: null, OpenTelemetryListener, MeterScope.Local);
        builder.Metrics.EnableMetrics("System.Runtime", instrumentName: null, OpenTelemetryListener, MeterScope.Global);
        return builder;
    }

    /// <summary>The name OpenTelemetry's <c>WithMetrics</c> gives its metrics listener, which enable rules name.</summary>
    private const string OpenTelemetryListener = "OpenTelemetry";
}
