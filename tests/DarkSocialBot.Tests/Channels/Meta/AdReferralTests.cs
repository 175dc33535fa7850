using System.Globalization;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>
/// Customers who came from an ad: WhatsApp's click-to-WhatsApp <c>messages[].referral</c> (source_type ad or post,
/// source_id, headline, ctwa_clid) and a Messenger ad referral (<c>source: ADS</c>, <c>ad_id</c>, no ref) are arrivals too.
/// </summary>
public sealed class AdReferralTests
{
    private static async Task WaitProcessedAsync(MetaFixture meta, int count) =>
        await Eventually.TrueAsync(() => meta.DbAsync(async db =>
            await db.Inbox.CountAsync() == count && await db.Inbox.AllAsync(e => e.Status == InboxStatus.Processed)));

    [Theory]
    [InlineData("ad", "PAID_SOCIAL", "ad")]
    [InlineData("post", "SOCIAL_ORGANIC", "post")]
    public async Task A_click_to_whatsapp_message_is_recorded_as_the_ad_it_came_from(string sourceType, string source, string medium)
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        await meta.PostAsync(MetaFixture.WhatsAppValue("""
            "contacts":[{"profile":{"name":"Ana"},"wa_id":"14155550100"}],"messages":[{"from":"14155550100","id":"wamid.AD1","timestamp":"NOW","type":"text",
            "text":{"body":"Can I get more info on this?"},
            "referral":{"source_url":"https://fb.me/3cr4Wqqkv","source_id":"120212345678901234","source_type":"TYPE","headline":"Paris from 49 euros",
            "body":"Fly Nimbus Air this winter","media_type":"image","image_url":"https://example.com/ad.jpg","ctwa_clid":"ARAkLkA8rmlFeiCktEJQ"}}]
            """.Replace("NOW", now, StringComparison.Ordinal).Replace("TYPE", sourceType, StringComparison.Ordinal)));
        await WaitProcessedAsync(meta, 1);

        var arrival = await meta.DbAsync(db => db.Arrivals.SingleAsync());
        Assert.Equal(("Ad", "120212345678901234", source, "Paris from 49 euros", medium),
            (arrival.Kind, arrival.Code, arrival.Source, arrival.Campaign, arrival.Medium));
    }

    [Fact]
    public async Task A_messenger_ad_referral_without_a_ref_is_recorded_as_the_ad()
    {
        await using var meta = await MetaFixture.StartAsync(brandBot: true);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

        await meta.PostAsync("""
            {"object":"page","entry":[{"id":"PAGE_ID","time":1,"messaging":[{"sender":{"id":"PSID_3"},"recipient":{"id":"PAGE_ID"},"timestamp":TS,
            "referral":{"ad_id":"6045246247433","source":"ADS","type":"OPEN_THREAD","ads_context_data":{"ad_title":"Winter in Montreal","post_id":"123"}}}]}]}
            """.Replace("TS", timestamp, StringComparison.Ordinal));
        await WaitProcessedAsync(meta, 1);

        var arrival = await meta.DbAsync(db => db.Arrivals.SingleAsync());
        Assert.Equal(("Ad", "6045246247433", "PAID_SOCIAL", "Winter in Montreal"), (arrival.Kind, arrival.Code, arrival.Source, arrival.Campaign));
    }
}
