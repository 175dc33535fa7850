using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Broadcasts;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Privacy;

public sealed class PrivacyAdminTests
{
    [Fact]
    public async Task Customer_export_returns_their_messages_state_attribution_sentiment_consents_and_contact_only()
    {
        await using var host = AttributionHost.Start();
        await PrivacyChatTests.HistoryAsync(host, "ana");
        await PrivacyChatTests.HistoryAsync(host, "bob");
        await PrivacyChatTests.HandOffAsync(host, "ana");
        await PrivacyChatTests.HandOffAsync(host, "bob");

        var response = await host.Admin.GetAsync("/api/admin/customers/emulator/ana/export");
        var data = await response.Content.ReadFromJsonAsync<JsonElement>();
        var text = data.ToString();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conversation = Assert.Single(data.GetProperty("conversations").EnumerateArray());
        var messages = conversation.GetProperty("messages").EnumerateArray().ToList();
        Assert.Contains(messages, m => m.GetProperty("direction").GetString() == "in" && m.GetProperty("text").GetString() == "she loved it");
        Assert.Contains(messages, m => m.GetProperty("direction").GetString() == "out");
        Assert.Equal("MSG_WHATSAPP", Assert.Single(data.GetProperty("attribution").EnumerateArray()).GetProperty("source").GetString());
        Assert.Equal("SHARE-WA-SPRING", Assert.Single(data.GetProperty("arrivals").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(3, data.GetProperty("sentiments").GetArrayLength());
        var consent = Assert.Single(data.GetProperty("consents").EnumerateArray());
        Assert.Equal(("marketing", "offers", "Yes, send me offers"), (consent.GetProperty("purpose").GetString(), consent.GetProperty("topic").GetString(), consent.GetProperty("wording").GetString()));
        Assert.Equal("offers", Assert.Single(data.GetProperty("subscriptions").EnumerateArray()).GetProperty("topic").GetString());
        Assert.Equal("Ana", data.GetProperty("contact").GetProperty("displayName").GetString());
        Assert.Contains(data.GetProperty("states").EnumerateArray(), s => s.GetProperty("key").GetString() == "emulator/users/ana");
        var handoff = Assert.Single(data.GetProperty("handoffs").EnumerateArray());
        Assert.Equal(("ana: my bag arrived broken", "ABC123"), (handoff.GetProperty("note").GetString(), handoff.GetProperty("bookingReference").GetString()));
        Assert.DoesNotContain("conv-bob", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customer_erasure_removes_every_row_about_them_and_reports_counts_per_table()
    {
        await using var host = AttributionHost.Start();
        await PrivacyChatTests.HistoryAsync(host, "ana");
        await PrivacyChatTests.HistoryAsync(host, "bob");
        await PrivacyChatTests.HandOffAsync(host, "ana", closedAt: DateTimeOffset.UtcNow.AddDays(-3));
        await PrivacyChatTests.HandOffAsync(host, "ana");
        await PrivacyChatTests.HandOffAsync(host, "bob");
        var bob = await PrivacyChatTests.CountsAsync(host, "bob");

        var response = await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana");
        var counts = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, counts.GetProperty("inboxMessages").GetInt32());
        Assert.Equal(1, counts.GetProperty("attributionAnswers").GetInt32());
        Assert.Equal(2, counts.GetProperty("stateDocuments").GetInt32());
        Assert.Equal(1, counts.GetProperty("contacts").GetInt32());
        Assert.Equal((1, 1, 1), (counts.GetProperty("subscribers").GetInt32(), counts.GetProperty("subscriptions").GetInt32(), counts.GetProperty("consents").GetInt32()));
        Assert.Equal(new PrivacyChatTests.Counts(0, 0, 0, 0, 0, 0, 0), await PrivacyChatTests.CountsAsync(host, "ana"));
        Assert.Equal(0, await host.DbAsync(db => db.States.CountAsync(s => s.Key.EndsWith("/ana") || s.Key.EndsWith("conv-ana"))));
        Assert.Equal(0, await host.DbAsync(db => db.ConversationLinks.CountAsync(l => l.UserId == "ana")));
        Assert.Equal(0, await host.DbAsync(db => db.Subscribers.CountAsync(s => s.UserId == "ana")));
        Assert.Equal(2, counts.GetProperty("handoffs").GetInt32());
        Assert.Equal("bob: my bag arrived broken", Assert.Single(await host.DbAsync(db => db.Handoffs.Select(h => h.Note).ToListAsync())));
        Assert.Equal(bob, await PrivacyChatTests.CountsAsync(host, "bob"));
        var again = await (await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Erasure_of_a_customer_who_opted_out_keeps_only_the_bare_opt_out()
    {
        await using var host = AttributionHost.Start();
        await PrivacyChatTests.HistoryAsync(host, "ana");
        await host.SayAsync("STOP", "ana", "conv-ana");

        await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana");

        var contact = await host.DbAsync(db => db.Contacts.SingleAsync(c => c.UserId == "ana"));
        Assert.NotNull(contact.OptedOutAt);
        Assert.Null(contact.DisplayName);
        Assert.Null(contact.LastInboundAt);
    }

    [Fact]
    public async Task An_imported_subscriber_who_never_wrote_gets_the_broadcasts_sent_to_them_in_the_export_and_erased()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana", name: "Ana Lima"), host.Subscriber("bob", name: "Bob Stone"));
        var campaign = await host.CreateCampaignAsync(BroadcastHost.Campaign(en: "Hello {{name}}, spring offers!"));
        await host.WaitForAsync(campaign.Id, r => r.Sent == 2);

        var export = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/customers/emulator/ana/export");
        var conversation = Assert.Single(export.GetProperty("conversations").EnumerateArray());
        Assert.Equal("Hello Ana Lima, spring offers!", Assert.Single(conversation.GetProperty("messages").EnumerateArray()).GetProperty("text").GetString());

        var counts = await (await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, counts.GetProperty("outboxMessages").GetInt32());
        var left = await host.QueryAsync(db => db.Outbox.Select(e => e.ConversationKey).ToListAsync());
        Assert.Equal(["emulator/conversations/conv-bob"], left);
    }

    [Fact]
    public async Task A_twilio_customer_named_as_twilio_writes_them_is_exported_and_erased()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("whatsapp:+33612345678", name: "Ana Lima", channel: "twilio-whatsapp"),
            host.Subscriber("+33612345679", name: "Bob Stone", channel: "twilio-whatsapp"));

        var export = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/customers/twilio-whatsapp/whatsapp:%2B33%206%2012%2034%2056%2078/export");
        Assert.Equal("Ana Lima", export.GetProperty("subscriber").GetProperty("displayName").GetString());

        var counts = await (await host.Admin.DeleteAsync("/api/admin/customers/twilio-whatsapp/whatsapp:%2B33612345678")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((1, 1), (counts.GetProperty("subscribers").GetInt32(), counts.GetProperty("consents").GetInt32()));
        Assert.Equal(["+33612345679"], await host.QueryAsync(db => db.Subscribers.Select(s => s.UserId).ToListAsync()));
    }

    [Fact]
    public async Task Erasure_keeps_the_proof_of_a_withdrawn_consent_so_the_same_import_again_does_not_subscribe_them_back()
    {
        await using var host = await BroadcastHost.StartAsync();
        var ana = host.Subscriber("ana", name: "Ana Lima");
        await host.ImportAsync(ana, host.Subscriber("bob", name: "Bob Stone"));
        using var chat = host.Factory.CreateClient();
        var unsubscribe = Activities.Message("unsubscribe from our offers", host.Connector.BaseUri, "conv-ana", userId: "ana");
        Assert.True((await chat.PostAsync("/api/messages", Activities.Json(unsubscribe))).IsSuccessStatusCode);
        await Eventually.TrueAsync(() => host.QueryAsync(db => db.Subscriptions.AnyAsync(s => s.Status == SubscriptionStatus.Ended)));

        Assert.Equal(HttpStatusCode.OK, (await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana")).StatusCode);
        var kept = await host.QueryAsync(db => db.Consents.Join(db.Subscribers, c => c.SubscriberId, s => s.Id, (c, s) => new { s.UserId, c.Topic, c.Granted })
            .Where(c => c.UserId == "ana").OrderBy(c => c.Granted).Select(c => $"{c.Topic}:{c.Granted}").ToListAsync());
        var subscriber = await host.QueryAsync(db => db.Subscribers.SingleAsync(s => s.UserId == "ana"));
        await host.ImportAsync(ana);

        Assert.Equal(["offers:False", "offers:True"], kept);
        Assert.Equal((null, "ana", null), (subscriber.DisplayName, subscriber.ConversationId, subscriber.ServiceUrl));
        Assert.Empty(await host.QueryAsync(db => db.Inbox.Where(e => e.ConversationKey == "emulator/conversations/conv-ana").ToListAsync()));
        var audience = await (await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/audience", new { topic = "offers" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, audience.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task An_id_pasted_with_spaces_around_it_finds_the_customer_and_a_blank_one_is_400()
    {
        await using var host = AttributionHost.Start();
        await PrivacyChatTests.HistoryAsync(host, "ana");

        var export = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/customers/emulator/ana%20/export");
        var erased = await (await host.Admin.DeleteAsync("/api/admin/customers/emulator/%20ana%0A")).Content.ReadFromJsonAsync<JsonElement>();
        var blank = await host.Admin.DeleteAsync("/api/admin/customers/emulator/%20%20");

        Assert.Equal("ana", export.GetProperty("userId").GetString());
        Assert.Single(export.GetProperty("attribution").EnumerateArray());
        Assert.Equal(1, erased.GetProperty("attributionAnswers").GetInt32());
        Assert.Equal(0, (await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
    }
}
