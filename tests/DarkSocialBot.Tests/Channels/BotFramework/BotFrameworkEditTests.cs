using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Tests.Infrastructure;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>
/// Edits and deletions on <c>/api/messages</c> (Teams): a <c>messageUpdate</c> or <c>messageDelete</c> carries the id of the
/// message it changes, so it is not a redelivery of that message. Each is stored, and handled as on WhatsApp and Messenger:
/// a correction of the answer the bot could not use answers its question, other edits and deletions get no reply, and the
/// same edit delivered twice runs once.
/// </summary>
public sealed class BotFrameworkEditTests
{
    private const string LastNameRetry = "Could you type the last name as it is on the booking, letters only?";

    [Fact]
    public async Task Correcting_the_rejected_answer_answers_the_question_and_other_edits_deletions_and_redeliveries_get_no_reply()
    {
        await using var connector = await LocalHttpServer.StartAsync();
        await using var host = new BotHostFactory();
        using var http = host.CreateClient();
        var customer = new BotFrameworkCustomer(host, http, connector, "msteams");
        var (request, _) = await customer.SendAsync("change my seat ABC123");
        var (rejected, retry) = await customer.SendAsync("Dupont1");
        Assert.Equal([LastNameRetry], retry);

        Assert.Empty(await customer.PostAsync(Edit(customer, request.Id!, "change my seat XYZ789", "2026-12-07T10:00:01Z"))); // the request, not an answer
        Assert.Empty(await customer.PostAsync(Delete(customer, request.Id!)));
        Assert.Equal([LastNameRetry], await customer.PostAsync(Edit(customer, rejected.Id!, "Dupont2", "2026-12-07T10:00:02Z")));
        var correction = Edit(customer, rejected.Id!, "Dupont", "2026-12-07T10:00:03Z");
        Assert.Contains("Thanks Marie, I found your booking ABC123 ✅", await customer.PostAsync(correction));
        Assert.Empty(await customer.PostAsync(Edit(customer, rejected.Id!, "Dupont", "2026-12-07T10:00:03Z"), duplicate: true)); // Teams redelivers it

        var stored = await customer.StoredAsync();
        Assert.Equal([ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.MessageUpdate, ActivityTypes.MessageUpdate],
            stored.Skip(2).Select(a => a.Type));
        Assert.Equal([request.Id, request.Id, rejected.Id, rejected.Id], stored.Skip(2).Select(a => a.ReplyToId));
        Assert.Equal(stored.Count, stored.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_restored_message_is_stored_without_being_read_again()
    {
        await using var connector = await LocalHttpServer.StartAsync();
        await using var host = new BotHostFactory();
        using var http = host.CreateClient();
        var customer = new BotFrameworkCustomer(host, http, connector, "msteams");
        await customer.SayAsync("change my seat ABC123");
        var (rejected, _) = await customer.SendAsync("Dupont1");
        Assert.Empty(await customer.PostAsync(Delete(customer, rejected.Id!)));

        // Teams sends the restored message as a messageUpdate (eventType undeleteMessage) with its old text: not a new answer.
        var restored = Edit(customer, rejected.Id!, "Dupont1", "2026-12-07T10:00:05Z", "undeleteMessage");
        Assert.Empty(await customer.PostAsync(restored));
        Assert.Contains("Thanks Marie, I found your booking ABC123 ✅", await customer.SayAsync("Dupont"));
    }

    private static Activity Edit(BotFrameworkCustomer customer, string messageId, string text, string at, string eventType = "editMessage")
    {
        var edit = Teams(customer, ActivityTypes.MessageUpdate, messageId, eventType);
        (edit.Text, edit.Timestamp) = (text, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));
        return edit;
    }

    private static Activity Delete(BotFrameworkCustomer customer, string messageId) => Teams(customer, ActivityTypes.MessageDelete, messageId, "softDeleteMessage");

    /// <summary>As Teams sends them: the id is the changed message's, the event in <c>channelData.eventType</c>.</summary>
    private static Activity Teams(BotFrameworkCustomer customer, string type, string messageId, string eventType)
    {
        var activity = customer.Activity(type, messageId);
        activity.ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["eventType"] = eventType });
        return activity;
    }
}
