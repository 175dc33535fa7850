using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DarkSocialBot.Tests.Infrastructure;

namespace DarkSocialBot.Tests.Admin;

public sealed class AdminAuthenticationTests
{
    private static BotHostFactory Host() => new(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = "key-one", ["Admin:ApiKeys:1"] = "key-two" });

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("Basic a2V5LW9uZQ==")]
    [InlineData("Bearer ")]
    public async Task Admin_call_without_a_valid_key_returns_401_with_a_reason(string? authorization)
    {
        await using var host = Host();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/queues");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.False(string.IsNullOrWhiteSpace(problem!["detail"]?.ToString()));
    }

    [Fact]
    public async Task Admin_call_with_any_configured_key_succeeds()
    {
        await using var host = Host();
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "key-two");

        var counts = await client.GetFromJsonAsync<Dictionary<string, int>>("/api/admin/queues");

        Assert.Equal(0, counts!["turnsWaiting"]);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_admin_api()
    {
        await using var host = Host();
        using var client = host.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/admin/queues", document, StringComparison.Ordinal);
    }
}
