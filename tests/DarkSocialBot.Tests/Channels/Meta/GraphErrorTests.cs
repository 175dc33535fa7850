using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Tests.Channels.Meta;

/// <summary>
/// What the dispatcher does with each Graph API refusal, against the fake Graph: a "try later" (throttling, a temporary
/// failure, a Page restricted for a while) is retried with backoff until Meta takes the message; a refusal for good is not
/// retried, and the delivery says why.
/// </summary>
public sealed class GraphErrorTests
{
    [Theory]
    [InlineData(400, 1200, 2018024)] // Messenger: "Temporary send message failure. Please try again later."
    [InlineData(400, 10, 1893063)]   // the Page is restricted from messaging for a while
    [InlineData(400, 368, null)]     // temporarily blocked for policy violations: "wait and retry"
    [InlineData(400, 341, null)]     // application limit reached
    [InlineData(400, 80001, null)]   // Pages business-use-case rate limit (a Page token's calls)
    [InlineData(400, 131000, null)]  // WhatsApp "Something went wrong": try again
    [InlineData(400, 133004, null)]  // WhatsApp server temporarily unavailable
    public async Task A_meta_answer_that_means_try_later_is_retried_until_the_message_goes_out(int status, int code, int? subcode)
    {
        await using var meta = await MetaFixture.StartAsync(new() { ["Meta:RestrictedRetryDelay"] = "00:00:00.100" });
        var refused = MetaFixture.Error(status, code, subcode);
        meta.Graph.Handler = (request, context) => request.Sequence <= 2 ? refused(request, context) : MetaFixture.AcceptedAsync(request, context);

        await meta.PostAsync(MetaFixture.Messenger("m_later", "hi"));

        var row = Assert.Single(await meta.SettledOutboxAsync(1));
        Assert.Equal((OutboxStatus.Sent, 3, null), (row.Status, row.Attempts, row.Error));
        Assert.Equal(3, meta.Graph.Requests.Count);
    }

    [Fact]
    public async Task A_page_restricted_for_a_while_is_tried_again_later_not_within_seconds()
    {
        await using var meta = await MetaFixture.StartAsync();
        meta.Graph.Handler = MetaFixture.Error(400, 10, 1893063);

        var before = DateTimeOffset.UtcNow;
        await meta.PostAsync(MetaFixture.Messenger("m_restricted", "hi"));
        await meta.Graph.WaitForRequestsAsync(1);

        OutboxEntry row = null!;
        await Infrastructure.Eventually.TrueAsync(async () => (row = Assert.Single(await meta.OutboxAsync())).Attempts == 1);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.StartsWith($"{DeliveryFailures.Restricted}: Graph answered 400 with error 10/1893063", row.Error, StringComparison.Ordinal);
        Assert.InRange(row.NextAttemptAt - before, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(16)); // Meta:RestrictedRetryDelay, 15 min
        await Task.Delay(500);
        Assert.Single(meta.Graph.Requests);
    }

    [Theory]
    [InlineData(613, null, DeliveryFailures.Throttled)]
    [InlineData(1200, 2018024, DeliveryFailures.Unavailable)]
    [InlineData(10, 1893063, DeliveryFailures.Restricted)]
    public async Task A_try_later_that_lasts_past_the_last_attempt_fails_with_its_reason(int code, int? subcode, string reason)
    {
        await using var meta = await MetaFixture.StartAsync(new()
        {
            ["Outbox:MaxAttempts"] = "2", ["Outbox:FirstRetryDelay"] = "00:00:00.050", ["Meta:RestrictedRetryDelay"] = "00:00:00.050",
        });
        meta.Graph.Handler = MetaFixture.Error(400, code, subcode);

        await meta.PostAsync(MetaFixture.Messenger("m_still", "hi"));

        var row = Assert.Single(await meta.SettledOutboxAsync(1));
        Assert.Equal((OutboxStatus.Failed, 2, code.ToString(System.Globalization.CultureInfo.InvariantCulture)), (row.Status, row.Attempts, row.ErrorCode));
        Assert.StartsWith(reason + ": Graph answered 400 with error " + code, row.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(551, null, "InvalidRecipient: Graph answered 400 with error 551 (this person isn't available right now)")]
    [InlineData(100, 2018001, "InvalidRecipient: Graph answered 400 with error 100/2018001 (no matching user found)")]
    [InlineData(10, 2018278, "OutsideWindow: Graph answered 400 with error 10/2018278 (sent outside the allowed window)")]
    [InlineData(10, 2018065, "OutsideWindow: Graph answered 400 with error 10/2018065 (sent outside the allowed window)")]
    [InlineData(100, null, "Graph answered 400 with error 100 (invalid parameter)")]
    [InlineData(190, null, "Graph answered 400 with error 190 (invalid or expired access token)")]
    [InlineData(10, null, "Graph answered 400 with error 10 (permission denied)")]
    public async Task A_refusal_for_good_is_not_retried_and_says_why(int code, int? subcode, string error)
    {
        await using var meta = await MetaFixture.StartAsync();
        meta.Graph.Handler = MetaFixture.Error(400, code, subcode);

        await meta.PostAsync(MetaFixture.Messenger("m_never", "hi"));

        var row = Assert.Single(await meta.SettledOutboxAsync(1));
        Assert.Equal((OutboxStatus.Failed, 1, error), (row.Status, row.Attempts, row.Error));
        await Task.Delay(300);
        Assert.Single(meta.Graph.Requests);
    }
}
