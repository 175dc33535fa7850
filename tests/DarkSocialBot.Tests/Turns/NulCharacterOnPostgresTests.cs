using System.Net;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Channels.Twilio;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Turns;

/// <summary>
/// PostgreSQL cannot store U+0000 in a text column. A customer's message holding one is acknowledged by every channel, so the
/// character is removed at the ingress (the one turn processor all channels use): the turn runs, and what it keeps of the
/// text (an attribution answer, the customer's name) is stored without it.
/// </summary>
public sealed class NulCharacterOnPostgresTests
{
    private static Dictionary<string, string?> Postgres(PostgresDatabase database) => new()
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = database.ConnectionString,
    };

    [PostgresFact]
    public async Task A_nul_character_in_an_answer_at_api_messages_is_removed_and_the_answer_stored()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = AttributionHost.Start(settings: Postgres(database));
        await host.SayAsync("hello", "ana", "conv-ana");

        var replies = await host.SayAsync("my sister\0 sent me the link on WhatsApp", "ana", "conv-ana");

        Assert.Contains("What did they say about us", string.Join('\n', replies.Select(r => r.Text)), StringComparison.Ordinal);
        var answer = await host.DbAsync(db => db.AttributionAnswers.SingleAsync());
        Assert.Equal("my sister sent me the link on WhatsApp", answer.AnswerText);
    }

    [PostgresFact]
    public async Task A_nul_character_in_a_twilio_message_and_profile_name_is_removed_and_the_customer_answered()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var twilio = await TwilioFixture.StartAsync(settings: Postgres(database), brandBot: true);

        var form = TwilioFixture.WhatsApp("he\0llo", "SM" + new string('1', 32)).Select(p => p.Item1 == "ProfileName" ? (p.Item1, "A\0na") : p);
        var response = await twilio.PostAsync("/api/twilio", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await twilio.SettledOutboxAsync(1);
        Assert.True(sent[0].Status == OutboxStatus.Sent, $"{sent[0].Status}: {sent[0].Error}");
        Assert.Equal("Ana", (await twilio.ContactAsync("twilio-whatsapp", "+14155550100"))?.DisplayName);
        Assert.Contains("\"text\":\"hello\"", System.Text.Encoding.UTF8.GetString((await twilio.DbAsync(db => db.Inbox.SingleAsync())).Payload), StringComparison.Ordinal);
    }
}
