using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Tests.Infrastructure;

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
}
