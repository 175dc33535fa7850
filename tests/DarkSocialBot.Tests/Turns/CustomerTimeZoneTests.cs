using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Tests.Turns;

/// <summary>Dialogs read "today" in the customers' zone (<c>Turns:TimeZone</c>), whatever zone the server runs in.</summary>
public sealed class CustomerTimeZoneTests
{
    [Theory]
    [InlineData(null, "Europe/Paris")]
    [InlineData("America/New_York", "America/New_York")]
    public void The_hosts_clock_keeps_system_time_in_the_configured_customer_zone(string? configured, string expected)
    {
        var settings = new Dictionary<string, string?>();
        if (configured is not null) settings["Turns:TimeZone"] = configured;
        using var host = new BotHostFactory(settings);
        host.CreateClient();

        var time = host.Services.GetRequiredService<TimeProvider>();

        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById(expected), time.LocalTimeZone);
        Assert.InRange(time.GetUtcNow(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(time.GetUtcNow().ToOffset(TimeZoneInfo.FindSystemTimeZoneById(expected).GetUtcOffset(time.GetUtcNow())).Date,
            time.GetLocalNow().Date);
    }

    [Fact]
    public void An_unknown_zone_stops_the_host_at_start_with_its_reason()
    {
        using var host = new BotHostFactory(new Dictionary<string, string?> { ["Turns:TimeZone"] = "Mars/Olympus_Mons" });

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("Turns:TimeZone is not a known time zone.", error.Message, StringComparison.Ordinal);
    }
}
