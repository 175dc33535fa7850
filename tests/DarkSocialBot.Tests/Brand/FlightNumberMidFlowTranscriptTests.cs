namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// A flight number said in the middle of another request is a new request: its status. These got "that doesn't look like a
/// booking reference", the last name asked again, "No problem, I've stopped that" ("what about" read as "abort"), or the
/// flight's status taken as the bag's description. "Now" is Saturday 14 March, 10:00 in Paris: NM 1235 flies tomorrow.
/// </summary>
public sealed class FlightNumberMidFlowTranscriptTests
{
    [Theory]
    [InlineData("en-US", "change my seat", "what about NM1235", "What's your booking reference?")]
    [InlineData("en-US", "check in", "is NM 1235 delayed", "What's your booking reference?")]
    [InlineData("en-US", "my booking", "NM1235", "What's your booking reference?")]
    [InlineData("fr-FR", "changer de siège", "NM 1235 ?", "Quelle est votre référence de réservation ?")]
    [InlineData("fr-FR", "je veux m'enregistrer", "statut NM1235", "Quelle est votre référence de réservation ?")]
    [InlineData("fr-FR", "ma réservation", "et le NM1235 alors", "Quelle est votre référence de réservation ?")]
    public async Task A_flight_number_at_the_booking_reference_question_gives_that_flights_status(string locale, string request,
        string flight, string question)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        var fr = locale == "fr-FR";

        await client.TranscriptAsync($"""
            user: {request}
            bot~ {question}
            user: {flight}
            bot: {(fr ? "D'accord, regardons plutôt cela." : "Sure, let's look at that instead.")}
            bot~ {(fr ? "✅ Le vol NM 1235 Amsterdam → Paris du dimanche 15 mars est à l'heure" : "✅ NM 1235 Amsterdam → Paris on Sunday 15 March is on time")}
            bot~ {(fr ? "autre chose" : "Anything else")}
            """);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    public async Task A_flight_number_at_the_last_name_question_gives_that_flights_status(string locale)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client(locale);
        var fr = locale == "fr-FR";

        await client.TranscriptAsync($"""
            user: {(fr ? "changer de siège ABC123" : "change my seat ABC123")}
            bot~ {(fr ? "nom de famille" : "last name")}
            user: NM 1235
            bot~ {(fr ? "regardons plutôt cela" : "let's look at that instead")}
            bot~ {(fr ? "NM 1235 Amsterdam → Paris du dimanche 15 mars est à l'heure" : "NM 1235 Amsterdam → Paris on Sunday 15 March is on time")}
            bot~ {(fr ? "autre chose" : "Anything else")}
            """);
    }

    [Theory]
    [InlineData("en-US", "lost bag", "NM 1235 on time?", "on Sunday 15 March is on time")]
    [InlineData("fr-FR", "bagage perdu", "NM 1235 à l'heure ?", "du dimanche 15 mars est à l'heure")]
    public async Task A_flight_status_question_at_the_bag_description_is_answered_and_a_described_flight_stays_the_description(
        string locale, string request, string question, string status)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var fr = locale == "fr-FR";
        var asking = bed.Client(locale);

        await asking.TranscriptAsync($"""
            user: {request}
            bot~ {(fr ? "désolé" : "sorry")}
            bot~ {(fr ? "référence de réservation" : "booking reference")}
            user: ABC123 dupont
            bot~ ABC123
            bot~ {(fr ? "Décrivez le bagage" : "Please describe the bag")}
            user: {question}
            bot~ {(fr ? "regardons plutôt cela" : "let's look at that instead")}
            bot~ {status}
            bot~ {(fr ? "autre chose" : "Anything else")}
            """);

        var describing = bed.Client(locale, conversationId: "conversation-2", userId: "user-2");
        await describing.TranscriptAsync($"""
            user: {request}
            bot~ {(fr ? "désolé" : "sorry")}
            bot~ {(fr ? "référence de réservation" : "booking reference")}
            user: ABC123 dupont
            bot~ ABC123
            bot~ {(fr ? "Décrivez le bagage" : "Please describe the bag")}
            user: {(fr ? "sac noir du vol NM 1234" : "black bag from flight NM 1234")}
            bot~ {(fr ? "téléphone" : "phone number")}
            """);
    }
}
