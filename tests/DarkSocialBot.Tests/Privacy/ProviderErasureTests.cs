using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Channels.Meta;
using DarkSocialBot.Tests.Channels.Twilio;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using static DarkSocialBot.Tests.Privacy.ProviderErasure;

namespace DarkSocialBot.Tests.Privacy;

/// <summary>
/// Erasure reaches what the customer sent that the providers keep: their Twilio messages (bodies in Twilio's logs) and media,
/// and the media they sent through the WhatsApp Cloud API; nothing of another customer, nothing the brand sent.
/// </summary>
public sealed class ProviderErasureTests
{
    [Fact]
    public Task Erasure_deletes_the_customers_twilio_media_and_messages_and_nothing_of_another_customer() => ErasesAtTwilioAsync(postgres: null);

    [PostgresFact]
    public async Task Erasure_deletes_the_customers_twilio_media_and_messages_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await ErasesAtTwilioAsync(database.ConnectionString);
    }

    private static async Task ErasesAtTwilioAsync(string? postgres)
    {
        await using var twilio = await TwilioFixture.StartAsync(settings: Settings(postgres));
        twilio.Api.Handler = Deletes();
        using var admin = AdminClient(twilio);
        var (anaPhoto, anaPhotoMedia, anaText, bobPhoto, bobPhotoMedia) = (Sid("MM"), Sid("ME"), Sid("SM"), Sid("MM"), Sid("ME"));
        await SendPhotoAsync(twilio, Ana, anaPhoto, anaPhotoMedia, received: 1);
        await SendPhotoAsync(twilio, Ana, anaText, null, received: 2);
        await SendPhotoAsync(twilio, Bob, bobPhoto, bobPhotoMedia, received: 3);
        await twilio.SettledOutboxAsync(3); // the bot's three replies: the brand's messages, never deleted

        var erased = await EraseAsync(admin, "twilio-whatsapp", "whatsapp:" + Ana);

        Assert.Equal(3, erased.GetProperty("providerDeletions").GetInt32());
        Assert.Equal(2, erased.GetProperty("inboxMessages").GetInt32()); // what the endpoint returned before is still there
        await twilio.Api.WaitForRequestsAsync(3 + 3);
        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)).Count == 0);
        Assert.Equal(new[] { MediaPath(anaPhoto, anaPhotoMedia), MessagePath(anaPhoto), MessagePath(anaText) }.Order(), DeletedPaths(twilio.Api).Order());
        var delete = twilio.Api.Requests.First(r => r.Method == "DELETE");
        Assert.Equal("Basic " + Convert.ToBase64String("ACcccccccccccccccccccccccccccccccc:12345"u8.ToArray()), delete.Header("Authorization"));
        Assert.Equal(1, await twilio.InboxCountAsync()); // Bob's message, here as at Twilio
        var queues = await admin.GetFromJsonAsync<JsonElement>("/api/admin/queues");
        Assert.Equal((0, 0), (queues.GetProperty("providerDeletionsPending").GetInt32(), queues.GetProperty("providerDeletionsFailed").GetInt32()));
    }

    [Fact]
    public async Task Erasure_deletes_the_media_the_customer_sent_through_the_whatsapp_cloud_api_and_nothing_of_another_customer()
    {
        await using var meta = await MetaFixture.StartAsync(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = AdminKey });
        meta.Graph.Handler = (request, context) => request.Method == "DELETE"
            ? context.Response.WriteAsJsonAsync(new { success = true })
            : MetaFixture.AcceptedAsync(request, context);
        using var admin = meta.Host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
        (await meta.PostAsync(Image("wamid.ana1", "14155550100", "1111"))).EnsureSuccessStatusCode();
        (await meta.PostAsync(Image("wamid.bob1", "14155550199", "2222"))).EnsureSuccessStatusCode();
        await meta.Bot.WaitForAsync(2);
        await meta.SettledOutboxAsync(2);

        var erased = await (await admin.DeleteAsync("/api/admin/customers/meta-whatsapp/14155550100")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, erased.GetProperty("providerDeletions").GetInt32());
        var deleted = (await meta.Graph.WaitForRequestsAsync(2 + 1)).Where(r => r.Method == "DELETE").ToList();
        await Task.Delay(300); // a poll or two: nothing else is deleted
        Assert.Single(meta.Graph.Requests, r => r.Method == "DELETE");
        var request = Assert.Single(deleted);
        Assert.Equal("/v25.0/1111", request.Path);
        Assert.StartsWith("?phone_number_id=PHONE_NUMBER_ID&appsecret_proof=", request.Query, StringComparison.Ordinal);
        Assert.Equal("Bearer wa-token", request.Header("Authorization"));
    }

    /// <summary>A WhatsApp Cloud webhook with a photo (media id <paramref name="mediaId"/>) from <paramref name="waId"/>.</summary>
    private static string Image(string wamid, string waId, string mediaId) =>
        MetaFixture.WhatsAppValue("\"contacts\":[{\"profile\":{\"name\":\"Ana\"},\"wa_id\":\"" + waId + "\"}],\"messages\":[{\"from\":\"" + waId + "\",\"id\":\"" + wamid
            + "\",\"timestamp\":\"" + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "\",\"type\":\"image\",\"image\":{\"id\":\"" + mediaId + "\",\"mime_type\":\"image/jpeg\",\"sha256\":\"abc\"}}]");
}
