using System.Collections.Concurrent;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Privacy;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Channels.Twilio;
using DarkSocialBot.Tests.Infrastructure;
using DarkSocialBot.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static DarkSocialBot.Tests.Privacy.ProviderErasure;

namespace DarkSocialBot.Tests.Privacy;

/// <summary>
/// What the retention purge does at the providers: by default it deletes the purged messages' copies at Twilio, in few
/// statements however many, at the pace Twilio's 429 Retry-After sets; <c>Privacy:RetentionDeletesAtTwilio=false</c> leaves them there.
/// </summary>
public sealed class RetentionAtProvidersTests
{
    [Fact]
    public async Task With_RetentionDeletesAtTwilio_off_the_purge_deletes_only_here_and_queues_nothing_at_twilio()
    {
        var settings = Settings();
        settings["Privacy:RetainConversationsDays"] = "0"; // the host's own purge is off: only the sweep under test deletes
        await using var twilio = await TwilioFixture.StartAsync(settings: settings);
        twilio.Api.Handler = Deletes();
        var (photo, media, text) = (Sid("MM"), Sid("ME"), Sid("SM"));
        await SendPhotoAsync(twilio, Ana, photo, media, received: 1);
        await SendPhotoAsync(twilio, Ana, text, null, received: 2);
        var now = DateTimeOffset.UtcNow;
        await twilio.DbAsync(db => db.Inbox.ExecuteUpdateAsync(s => s.SetProperty(e => e.ReceivedAt, now.AddDays(-100))));

        var purged = await Sweeper(twilio, new PrivacyOptions { RetainConversationsDays = 90, RetentionDeletesAtTwilio = false }, now).SweepAsync(default);

        Assert.Equal((2, 0), (purged.InboxMessages, purged.ProviderDeletions));
        Assert.Empty(await QueueAsync(twilio));
        Assert.Empty(DeletedPaths(twilio.Api));
        Assert.Equal(0, await twilio.DbAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task A_purge_of_hundreds_of_old_messages_queues_each_once_and_twilios_429_holds_the_rest_for_its_retry_after()
    {
        var settings = Settings();
        settings["Privacy:RetainConversationsDays"] = "0";
        await using var twilio = await TwilioFixture.StartAsync(settings: settings);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var deletes = new ConcurrentQueue<(string Path, TimeSpan At, int Status)>();
        string? throttled = null;
        twilio.Api.Handler = (request, context) =>
        {
            if (request.Method != "DELETE") return TwilioFixture.CreatedAsync(request, context);
            lock (deletes) throttled ??= request.Path;
            var status = request.Path == throttled && deletes.Count(d => d.Path == throttled) < 3 ? StatusCodes.Status429TooManyRequests : StatusCodes.Status204NoContent;
            deletes.Enqueue((request.Path, clock.Elapsed, status));
            if (status == StatusCodes.Status204NoContent) return Deletes()(request, context);
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = "1";
            return context.Response.WriteAsJsonAsync(new { code = 20429, message = "Too Many Requests", status });
        };
        var now = DateTimeOffset.UtcNow;
        var sids = Enumerable.Range(0, 450).Select(_ => Sid("SM")).ToList();
        await twilio.DbAsync(db =>
        {
            db.Inbox.AddRange(sids.Select(sid => OldSms(sid, now.AddDays(-100))));
            return db.SaveChangesAsync();
        });

        var sweeper = Sweeper(twilio, new PrivacyOptions { RetainConversationsDays = 90 }, now);
        var purged = await sweeper.SweepAsync(default);

        Assert.Equal((450, 450), (purged.InboxMessages, purged.ProviderDeletions));
        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)).Count == 0);
        var attempts = deletes.ToList();
        Assert.Equal(3, attempts.Count(a => a.Status == StatusCodes.Status429TooManyRequests));
        var saw429At = attempts.Where(a => a.Status == StatusCodes.Status429TooManyRequests).Max(a => a.At);
        var afterThrottle = attempts.Where(a => a.At > saw429At).ToList();
        Assert.NotEmpty(afterThrottle);
        Assert.All(afterThrottle, later => Assert.True(later.At - saw429At >= TimeSpan.FromSeconds(0.9),
            $"{later.Path} was tried {(later.At - saw429At).TotalMilliseconds:F0} ms after Twilio's 429 asked to wait 1 s"));
        Assert.Equal(sids.Select(MessagePath).Order(), DeletedPaths(twilio.Api).Distinct().Order());
    }

    private static RetentionSweeper Sweeper(TwilioFixture twilio, PrivacyOptions options, DateTimeOffset now) =>
        new(twilio.Host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>(), twilio.Host.Services.GetRequiredService<TurnStore>(),
            Options.Create(options), new FakeTimeProvider(now), NullLogger<RetentionSweeper>.Instance);

    private static InboxEntry OldSms(string sid, DateTimeOffset receivedAt) => new()
    {
        ChannelId = "twilio-sms",
        ActivityId = sid,
        ConversationKey = "twilio-sms/conversations/" + Ana,
        Status = InboxStatus.Processed,
        ReceivedAt = receivedAt,
        Payload = JsonSerializer.SerializeToUtf8Bytes(new Activity
        {
            Type = ActivityTypes.Message, Id = sid, ChannelId = "twilio-sms", Text = "hello",
            From = new ChannelAccount { Id = Ana }, Conversation = new ConversationAccount { Id = Ana },
        }, ActivityJson.Default.Activity),
    };
}
