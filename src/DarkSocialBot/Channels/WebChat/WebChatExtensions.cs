using System.Globalization;
using System.Threading.RateLimiting;
using DarkSocialBot.Outbox;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.WebChat;

public static class WebChatExtensions
{
    /// <summary>The rate-limiting policy of the page's posts: per conversation (its id in the route).</summary>
    public const string PostPolicy = "webchat-posts";

    // A partition's limiter is kept by its key: the unlimited one needs a key no limited partition can have.
    private const string Unlimited = "unlimited";

    /// <summary>
    /// The chat page's channel: options, its sender, and the limits on what one conversation and one client address may post
    /// (ASP.NET Core's rate limiter: a token bucket per conversation on the endpoint, one per address over every post).
    /// A refused post is a 429 with <c>Retry-After</c> and the reason, and is not stored.
    /// </summary>
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName);
        builder.Services.AddSingleton<IChannelSender, WebChatSender>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsPost(context) && Options(context).PostsPerMinutePerAddress is > 0 and var perAddress
                    ? RateLimitPartition.GetTokenBucketLimiter("address " + context.Connection.RemoteIpAddress, _ => PerMinute(perAddress))
                    : RateLimitPartition.GetNoLimiter(Unlimited));
            limiter.AddPolicy(PostPolicy, context =>
                Options(context).MessagesPerMinute is > 0 and var perConversation
                && context.Request.RouteValues["conversationId"] is string conversationId
                    ? RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => PerMinute(perConversation))
                    : RateLimitPartition.GetNoLimiter(Unlimited));
        });
        return builder;
    }

    /// <summary>Up to <paramref name="count"/> at once, then one every 60/<paramref name="count"/> seconds; never queued.</summary>
    private static TokenBucketRateLimiterOptions PerMinute(int count) => new()
    {
        TokenLimit = count,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / count,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static bool IsPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(WebChatEndpoints.ApiPath, StringComparison.OrdinalIgnoreCase);

    private static WebChatOptions Options(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 5;
        context.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = $"Too many messages in a short time: wait {wait} s, then send it again.",
            },
        });
    }
}
