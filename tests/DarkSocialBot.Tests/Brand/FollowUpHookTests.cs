using DarkSocialBot.Core.Dialogs;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// The hook for the "how did you hear about us?" dialog (id <c>hdyhau</c>, registered by the attribution feature): begun after
/// a request was resolved, never mid-flow, never after a request that was not resolved or was handed to a colleague.
/// </summary>
public sealed class FollowUpHookTests
{
    [Fact]
    public async Task The_follow_up_runs_after_a_resolved_request_before_anything_else()
    {
        await using var bed = await AirlineTestBed.CreateAsync(new FollowUpProbe());
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: is NM1234 on time tomorrow
            bot~ is on time
            bot: How did you hear about us?
            user: a friend told me
            bot: Thanks!
            bot: Anything else I can do for you?
            """);
    }

    [Fact]
    public async Task The_follow_up_does_not_run_after_an_unresolved_request()
    {
        await using var bed = await AirlineTestBed.CreateAsync(new FollowUpProbe());
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want to change my flight
            bot~ Shall I connect you with one?
            user: no
            bot~ No problem
            bot: Anything else I can do for you?
            """);
    }

    [Fact]
    public async Task The_follow_up_does_not_run_when_the_conversation_went_to_a_colleague()
    {
        await using var bed = await AirlineTestBed.CreateAsync(new FollowUpProbe());
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: flight status NM404 monday
            bot~ is cancelled
            bot~ Shall I connect you?
            user: yes
            bot~ I've passed our conversation to a colleague
            """);
    }

    /// <summary>
    /// Bad news about the customer's own flight (a delay) is no moment for "how did you hear about us?": it was asked right after
    /// "is delayed… Sorry for the wait!", to a customer worried about a connection. It waits for a later, better answer.
    /// </summary>
    [Theory]
    [InlineData("is NM202 delayed today?")]
    [InlineData("XYZ789 Martin")]
    [InlineData("NM202 today, will I get compensation?")]
    public async Task The_follow_up_does_not_run_after_news_of_a_delay(string request)
    {
        await using var bed = await AirlineTestBed.CreateAsync(new FollowUpProbe());
        var client = bed.Client();

        var replies = await client.SendAsync(request);

        Assert.Contains(replies, r => r.Text?.Contains("is delayed", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(replies, r => r.Text == "How did you hear about us?");
    }

    /// <summary>A customer who has just reported a lost bag is not asked "how did you hear about us?" either.</summary>
    [Fact]
    public async Task The_follow_up_does_not_run_after_a_lost_bag_report()
    {
        await using var bed = await AirlineTestBed.CreateAsync(new FollowUpProbe());
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my bag didn't arrive
            bot~ sorry
            bot~ booking reference
            user: ABC123 dupont
            bot~ ABC123
            bot~ Please describe the bag
            user: red suitcase with a yellow ribbon
            bot~ Which phone number
            user: +33 6 12 34 56 78
            bot~ Report a lost bag for booking ABC123
            user: yes
            bot~ Your report is filed
            bot: Anything else I can do for you?
            """);
    }

    /// <summary>Stands in for the attribution feature's dialog: asks once, thanks, ends.</summary>
    private sealed class FollowUpProbe() : Dialog("hdyhau")
    {
        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
        {
            dc.Send("How did you hear about us?");
            return Task.FromResult(DialogTurnResult.Waiting);
        }

        public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            dc.Send("Thanks!");
            return dc.EndAsync(null, cancellationToken);
        }
    }

    /// <summary>
    /// "the 7:00 one" at "how did you hear about us?" got "Could you tell me a bit more?": it is still about the trip, so the
    /// question is dropped (recorded as skipped, no answer), kindly, and the customer is asked what else they need.
    /// </summary>
    [Theory]
    [InlineData("en-US", "is NM 1234 on time tomorrow?", "the 7:00 one", "Ah, I think that was about your trip rather than my question", "Anything else")]
    [InlineData("fr-FR", "le vol NM1234 est à l'heure demain ?", "celui de 7h", "Ah, je crois que c'était à propos de votre voyage", "autre chose")]
    public async Task A_reply_about_the_trip_at_how_did_you_hear_drops_the_question(string locale, string request, string reply, string dropped, string anythingElse)
    {
        var recorder = new DarkSocialBot.Tests.Attribution.RecordingAttributionRecorder();
        await using var bed = await AirlineTestBed.CreateAsync(new DarkSocialBot.Dialogs.Attribution.HowDidYouHearDialog(recorder,
            DarkSocialBot.Dialogs.Texts.BrandTexts.Load().Hdyhau, requestOf: DarkSocialBot.Dialogs.Intents.BrandIntents.ClearRequest));
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ NM 1234
            bot~ {(locale == "fr-FR" ? "comment avez-vous entendu parler de nous" : "how did you hear about us?")}
            user: {reply}
            bot~ {dropped}
            bot~ {anythingElse}
            """);
        Assert.Empty(recorder.Answers);
        Assert.Single(recorder.Skipped);
    }
}
