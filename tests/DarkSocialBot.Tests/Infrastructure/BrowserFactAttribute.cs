using Microsoft.Playwright;

namespace DarkSocialBot.Tests.Infrastructure;

/// <summary>
/// A test that drives Debian's Chromium (<c>/usr/bin/chromium</c>, installed by scripts/install-test-deps.sh) with
/// Playwright. Without the browser the test is reported as skipped, with the reason.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath)) Skip = $"Install Chromium at {ChromiumPath} (scripts/install-test-deps.sh) to run browser tests.";
    }

    /// <summary>That Chromium, headless, without sandbox (root in CI), GPU or background traffic.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
}
