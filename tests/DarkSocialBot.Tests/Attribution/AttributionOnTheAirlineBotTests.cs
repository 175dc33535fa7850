using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Tests.Brand;
using DarkSocialBot.Tests.Infrastructure;

namespace DarkSocialBot.Tests.Attribution;

/// <summary>The question as customers meet it: on the real host, asked by the brand's bot after a resolved request, once.</summary>
public sealed class AttributionOnTheAirlineBotTests
{
    [Fact]
    public async Task After_a_resolved_request_the_brand_bot_asks_once_and_the_answer_reaches_the_admin_api()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Admin:ApiKeys:0"] = AttributionHost.AdminKey, ["Attribution:PseudonymKey"] = AttributionHost.PseudonymKey,
        });
        using var http = host.CreateClient();
        var customer = await WebChatCustomer.StartAsync(http);
        await customer.WaitForAsync(1);

        await customer.SayAsync("is NM1234 on time tomorrow");
        var asked = await customer.WaitForAsync(3);
        await customer.SayAsync("my sister sent me the link on WhatsApp");
        var feeling = await customer.WaitForAsync(4);
        await customer.SayAsync("she said the crew were lovely");
        var thanked = await customer.WaitForAsync(6);
        await customer.SayAsync("is NM1234 on time tomorrow");
        var again = await customer.WaitForAsync(8);

        Assert.Contains("how did you hear about us?", WebChatCustomer.Text(asked[2]), StringComparison.Ordinal);
        Assert.Contains("What did they say about us", WebChatCustomer.Text(feeling[3]), StringComparison.Ordinal);
        Assert.Equal("Thank you for sharing that!", WebChatCustomer.Text(thanked[4]));
        Assert.DoesNotContain(again.Skip(6), a => WebChatCustomer.Text(a)?.Contains("hear about us", StringComparison.Ordinal) == true);
        using var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AttributionHost.AdminKey);
        var answer = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution"))!.GetProperty("items").EnumerateArray());
        Assert.Equal(("MSG_WHATSAPP", "dark", "web", "positive"), (answer.GetProperty("source").GetString(), answer.GetProperty("class").GetString(),
            answer.GetProperty("chatChannel").GetString(), answer.GetProperty("shareSentimentLabel").GetString()));
    }
}
