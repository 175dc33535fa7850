using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Broadcasts.Subscriptions;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Broadcasts;

public sealed class SubscriberImportTests
{
    [Fact]
    public async Task Import_row_without_a_consent_record_makes_the_whole_import_400_and_stores_nothing()
    {
        await using var host = await BroadcastHost.StartAsync();
        var rows = new[] { host.Subscriber("ana"), host.Subscriber("bo") with { Consent = null } };

        var response = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/subscribers/import", new ImportRequest([.. rows]), BroadcastHost.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("rows[1]", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, await host.QueryAsync(db => db.Subscribers.CountAsync()));
    }

    [Fact]
    public async Task Import_with_an_empty_row_or_an_empty_topic_is_400_naming_the_rows_and_stores_nothing()
    {
        await using var host = await BroadcastHost.StartAsync();
        var rows = new[] { host.Subscriber("ana"), null!, host.Subscriber("bo") with { Topics = ["offers", null!] } };

        var response = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/subscribers/import", new ImportRequest([.. rows]), BroadcastHost.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["rows[1]", "rows[2]"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("rows[2]: topics", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Subscribers.CountAsync()));
    }

    [Theory]
    [InlineData(ConsentPurpose.Service, "offers", "marketing consent")]
    [InlineData(ConsentPurpose.Marketing, "unknown", "Unknown topic")]
    public async Task Import_row_whose_consent_does_not_cover_its_topic_is_400(ConsentPurpose purpose, string topic, string reason)
    {
        await using var host = await BroadcastHost.StartAsync();
        var row = host.Subscriber("ana") with { Topics = [topic] };
        row = row with { Consent = row.Consent! with { Purpose = purpose } };

        var response = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/subscribers/import", new ImportRequest([row]), BroadcastHost.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_records_subscriber_consent_and_subscription_once_even_when_sent_twice()
    {
        await using var host = await BroadcastHost.StartAsync();
        var row = host.Subscriber("ana", "fr", timeZone: "America/Montreal", tags: ["vip"]);

        await host.ImportAsync(row);
        await host.ImportAsync(row);

        var subscriber = await host.QueryAsync(db => db.Subscribers.SingleAsync());
        Assert.Equal(("fr", "America/Montreal", "|vip|"), (subscriber.Language, subscriber.TimeZone, subscriber.Tags));
        var consent = await host.QueryAsync(db => db.Consents.SingleAsync());
        Assert.Equal((ConsentPurpose.Marketing, "offers-v1", ConsentSource.Import, true), (consent.Purpose, consent.WordingVersion, consent.Source, consent.Granted));
        Assert.Equal("Would you like to receive our offers?", consent.Wording);
        var subscription = await host.QueryAsync(db => db.Subscriptions.SingleAsync());
        Assert.Equal((SubscriptionStatus.Active, consent.Id), (subscription.Status, subscription.ConsentId));
    }

    [Fact]
    public async Task Reimporting_an_old_consent_does_not_resubscribe_someone_who_unsubscribed_since()
    {
        await using var host = await BroadcastHost.StartAsync();
        var row = host.Subscriber("ana");
        await host.ImportAsync(row);
        var book = (SubscriptionBook)host.Services.GetService(typeof(SubscriptionBook))!;
        await book.UnsubscribeAsync("emulator", "ana", _ => true, "Stop", "emulator:stop-1", "You won't receive any more messages.", CancellationToken.None);

        await host.ImportAsync(row with { Consent = row.Consent! with { Reference = "crm-export-2" } });

        var subscription = await host.QueryAsync(db => db.Subscriptions.SingleAsync());
        Assert.Equal(SubscriptionStatus.Ended, subscription.Status);
        Assert.Equal([true, false, true], await host.QueryAsync(db => db.Consents.OrderBy(c => c.Id).Select(c => c.Granted).ToListAsync()));
    }

    [Fact]
    public async Task Import_on_a_twilio_channel_needs_an_e164_number_and_stores_it_as_the_adapter_does()
    {
        await using var host = await BroadcastHost.StartAsync();
        var good = host.Subscriber("whatsapp:+33 6 12 34 56 78", channel: "twilio-whatsapp") with { ConversationId = null };
        var bad = host.Subscriber("0612345678", channel: "twilio-sms");

        var refused = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/subscribers/import", new ImportRequest([good, bad]), BroadcastHost.Json);
        await host.ImportAsync(good);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("E.164", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var subscriber = await host.QueryAsync(db => db.Subscribers.SingleAsync());
        Assert.Equal(("+33612345678", "+33612345678"), (subscriber.UserId, subscriber.ConversationId));
    }
}
