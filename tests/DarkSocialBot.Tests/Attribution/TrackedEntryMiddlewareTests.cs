using System.Text.Json;
using Microsoft.EntityFrameworkCore;

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
    public async Task Codes_after_the_first_message_of_a_conversation_are_not_entries()
    {
        await using var host = AttributionHost.Start();

        await host.SayAsync("hello", "ana", "conv-ana");
        await host.SayAsync("#SPRING24 was on the poster", "ana", "conv-ana");

        Assert.Equal(0, await host.DbAsync(db => db.Arrivals.CountAsync()));
    }
}
