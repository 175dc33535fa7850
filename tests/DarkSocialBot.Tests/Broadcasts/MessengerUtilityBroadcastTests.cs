using DarkSocialBot.Broadcasts.Flights;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Tests.Channels.Meta;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>Broadcasts to Messenger followers who last wrote days ago, with the Page's utility template configured.</summary>
public sealed class MessengerUtilityBroadcastTests
{
    [Fact]
    public async Task A_flight_update_goes_out_as_the_utility_template_and_an_offer_to_the_same_customer_is_refused_as_marketing()
    {
        await using var graph = await LocalHttpServer.StartAsync();
        graph.Handler = MetaFixture.AcceptedAsync;
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?>
        {
            ["Meta:AppSecret"] = MetaFixture.AppSecret,
            ["Meta:VerifyToken"] = MetaFixture.VerifyToken,
            ["Meta:PageAccessToken"] = "page-token",
            ["Meta:GraphBaseUrl"] = graph.BaseUri.AbsoluteUri,
            ["Meta:MessengerUtilityTemplateName"] = "nimbus_flight_update",
            ["Meta:MessengerUtilityTemplateLanguages:fr"] = "fr",
            ["Meta:MessengerUtilityTemplateTextParameter"] = "true",
        });
        // Imported followers have not written at all: outside the 24-hour window, as after a booking made elsewhere.
        await host.ImportAsync(
            host.Subscriber("PSID_9", "fr", topic: "flight:KL1234:2026-11-24", channel: MetaChannels.Messenger),
            host.Subscriber("PSID_9", "fr", topic: "offers", channel: MetaChannels.Messenger));

        var flight = await host.Services.GetRequiredService<FlightStatusBroadcaster>()
            .OnFlightStatusChangedAsync(new FlightStatusChanged("KL1234", new DateOnly(2026, 11, 24), "cancelled"), CancellationToken.None);
        var update = await host.WaitForAsync(flight!.Value, r => r.Sent == 1 || r.Failed == 1);
        var offer = await host.CreateCampaignAsync(BroadcastHost.Campaign(en: "Winter sale!", fr: "Soldes d'hiver !"));
        var refused = await host.WaitForAsync(offer.Id, r => r.Failed == 1 || r.Sent == 1);

        Assert.Equal((1, 0), (update.Sent, update.Failed));
        var body = Assert.Single(graph.Requests).Json;
        Assert.Equal("UTILITY", body.GetProperty("messaging_type").GetString());
        Assert.Equal("PSID_9", body.GetProperty("recipient").GetProperty("id").GetString());
        var template = body.GetProperty("message").GetProperty("template");
        Assert.Equal(("nimbus_flight_update", "fr"), (template.GetProperty("name").GetString(), template.GetProperty("language").GetProperty("code").GetString()));
        Assert.Contains("annulé", template.GetProperty("components")[0].GetProperty("parameters")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 1), (refused.Sent, refused.Failed));
        Assert.Equal(1, refused.FailedReasons["OutsideWindow"]);
    }
}
