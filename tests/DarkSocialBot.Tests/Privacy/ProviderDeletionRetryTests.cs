using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Channels.Twilio;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using static DarkSocialBot.Tests.Privacy.ProviderErasure;

namespace DarkSocialBot.Tests.Privacy;

/// <summary>
/// A throttled provider holds its other deletions for its Retry-After; a deletion a provider refused for good (credentials,
/// permissions) is queued again by an admin once that is fixed, all of them or one by id.
/// </summary>
public sealed class ProviderDeletionRetryTests
{
    [Fact]
    public async Task A_429_with_retry_after_holds_the_providers_other_deletions_until_then()
    {
        await using var twilio = await TwilioFixture.StartAsync(settings: Settings());
        var clock = Stopwatch.StartNew();
        var deletes = new ConcurrentQueue<(string Path, TimeSpan At, int Status)>();
        string? throttled = null;
        // The first resource tried meets Twilio's 429 with Retry-After: 2 s three times: the HTTP client's own two retries of a 429,
        // then the worker, which must hold Twilio's other deletions for those 2 s; after that Twilio deletes everything.
        twilio.Api.Handler = (request, context) =>
        {
            if (request.Method != "DELETE") return TwilioFixture.CreatedAsync(request, context);
            throttled ??= request.Path;
            var status = request.Path == throttled && deletes.Count(d => d.Path == throttled) < 3 ? StatusCodes.Status429TooManyRequests : StatusCodes.Status204NoContent;
            deletes.Enqueue((request.Path, clock.Elapsed, status));
            if (status == StatusCodes.Status204NoContent) return Deletes()(request, context);
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = "2";
            return context.Response.WriteAsJsonAsync(new { code = 20429, message = "Too Many Requests", status });
        };
        var (photo, media, text) = (Sid("MM"), Sid("ME"), Sid("SM"));
        await SendPhotoAsync(twilio, Ana, photo, media, received: 1);
        await SendPhotoAsync(twilio, Ana, text, null, received: 2);
        using var admin = AdminClient(twilio);

        Assert.Equal(3, (await EraseAsync(admin, "twilio-whatsapp", Ana)).GetProperty("providerDeletions").GetInt32());

        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)).Count == 0);
        var attempts = deletes.ToList();
        Assert.Equal([429, 429, 429, 204, 204, 204], attempts.Select(a => a.Status));
        var workerSaw429At = attempts[2].At;
        Assert.All(attempts.Skip(3), later => Assert.True(later.At - workerSaw429At >= TimeSpan.FromSeconds(1.9),
            $"{later.Path} was tried {(later.At - workerSaw429At).TotalMilliseconds:F0} ms after Twilio's 429 asked to wait 2 s"));
        Assert.Equal(new[] { MediaPath(photo, media), MessagePath(photo), MessagePath(text) }.Order(), attempts.Skip(3).Select(a => a.Path).Order());
    }

    [Fact]
    public async Task An_admin_retries_refused_deletions_one_by_id_or_all_once_the_credentials_are_fixed()
    {
        var settings = Settings();
        // Long enough that a retried deletion's first try (at the worker's next poll, later under load) falls inside it.
        settings["Privacy:ProviderDeletionRetryFor"] = "00:00:03";
        await using var twilio = await TwilioFixture.StartAsync(settings: settings);
        var fixedAt = new ConcurrentDictionary<string, int>();
        var credentialsFixed = false;
        // Refused (401, 20003) until the admin fixes the credentials; then each resource first meets a 503 (Twilio busy):
        // a retried deletion gets its retry window afresh, so that 503 is tried again rather than failing it at once.
        twilio.Api.Handler = Deletes(request => !Volatile.Read(ref credentialsFixed) ? (401, 20003)
            : fixedAt.AddOrUpdate(request.Path, 1, (_, n) => n + 1) == 1 ? (503, null) : (204, null));
        var (anaPhoto, anaMedia, bobText) = (Sid("MM"), Sid("ME"), Sid("SM"));
        await SendPhotoAsync(twilio, Ana, anaPhoto, anaMedia, received: 1);
        await SendPhotoAsync(twilio, Bob, bobText, null, received: 2);
        using var admin = AdminClient(twilio);
        await EraseAsync(admin, "twilio-whatsapp", Ana);
        await EraseAsync(admin, "twilio-whatsapp", Bob);
        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)) is { Count: 3 } queue && queue.All(d => d.Status == ProviderDeletionStatus.Failed));
        await Task.Delay(TimeSpan.FromSeconds(3.2)); // longer ago than Privacy:ProviderDeletionRetryFor
        Volatile.Write(ref credentialsFixed, true);
        var bobsMessage = (await QueueAsync(twilio)).Single(d => d.Resource == bobText).Id;

        var one = await admin.PostAsync($"/api/admin/privacy/provider-deletions/{bobsMessage}/retry", null);

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal((1, 1, 2), Counts(await one.Content.ReadFromJsonAsync<JsonElement>()));
        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)).All(d => d.Resource != bobText));
        Assert.Equal(2, fixedAt[MessagePath(bobText)]);
        Assert.All(await QueueAsync(twilio), d => Assert.Equal(ProviderDeletionStatus.Failed, d.Status)); // Ana's wait for the admin
        var again = await admin.PostAsync($"/api/admin/privacy/provider-deletions/{bobsMessage}/retry", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.StartsWith($"No provider deletion {bobsMessage}:", await DetailAsync(again), StringComparison.Ordinal);

        var all = await admin.PostAsync("/api/admin/privacy/provider-deletions/retry", null);

        Assert.Equal((2, 2, 0), Counts(await all.Content.ReadFromJsonAsync<JsonElement>()));
        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)).Count == 0);
        Assert.Equal((2, 2), (fixedAt[MediaPath(anaPhoto, anaMedia)], fixedAt[MessagePath(anaPhoto)]));
        Assert.Equal((0, 0, 0), Counts(await (await admin.PostAsync("/api/admin/privacy/provider-deletions/retry", null)).Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task Retrying_a_pending_deletion_is_409_with_when_it_is_tried_and_the_retry_needs_the_admin_key()
    {
        await using var twilio = await TwilioFixture.StartAsync(settings: Settings());
        var next = new DateTimeOffset(2099, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var id = await twilio.DbAsync(async db =>
        {
            var row = new ProviderDeletion { Kind = ProviderResourceKind.TwilioMessage, Resource = Sid("SM"), CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = next };
            db.ProviderDeletions.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        using var admin = AdminClient(twilio);
        using var anonymous = twilio.Host.CreateClient();

        var pending = await admin.PostAsync($"/api/admin/privacy/provider-deletions/{id}/retry", null);
        var withoutKey = await anonymous.PostAsync("/api/admin/privacy/provider-deletions/retry", null);

        Assert.Equal(HttpStatusCode.Conflict, pending.StatusCode);
        Assert.Equal($"Provider deletion {id} is pending, not failed: it is tried again at 2099-01-02 03:04:05 UTC.", await DetailAsync(pending));
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(ProviderDeletionStatus.Pending, Assert.Single(await QueueAsync(twilio)).Status);
    }

    private static (int Retried, int Pending, int Failed) Counts(JsonElement answer) =>
        (answer.GetProperty("retried").GetInt32(), answer.GetProperty("pending").GetInt32(), answer.GetProperty("failed").GetInt32());

    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
}
