using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Tests.Channels.Meta;
using DarkSocialBot.Tests.Channels.Twilio;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// A photo sent with a complaint, through the real webhooks: acknowledged, kept in the handoff's transcript, and opened by
/// the agent through the admin API, which fetches it with the provider's credentials (never handed to the agent's browser).
/// </summary>
public sealed class ComplaintMediaTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4];
    private static readonly Dictionary<string, string?> AgentKey = new() { ["Admin:ApiKeys:0"] = "agent-key" };

    [Fact]
    public async Task A_whatsapp_cloud_photo_at_the_complaint_question_is_kept_for_the_agent_who_opens_it_through_the_graph_api()
    {
        await using var meta = await MetaFixture.StartAsync(AgentKey, brandBot: true);
        meta.Graph.Handler = (request, context) => request.Path switch
        {
            "/v25.0/1000009" when request.Header("Authorization") == "Bearer wa-token" => context.Response.WriteAsJsonAsync(
                new { url = new Uri(meta.Graph.BaseUri, "/whatsapp_business/attachments/?mid=1000009").AbsoluteUri, mime_type = "image/jpeg", id = "1000009" }),
            "/whatsapp_business/attachments/" when request.Header("Authorization") == "Bearer wa-token" => WriteJpegAsync(context),
            _ when request.Method == "GET" => Task.FromResult(context.Response.StatusCode = 401),
            _ => MetaFixture.AcceptedAsync(request, context),
        };
        var customer = new MetaConversation(meta);
        Assert.Contains("I'm really sorry to hear that 😔 Could you tell me briefly what happened? A colleague will read it.", await customer.SayAsync("I want to complain"));

        var photo = await customer.SendAsync("\"type\":\"image\",\"image\":{\"mime_type\":\"image/jpeg\",\"sha256\":\"c2hh\",\"id\":\"1000009\"}");
        Assert.Equal(["Thanks, I'll pass it on to my colleague 📎", "I'm really sorry to hear that 😔 Could you tell me briefly what happened? A colleague will read it."], photo);
        Assert.StartsWith("I've passed our conversation to a colleague", (await customer.SayAsync("my suitcase came back with a broken wheel"))[0], StringComparison.Ordinal);

        // During the handoff a reaction gets no reply from the bot, and the agent reads it.
        Assert.Empty(await customer.SendAsync("\"type\":\"reaction\",\"reaction\":{\"message_id\":\"" + await customer.LatestBotMessageIdAsync() + "\",\"emoji\":\"\\ud83d\\ude21\"}"));

        using var admin = Admin(meta.Host);
        var (id, attachment) = await PhotoInTranscriptAsync(admin);
        Assert.Equal(new Uri(meta.Graph.BaseUri, "/v25.0/1000009").AbsoluteUri, attachment);
        await AssertOpensAsync(admin, id, attachment);
        var transcript = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/handoffs/{id}")).GetProperty("transcript").EnumerateArray().ToList();
        Assert.Equal("(reacted 😡)", transcript[^1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_twilio_mms_photo_with_a_caption_at_the_complaint_question_is_the_note_and_the_agent_opens_it_with_the_account_credentials()
    {
        await using var twilio = await TwilioFixture.StartAsync(settings: AgentKey, brandBot: true);
        var basic = "Basic " + Convert.ToBase64String("ACcccccccccccccccccccccccccccccccc:12345"u8.ToArray());
        twilio.Api.Handler = (request, context) => request.Method == "GET"
            ? request.Header("Authorization") == basic ? WriteJpegAsync(context) : Task.FromResult(context.Response.StatusCode = 401)
            : TwilioFixture.CreatedAsync(request, context);
        var mediaUrl = new Uri(twilio.Api.BaseUri, $"/2010-04-01/Accounts/{TwilioFixture.AccountSid}/Messages/MM0001/Media/ME0001").AbsoluteUri;

        await PostAsync(twilio, "I want to complain", 1);
        var replies = await PostAsync(twilio, "the handle is broken", 2, ("NumMedia", "1"), ("MediaUrl0", mediaUrl), ("MediaContentType0", "image/jpeg"));

        Assert.Equal("Thanks, I'll pass it on to my colleague 📎", replies[0]);
        Assert.StartsWith("I've passed our conversation to a colleague", replies[1], StringComparison.Ordinal);
        using var admin = Admin(twilio.Host);
        var (id, attachment) = await PhotoInTranscriptAsync(admin);
        Assert.Equal(mediaUrl, attachment);
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/handoffs/{id}");
        Assert.Equal("the handle is broken", detail.GetProperty("summary").GetProperty("note").GetString());
        await AssertOpensAsync(admin, id, attachment);
    }

    private static async Task<List<string>> PostAsync(TwilioFixture twilio, string body, int n, params (string, string)[] extra)
    {
        var before = (await twilio.OutboxAsync()).Count;
        (string, string)[] form = [.. TwilioFixture.Sms(body, $"MM{n:D32}").Where(p => extra.All(e => e.Item1 != p.Item1)), .. extra];
        Assert.Equal(HttpStatusCode.OK, (await twilio.PostAsync("/api/twilio", form)).StatusCode);
        await Eventually.TrueAsync(async () => (await twilio.OutboxAsync()).Count > before);
        await Task.Delay(300); // the turn's replies are saved together
        var rows = await twilio.SettledOutboxAsync((await twilio.OutboxAsync()).Count);
        return [.. rows.Skip(before).Select(r => JsonSerializer.Deserialize(r.Payload, DarkSocialBot.Core.Activities.ActivityJson.Default.Activity)!.Text ?? "")];
    }

    private static Task WriteJpegAsync(HttpContext context)
    {
        context.Response.ContentType = "image/jpeg";
        return context.Response.Body.WriteAsync(Jpeg).AsTask();
    }

    private static HttpClient Admin(BotHostFactory host)
    {
        var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "agent-key");
        return admin;
    }

    private static async Task<(long Id, string Attachment)> PhotoInTranscriptAsync(HttpClient admin)
    {
        var handoff = Assert.Single((await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs"))!);
        var id = handoff.GetProperty("id").GetInt64();
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/handoffs/{id}");
        var attachments = detail.GetProperty("transcript").EnumerateArray()
            .Where(e => e.GetProperty("from").GetString() == "customer" && e.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array)
            .SelectMany(e => e.GetProperty("attachments").EnumerateArray()).Select(a => a.GetString()!).ToList();
        return (id, Assert.Single(attachments));
    }

    private static async Task AssertOpensAsync(HttpClient admin, long id, string attachment)
    {
        var media = await admin.GetAsync($"/api/admin/handoffs/{id}/media?url={Uri.EscapeDataString(attachment)}");
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("image/jpeg", media.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Jpeg, await media.Content.ReadAsByteArrayAsync());
        // Only what the customer sent in this conversation: the API fetches no other address with the provider's credentials.
        var other = await admin.GetAsync($"/api/admin/handoffs/{id}/media?url={Uri.EscapeDataString(attachment + "0")}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
