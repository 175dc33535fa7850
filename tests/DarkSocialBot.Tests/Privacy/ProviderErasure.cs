using System.Net.Http.Headers;
using System.Text.Json;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Channels.Twilio;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Privacy;

/// <summary>Customers writing through Twilio with photos, and the admin calls of their erasure, for the provider deletion tests.</summary>
internal static class ProviderErasure
{
    public const string AdminKey = "provider-erasure-admin-key-0123456789";
    public const string Ana = "+14155550100";
    public const string Bob = "+14155550199";

    public static Dictionary<string, string?> Settings(string? postgres = null, string? instance = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Admin:ApiKeys:0"] = AdminKey,
            ["Privacy:ProviderDeletionMaxRetryDelay"] = "00:00:00.200",
        };
        if (postgres is not null) (settings["Storage:Provider"], settings["Storage:ConnectionString"]) = ("PostgreSql", postgres);
        if (instance is not null) settings["Outbox:InstanceId"] = instance;
        return settings;
    }

    public static string Sid(string prefix) => prefix + Guid.NewGuid().ToString("N");

    public static string MediaUrl(TwilioFixture twilio, string messageSid, string mediaSid) =>
        $"{twilio.Api.BaseUri}2010-04-01/Accounts/{TwilioFixture.AccountSid}/Messages/{messageSid}/Media/{mediaSid}";

    public static string MessagePath(string messageSid) => $"/2010-04-01/Accounts/{TwilioFixture.AccountSid}/Messages/{messageSid}.json";

    public static string MediaPath(string messageSid, string mediaSid) => $"/2010-04-01/Accounts/{TwilioFixture.AccountSid}/Messages/{messageSid}/Media/{mediaSid}.json";

    /// <summary>A WhatsApp message through Twilio with one photo (<paramref name="mediaSid"/> of <paramref name="messageSid"/>), once the bot has run its turn.</summary>
    public static async Task SendPhotoAsync(TwilioFixture twilio, string from, string messageSid, string? mediaSid, int received)
    {
        var form = TwilioFixture.WhatsApp("my bag", messageSid, from).Where(p => p.Item1 != "NumMedia").ToList();
        form.AddRange(mediaSid is null
            ? [("NumMedia", "0")]
            : [("NumMedia", "1"), ("MediaUrl0", MediaUrl(twilio, messageSid, mediaSid)), ("MediaContentType0", "image/jpeg")]);
        (await twilio.PostAsync("/api/twilio", form)).EnsureSuccessStatusCode();
        await twilio.Bot.WaitForAsync(received);
        await Eventually.TrueAsync(() => twilio.DbAsync(db => db.Inbox.AllAsync(e => e.Status == InboxStatus.Processed)));
    }

    public static HttpClient AdminClient(TwilioFixture twilio)
    {
        var client = twilio.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return client;
    }

    public static async Task<JsonElement> EraseAsync(HttpClient admin, string channel, string userId)
    {
        var response = await admin.DeleteAsync($"/api/admin/customers/{channel}/{Uri.EscapeDataString(userId)}");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>Twilio's answer to a DELETE: 204 (or <paramref name="status"/> with its error code); anything else is a created message.</summary>
    public static Func<RecordedRequest, HttpContext, Task> Deletes(Func<RecordedRequest, (int Status, int? Code)>? answer = null) => (request, context) =>
    {
        if (request.Method != "DELETE") return TwilioFixture.CreatedAsync(request, context);
        var (status, code) = answer?.Invoke(request) ?? (204, null);
        context.Response.StatusCode = status;
        return code is null ? Task.CompletedTask
            : context.Response.WriteAsJsonAsync(new { code, message = "refused", more_info = $"https://www.twilio.com/docs/errors/{code}", status });
    };

    public static List<string> DeletedPaths(LocalHttpServer api) => [.. api.Requests.Where(r => r.Method == "DELETE").Select(r => r.Path)];

    public static Task<List<ProviderDeletion>> QueueAsync(TwilioFixture twilio) =>
        twilio.DbAsync(db => db.ProviderDeletions.AsNoTracking().OrderBy(d => d.Id).ToListAsync());
}
