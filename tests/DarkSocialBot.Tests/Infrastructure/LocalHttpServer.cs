using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DarkSocialBot.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for a provider (Bot Framework connector, Twilio, Meta, a login
/// endpoint). It records every request and answers with <see cref="Handler"/> (200 <c>{"id":"…"}</c> by default).
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _sequence;

    private LocalHttpServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>How to answer; runs for every request after it is recorded.</summary>
    public Func<RecordedRequest, HttpContext, Task> Handler { get; set; } = DefaultHandlerAsync;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<LocalHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalHttpServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived in total, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_requests.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                throw new TimeoutException($"Expected {count} request(s), got {_requests.Count}.");
        }
        return Requests;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var recorded = new RecordedRequest(
            Interlocked.Increment(ref _sequence),
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            buffer.ToArray())
        {
            RawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "",
        };
        _requests.Enqueue(recorded);
        await Handler(recorded, context);
        _arrived.Release();
    }

    private static Task DefaultHandlerAsync(RecordedRequest request, HttpContext context) =>
        context.Response.WriteAsJsonAsync(new { id = $"sent-{request.Sequence}" });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}

public sealed record RecordedRequest(int Sequence, string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The request target exactly as sent (<see cref="Path"/> is decoded: <c>%7C</c> reads as <c>|</c>).</summary>
    public string RawTarget { get; init; } = "";

    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
