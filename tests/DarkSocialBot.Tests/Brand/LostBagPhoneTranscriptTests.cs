namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// A contact number typed the national way in a lost-bag report, by a customer whose language places it elsewhere: an
/// English speaker typing "06 12 34 56 78" got "That doesn't look like a phone number". On SMS and WhatsApp the number the
/// customer writes from places it; elsewhere the bot asks for its country code.
/// </summary>
public sealed class LostBagPhoneTranscriptTests
{
    [Theory]
    [InlineData("en-US", "+33698765432", "06 12 34 56 78", "+33612345678")]
    [InlineData("en-GB", "+33698765432", "0612345678", "+33612345678")]
    [InlineData("fr-FR", "+447400123456", "07400 123456", "+447400123456")]
    public async Task A_national_number_is_read_in_the_region_of_the_number_the_customer_writes_from(string locale, string sender,
        string typed, string contact)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale, userId: sender);
        var fr = locale == "fr-FR";

        await client.TranscriptAsync(ToThePhoneQuestion(fr) + $"""
            bot: {(fr ? $"Pouvons-nous vous joindre au {sender} ? Touchez Oui, ou indiquez un autre numéro." : $"Can we reach you on {sender}? Tap Yes, or type another number.")}
            choices: {(fr ? "Oui" : "Yes")}
            user: {typed}
            bot: {(fr ? $"Je déclare un bagage perdu pour la réservation ABC123 : « valise rouge », contact {contact} ?" : $"Report a lost bag for booking ABC123: \"red suitcase\", contact {contact}?")}
            """);
    }

    [Theory]
    [InlineData("en-US", "06 12 34 56 78", "Thanks! Which country is that number from? Please write it with its country code: +33 6 12 34 56 78 for a French number, +44 7400 123456 for a UK one.")]
    [InlineData("en-US", "my number is 0612345678", "Thanks! Which country is that number from? Please write it with its country code: +33 6 12 34 56 78 for a French number, +44 7400 123456 for a UK one.")]
    [InlineData("fr-FR", "07400 123456", "Merci ! De quel pays est ce numéro ? Écrivez-le avec l'indicatif du pays : +33 6 12 34 56 78 pour un numéro français, +44 7400 123456 pour un numéro britannique.")]
    public async Task A_national_number_nothing_places_is_asked_with_its_country_code(string locale, string typed, string ask)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        var fr = locale == "fr-FR";

        await client.TranscriptAsync(ToThePhoneQuestion(fr) + $"""
            bot~ {(fr ? "À quel numéro de téléphone" : "Which phone number")}
            user: {typed}
            bot: {ask}
            user: {(fr ? "+44 7400 123456" : "+33 6 12 34 56 78")}
            bot~ {(fr ? "contact +447400123456 ?" : "contact +33612345678?")}
            """);
    }

    /// <summary>
    /// "how long does it usually take to get it back?" at the report's confirmation got "Sorry, I didn't get that" and the question
    /// again, as did "will you deliver it to my hotel?". The customer now hears when and how a found bag comes back, then the
    /// same question; the report goes on as before.
    /// </summary>
    [Theory]
    [InlineData("en-US", "how long does it usually take to get it back?", "Most delayed bags are found within 48 hours 🧳")]
    [InlineData("en-US", "will you deliver it to my hotel", "Most delayed bags are found within 48 hours 🧳")]
    [InlineData("fr-FR", "vous pouvez le livrer à mon hôtel ?", "La plupart des bagages retardés sont retrouvés en 48 heures 🧳")]
    public async Task A_question_about_the_bags_return_during_the_report_is_answered_and_the_report_goes_on(string locale, string question, string answer)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale, userId: "+33698765432");
        var fr = locale == "fr-FR";
        var confirm = fr ? "Je déclare un bagage perdu pour la réservation ABC123 : « valise rouge », contact +33698765432 ?"
            : "Report a lost bag for booking ABC123: \"red suitcase\", contact +33698765432?";

        await client.TranscriptAsync(ToThePhoneQuestion(fr) + $"""
            bot~ +33698765432
            user: {(fr ? "oui" : "yes")}
            bot: {confirm}
            user: {question}
            bot~ {answer}
            bot: {confirm}
            user: {(fr ? "oui" : "yes")}
            bot~ {(fr ? "Votre déclaration est enregistrée" : "Your report is filed")}
            bot~ {(fr ? "autre chose" : "Anything else")}
            """);
    }

    /// <summary>A lost-bag report up to its phone question: booking ABC123 (Dupont), "red suitcase".</summary>
    private static string ToThePhoneQuestion(bool fr) => $"""
        user: {(fr ? "bagage perdu" : "lost bag")}
        bot~ {(fr ? "désolé" : "sorry")}
        bot~ {(fr ? "référence de réservation" : "booking reference")}
        user: ABC123 dupont
        bot~ ABC123
        bot~ {(fr ? "Décrivez le bagage" : "Please describe the bag")}
        user: {(fr ? "valise rouge" : "red suitcase")}

        """;
}
