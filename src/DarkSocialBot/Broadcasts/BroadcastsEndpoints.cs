using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Broadcasts.Flights;
using DarkSocialBot.Broadcasts.Subscriptions;

namespace DarkSocialBot.Broadcasts;

/// <summary>The broadcast admin API under <c>/api/admin/broadcasts</c>: campaigns, subscriber import, a flight-status hook.</summary>
public static class BroadcastsEndpoints
{
    public static RouteGroupBuilder MapBroadcasts(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/broadcasts").WithTags("Broadcasts");
        group.MapCampaigns();
        group.MapPost("/subscribers/import", SubscriberImport.ImportAsync).Accepts<ImportRequest>("application/json", "text/csv")
            .Produces<SubscriberImport.ImportResult>().ProducesValidationProblem();
        // For operators and demos until the airline backend raises it itself.
        group.MapPost("/flight-status", async (HttpRequest request, FlightStatusBroadcaster flights, CancellationToken cancellationToken) =>
        {
            var (change, problem) = await RequestJson.ReadAsync<FlightStatusChanged>(request, cancellationToken);
            if (problem is not null) return problem;
            var (campaign, errors) = await flights.BroadcastAsync(change!, cancellationToken);
            return errors is not null ? RequestJson.Invalid(errors) : Results.Ok(new { campaignId = campaign });
        }).Accepts<FlightStatusChanged>("application/json");
        return admin;
    }
}
