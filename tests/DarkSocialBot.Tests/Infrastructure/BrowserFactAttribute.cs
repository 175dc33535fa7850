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
}
