using DarkSocialBot.Dialogs.Handoff;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Brand;

/// <summary>Handing over to a colleague: what the customer is told, the bot's silence meanwhile, taking the conversation back.</summary>
public sealed class HandoffTranscriptTests
{
    private const string Key = "test/conversations/conversation-1";

    [Fact]
    public async Task Asking_for_someone_hands_over_and_the_bot_stays_silent_until_the_customer_takes_it_back()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want to speak to someone
            bot: I've passed our conversation to a colleague 👩‍✈️ They'll reply right here, usually within 5 minutes. Our team is available every day from 07:00 to 23:00 (Paris time). Feel free to add any details in the meantime, or write "back to the bot" to carry on with me.
            user: hello? it's about my flight tomorrow
            user: anyone there?
            """);
        Assert.Empty(client.LastResult!.Responses);
        var handoff = await bed.Desk.FindOpenAsync(Key, CancellationToken.None);
        Assert.Equal("Agent", handoff!.Reason);

        await client.TranscriptAsync("""
            user: back to the bot please
            bot: OK, I've ended the chat with our team. I'm back to help 🤖 What can I do for you?
            user: is NM1234 on time tomorrow?
            bot~ is on time
            bot~ Anything else
            """);
        Assert.Null(await bed.Desk.FindOpenAsync(Key, CancellationToken.None));
        Assert.Equal("customer", (await (await bed.Db.CreateDbContextAsync()).Handoffs.SingleAsync()).ClosedBy);
    }

    /// <summary>
    /// "never mind" right after asking for a person left the bot silent until "back to the bot", and the request waiting in the
    /// agents' queue: before anyone answered, it withdraws the request, kindly, and the bot carries on.
    /// </summary>
    [Theory]
    [InlineData("en-US", "I want to speak to someone", "never mind", "No problem, I've cancelled your request for a colleague 👍 I'm still here to help 🤖 What can I do for you?", "is NM1234 on time tomorrow?", "is on time")]
    [InlineData("en-US", "human please", "forget it", "No problem, I've cancelled your request for a colleague", "is NM1234 on time tomorrow?", "is on time")]
    [InlineData("fr-FR", "je veux parler à un conseiller", "laisse tomber", "Pas de souci, j'ai annulé votre demande de mise en relation 👍 Je suis toujours là pour vous aider 🤖 Que puis-je faire pour vous ?", "le vol NM1234 est à l'heure demain ?", "à l'heure")]
    [InlineData("fr-FR", "un conseiller svp", "finalement non", "Pas de souci, j'ai annulé votre demande de mise en relation", "le vol NM1234 est à l'heure demain ?", "à l'heure")]
    [InlineData("fr-FR", "je voudrais parler a quelqu'un", "non en fait c'est bon", "Pas de souci, j'ai annulé votre demande de mise en relation", "le vol NM1234 est à l'heure demain ?", "à l'heure")]
    public async Task Changing_ones_mind_before_a_colleague_answers_withdraws_the_request(string locale, string ask, string never, string withdrawn,
        string next, string answered)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {ask}
            bot~ 👩‍✈️
            user: {never}
            bot~ {withdrawn}
            """);
        Assert.Null(await bed.Desk.FindOpenAsync(Key, CancellationToken.None));
        var closed = await (await bed.Db.CreateDbContextAsync()).Handoffs.SingleAsync();
        // Withdrawn, not ended like a chat the customer left with "back to the bot": no conversation took place.
        Assert.Equal("withdrawn", closed.ClosedBy);

        await client.TranscriptAsync($"""
            user: {next}
            bot~ {answered}
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    [Fact]
    public async Task A_short_complaint_asks_what_happened_and_keeps_it_for_the_agent()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want to make a complaint
            bot: I'm really sorry to hear that 😔 Could you tell me briefly what happened? A colleague will read it.
            user: the agent at the gate was rude and I missed my connection
            bot~ I've passed our conversation to a colleague
            """);
        var handoff = await bed.Desk.FindOpenAsync(Key, CancellationToken.None);
        Assert.Equal("Complaint", handoff!.Reason);
        Assert.Equal("the agent at the gate was rude and I missed my connection", handoff.Note);
    }

    [Theory]
    [InlineData("en-US", "I want to make a complaint", "rude staff", "I've passed our conversation to a colleague")]
    [InlineData("fr-FR", "je veux faire une réclamation", "personnel désagréable", "transmis notre conversation")]
    [InlineData("en-US", "I want to make a complaint", "late", "I've passed our conversation to a colleague")]
    [InlineData("fr-FR", "je veux me plaindre", "retard", "transmis notre conversation")]
    public async Task A_few_words_of_complaint_are_the_note_not_a_new_complaint(string locale, string complaint, string note, string handedOver)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {complaint}
            bot~ 😔
            user: {note}
            bot~ {handedOver}
            """);
        Assert.Equal(note, (await bed.Desk.FindOpenAsync(Key, CancellationToken.None))!.Note);
    }

    [Fact]
    public async Task A_very_long_complaint_is_kept_as_the_note_without_half_an_emoji()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();
        var complaint = "this is ridiculous, 3 hours delay and no info at all " + new string('!', 946) + "😡 and more";

        await client.SendAsync(complaint);

        client.AssertReplyContains("I'm really sorry to hear that");
        client.AssertReplyContains("I've passed our conversation to a colleague");
        var note = (await bed.Desk.FindOpenAsync(Key, CancellationToken.None))!.Note!;
        Assert.Equal(complaint[..999], note);
    }

    /// <summary>Handed over at once, it got no word of sorry: only the short complaint's question said it.</summary>
    [Theory]
    [InlineData("en-US", "this is ridiculous, 3 hours delay and no info at all", "I'm really sorry to hear that 😔 I'll pass it on to a colleague right away.",
        "I've passed our conversation to a colleague")]
    [InlineData("fr-FR", "je suis très déçue, l'équipage a été désagréable sur mon vol d'hier", "Je suis vraiment désolé 😔 Je transmets tout de suite à un conseiller.",
        "J'ai transmis notre conversation à un conseiller")]
    public async Task A_complaint_told_at_length_is_met_with_a_sorry_and_handed_over_at_once(string locale, string complaint, string sorry, string handedOver)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {complaint}
            bot: {sorry}
            bot~ {handedOver}
            """);
        Assert.Equal(complaint, (await bed.Desk.FindOpenAsync(Key, CancellationToken.None))!.Note);
    }

    [Fact]
    public async Task A_change_the_bot_cannot_make_offers_a_colleague_and_no_keeps_the_bot()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I need to change my flight
            bot: Changes, cancellations and refunds are handled by my colleagues. Shall I connect you with one?
            choices: Yes | No
            user: no
            bot: No problem! Just tell me if there's anything else.
            bot~ Anything else
            """);
        Assert.False(await bed.Desk.IsOpenAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task After_hours_the_customer_is_told_the_team_replies_when_back()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        bed.Time.SetUtcNow(new DateTimeOffset(2026, 3, 14, 22, 30, 0, TimeSpan.Zero)); // 23:30 in Paris
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: human please
            bot: I've passed our conversation to a colleague 👩‍✈️ Our team is available every day from 07:00 to 23:00 (Paris time), so they'll reply right here when they're back. Feel free to add any details in the meantime, or write "back to the bot" to carry on with me.
            """);
    }

    [Fact]
    public async Task Asking_for_someone_mid_flow_hands_over_with_what_the_bot_knew()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: change my seat, booking ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot~ seat 23C
            bot~ window or an aisle
            user: actually can I talk to a real person
            bot~ I've passed our conversation to a colleague
            """);
        var handoff = await bed.Desk.FindOpenAsync(Key, CancellationToken.None);
        Assert.Equal(("seatChange", "ABC123"), (handoff!.Intent, handoff.BookingReference));
    }

    [Fact]
    public async Task En_francais_un_conseiller_puis_retour_au_bot()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je veux parler à un conseiller
            bot: J'ai transmis notre conversation à un conseiller 👩‍✈️ Il vous répondra ici même, en général sous 5 minutes. Notre équipe est disponible tous les jours de 07:00 à 23:00 (heure de Paris). N'hésitez pas à ajouter des détails en attendant, ou écrivez « retour au bot » pour continuer avec moi.
            user: c'est pour ma valise
            user: retour au bot
            bot: D'accord, j'ai mis fin à l'échange avec notre équipe. Je reprends la main 🤖 Que puis-je faire pour vous ?
            """);
    }

    [Fact]
    public async Task En_francais_une_reclamation()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je veux faire une réclamation
            bot: Je suis vraiment désolé 😔 Pouvez-vous me dire brièvement ce qui s'est passé ? Un conseiller le lira.
            user: ma valise est arrivée cassée et personne ne m'a aidé au comptoir
            bot~ J'ai transmis notre conversation à un conseiller
            """);
        Assert.Equal("Complaint", (await bed.Desk.FindOpenAsync(Key, CancellationToken.None))!.Reason);
    }

    /// <summary>
    /// A wheelchair got "Sorry, I'm not sure I understood" and the menu (a pet gets its rules first: see
    /// <see cref="TravelInfoTranscriptTests.A_pet_gets_the_pet_rules_then_a_colleague_to_book_its_place"/>).
    /// </summary>
    [Theory]
    [InlineData("en-US", "I need a wheelchair at the airport", "Travelling with a pet, special assistance, meals", "yes", "I've passed our conversation to a colleague")]
    [InlineData("fr-FR", "ma mère a besoin d'un fauteuil roulant", "Les animaux, l'assistance spéciale", "oui", "J'ai transmis notre conversation à un conseiller")]
    public async Task Special_assistance_is_offered_a_colleague_who_reads_the_question(
        string locale, string question, string offer, string yes, string handedOver)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(question);
        client.AssertReplyContains(offer);
        await client.SendAsync(yes);

        client.AssertReplyContains(handedOver);
        var handoff = await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None);
        Assert.Equal(("Assistance", question), (handoff!.Reason, handoff.Note));
    }

    [Fact]
    public async Task Declining_the_colleague_for_a_pet_keeps_the_customer_with_the_bot()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: can I travel with my cat
            bot~ 🐾 Yes, pets can fly with Nimbus Air.
            bot: Booking your pet's place is done by my colleagues, who check the rules for your flight and add it to your booking. Shall I connect you with one?
            choices: Yes | No
            user: no
            bot: No problem! Just tell me if there's anything else.
            bot~ Anything else
            """);
        Assert.Null(await bed.Desk.FindOpenAsync("test/conversations/conversation-1", CancellationToken.None));
    }

    /// <summary>
    /// Conversation state keeps a handoff's reason as a number: a reason inserted among the others would read a stored offer
    /// (say, Assistance) as another one after a deploy.
    /// </summary>
    [Fact]
    public void Handoff_reasons_keep_their_numbers()
    {
        HandoffReason[] inOrder =
        [
            HandoffReason.Agent, HandoffReason.Complaint, HandoffReason.Rebook, HandoffReason.FlightCancelled, HandoffReason.Assistance,
            HandoffReason.Question, HandoffReason.GaveUp, HandoffReason.Claim, HandoffReason.Seating,
        ];
        Assert.Equal(Enumerable.Range(0, inOrder.Length), inOrder.Select(r => (int)r));
    }
}
