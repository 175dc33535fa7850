using DarkSocialBot.Tests.Attribution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace DarkSocialBot.Tests.Privacy;

public sealed class PrivacyLoggingTests
{
    [Fact]
    public async Task Logs_at_information_and_above_never_hold_message_text_phone_numbers_names_or_user_ids()
    {
        await using var host = AttributionHost.Start(s => s.AddFakeLogging(),
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information", ["Logging:LogLevel:Microsoft"] = "Information" });
        const string user = "user-7f3k9q";
        await host.SayAsync("[ref:SHARE-WA-SPRING] hi, my number is +33 6 12 34 56 78, I'm Zoéline", user, "conv-secret-42");
        await host.SayAsync("my sister sent me the link on WhatsApp", user, "conv-secret-42");
        await host.SayAsync("she adored the crew, truly marvellous", user, "conv-secret-42");
        await host.SayAsync("this is a horrible, awful, terrible experience!!!", user, "conv-secret-42");
        await host.SayAsync("what do you know about me", user, "conv-secret-42");
        await host.SayAsync("delete my data", user, "conv-secret-42");
        await host.SayAsync("yes", user, "conv-secret-42");
        await host.Admin.GetAsync("/api/admin/attribution/export");

        var logs = host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot().Where(r => r.Level >= LogLevel.Information).ToList();

        Assert.NotEmpty(logs);
        foreach (var secret in new[] { "12 34 56 78", "+33", "Zoéline", "sister", "marvellous", "horrible", user, "conv-secret-42", "Ana", AttributionHost.PseudonymKey })
            Assert.DoesNotContain(logs, r => r.Message.Contains(secret, StringComparison.Ordinal) || (r.Exception?.ToString().Contains(secret, StringComparison.Ordinal) ?? false));
    }
}
