using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Attribution;

public sealed class TrackedEntryMiddlewareTests
{
    [Fact]
    public async Task A_whatsapp_prefilled_code_in_the_first_message_is_recorded_and_stored_beside_the_answer()
    {
        await using var host = AttributionHost.Start();

        await host.SayAsync("Hi! [ref:SHARE-WA-SPRING]", "ana", "conv-ana");
        await host.SayAsync("a friend told me in person", "ana", "conv-ana");

        var arrival = await host.DbAsync(db => db.Arrivals.SingleAsync());
        Assert.Equal(("WhatsAppPrefill", "SHARE-WA-SPRING", "MSG_WHATSAPP", "whatsapp"), (arrival.Kind, arrival.Code, arrival.Source, arrival.ShareChannel));
        var answer = await host.DbAsync(db => db.AttributionAnswers.SingleAsync());
        Assert.Equal(("SHARE-WA-SPRING", "MSG_WHATSAPP", "WOM_FRIEND"), (answer.TrackedCode, answer.TrackedSource, answer.Source));
    }

    [Fact]
    public async Task A_messenger_referral_in_channel_data_is_recorded()
    {
        await using var host = AttributionHost.Start();
        var referral = JsonSerializer.SerializeToElement(new { referral = new { @ref = "utm_source=messenger&utm_campaign=private-share", source = "SHORTLINK" } });

        await host.SayAsync("hello", "ana", "conv-ana", channelData: referral);

        var arrival = await host.DbAsync(db => db.Arrivals.SingleAsync());
        Assert.Equal(("MessengerRef", "MSG_MESSENGER", "private-share"), (arrival.Kind, arrival.Source, arrival.Campaign));
    }

    [Fact]
    public async Task Each_way_into_a_conversation_is_stored_once_however_often_its_turn_records_it()
    {
        await using var host = AttributionHost.Start();
        var recorder = host.Services.GetRequiredService<DarkSocialBot.Dialogs.Attribution.IAttributionRecorder>();
        var subject = new DarkSocialBot.Dialogs.Attribution.AttributionSubject("messenger", "PSID_1", "PSID_1", "en", DateTimeOffset.UtcNow);
        var spring = DarkSocialBot.Core.Attribution.TrackedEntry.FromMessengerRef("SHARE-WA-SPRING24")!;
        var summer = DarkSocialBot.Core.Attribution.TrackedEntry.FromMessengerRef("utm_source=sms&utm_campaign=summer")!;
        var autumn = DarkSocialBot.Core.Attribution.TrackedEntry.FromMessengerRef("utm_source=sms&utm_campaign=autumn")!;

        // A turn run again after a conflict records its entry again; two UTM links differ by their campaign alone.
        foreach (var entry in new[] { spring, spring, summer, autumn, summer })
            await recorder.RecordTrackedEntryAsync(subject, entry, default);

        var arrivals = await host.DbAsync(db => db.Arrivals.OrderBy(a => a.Id).Select(a => a.Code ?? a.Campaign).ToListAsync());
        Assert.Equal(["SHARE-WA-SPRING24", "summer", "autumn"], arrivals);
    }

    [Fact]
    public async Task Codes_after_the_first_message_of_a_conversation_are_not_entries()
    {
        await using var host = AttributionHost.Start();

        await host.SayAsync("hello", "ana", "conv-ana");
        await host.SayAsync("#SPRING24 was on the poster", "ana", "conv-ana");

        Assert.Equal(0, await host.DbAsync(db => db.Arrivals.CountAsync()));
    }
}
