using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DarkSocialBot.Bench.Broadcasts;

/// <summary>A local stand-in for the providers: accepts every message at once and records when it arrived, per phase (conversation prefix).</summary>
internal sealed class ProviderSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _arrivals = new(StringComparer.Ordinal);

    private ProviderSink(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<ProviderSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ProviderSink(app);
        app.Run(sink.HandleAsync);
        await app.StartAsync();
        sink.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        return sink;
    }

    /// <summary>Stopwatch timestamps of the messages received for conversations starting with <paramref name="prefix"/>.</summary>
    public long[] Arrivals(string prefix) => _arrivals.TryGetValue(prefix, out var queue) ? [.. queue] : [];

    public int Count(string prefix) => _arrivals.TryGetValue(prefix, out var queue) ? queue.Count : 0;

    private async Task HandleAsync(HttpContext context)
    {
        var now = Stopwatch.GetTimestamp();
        // /v3/conversations/{prefix}-{n}/activities
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var conversation = segments.Length > 2 ? segments[2] : "";
        var prefix = conversation.Contains('-', StringComparison.Ordinal) ? conversation[..conversation.IndexOf('-', StringComparison.Ordinal)] : conversation;
        _arrivals.GetOrAdd(prefix, _ => new ConcurrentQueue<long>()).Enqueue(now);
        await context.Request.Body.CopyToAsync(Stream.Null);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("{\"id\":\"ok\"}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
