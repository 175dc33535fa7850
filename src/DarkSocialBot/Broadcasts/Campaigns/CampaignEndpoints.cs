using DarkSocialBot.Http;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>Campaigns in the admin API: preview an audience, create (send now or at a time), list, report, pause, resume, cancel.</summary>
internal static class CampaignEndpoints
{
    public static RouteGroupBuilder MapCampaigns(this RouteGroupBuilder group)
    {
        group.MapPost("/audience", PreviewAsync).Accepts<CampaignSegment>("application/json")
            .Produces<AudiencePreview>().ProducesValidationProblem();
        group.MapPost("/campaigns", CreateAsync).Accepts<CreateCampaignRequest>("application/json")
            .Produces<CampaignReport>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/campaigns", ListAsync).Produces<List<CampaignSummary>>();
        group.MapGet("/campaigns/{id:long}", GetAsync).Produces<CampaignReport>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/campaigns/{id:long}/pause", (long id, CampaignService campaigns, CancellationToken ct) =>
            MoveAsync(id, CampaignStatus.Paused, campaigns.PauseAsync(id, ct)));
        group.MapPost("/campaigns/{id:long}/resume", ResumeAsync);
        group.MapPost("/campaigns/{id:long}/cancel", (long id, CampaignService campaigns, CancellationToken ct) =>
            MoveAsync(id, CampaignStatus.Cancelled, campaigns.CancelAsync(id, ct)));
        return group;
    }

    private static async Task<IResult> PreviewAsync(HttpRequest request, CampaignService campaigns, IOptions<BroadcastsOptions> options,
        CancellationToken cancellationToken)
    {
        var (segment, problem) = await RequestJson.ReadAsync<CampaignSegment>(request, cancellationToken);
        if (problem is not null) return problem;
        var errors = CampaignValidator.ValidateSegment(segment, options.Value);
        if (errors.Count > 0) return RequestJson.Invalid(errors);
        var byLanguage = await campaigns.AudienceAsync(segment!, cancellationToken);
        return Results.Ok(new AudiencePreview(byLanguage.Values.Sum(), byLanguage));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, CampaignService campaigns, BotDbContext db, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestJson.ReadAsync<CreateCampaignRequest>(request, cancellationToken);
        if (problem is not null) return problem;
        var (campaign, errors) = await campaigns.CreateAsync(body!, triggerKey: null, cancellationToken);
        if (errors is not null) return RequestJson.Invalid(errors);
        var report = await CampaignStatistics.ReportAsync(db, campaign!.Id, cancellationToken);
        return Results.Created($"/api/admin/broadcasts/campaigns/{campaign.Id}", report);
    }

    private static async Task<IResult> ListAsync(BotDbContext db, CancellationToken cancellationToken) =>
        Results.Ok(await db.Campaigns.AsNoTracking().OrderByDescending(c => c.Id).Take(200)
            .Select(c => new CampaignSummary(c.Id, c.Name, c.Topic, c.Status, c.ScheduledAt, c.Enqueued, c.FanOutDone))
            .ToListAsync(cancellationToken));

    private static async Task<IResult> GetAsync(long id, BotDbContext db, CancellationToken cancellationToken) =>
        await CampaignStatistics.ReportAsync(db, id, cancellationToken) is { } report
            ? Results.Ok(report)
            : ApiProblem.Of(StatusCodes.Status404NotFound, "campaign_not_found", $"No campaign {id}.", new { id });

    private static async Task<IResult> MoveAsync(long id, CampaignStatus wanted, Task<CampaignStatus?> move)
    {
        var status = await move;
        if (status is null) return ApiProblem.Of(StatusCodes.Status404NotFound, "campaign_not_found", $"No campaign {id}.", new { id });
        return status == wanted
            ? Results.Ok(new { id, status })
            : ApiProblem.Of(StatusCodes.Status409Conflict, "campaign_wrong_status", $"Campaign {id} is {status}; that is not possible from there.", new { id, status = status.ToString() });
    }

    /// <summary>Only a paused campaign resumes: a scheduled or running one is a 409 as any move from the wrong state, not a 200 that did nothing.</summary>
    private static async Task<IResult> ResumeAsync(long id, CampaignService campaigns, CancellationToken cancellationToken)
    {
        var (status, resumed) = await campaigns.ResumeAsync(id, cancellationToken);
        if (status is null) return ApiProblem.Of(StatusCodes.Status404NotFound, "campaign_not_found", $"No campaign {id}.", new { id });
        return resumed
            ? Results.Ok(new { id, status })
            : ApiProblem.Of(StatusCodes.Status409Conflict, "campaign_not_paused", $"Campaign {id} is {status}, not paused: only a paused campaign can be resumed.", new { id, status = status.ToString() });
    }

    public sealed record AudiencePreview(int Count, IReadOnlyDictionary<string, int> ByLanguage);

    public sealed record CampaignSummary(long Id, string Name, string Topic, CampaignStatus Status, DateTimeOffset ScheduledAt, int Audience, bool FanOutDone);
}
