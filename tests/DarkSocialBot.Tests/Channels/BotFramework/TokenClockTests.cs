using DarkSocialBot.Channels.BotFramework;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static DarkSocialBot.Tests.Channels.BotFramework.BotFrameworkTestHost;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Token lifetimes are judged by the injected clock, with five minutes of skew either way.</summary>
public sealed class TokenClockTests : IAsyncLifetime
{
    private LocalOpenIdIssuer _channel = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _channel = await LocalOpenIdIssuer.StartAsync(endorsements: ["msteams"]);
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Theory]
    [InlineData(-6, false)] // before nbf by more than the skew
    [InlineData(-4, true)]  // before nbf, within the skew
    [InlineData(30, true)]
    [InlineData(64, true)]  // after exp, within the skew
    [InlineData(66, false)] // after exp by more than the skew
    public async Task Token_lifetime_is_judged_by_the_injected_clock_with_five_minutes_of_skew(int minutesFromNotBefore, bool accepted)
    {
        // The token starts an hour from now by the system clock: only the fake clock can accept it.
        var notBefore = DateTime.UtcNow.AddHours(1);
        var activity = Activities.Message("hi", new Uri("https://connector.example/"), channelId: "msteams");
        var token = _channel.Mint(ChannelIssuer, AppId, new Dictionary<string, object> { ["serviceurl"] = activity.ServiceUrl! },
            notBefore: notBefore, expires: notBefore.AddHours(1));
        var time = new FakeTimeProvider(new DateTimeOffset(notBefore).AddMinutes(minutesFromNotBefore));
        var authenticator = Authenticator(time);

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.Equal(accepted, result.Succeeded);
    }

    private BotFrameworkAuthenticator Authenticator(TimeProvider time)
    {
        var options = Options.Create(new BotFrameworkOptions { AppId = AppId, ChannelOpenIdMetadataUrl = _channel.MetadataUrl.AbsoluteUri });
        var keys = new OpenIdKeySources(_services.GetRequiredService<IHttpClientFactory>(), options, time);
        return new BotFrameworkAuthenticator(options, keys, new BotFrameworkTokenValidator(time));
    }
}
