using DarkSocialBot.Channels.Twilio;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DarkSocialBot.Privacy;

/// <summary>Customers' rights under the admin group: access and portability (export as JSON) and erasure.</summary>
public static class PrivacyEndpoints
{
    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder admin)
    {
        var customer = admin.MapGroup("/customers/{channel}/{userId}").WithTags("Privacy");
        customer.MapGet("/export", ExportAsync).WithName("ExportCustomerData")
            .WithSummary("Everything stored about one customer as JSON (GDPR art. 15 and 20): messages, state, attribution, sentiment, consents.");
        customer.MapDelete("/", EraseAsync).WithName("EraseCustomerData")
            .WithSummary("Erase everything about one customer across tables (GDPR art. 17); only aggregate counts remain. Returns rows removed per table.");
        return admin;
    }

    private static async Task<Results<Ok<CustomerData>, ValidationProblem>> ExportAsync(string channel, string userId, CustomerDataExport export,
        CancellationToken cancellationToken) =>
        IdProblem(channel, userId) is { } problem ? problem : TypedResults.Ok(await export.ReadAsync(channel, UserId(channel, userId), cancellationToken));

    private static async Task<Results<Ok<ErasureCounts>, ValidationProblem>> EraseAsync(string channel, string userId, CustomerEraser eraser,
        CancellationToken cancellationToken) =>
        IdProblem(channel, userId) is { } problem ? problem : TypedResults.Ok(await eraser.EraseAsync(channel, UserId(channel, userId), null, cancellationToken));

    /// <summary>
    /// The id the channel's adapter stores: on Twilio channels the number as E.164, so "whatsapp:+33612345678" (as Twilio
    /// shows it) finds the customer instead of erasing nothing.
    /// Spaces around the id (pasted from a spreadsheet or a ticket) are not part of it: erasing "ana " answered 200 with
    /// 0 rows and left everything.
    /// </summary>
    private static string UserId(string channel, string userId) =>
        TwilioChannels.Handles(channel) ? TwilioChannels.UserId(userId.Trim()) : userId.Trim();

    private static ValidationProblem? IdProblem(string channel, string userId) =>
        channel.Length is 0 or > 64 || string.IsNullOrWhiteSpace(userId) || userId.Length > 256
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["customer"] = ["Channel (up to 64 characters) and user id (up to 256) are required."] })
            : null;
}
