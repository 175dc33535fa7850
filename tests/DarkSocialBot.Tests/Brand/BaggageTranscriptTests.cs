using System.Text.Json;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Tests.Brand;

/// <summary>Baggage allowance from the booking (Light: no checked bag; Standard: one), a bare "baggage" asks which question, and lost bags.</summary>
public sealed class BaggageTranscriptTests
{
    [Fact]
    public async Task Allowance_comes_from_the_cabin_and_fare_of_the_booking()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: how many bags can I take?
            bot~ booking reference
            user: XYZ789
            bot~ last name
            user: Martin
            bot~ I found your booking XYZ789
            bot: With your Light fare in Economy: cabin 1 × 12 kg plus a small personal item. No checked bag is included; you can add one in Manage my booking.
            bot~ Anything else
            user: what about booking ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking ABC123
            bot: Your booking ABC123: NM 1234 Paris → Amsterdam on Sunday 15 March at 09:25, Economy (Standard). Seat 23C.
            bot~ Anything else
            user: and my baggage allowance for it?
            bot: Is this about your booking ABC123 (Paris → Amsterdam, Sunday 15 March)?
            user: yes
            bot: With your Standard fare in Economy: cabin 1 × 12 kg plus a small personal item, and checked 1 × 23 kg.
            bot~ Anything else
            """);
    }

    /// <summary>
    /// A booking reference given with a question at another flow's reference question: "my booking", then "DEF456 bernard, can I
    /// take 2 suitcases in business?" showed the booking's summary; the question is what the customer wants, answered for that
    /// booking. At check-in's question, both are done, one after the other.
    /// </summary>
    [Theory]
    [InlineData("en-US", "my booking", "DEF456 bernard, can I take 2 suitcases in business?", "I found your booking DEF456",
        "With your Flex fare in Business: cabin 2 × 18 kg plus a small personal item, and checked 2 × 32 kg.", "Anything else")]
    [InlineData("fr-FR", "ma réservation", "DEF456 bernard, je peux prendre 2 valises en business ?", "j'ai trouvé votre réservation DEF456",
        "Avec votre tarif Flex en Business : en cabine 2 × 18 kg plus un petit accessoire, et en soute 2 × 32 kg.", "autre chose")]
    public async Task A_question_with_the_booking_reference_is_answered_for_that_booking(string locale, string first, string withQuestion,
        string found, string allowance, string anythingElse)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {first}
            bot~ ABC123
            user: {withQuestion}
            bot~ {found}
            bot: {allowance}
            bot~ {anythingElse}
            """);
    }

    [Fact]
    public async Task A_baggage_question_with_the_reference_at_check_in_is_answered_too()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: check in
            bot~ booking reference
            user: DEF456 bernard, can I take 2 suitcases in business?
            bot: Sure, I'll take them one at a time, starting with your check-in.
            bot~ I found your booking DEF456
            bot~ Check-in for NM 601 opens 30 hours before departure
            bot: Now let's look at your baggage question.
            bot: With your Flex fare in Business: cabin 2 × 18 kg plus a small personal item, and checked 2 × 32 kg.
            bot~ Anything else
            """);
    }

    /// <summary>"thanks a lot" after the question was read as the whole message: "You're welcome!", and no answer.</summary>
    [Fact]
    public async Task A_request_ending_with_thanks_is_the_request_first_or_at_the_menu()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: could you tell me how many bags I can bring? thanks a lot
            bot~ booking reference
            user: XYZ789
            bot~ last name
            user: Martin
            bot~ I found your booking XYZ789
            bot~ With your Light fare in Economy
            bot~ Anything else
            user: could you tell me how many bags I can bring? thanks a lot
            bot: Is this about your booking XYZ789 (Lyon → London, Saturday 14 March)?
            """);
    }

    /// <summary>Two words that already name the allowance were asked "what's your baggage question?" first.</summary>
    [Theory]
    [InlineData("en-US", "baggage allowance", "booking reference")]
    [InlineData("en-US", "luggage weight", "booking reference")]
    [InlineData("fr-FR", "franchise bagage", "référence de réservation")]
    [InlineData("fr-FR", "poids bagages", "référence de réservation")]
    public async Task A_short_request_naming_the_allowance_goes_straight_to_it(string locale, string request, string next)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ {next}
            """);
    }

    [Fact]
    public async Task Lost_bag_report_gets_a_reference_with_the_arrival_station()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: lost my bag
            bot: I'm sorry your bag didn't arrive 😟 Let's report it so we can find it.
            bot~ booking reference
            user: ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot: Please describe the bag: colour, type, brand and anything distinctive.
            user: 🧳
            bot: Just a few words about the bag, please (like "black Samsonite suitcase with a red ribbon").
            user: suitcase
            bot: Just a few words about the bag, please (like "black Samsonite suitcase with a red ribbon").
            user: Black Samsonite suitcase with a red ribbon
            bot: Which phone number can we reach you on?
            user: my number is 12
            bot: That doesn't look like a phone number. Please include the country code, like +33 6 12 34 56 78.
            user: +33 6 12 34 56 78
            bot: Report a lost bag for booking ABC123: "Black Samsonite suitcase with a red ribbon", contact +33612345678?
            user: yes
            bot~ Your report is filed 🧳 Reference AMSNM
            bot~ Anything else
            """);
        await using var db = await bed.Db.CreateDbContextAsync();
        var report = Assert.Single(db.BagReports);
        Assert.Matches("^AMSNM[0-9]{5}$", report.Reference);
        Assert.Equal("+33612345678", report.ContactPhone);
    }

    /// <summary>A damaged bag was reported as lost: "I'm sorry your bag didn't arrive… so we can find it", "Report a lost bag".</summary>
    [Fact]
    public async Task A_damaged_bag_is_reported_as_damaged_not_lost()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my suitcase arrived damaged
            bot: I'm sorry your bag was damaged 😟 Let's report it so we can put it right.
            bot~ booking reference
            user: ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot: Please describe the bag and what's damaged. A photo helps too 📷
            user: black Samsonite, one wheel torn off
            bot: Which phone number can we reach you on?
            user: +33 6 12 34 56 78
            bot: Report a damaged bag for booking ABC123: "black Samsonite, one wheel torn off", contact +33612345678?
            user: yes
            bot~ A colleague will contact you about the repair or compensation
            bot~ Anything else
            """);
        await using var db = await bed.Db.CreateDbContextAsync();
        Assert.True(Assert.Single(db.BagReports).Damaged);
    }

    /// <summary>« bagages perdus » in the plural got the baggage sub-menu ("allowance or lost bag?").</summary>
    [Theory]
    [InlineData("bagages perdus")]
    [InlineData("nos valises perdues, on fait comment ?")]
    [InlineData("bagages pas arrivés à Amsterdam")]
    public async Task Lost_bags_in_the_plural_start_a_lost_bag_report(string message)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync($"""
            user: {message}
            bot: Je suis désolé que votre bagage ne soit pas arrivé 😟 Déclarons-le pour que nous puissions le retrouver.
            bot~ référence de réservation
            """);
    }

    /// <summary>Damage said in everyday words got the baggage allowance ("my suitcase is broken, the wheel came off").</summary>
    [Theory]
    [InlineData("en-US", "hello my suitcase is broken, the wheel came off")]
    [InlineData("en-US", "the handle of my bag broke")]
    [InlineData("en-US", "my luggage got ripped on the flight")]
    [InlineData("en-US", "my suitcase came back cracked")]
    [InlineData("fr-FR", "bonjour ma valise est cassée, une roue est partie")]
    [InlineData("fr-FR", "la poignée de mon bagage est cassée")]
    [InlineData("fr-FR", "ma valise a été déchirée pendant le vol")]
    public async Task A_damaged_bag_said_in_everyday_words_starts_a_damage_report(string locale, string message)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {message}
            bot: {(locale == "fr-FR" ? "Je suis désolé que votre bagage ait été endommagé 😟 Déclarons-le pour que nous puissions arranger cela." : "I'm sorry your bag was damaged 😟 Let's report it so we can put it right.")}
            bot~ {(locale == "fr-FR" ? "référence de réservation" : "booking reference")}
            """);
    }

    /// <summary>« ma valise est arrivée cassée » in French, and damage told only in the description ("the handle is broken").</summary>
    [Theory]
    [InlineData("fr-FR", "ma valise est arrivée cassée", "Je suis désolé que votre bagage ait été endommagé 😟", "valise rouge", "Je déclare un bagage endommagé")]
    [InlineData("en-US", "lost my bag", "I'm sorry your bag didn't arrive 😟", "red suitcase, it came out on the belt but the handle is broken", "Report a damaged bag")]
    public async Task Damage_said_at_the_start_or_in_the_description_files_a_damaged_bag(string locale, string first, string sorry, string description, string confirm)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        async Task<string> SayAsync(string text)
        {
            await client.SendAsync(text);
            foreach (var _ in client.LastResult!.Responses) client.NextReply();
            return string.Join("\n", client.LastResult.Responses.Select(r => r.Text));
        }

        Assert.Contains(sorry, await SayAsync(first), StringComparison.Ordinal);
        await SayAsync("ABC123");
        await SayAsync("Dupont");
        await SayAsync(description);
        Assert.Contains(confirm, await SayAsync("+33 6 12 34 56 78"), StringComparison.Ordinal);
        await SayAsync(locale == "fr-FR" ? "oui" : "yes");

        await using var db = await bed.Db.CreateDbContextAsync();
        Assert.True(Assert.Single(db.BagReports).Damaged);
    }

    /// <summary>On SMS and WhatsApp the bot asked for the phone number the customer was writing from; web chat has none to offer.</summary>
    [Theory]
    [InlineData("+33612345678", "Can we reach you on +33612345678? Tap Yes, or type another number.", "choices: Yes",
        "Report a lost bag for booking ABC123: \"red backpack\", contact +33612345678?")]
    [InlineData("web-user-1", "Which phone number can we reach you on?", "",
        "That doesn't look like a phone number. Please include the country code, like +33 6 12 34 56 78.")]
    public async Task The_number_the_customer_writes_from_is_offered_and_yes_takes_it(string userId, string question, string buttons, string afterYes)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(userId: userId);

        await client.TranscriptAsync($"""
            user: my bag didn't arrive ABC123 Dupont
            bot~ I'm sorry your bag didn't arrive
            bot~ I found your booking
            bot~ Please describe the bag
            user: red backpack
            bot: {question}
            {buttons}
            user: yes
            bot: {afterYes}
            """);
    }

    [Fact]
    public async Task Sur_whatsapp_le_numero_du_client_est_propose_et_un_autre_numero_tape_le_remplace()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");
        var from = new ChannelAccount
        {
            Id = "FR.13491208655302741918", // a WhatsApp business-scoped user id; the number comes as waId
            Properties = new Dictionary<string, JsonElement> { ["waId"] = JsonSerializer.SerializeToElement("33612345678") },
        };

        await client.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "valise perdue ABC123 Dupont", From = from });
        client.AssertReplyContains("désolé");
        client.AssertReplyContains("j'ai trouvé votre réservation");
        client.AssertReplyContains("Décrivez le bagage");
        await client.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "valise noire", From = from });
        client.AssertReply("Pouvons-nous vous joindre au +33612345678 ? Touchez Oui, ou indiquez un autre numéro.");
        await client.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "non, le 06 98 76 54 32", From = from });

        client.AssertReplyContains("contact +33698765432");
    }

    /// <summary>A description of a few words is the description, even when it names a bag or sounds like a request.</summary>
    [Theory]
    [InlineData("en-US", "red backpack", "Which phone number")]
    [InlineData("en-US", "black suitcase", "Which phone number")]
    [InlineData("en-US", "blue carry-on bag", "Which phone number")]
    [InlineData("fr-FR", "valise noire", "À quel numéro")]
    [InlineData("fr-FR", "sac à dos rouge", "À quel numéro")]
    [InlineData("fr-FR", "bagage cabine gris", "À quel numéro")]
    public async Task A_short_description_of_the_bag_is_kept_as_the_description(string locale, string description, string nextQuestion)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        var french = locale.StartsWith("fr", StringComparison.Ordinal);

        await client.TranscriptAsync(french
            ? $"""
              user: bagage perdu
              bot~ Déclarons-le
              bot~ référence de réservation
              user: ABC123
              bot~ nom de famille
              user: Dupont
              bot~ j'ai trouvé votre réservation
              bot~ Décrivez le bagage
              user: {description}
              bot~ {nextQuestion}
              """
            : $"""
              user: lost my bag
              bot~ Let's report it
              bot~ booking reference
              user: ABC123
              bot~ last name
              user: Dupont
              bot~ I found your booking
              bot~ Please describe the bag
              user: {description}
              bot~ {nextQuestion}
              """);
    }

    [Fact]
    public async Task En_francais_bagages_demande_le_sujet_puis_declare_le_bagage_perdu()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: bagages
            bot: Quelle est votre question sur les bagages ?
            choices: Franchise bagages | Bagage perdu ou retardé
            user: 2
            bot: Je suis désolé que votre bagage ne soit pas arrivé 😟 Déclarons-le pour que nous puissions le retrouver.
            bot~ référence de réservation
            user: ABC123
            bot~ nom de famille
            user: Dupont
            bot~ j'ai trouvé votre réservation
            bot: Décrivez le bagage : couleur, type, marque et tout signe distinctif.
            user: valise rouge avec des autocollants
            bot: À quel numéro de téléphone pouvons-nous vous joindre ?
            user: 06 12 34 56 78
            bot: Je déclare un bagage perdu pour la réservation ABC123 : « valise rouge avec des autocollants », contact +33612345678 ?
            user: oui
            bot~ Votre déclaration est enregistrée 🧳 Référence AMSNM
            bot~ autre chose
            """);
    }

    /// <summary>
    /// After the menu's "Baggage", the question typed in the customer's words was "Sorry, I didn't get that" twice, then the
    /// offer of a colleague: it is the answer to "what's your baggage question?", and is answered.
    /// </summary>
    [Theory]
    [InlineData("en-US", "Baggage", "how many bags can i take?", "What's your booking reference?")]
    [InlineData("en-US", "Baggage", "can I bring a power bank?", "Power banks and spare lithium batteries travel in your cabin bag only")]
    [InlineData("fr-FR", "Bagages", "combien de valises j'ai le droit ?", "Quelle est votre référence de réservation ?")]
    [InlineData("fr-FR", "Bagages", "je peux ajouter une valise ?", "Vous pouvez ajouter un bagage en soute")]
    [InlineData("en-US", "Baggage", "my suitcase is lost", "I'm sorry your bag didn't arrive 😟 Let's report it so we can find it.")]
    [InlineData("fr-FR", "Bagages", "ma valise est perdue", "Je suis désolé que votre bagage ne soit pas arrivé 😟 Déclarons-le pour que nous puissions le retrouver.")]
    public async Task The_baggage_question_in_words_answers_what_is_your_baggage_question(string locale, string menu, string question, string answer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(menu);
        client.NextReply();
        await client.SendAsync(question);

        client.AssertReplyContains(answer);
    }

    [Fact]
    public async Task En_francais_franchise_bagage_tarif_light()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: combien de kilos en soute pour XYZ789 ?
            bot~ nom de famille
            user: martin
            bot~ j'ai trouvé votre réservation
            bot: Avec votre tarif Light en Économie : en cabine 1 × 12 kg plus un petit accessoire. Aucun bagage en soute n'est inclus ; vous pouvez en ajouter un dans Gérer ma réservation.
            bot~ autre chose
            """);
    }

    /// <summary>"can I take liquids in my hand luggage" asked for the booking and answered with the allowance.</summary>
    [Theory]
    [InlineData("en-US", "can i take liquids in my hand luggage", "containers of 100 ml at most")]
    [InlineData("fr-FR", "j'ai droit à combien de liquides en cabine ?", "contenants de 100 ml maximum")]
    [InlineData("en-US", "what about sports equipment like skis or a bike?", "travels in the hold as a checked bag")]
    [InlineData("fr-FR", "équipement sportif : je peux prendre mon vélo ?", "voyagent en soute comme un bagage enregistré")]
    // Named by the equipment alone, as travellers do: these got the menu ("I'm not sure I understood").
    [InlineData("en-US", "golf clubs", "travels in the hold as a checked bag")]
    [InlineData("en-US", "can I bring my golf clubs?", "travels in the hold as a checked bag")]
    [InlineData("en-US", "taking my skis, is that ok", "travels in the hold as a checked bag")]
    [InlineData("fr-FR", "clubs de golf", "voyagent en soute comme un bagage enregistré")]
    [InlineData("fr-FR", "je peux prendre mes clubs de golf ?", "voyagent en soute comme un bagage enregistré")]
    [InlineData("fr-FR", "et pour mon velo", "voyagent en soute comme un bagage enregistré")]
    // Adding a bag showed the booking's summary ("my booking ABC123" named) and never said how.
    [InlineData("en-US", "can I add an extra suitcase to my booking ABC123?", "You can add a checked bag (up to 23 kg) to your booking in Manage my booking")]
    [InlineData("en-US", "I need to buy another bag for my flight", "You can add a checked bag (up to 23 kg) to your booking in Manage my booking")]
    [InlineData("fr-FR", "je voudrais ajouter une valise à ma réservation", "Vous pouvez ajouter un bagage en soute (jusqu'à 23 kg)")]
    // « en plus » and « une autre » are how French says extra: these asked for the booking reference.
    [InlineData("fr-FR", "est-ce que je peux prendre une valise en plus ?", "Vous pouvez ajouter un bagage en soute (jusqu'à 23 kg)")]
    [InlineData("fr-FR", "je voudrais une autre valise", "Vous pouvez ajouter un bagage en soute (jusqu'à 23 kg)")]
    public async Task Liquids_and_sports_equipment_are_answered_at_once_without_the_booking(string locale, string question, string rule)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot~ {rule}
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    /// <summary>"what's the baggage allowance for economy light" asked for a booking the customer may not have yet.</summary>
    [Theory]
    [InlineData("en-US", "what's the baggage allowance for economy light", "With a Light fare in Economy: cabin 1 × 12 kg plus a small personal item. No checked bag is included; you can add one in Manage my booking.")]
    [InlineData("en-US", "how many bags with a flex fare?", "With a Flex fare in Economy: cabin 1 × 12 kg plus a small personal item, and checked 2 × 23 kg.")]
    [InlineData("fr-FR", "franchise bagage en business flex ?", "Avec un tarif Flex en Business : en cabine 2 × 18 kg plus un petit accessoire, et en soute 2 × 32 kg.")]
    public async Task The_allowance_of_a_fare_named_in_the_question_is_given_without_a_booking(string locale, string question, string allowance)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {question}
            bot: {allowance}
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    /// <summary>"actually my number is 0611223344" at the report's confirmation got "Sorry, I didn't get that" and the old number.</summary>
    [Fact]
    public async Task Another_number_at_the_lost_bag_confirmation_replaces_the_one_in_the_report()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my bag didnt arrive
            bot~ I'm sorry your bag didn't arrive
            bot~ booking reference
            user: XYZ789 martin
            bot~ I found your booking XYZ789
            bot: Please describe the bag: colour, type, brand and anything distinctive.
            user: black samsonite with a red ribbon
            bot: Which phone number can we reach you on?
            user: +33 6 12 34 56 78
            bot: Report a lost bag for booking XYZ789: "black samsonite with a red ribbon", contact +33612345678?
            user: actually my number is +33 6 11 22 33 44
            bot: Report a lost bag for booking XYZ789: "black samsonite with a red ribbon", contact +33611223344?
            choices: Yes | No
            user: yes
            bot~ Your report is filed 🧳
            bot~ Anything else
            """);
        await using var db = await bed.Db.CreateDbContextAsync();
        Assert.Equal("+33611223344", Assert.Single(db.BagReports).ContactPhone);
    }

    /// <summary>"what about a guitar" went to a colleague: musical instruments have their rule, as sports equipment does.</summary>
    [Theory]
    [InlineData("en-US", "what about a guitar", "Musical instruments can fly with Nimbus Air", "hard case")]
    [InlineData("en-US", "can I take my violin on board?", "Musical instruments can fly with Nimbus Air", "cabin bag")]
    [InlineData("fr-FR", "et ma guitare ?", "Les instruments de musique peuvent voyager avec Nimbus Air", "étui rigide")]
    public async Task A_musical_instrument_gets_the_instrument_rule_without_a_booking(string locale, string question, string rule, string detail)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.SendAsync(question);
        Assert.Contains(detail, client.AssertReplyContains(rule).Text);
        client.AssertReplyContains(locale == "fr-FR" ? "autre chose" : "Anything else");
    }

    /// <summary>Asked after the allowance, the guitar is answered too, not read as a booking reference.</summary>
    [Fact]
    public async Task A_guitar_after_the_allowance_gets_the_instrument_rule()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: how many bags can I bring? ABC123 dupont
            bot~ I found your booking ABC123
            bot~ With your Standard fare in Economy
            bot~ Anything else
            user: what about a guitar
            bot~ Musical instruments can fly with Nimbus Air
            bot~ Anything else
            """);
    }

    /// <summary>
    /// The same message at the LAST-NAME question got "Could you type the last name…": the name beside the reference is
    /// taken, and the question answered for that booking.
    /// </summary>
    [Theory]
    [InlineData("en-US", "how many bags can I take", "DEF456 is mine... bernard, can I take 2 suitcases in business?", "I found your booking DEF456",
        "With your Flex fare in Business: cabin 2 × 18 kg plus a small personal item, and checked 2 × 32 kg.", "Anything else")]
    [InlineData("fr-FR", "combien de bagages puis-je prendre", "DEF456 c'est moi... bernard, je peux prendre 2 valises en business ?", "j'ai trouvé votre réservation DEF456",
        "Avec votre tarif Flex en Business : en cabine 2 × 18 kg plus un petit accessoire, et en soute 2 × 32 kg.", "autre chose")]
    public async Task A_question_with_the_reference_and_the_name_at_the_last_name_question_is_answered(string locale, string first,
        string withQuestion, string found, string allowance, string anythingElse)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {first}
            bot~ ABC123
            user: DEF456
            bot~ {(locale == "fr-FR" ? "nom de famille" : "last name")}
            user: {withQuestion}
            bot~ {found}
            bot: {allowance}
            bot~ {anythingElse}
            """);
    }

    /// <summary>Asked at the last name of a seat change, the baggage question is taken too, after the seat, on the same booking.</summary>
    [Fact]
    public async Task A_baggage_question_with_the_reference_at_a_seat_change_last_name_is_taken_after_the_seat()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want to change my seat
            bot~ booking reference
            user: DEF456
            bot~ last name
            user: DEF456 is mine... bernard, can I take 2 suitcases in business?
            bot: Sure, I'll take them one at a time, starting with your seat change.
            bot~ I found your booking DEF456
            bot~ You're in seat 2A
            bot~ window or an aisle
            """);
    }
}
