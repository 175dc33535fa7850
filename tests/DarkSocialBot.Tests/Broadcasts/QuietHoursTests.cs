using System.Text.Json;
using DarkSocialBot.Broadcasts.Sending;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Broadcasts;

public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Theory]
    [InlineData("2026-11-24T19:59:00Z", null)]                   // 20:59 in Paris: still allowed
    [InlineData("2026-11-24T20:00:00Z", "2026-11-25T07:00:00Z")] // 21:00 sharp in Paris: quiet
    [InlineData("2026-11-24T21:30:00Z", "2026-11-25T07:00:00Z")] // 22:30 in Paris: waits for 08:00
    [InlineData("2026-11-25T05:00:00Z", "2026-11-25T07:00:00Z")] // 06:00 in Paris, after midnight
    [InlineData("2026-11-25T07:00:00Z", null)]                   // 08:00 sharp: over
    [InlineData("2026-03-28T23:00:00Z", "2026-03-29T06:00:00Z")] // the night clocks go forward: 08:00 CEST is 06:00 UTC
    public void Quiet_hours_over_midnight_defer_until_their_end_in_the_subscribers_zone(string now, string? until)
    {
        var deferred = QuietHours.DeferUntil(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Paris, TimeSpan.FromHours(21), TimeSpan.FromHours(8));

        Assert.Equal(until is null ? null : DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture), deferred);
    }

    [Fact]
    public void Equal_start_and_end_means_no_quiet_hours() =>
        Assert.Null(QuietHours.DeferUntil(DateTimeOffset.UtcNow, Paris, TimeSpan.FromHours(3), TimeSpan.FromHours(3)));

    [Fact]
    public async Task Marketing_waits_for_the_end_of_quiet_hours_where_the_subscriber_is_while_others_get_it_now()
    {
        // Quiet from one hour ago to two hours from now, in UTC terms: quiet for a UTC subscriber, not for one 12 hours away.
        var now = DateTimeOffset.UtcNow;
        var start = now.AddHours(-1).TimeOfDay;
        var end = now.AddHours(2).TimeOfDay;
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?>
        {
            ["Broadcasts:QuietHoursStart"] = Format(start),
            ["Broadcasts:QuietHoursEnd"] = Format(end),
        });
        var farAway = now.Hour >= 12 ? "Etc/GMT+12" : "Etc/GMT-12";
        await host.ImportAsync(host.Subscriber("sleeping", timeZone: "Etc/UTC"), host.Subscriber("awake", timeZone: farAway));

        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        var report = await host.WaitForAsync(created.Id, r => r.Sent == 1 && r.Deferred == 1);

        Assert.Equal(["awake"], host.Recipients());
        Assert.Equal(CampaignStatus.Running, report.Status);
        var deferred = await host.QueryAsync(db => db.BroadcastDeliveries.SingleAsync(d => d.Status == BroadcastDeliveryStatus.Queued));
        Assert.Equal(("QuietHours", 1), (deferred.Reason, deferred.Deferrals));
        Assert.InRange(deferred.DueAt - now, TimeSpan.FromHours(1.9), TimeSpan.FromHours(2.1));
    }

    [Fact]
    public async Task Flight_updates_are_service_messages_and_ignore_quiet_hours_by_default()
    {
        var now = DateTimeOffset.UtcNow;
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?>
        {
            ["Broadcasts:QuietHoursStart"] = Format(now.AddHours(-1).TimeOfDay),
            ["Broadcasts:QuietHoursEnd"] = Format(now.AddHours(2).TimeOfDay),
        });
        await host.ImportAsync(host.Subscriber("sleeping", timeZone: "Etc/UTC", topic: "flight:KL1234:2026-11-24"));

        var created = await host.CreateCampaignAsync(new { name = "delay", segment = new { topic = "flight:KL1234:2026-11-24" }, messages = new { en = "Delayed" } });

        await host.WaitForAsync(created.Id, r => r.Sent == 1);
        Assert.Equal(["sleeping"], host.Recipients());
    }

    private static string Format(TimeSpan time) => JsonSerializer.Serialize(time).Trim('"');
}
