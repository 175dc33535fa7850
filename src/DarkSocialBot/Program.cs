using DarkSocialBot.Admin;
using DarkSocialBot.Airline;
using DarkSocialBot.Attribution;
using DarkSocialBot.Broadcasts;
using DarkSocialBot.Channels.BotFramework;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Channels.WebChat;
using DarkSocialBot.Handoffs;
using DarkSocialBot.Contacts;
using DarkSocialBot.Health;
using DarkSocialBot.Http;
using DarkSocialBot.Outbox;
using DarkSocialBot.Privacy;
using DarkSocialBot.Sentiment;
using DarkSocialBot.Storage;
using DarkSocialBot.Turns;
using Microsoft.AspNetCore.StaticFiles;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddStorage();
builder.AddMetrics();
builder.AddTurns();
builder.AddContacts();
builder.AddBotFramework();
builder.AddTwilio();
builder.AddMeta();
builder.AddAdmin();
builder.AddAirline();
builder.AddPrivacy(); // GDPR commands work in every state, a handoff included
builder.AddHandoffs();
builder.AddBroadcasts();
builder.AddAttribution();
builder.AddSentiment();
builder.AddWebChat();
builder.Services.AddProblemReasons();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Encoder = DarkSocialBot.Http.Utf8JsonEncoder.Instance; // "é" and "😟" as they are, not \u00E9
    options.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
    options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
});

await using var app = builder.Build();

await app.MigrateDatabaseAsync();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebChatPage();
app.UseDefaultFiles();
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SecurePage });
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapOpenApi();
app.MapBotFramework();
app.MapTwilio();
app.MapMeta();
app.MapWebChat();
app.MapHealth();
app.MapAirline();
app.MapAdminGroup().MapQueues().MapDownloadLinks().MapHandoffs().MapAirlineAdmin().MapBagReports().MapBroadcasts().MapAttribution().MapSentiment().MapPrivacy();

app.Lifetime.ApplicationStarted.Register(() =>
{
    if (app.Logger.IsEnabled(LogLevel.Information))
        app.Logger.LogInformation("DarkSocialBot is running: open {Urls} in a browser to chat with it (agents: /agent, broadcasts: /broadcasts, marketers: /dashboard)", string.Join(", ", app.Urls));
});
try
{
    await app.StartAsync();
}
catch
{
    // Say, the port is taken: stop the services that did start, so their cancellation is a stop and not reported as a crash.
    // The start's own error is the one to report: stopping a host whose start failed before any service ran throws too.
    try
    {
        await app.StopAsync();
    }
    catch (Exception ex)
    {
        app.Logger.LogDebug(ex, "Stopping after a failed start");
    }
    throw;
}
await app.WaitForShutdownAsync();

// The pages (the chat and the admin pages) run only their own scripts and styles, talk only to this host and cannot be framed:
// an injected script could not run, nor send an admin key elsewhere. Images may come from https (cards, attachments).
static void SecurePage(StaticFileResponseContext context)
{
    if (!context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) return;
    var headers = context.Context.Response.Headers;
    headers.ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    headers.XContentTypeOptions = "nosniff";
    headers["Referrer-Policy"] = "no-referrer";
}

/// <summary>The host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
