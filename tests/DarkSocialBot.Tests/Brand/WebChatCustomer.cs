using System.Net.Http.Json;
using System.Text.Json;

namespace DarkSocialBot.Tests.Brand;

/// <summary>A customer on the real host's web chat: starts a conversation, writes, and reads what was delivered to it.</summary>
internal sealed class WebChatCustomer(HttpClient client, string conversationId)
{
    public string ConversationId { get; } = conversationId;
    public string ConversationKey => $"web/conversations/{ConversationId}";

    public static async Task<WebChatCustomer> StartAsync(HttpClient client, string locale = "en-US")
    {
        var started = await client.PostAsJsonAsync("/api/webchat/conversations", new { locale });
        started.EnsureSuccessStatusCode();
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString()!;
        return new WebChatCustomer(client, id);
    }

    public async Task SayAsync(string text, string locale = "en-US") =>
        (await client.PostAsJsonAsync($"/api/webchat/conversations/{ConversationId}/messages", new { text, locale })).EnsureSuccessStatusCode();

    /// <summary>Every activity delivered to this conversation so far, once there are at least <paramref name="count"/>.</summary>
    public async Task<List<JsonElement>> WaitForAsync(int count)
    {
        for (var i = 0; i < 200; i++)
        {
            var activities = (await client.GetFromJsonAsync<List<JsonElement>>($"/api/webchat/conversations/{ConversationId}/activities"))!
                .Select(a => a.GetProperty("activity")).ToList();
            if (activities.Count >= count) return activities;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Fewer than {count} activities reached the conversation.");
    }

    public static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() : null;
}
