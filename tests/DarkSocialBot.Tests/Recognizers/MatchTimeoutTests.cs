using System.Reflection;
using System.Text.RegularExpressions;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Intents;

namespace DarkSocialBot.Tests.Recognizers;

/// <summary>
/// The expressions that read what customers write had 100 ms match timeouts. A match timeout is wall-clock time that includes
/// compiling the match code on its first use and any pause of the process: in a busy process (a test run on two shared cores,
/// a host starting under load) the first matches sometimes threw on a ten-word message, about one cold start in twenty with
/// eight turns at once. "NM 1234 tomorrow" then failed its turn, or, where a timeout counts as no match (the intent patterns),
/// lost its flight number. A timeout stays as the guard against a pathological input, far above any normal match.
/// </summary>
public sealed class MatchTimeoutTests
{
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);

    [Fact]
    public void No_expression_reading_customer_text_has_a_timeout_a_pause_of_the_process_can_reach()
    {
        var assemblies = new[] { typeof(MatchTimeout).Assembly, typeof(BrandIntents).Assembly, typeof(Program).Assembly };
        var generated = assemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && m.GetParameters().Length == 0)
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Regex: (Regex)m.Invoke(null, null)!))
            .ToList();
        var patterns = BrandIntents.Create().Patterns.Select(p => (Name: $"intent pattern {p}", Regex: p));

        var tooShort = generated.Concat(patterns)
            .Where(r => r.Regex.MatchTimeout != Regex.InfiniteMatchTimeout && r.Regex.MatchTimeout < Shortest)
            .Select(r => $"{r.Name}: {r.Regex.MatchTimeout.TotalMilliseconds} ms")
            .ToList();

        Assert.True(generated.Count > 15, $"only {generated.Count} generated expressions found");
        Assert.Empty(tooShort);
    }
}
