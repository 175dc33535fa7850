using Microsoft.Extensions.Time.Testing;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Tests.Dialogs;

public sealed class PromptTests
{
    [Theory]
    [InlineData("en-US", "twenty two", "22")]
    [InlineData("fr-FR", "vingt-deux", "22")]
    [InlineData("fr-FR", "3,5", "3.5")]
    [InlineData("en-US", "I have 3 bags", "3")]
    public async Task Number_prompt_reads_digits_and_words_in_the_customer_language(string locale, string answer, string expected)
    {
        var client = PromptBot.Create(new NumberPrompt("number"), new PromptOptions { Prompt = "How many?" }, locale: locale);

        await client.TranscriptAsync($"""
            user: hi
            bot: How many?
            user: {answer}
            bot: got {expected}
            """);
    }

    [Theory]
    [InlineData("en-US", "tomorrow at 5pm", "2025-03-15 17:00")]
    [InlineData("fr-FR", "demain à 17h", "2025-03-15 17:00")]
    [InlineData("fr-FR", "le 3 avril à 9h", "2025-04-03 09:00")]
    public async Task Date_time_prompt_reads_relative_dates_from_the_turn_time(string locale, string answer, string expected)
    {
        var client = PromptBot.Create(new DateTimePrompt("when"), new PromptOptions { Prompt = "When?" },
            r => ((DateTimeResolution)r!).Value!.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), locale);

        await client.TranscriptAsync($"""
            user: hi
            bot: When?
            user: {answer}
            bot: got {expected}
            """);
    }

    [Theory]
    [InlineData(null, "2026-12-08")] // the zone the host is set to (Paris): already 00:30 on Monday the 7th there
    [InlineData("-05:00", "2026-12-07")] // the customer's own localTimestamp (New York): still 18:30 on Sunday the 6th
    public async Task Tomorrow_is_the_customers_tomorrow_not_the_servers(string? customerOffset, string expected)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 23, 30, 0, TimeSpan.Zero)); // Sunday 23:30 on a UTC server
        time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        var client = PromptBot.Create(new DateTimePrompt("when"), new PromptOptions { Prompt = "When?" },
            r => ((DateTimeResolution)r!).Value!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), time: time);
        await client.SendAsync("hi");
        client.AssertReply("When?");

        var answer = client.CreateMessage("tomorrow");
        if (customerOffset is not null)
            answer.LocalTimestamp = time.GetUtcNow().ToOffset(TimeSpan.Parse(customerOffset.TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture));
        await client.SendAsync(answer);

        client.AssertReply($"got {expected}");
    }

    [Theory]
    [InlineData("en-US", "+33 6 12 34 56 78", "+33612345678")]
    [InlineData("fr-FR", "mon numéro : 06 12 34 56 78", "+33612345678")]
    [InlineData("en-US", "+31 20 123 4567", "+31201234567")]
    [InlineData("en-US", "(415) 555-2671", "+14155552671")]
    public async Task Phone_prompt_normalises_to_e164_with_the_locale_region(string locale, string answer, string expected)
    {
        var client = PromptBot.Create(new PhoneNumberPrompt("phone"), new PromptOptions { Prompt = "Phone?" },
            r => ((RecognizedPhoneNumber)r!).E164, locale);

        await client.TranscriptAsync($"""
            user: hi
            bot: Phone?
            user: {answer}
            bot: got {expected}
            """);
    }

    [Fact]
    public async Task Email_prompt_finds_the_address_in_a_sentence_and_retries_on_garbage()
    {
        var client = PromptBot.Create(new EmailPrompt("email"), new PromptOptions { Prompt = "Your e-mail?", RetryPrompt = "An e-mail like name@example.com, please." });

        await client.TranscriptAsync("""
            user: hi
            bot: Your e-mail?
            user: ana at exemple
            bot: An e-mail like name@example.com, please.
            user: c'est Ana@Exemple.FR merci
            bot: got Ana@exemple.fr
            """);
    }

    [Fact]
    public async Task Text_prompt_accepts_text_and_retries_on_empty_or_emoji_only_input()
    {
        var client = PromptBot.Create(new TextPrompt("text"), new PromptOptions { Prompt = "Tell me more." });

        await client.TranscriptAsync("""
            user: hi
            bot: Tell me more.
            user:
            bot: Sorry, I didn't get that. Tell me more.
            user: 🙂
            bot: Sorry, I didn't get that. Tell me more.
            user: my bag is red 🙂
            bot: got my bag is red 🙂
            """);
    }

    [Fact]
    public async Task Validator_rejection_explains_itself_and_counts_as_an_attempt()
    {
        var future = new DateTimePrompt("when", (prompt, ct) =>
        {
            var ok = prompt.Recognized.Value!.Value > prompt.Context.LocalNow;
            if (!ok) prompt.RetryMessage = "That's in the past. When do you fly?";
            return Task.FromResult(ok);
        });
        var client = PromptBot.Create(future, new PromptOptions { Prompt = "When?", MaxAttempts = 2 },
            r => ((DateTimeResolution)r!).Value!.Value.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        await client.TranscriptAsync("""
            user: hi
            bot: When?
            user: yesterday
            bot: That's in the past. When do you fly?
            user: next friday
            bot: got 03-21
            """);
    }
}
