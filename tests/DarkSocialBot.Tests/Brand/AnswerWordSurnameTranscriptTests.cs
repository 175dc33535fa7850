using DarkSocialBot.Airline;
using DarkSocialBot.Dialogs.Airline;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// "No" is a surname (Korean 노) as well as an answer: at the last-name question it was read as "no" and asked again, so
/// Mr No could never open his booking. It is now the name when the booking has it, and still "no" otherwise.
/// </summary>
public sealed class AnswerWordSurnameTranscriptTests
{
    [Theory]
    [InlineData("en-US", "my booking", "Thanks! And the passenger's last name?", "Thanks Min-jun, I found your booking HJK852 ✅")]
    [InlineData("fr-FR", "ma réservation", "Merci ! Et le nom de famille du passager ?", "Merci Min-jun, j'ai trouvé votre réservation HJK852 ✅")]
    public async Task The_surname_No_opens_the_booking_that_has_it(string locale, string request, string askName, string found)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await AddBookingOfMrNoAsync(bed);
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: {request}
            bot~ {(locale == "fr-FR" ? "référence de réservation" : "booking reference")}
            user: HJK852
            bot: {askName}
            user: No
            bot: {found}
            bot~ HJK852
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    [Theory]
    [InlineData("en-US", "Could you type the last name as it is on the booking, letters only?", "Thanks Marie, I found your booking ABC123 ✅")]
    [InlineData("fr-FR", "Pouvez-vous écrire le nom de famille tel qu'il figure sur la réservation, en lettres uniquement ?", "Merci Marie, j'ai trouvé votre réservation ABC123 ✅")]
    public async Task No_said_to_the_last_name_question_of_another_booking_is_asked_again_not_tried_as_a_name(string locale, string retry, string found)
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await AddBookingOfMrNoAsync(bed);
        var client = bed.Client(locale);

        await client.TranscriptAsync($"""
            user: ABC123
            bot~ {(locale == "fr-FR" ? "nom de famille" : "last name")}
            user: {(locale == "fr-FR" ? "non" : "no")}
            bot: {retry}
            user: dupont
            bot: {found}
            bot~ ABC123
            bot~ {(locale == "fr-FR" ? "autre chose" : "Anything else")}
            """);
    }

    private static async Task AddBookingOfMrNoAsync(AirlineTestBed bed)
    {
        await using var db = await bed.Db.CreateDbContextAsync();
        var flight = await db.Flights.OrderBy(f => f.Date).FirstAsync(f => f.Number == "NM1234");
        db.Bookings.Add(new DemoBooking
        {
            Reference = "HJK852", FlightId = flight.Id, Cabin = Cabin.Economy, Fare = Fare.Standard,
            Passengers = [new DemoPassenger { FirstName = "Min-jun", LastName = "No" }],
        });
        await db.SaveChangesAsync();
    }
}
