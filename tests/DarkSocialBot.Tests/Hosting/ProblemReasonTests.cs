using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>Refusals the endpoint sweep (<see cref="EveryEndpointBadInputTests"/>) found without their reason, or as a 500.</summary>
public sealed class ProblemReasonTests
{
    private static BotHostFactory Host() => new(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = "key" });

    [Theory]
    [InlineData("/api/admin/broadcasts/campaigns", """{"name":"x"}""")]
    [InlineData("/api/admin/sentiment", """{"text":"I love it"}""")]
    [InlineData("/api/admin/links", """{"path":"/api/admin/queues"}""")]
    [InlineData("/api/webchat/conversations", """{"locale":"en"}""")]
    public async Task A_json_body_in_a_charset_the_host_does_not_know_is_415_naming_it_not_500(string path, string json)
    {
        await using var host = Host();
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "key");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=klingon");

        var response = await client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("'klingon'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/admin/handoffs/abc", "an id is a whole number")]
    [InlineData("POST", "/api/admin/broadcasts/campaigns/99999999999999999999/pause", "an id is a whole number")]
    [InlineData("GET", "/api/admin/links", "does not take GET")]
    [InlineData("GET", "/boarding-pass/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "No boarding pass at this link")]
    [InlineData("GET", "/boarding-pass/short", "No boarding pass at this link")]
    public async Task A_path_that_matches_nothing_or_a_method_it_does_not_take_gets_a_problem_saying_so(string method, string path, string reason)
    {
        await using var host = Host();
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "key");

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.True((int)response.StatusCode is 404 or 405, response.StatusCode.ToString());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_servers_limit_is_413_saying_so()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = "key" })
        {
            ConfigureServices = services => services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = 1000),
        };
        host.UseKestrel(0);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "key");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/sentiment")
        {
            Content = new StringContent("{\"text\":\"" + new string('x', 5000) + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("larger than", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
