using DarkSocialBot.Attribution;
using DarkSocialBot.Core.Sentiment;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DarkSocialBot.Sentiment;

/// <summary><c>POST /api/admin/sentiment</c>: score a text as the bot scores customer messages (for marketers testing).</summary>
public static class SentimentEndpoints
{
    public sealed record SentimentRequest(string? Text, string? Locale);

    public sealed record SentimentResponse(double Compound, string Label, string Language);

    public static RouteGroupBuilder MapSentiment(this RouteGroupBuilder admin)
    {
        admin.MapPost("/sentiment", Score).WithTags("Sentiment").WithName("ScoreSentiment")
            .WithSummary("Score a short text's sentiment (English or French): compound -1..1 and positive, neutral or negative.");
        return admin;
    }

    private static Results<Ok<SentimentResponse>, ValidationProblem> Score(SentimentRequest request)
    {
        if (AttributionEndpoints.TextProblem(request.Text, request.Locale) is { } problem) return problem;
        var score = SentimentAnalyzer.Default.Analyze(request.Text, request.Locale);
        return TypedResults.Ok(new SentimentResponse(Math.Round(score.Compound, 4), score.Label.ToString().ToLowerInvariant(), score.Language));
    }
}
