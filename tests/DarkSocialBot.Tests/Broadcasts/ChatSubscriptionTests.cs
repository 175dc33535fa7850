using System.Text.RegularExpressions;
using DarkSocialBot.Contacts;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>Subscribing and unsubscribing by chat, through the real turn pipeline (Emulator channel).</summary>
public sealed class ChatSubscriptionTests : IAsyncLifetime
{
    private BroadcastHost _host = null!;
    private HttpClient _chat = null!;

    public async Task InitializeAsync()
    {
        _host = await BroadcastHost.StartAsync();
        _chat = _host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _chat.Dispose();
        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData("keep me posted about KL2030", "en-US", "KL2030")]
    [InlineData("tenez-moi informé du vol AF 1230 svp", "fr-FR", "AF1230")]
    [InlineData("à quelle heure part le vol AF1234 ? tenez-moi informé", "fr-FR", "AF1234")]
    [InlineData("keep me posted about KL1234, what time does it leave?", "en-US", "KL1234")]
    public async Task Following_a_flight_without_a_day_follows_it_today(string request, string locale, string flight)
    {
        // Neither the flight number's digits (a year, a time) nor a question of time (« à quelle heure », "this hour") is a day.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

        await SayAsync(request, locale);

        var subscription = await _host.QueryAsync(db => db.Subscriptions.SingleAsync());
        Assert.Equal($"flight:{flight}:{today:yyyy-MM-dd}", subscription.Topic);
    }

    /// <summary>
    /// A flight the airline flies follows its next departure: the demo airline's NM 1234 leaves tomorrow and the day after, so
    /// "today" would be a day it does not fly, and no update would ever come.
    /// </summary>
    [Theory]
    [InlineData("keep me posted about NM1234", "en-US", "NM1234", 1)]
    [InlineData("tenez-moi informé du vol NM 1235", "fr-FR", "NM1235", 1)]
    [InlineData("keep me posted about NM1234, the day after tomorrow", "en-US", "NM1234", 2)]
    public async Task Following_a_flight_the_airline_flies_without_a_day_follows_its_next_departure(string request, string locale, string flight, int days)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

        var reply = await SayAsync(request, locale);

        var subscription = await _host.QueryAsync(db => db.Subscriptions.SingleAsync());
        Assert.Equal($"flight:{flight}:{today.AddDays(days):yyyy-MM-dd}", subscription.Topic);
        Assert.Contains(today.AddDays(days).Day.ToString(System.Globalization.CultureInfo.InvariantCulture), reply, StringComparison.Ordinal);
    }

    /// <summary>"Keep me posted about my flight" names none: the bot asks which, and follows the flight the next message names.</summary>
    [Theory]
    [InlineData("can you keep me posted about my flight?", "NM 1235", "en-US", "Which flight should I keep you posted about?", "NM1235")]
    [InlineData("tenez-moi au courant pour mon vol", "le NM1234 de demain", "fr-FR", "De quel vol voulez-vous être tenu(e) informé(e) ?", "NM1234")]
    public async Task Asked_to_follow_a_flight_without_its_number_the_bot_asks_which_and_follows_the_one_named_next(
        string request, string answer, string locale, string question, string flight)
    {
        var asked = await SayAsync(request, locale);
        Assert.Contains(question, asked, StringComparison.Ordinal);
        Assert.Empty(await _host.QueryAsync(db => db.Subscriptions.ToListAsync()));

        var confirmation = await SayAsync(answer, locale);

        Assert.Contains(flight, confirmation, StringComparison.Ordinal);
        var subscription = await _host.QueryAsync(db => db.Subscriptions.SingleAsync());
        Assert.StartsWith($"flight:{flight}:", subscription.Topic, StringComparison.Ordinal);
        Assert.Equal(ConsentPurpose.Service, subscription.Purpose);
    }

    /// <summary>A "no" to "which flight?" is a change of mind: said back kindly, and nothing is followed.</summary>
    [Theory]
    [InlineData("can you keep me posted about my flight?", "no thanks", "en-US", "No problem, I won't follow any flight for you.")]
    [InlineData("tenez-moi au courant pour mon vol", "non merci", "fr-FR", "Pas de souci, je ne suivrai aucun vol pour vous.")]
    public async Task A_no_to_which_flight_follows_none_and_says_so(string request, string answer, string locale, string reply)
    {
        await SayAsync(request, locale);

        Assert.StartsWith(reply, await SayAsync(answer, locale), StringComparison.Ordinal);
        Assert.Empty(await _host.QueryAsync(db => db.Subscriptions.ToListAsync()));
    }

    /// <summary>Anything but a flight number after "which flight?" goes on to the bot, and the question is dropped.</summary>
    [Fact]
    public async Task A_message_without_a_flight_number_after_which_flight_goes_on_to_the_bot()
    {
        await SayAsync("keep me updated");

        await SayAsync("flight status", id: "status-request");
        await SayAsync("NM1234", id: "flight-number");

        Assert.Contains(_host.Connector.Requests, r => r.Json.TryGetProperty("replyToId", out var to) && to.GetString() == "status-request");
        Assert.Empty(await _host.QueryAsync(db => db.Subscriptions.ToListAsync())); // the number answered the bot's question
    }

    [Fact]
    public async Task Keep_me_posted_about_a_flight_subscribes_to_that_flight_and_date_with_the_request_as_consent()
    {
        var reply = await SayAsync("Please keep me posted about KL1234 on 24 November 2026");

        Assert.Contains("KL1234", reply, StringComparison.Ordinal);
        var subscription = await _host.QueryAsync(db => db.Subscriptions.SingleAsync());
        Assert.Equal(("flight:KL1234:2026-11-24", ConsentPurpose.Service, SubscriptionStatus.Active), (subscription.Topic, subscription.Purpose, subscription.Status));
        var consent = await _host.QueryAsync(db => db.Consents.SingleAsync());
        Assert.Equal((ConsentSource.Chat, "flight-v1"), (consent.Source, consent.WordingVersion));
        Assert.Contains("KL1234", consent.Wording, StringComparison.Ordinal);
        var subscriber = await _host.QueryAsync(db => db.Subscribers.SingleAsync());
        Assert.Equal(("user-1", "conv-1", "en", "bot-id"), (subscriber.UserId, subscriber.ConversationId, subscriber.Language, subscriber.BotId));
    }

    [Fact]
    public async Task French_offers_request_shows_the_consent_wording_and_records_it_on_yes()
    {
        var question = await SayAsync("je veux recevoir les offres", "fr-FR");
        Assert.Contains("Répondez OUI", question, StringComparison.Ordinal);
        Assert.Empty(await _host.QueryAsync(db => db.Subscriptions.ToListAsync()));

        var confirmation = await SayAsync("oui", "fr-FR", id: "yes-activity");

        Assert.Contains("nos offres", confirmation, StringComparison.Ordinal);
        var consent = await _host.QueryAsync(db => db.Consents.SingleAsync());
        Assert.Equal((ConsentPurpose.Marketing, "offers-v1", question, "emulator:yes-activity"), (consent.Purpose, consent.WordingVersion, consent.Wording, consent.Evidence));
        var subscription = await _host.QueryAsync(db => db.Subscriptions.SingleAsync());
        Assert.Equal(("offers", SubscriptionStatus.Active, consent.Id), (subscription.Topic, subscription.Status, subscription.ConsentId));
        Assert.Equal("fr", (await _host.QueryAsync(db => db.Subscribers.SingleAsync())).Language);
    }

    [Fact]
    public async Task Offers_request_answered_no_subscribes_to_nothing()
    {
        await SayAsync("send me your offers");

        var reply = await SayAsync("no thanks");

        Assert.Contains("won't receive our offers", reply, StringComparison.Ordinal);
        Assert.Empty(await _host.QueryAsync(db => db.Subscriptions.ToListAsync()));
    }

    [Fact]
    public async Task Unsubscribe_from_one_topic_keeps_the_others_and_desabonner_ends_them_all()
    {
        await SayAsync("keep me posted about KL1234");
        await SayAsync("send me your offers");
        await SayAsync("yes");

        var first = await SayAsync("unsubscribe from offers");
        Assert.Contains("our offers", first, StringComparison.Ordinal);
        Assert.Equal(["flight"], await ActiveTopicsAsync());

        await SayAsync("me désabonner", "fr-FR");
        Assert.Empty(await ActiveTopicsAsync());
        Assert.Contains("aucun abonnement", await SayAsync("désabonner", "fr-FR"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keep me posted about KL1234", null, "en-US", "flight")]
    [InlineData("tenez moi informé du vol AF1234", null, "fr-FR", "flight")]
    [InlineData("send me your offers", "yes", "en-US", "offers")]
    [InlineData("je veux recevoir les offres", "oui", "fr-FR", "offers")]
    public async Task Following_the_confirmations_own_advice_ends_that_subscription_and_the_bot_still_answers(
        string request, string? consent, string locale, string topic)
    {
        await SayAsync("keep me posted about KL9999");
        var confirmation = await SayAsync(request, locale);
        if (consent is not null) confirmation = await SayAsync(consent, locale);
        Assert.Equal(new[] { "flight", topic }.Order(), await ActiveTopicsAsync());

        // What the customer is told to write, quoted in the confirmation ("…" or « … »): a single-word "unsubscribe" would be
        // an opt-out keyword and silence the bot on this channel, which is not what the customer asked for.
        var advice = Regex.Match(confirmation, "[\"«]\\s*([^\"»]+?)\\s*[\"»]").Groups[1].Value;
        var french = locale.StartsWith("fr", StringComparison.Ordinal);
        Assert.Contains(french ? "vous ne recevrez plus" : "you won't receive", await SayAsync(advice, locale), StringComparison.Ordinal);

        Assert.Equal(["flight"], await ActiveTopicsAsync()); // the other flight is still followed
        // The bot still answers the same words (nothing left to stop), instead of a STOP's silence.
        Assert.Contains(french ? "aucun abonnement" : "no subscription", await SayAsync(advice, locale), StringComparison.Ordinal);
        Assert.False(await _host.Services.GetRequiredService<ContactStore>().IsOptedOutAsync("emulator", "user-1", CancellationToken.None));
    }

    [Fact]
    public async Task Stop_opts_out_of_the_channel_and_withdraws_every_subscription_so_start_does_not_bring_them_back()
    {
        await SayAsync("keep me posted about AF1234");
        await SayAsync("subscribe to the newsletter");
        await SayAsync("yes");

        await PostAsync("STOP");
        await Eventually.TrueAsync(async () => (await ActiveTopicsAsync()).Count == 0);
        var contacts = _host.Services.GetRequiredService<ContactStore>();
        Assert.True(await contacts.IsOptedOutAsync("emulator", "user-1", CancellationToken.None));
        var withdrawals = await _host.QueryAsync(db => db.Consents.Where(c => !c.Granted).Select(c => c.Topic).ToListAsync());
        Assert.Equal(2, withdrawals.Count);
        // One reply to STOP, its confirmation, marked so that it passes the opt-out check it follows.
        var confirmation = (await _host.Connector.WaitForRequestsAsync(4))[3].Json;
        Assert.Equal("Done: you won't get any more messages from us here. If you change your mind, just write START.", confirmation.GetProperty("text").GetString());
        Assert.Equal(OptOutNotice.EntityType, confirmation.GetProperty("entities")[0].GetProperty("type").GetString());

        await PostAsync("START");
        await Eventually.TrueAsync(async () => !await contacts.IsOptedOutAsync("emulator", "user-1", CancellationToken.None));
        Assert.Empty(await ActiveTopicsAsync());
    }

    [Theory]
    [InlineData("where is my bag?", "en-US")]
    [InlineData("des nouvelles du vol NM1234 ?", "fr-FR")] // "any news of flight NM1234?" asks for its status now
    [InlineData("any updates on flight NM1234?", "en-US")] // the same in English
    public async Task Other_messages_go_on_to_the_bot(string text, string locale)
    {
        await SayAsync(text, locale, id: "bag-question");

        // The brand's bot answers it (whatever it says), not the subscriptions.
        Assert.Contains(_host.Connector.Requests, r => r.Json.TryGetProperty("replyToId", out var to) && to.GetString() == "bag-question");
        Assert.Empty(await _host.QueryAsync(db => db.Subscriptions.ToListAsync()));
    }

    private async Task<List<string>> ActiveTopicsAsync() =>
        (await _host.QueryAsync(db => db.Subscriptions.Where(s => s.Status == SubscriptionStatus.Active).Select(s => s.Topic).ToListAsync()))
        .Select(t => t.Split(':')[0]).Order().ToList();

    private async Task<string> SayAsync(string text, string locale = "en-US", string? id = null)
    {
        var before = _host.Connector.Requests.Count;
        await PostAsync(text, locale, id);
        var replies = await _host.Connector.WaitForRequestsAsync(before + 1);
        return replies[^1].Json.GetProperty("text").GetString()!;
    }

    private async Task PostAsync(string text, string locale = "en-US", string? id = null)
    {
        var activity = Activities.Message(text, _host.Connector.BaseUri, id: id);
        activity.Locale = locale;
        var response = await _chat.PostAsync("/api/messages", Activities.Json(activity));
        Assert.True(response.IsSuccessStatusCode);
    }
}
