using System.Net;
using System.Net.Http.Json;
using System.Text;
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

    /// <summary>Found by the endpoint sweep: a subscriber "seen" in 9999 matched every "seen within N days" segment.</summary>
    [Fact]
    public async Task Import_row_last_seen_in_the_future_is_400_and_stores_nothing()
    {
        await using var host = await BroadcastHost.StartAsync();
        var row = host.Subscriber("ana") with { LastSeenAt = DateTimeOffset.UtcNow.AddDays(30) };

        var response = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/subscribers/import", new ImportRequest([row]), BroadcastHost.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("rows[0]: lastSeenAt is not in the future", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
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

    /// <summary>A CRM export with a row twice reported 10 subscriptions and 10 active for 9 people.</summary>
    [Fact]
    public async Task A_row_repeated_in_one_json_import_is_counted_once_and_named_as_a_duplicate()
    {
        await using var host = await BroadcastHost.StartAsync();
        var rows = new[] { host.Subscriber("ana"), host.Subscriber("bo"), host.Subscriber("ana") };

        var response = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/subscribers/import", new ImportRequest([.. rows]), BroadcastHost.Json);

        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 2, 2), (result.GetProperty("rows").GetInt32(), result.GetProperty("subscriptions").GetInt32(), result.GetProperty("active").GetInt32()));
        var duplicate = Assert.Single(result.GetProperty("duplicates").EnumerateArray());
        Assert.Equal((2, 0), (duplicate.GetProperty("line").GetInt32(), duplicate.GetProperty("sameAsLine").GetInt32()));
        Assert.Equal(2, await host.QueryAsync(db => db.Subscriptions.CountAsync()));
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

    private const string OneForm = "?channelId=twilio-sms&region=FR&topics=offers&purpose=Marketing&wordingVersion=offers-v1"
        + "&wording=J%27accepte%20de%20recevoir%20les%20offres%20par%20SMS&reference=form-2026-11";

    [Fact]
    public async Task A_csv_saved_by_excel_in_france_imports_its_good_lines_and_names_the_bad_and_repeated_ones()
    {
        await using var host = await BroadcastHost.StartAsync();
        var csv = "\uFEFFuserId;displayName;language;grantedAt\r\n"
            + "06 12 34 56 78;Élodie Lefèvre;fr;01/11/2026 10:00\r\n"
            + "+33 7 11 22 33 44;\"Zoé; « la vraie »\";FR;2026-11-02T09:30:00+01:00\r\n"
            + "06.12.34.56.78;Élodie L.;fr;01/11/2026 10:00\r\n"
            + "12;Trop court;fr;01/11/2026\r\n"
            + "07 98 76 54 32;Noé;de;01/11/2026\r\n";

        var response = await PostCsvAsync(host, Encoding.UTF8.GetBytes(csv), OneForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<SubscriberImport.ImportResult>(BroadcastHost.Json))!;
        Assert.Equal((5, 2, 2), (result.Rows, result.Subscriptions, result.Active));
        Assert.Equal([5L, 6L], result.Rejected!.Select(r => r.Line));
        Assert.Contains("E.164", Assert.Single(result.Rejected![0].Reasons), StringComparison.Ordinal);
        Assert.StartsWith("language must be one of", Assert.Single(result.Rejected![1].Reasons), StringComparison.Ordinal);
        Assert.Equal(new SubscriberImport.DuplicateLine(4, 2), Assert.Single(result.Duplicates!));
        var stored = await host.QueryAsync(db => db.Subscribers.OrderBy(s => s.UserId).Select(s => new { s.ChannelId, s.UserId, s.DisplayName, s.Language }).ToListAsync());
        Assert.Equal(["twilio-sms +33612345678 Élodie Lefèvre fr", "twilio-sms +33711223344 Zoé; « la vraie » fr"],
            stored.Select(s => $"{s.ChannelId} {s.UserId} {s.DisplayName} {s.Language}"));
        var consent = await host.QueryAsync(db => db.Consents.Join(db.Subscribers, c => c.SubscriberId, s => s.Id, (c, s) => new { s.UserId, c.RecordedAt, c.Wording, c.Evidence })
            .SingleAsync(c => c.UserId == "+33612345678"));
        // 10:00 in Paris (Broadcasts:DefaultTimeZone), the form's wording and reference.
        Assert.Equal((new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), "J'accepte de recevoir les offres par SMS", "import:form-2026-11"),
            (consent.RecordedAt.ToUniversalTime(), consent.Wording, consent.Evidence));
    }

    [Fact]
    public async Task A_csv_in_windows_1252_keeps_its_accents()
    {
        await using var host = await BroadcastHost.StartAsync();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var csv = Encoding.GetEncoding(1252).GetBytes("userId;displayName;language\r\n0612345678;Chloé Œuvray;fr\r\n");

        var response = await PostCsvAsync(host, csv, OneForm + "&grantedAt=2026-11-01T10:00:00%2B01:00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Chloé Œuvray", await host.QueryAsync(db => db.Subscribers.Select(s => s.DisplayName).SingleAsync()));
    }

    [Theory]
    [InlineData("phone;name\r\n0612345678;Ana\r\n", "unknown: phone, name")]
    [InlineData("userId;language\r\n12;fr\r\n", "line 2")]
    [InlineData("", "empty")]
    public async Task A_csv_that_gives_no_subscriber_is_400_with_the_reason_and_stores_nothing(string csv, string reason)
    {
        await using var host = await BroadcastHost.StartAsync();

        var response = await PostCsvAsync(host, Encoding.UTF8.GetBytes(csv), OneForm + "&grantedAt=2026-11-01T10:00:00Z");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Subscribers.CountAsync()));
    }

    private static Task<HttpResponseMessage> PostCsvAsync(BroadcastHost host, byte[] csv, string query) =>
        host.Admin.PostAsync("/api/admin/broadcasts/subscribers/import" + query,
            new ByteArrayContent(csv) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") } });
}
