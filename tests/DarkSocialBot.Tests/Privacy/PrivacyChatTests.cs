using DarkSocialBot.Dialogs.Texts;
using DarkSocialBot.Privacy;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Brand;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Privacy;

public sealed class PrivacyChatTests
{
    [Fact]
    public async Task Delete_my_data_asks_first_then_erases_the_customer_across_tables_and_says_so()
    {
        await using var host = AttributionHost.Start();
        await HistoryAsync(host, "ana");
        await HistoryAsync(host, "bob");

        var confirm = Assert.Single(await host.SayAsync("delete my data", "ana", "conv-ana"));
        var done = Assert.Single(await host.SayAsync("yes", "ana", "conv-ana"));

        Assert.Contains("cannot be undone", confirm.Text, StringComparison.Ordinal);
        Assert.Equal(["yes", "no"], confirm.SuggestedActions!.Actions.Select(a => a.Value));
        Assert.StartsWith("Done", done.Text, StringComparison.Ordinal);
        var ana = await CountsAsync(host, "ana");
        // Only the confirming turn is left (its text redacted) with the bot's "done"; the retention purge takes them later.
        Assert.Equal(new Counts(Inbox: 1, Outbox: 1, Answers: 0, Sentiments: 0, Arrivals: 0, Consents: 0, Contacts: 0), ana);
        var kept = await host.DbAsync(db => db.Inbox.SingleAsync(e => e.ConversationKey == "emulator/conversations/conv-ana"));
        Assert.DoesNotContain("yes", System.Text.Encoding.UTF8.GetString(kept.Payload), StringComparison.Ordinal);
        var bob = await CountsAsync(host, "bob");
        Assert.True(bob.Inbox > 0 && bob.Outbox > 0 && bob.Answers == 1 && bob.Sentiments > 0 && bob.Arrivals == 1 && bob.Consents == 1, bob.ToString());
    }

    [Fact]
    public async Task After_erasure_the_customer_starts_fresh_and_is_asked_again()
    {
        await using var host = AttributionHost.Start();
        await HistoryAsync(host, "ana");
        await host.SayAsync("delete my data", "ana", "conv-ana");
        await host.SayAsync("yes", "ana", "conv-ana");

        var replies = await host.SayAsync("hello again", "ana", "conv-ana");

        Assert.Contains("how did you hear about us?", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_erasure_request_answered_no_keeps_everything()
    {
        await using var host = AttributionHost.Start();
        await HistoryAsync(host, "ana");
        var before = await CountsAsync(host, "ana");

        var confirm = Assert.Single(await host.SayAsync("supprimer mes données", "ana", "conv-ana", locale: "fr-FR"));
        var cancelled = Assert.Single(await host.SayAsync("non", "ana", "conv-ana", locale: "fr-FR"));

        Assert.Contains("C'est définitif", confirm.Text, StringComparison.Ordinal);
        Assert.Equal("D'accord, rien n'a été supprimé.", cancelled.Text);
        var after = await CountsAsync(host, "ana");
        Assert.Equal(before.Answers, after.Answers);
        Assert.Equal(before.Consents, after.Consents);
        Assert.True(after.Inbox > before.Inbox);
    }

    [Fact]
    public async Task What_do_you_know_about_me_works_in_the_middle_of_the_question_without_disturbing_it()
    {
        await using var host = AttributionHost.Start();
        await host.SayAsync("[ref:SHARE-WA-SPRING] hello", "ana", "conv-ana");
        await SubscribeAsync(host, "ana");

        var summary = Assert.Single(await host.SayAsync("what do you know about me?", "ana", "conv-ana")).Text!;
        var thanks = await host.SayAsync("chatgpt", "ana", "conv-ana");
        var french = Assert.Single(await host.SayAsync("que savez-vous sur moi ?", "ana", "conv-ana", locale: "fr-FR")).Text!;

        Assert.StartsWith("Here is what we hold about you:", summary, StringComparison.Ordinal);
        Assert.Contains("messages from you", summary, StringComparison.Ordinal);
        Assert.Contains("SHARE-WA-SPRING", summary, StringComparison.Ordinal);
        Assert.Contains("marketing messages (offers): agreed", summary, StringComparison.Ordinal);
        Assert.Equal("Thank you, that really helps us!", Assert.Single(thanks).Text);
        Assert.StartsWith("Voici ce que nous avons sur vous", french, StringComparison.Ordinal);
        Assert.Contains("« chatgpt » (classé AI_ASSISTANT)", french, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "what do you know about me?", "- 1 message from you and 1 reply from us, since ",
        "- 2 messages from you and 2 replies from us, since ")]
    [InlineData("fr-FR", "que savez-vous sur moi ?", "- 1 message de votre part et 1 réponse de notre part, depuis le ",
        "- 2 messages de votre part et 2 réponses de notre part, depuis le ")]
    public async Task The_summary_counts_only_messages_the_customer_wrote_in_singular_or_plural(string locale, string ask, string first, string second)
    {
        await using var host = new BotHostFactory();
        using var http = host.CreateClient();
        var customer = await WebChatCustomer.StartAsync(http, locale); // the conversation's start: no message from the customer
        await customer.WaitForAsync(1);

        await customer.SayAsync(ask, locale);
        var once = WebChatCustomer.Text((await customer.WaitForAsync(2))[1]);
        await customer.SayAsync(ask, locale);
        var twice = WebChatCustomer.Text((await customer.WaitForAsync(3))[2]);

        Assert.Contains(first, once, StringComparison.Ordinal);
        Assert.Contains(second, twice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "- 0 messages from you and 1 reply from us, since ")]
    [InlineData("fr-FR", "- 0 message de votre part et 1 réponse de notre part, depuis le ")]
    public void A_conversation_the_customer_only_opened_counts_no_message_from_them(string locale, string expected)
    {
        var at = new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
        var conversation = new CustomerData.Conversation("web/conversations/c1", at,
            [new CustomerData.Message("in", at, "conversationUpdate", null), new CustomerData.Message("out", at, "message", "Hello!")]);
        var data = new CustomerData("web", "u1", "p1", at, [conversation], [], [], [], [], null, null, [], [], [], []);

        var summary = PrivacySummary.Text(data, BrandTexts.Load().Privacy, locale, retentionDays: 0);

        Assert.Contains(expected, summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export my data", "en-US", "Here is what we hold about you:")]
    [InlineData("Can I get a copy of my data please?", "en-US", "Here is what we hold about you:")]
    [InlineData("je voudrais une copie de mes données", "fr-FR", "Voici ce que nous avons sur vous")]
    [InlineData("exporter mes données", "fr-FR", "Voici ce que nous avons sur vous")]
    public async Task Asking_for_an_export_or_a_copy_of_ones_data_gets_the_summary(string text, string locale, string expected)
    {
        await using var host = AttributionHost.Start();
        await host.SayAsync("hello", "ana", "conv-ana");

        var summary = Assert.Single(await host.SayAsync(text, "ana", "conv-ana", locale: locale)).Text!;

        Assert.StartsWith(expected, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_merely_mentions_data_is_not_a_privacy_command()
    {
        await using var host = AttributionHost.Start();
        await host.SayAsync("hello", "ana", "conv-ana");

        var replies = await host.SayAsync("my friend told me what you know about baggage data", "ana", "conv-ana");

        Assert.DoesNotContain(replies, r => r.Text!.Contains("delete", StringComparison.OrdinalIgnoreCase) || r.Text!.StartsWith("Here is what", StringComparison.Ordinal));
    }

    /// <summary>A customer who came through a tracked link, answered the question, subscribed to offers and wrote a few messages.</summary>
    internal static async Task HistoryAsync(AttributionHost host, string user)
    {
        await host.SayAsync("[ref:SHARE-WA-SPRING] hi, call me on +33 6 12 34 56 78", user, $"conv-{user}");
        await host.SayAsync("my sister sent me the link on WhatsApp", user, $"conv-{user}");
        await host.SayAsync("she loved it", user, $"conv-{user}");
        await SubscribeAsync(host, user);
    }

    /// <summary>A broadcast subscriber with a marketing consent record and its subscription, as the broadcasts store them.</summary>
    internal static Task<int> SubscribeAsync(AttributionHost host, string user) => host.DbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var subscriber = new Subscriber { ChannelId = "emulator", UserId = user, ConversationId = $"conv-{user}", Language = "en", TimeZone = "Europe/Paris", CreatedAt = now, UpdatedAt = now, LastSeenAt = now };
        db.Subscribers.Add(subscriber);
        await db.SaveChangesAsync();
        var consent = new ConsentRecord
        {
            SubscriberId = subscriber.Id, Topic = "offers", Purpose = ConsentPurpose.Marketing, Granted = true, WordingVersion = "mkt-2026-11",
            Wording = "Yes, send me offers", Source = ConsentSource.Chat, Evidence = $"emulator:{user}-yes", RecordedAt = now,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync();
        db.Subscriptions.Add(new Subscription { SubscriberId = subscriber.Id, Topic = "offers", Purpose = ConsentPurpose.Marketing, Status = SubscriptionStatus.Active, ConsentId = consent.Id, CreatedAt = now, UpdatedAt = now });
        return await db.SaveChangesAsync();
    });

    /// <summary>A handoff of the customer's conversation as the handoff desk stores it, with their complaint in their own words.</summary>
    internal static Task<int> HandOffAsync(AttributionHost host, string user, DateTimeOffset? closedAt = null) => host.DbAsync(db =>
    {
        db.Handoffs.Add(new DarkSocialBot.Handoffs.Handoff
        {
            ConversationKey = $"emulator/conversations/conv-{user}", ChannelId = "emulator", Reason = "Complaint", Intent = "complaint",
            BookingReference = "ABC123", Locale = "en", Note = $"{user}: my bag arrived broken", ConversationReference = "{}"u8.ToArray(),
            OpenedAt = (closedAt ?? DateTimeOffset.UtcNow).AddHours(-1), ClosedAt = closedAt, ClosedBy = closedAt is null ? null : "agent",
        });
        return db.SaveChangesAsync();
    });

    internal sealed record Counts(int Inbox, int Outbox, int Answers, int Sentiments, int Arrivals, int Consents, int Contacts);

    internal static Task<Counts> CountsAsync(AttributionHost host, string user)
    {
        var keys = host.Services.GetRequiredService<DarkSocialBot.Attribution.CustomerKeys>();
        var customer = keys.Customer("emulator", user);
        var conversation = $"emulator/conversations/conv-{user}";
        return host.DbAsync(async db => new Counts(
            await db.Inbox.CountAsync(e => e.ConversationKey == conversation),
            await db.Outbox.CountAsync(e => e.ConversationKey == conversation),
            await db.AttributionAnswers.CountAsync(a => a.CustomerKey == customer),
            await db.Sentiments.CountAsync(s => s.CustomerKey == customer),
            await db.Arrivals.CountAsync(a => a.CustomerKey == customer),
            await db.Consents.CountAsync(c => db.Subscribers.Any(s => s.Id == c.SubscriberId && s.UserId == user)),
            await db.Contacts.CountAsync(c => c.UserId == user)));
    }
}
