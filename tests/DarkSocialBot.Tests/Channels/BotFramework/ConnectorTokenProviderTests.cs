using DarkSocialBot.Channels.BotFramework;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Channels.BotFramework;

public sealed class ConnectorTokenProviderTests : IAsyncLifetime
{
    private LocalHttpServer _login = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _login = await LocalHttpServer.StartAsync();
        _login.Handler = (request, context) => context.Response.WriteAsJsonAsync(
            new { token_type = "Bearer", expires_in = "3600", access_token = $"token-{request.Sequence}" }); // some endpoints send a string
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _login.DisposeAsync();
    }

    [Fact]
    public async Task Token_is_reused_until_five_minutes_before_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var provider = Provider(time, "app-1", "secret");

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, _login.Requests.Count);
    }

    [Theory]
    [InlineData(null, "secret")]
    [InlineData("app-1", null)]
    public async Task Bot_without_credentials_sends_no_token_and_asks_for_none(string? appId, string? password)
    {
        using var provider = Provider(TimeProvider.System, appId, password);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Empty(_login.Requests);
    }

    [Fact]
    public async Task Token_endpoint_answer_without_a_token_is_an_error_not_an_empty_bearer()
    {
        _login.Handler = (_, context) => context.Response.WriteAsJsonAsync(new { error = "invalid_client" });
        using var provider = Provider(TimeProvider.System, "app-1", "wrong");

        await Assert.ThrowsAsync<HttpRequestException>(async () => await provider.GetTokenAsync(CancellationToken.None));
    }

    private ConnectorTokenProvider Provider(TimeProvider time, string? appId, string? password) => new(
        _services.GetRequiredService<IHttpClientFactory>(),
        Options.Create(new BotFrameworkOptions { AppId = appId, AppPassword = password, LoginBaseUrl = _login.BaseUri.AbsoluteUri }),
        time);
}
