using DarkSocialBot.Dialogs.Airline;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// "Am I entitled to compensation?" was read as a complaint (handed to a colleague with no answer) or, beside a delayed flight,
/// as its status only. The bot now gives the flight's status and what EU rules give for it: a cancelled flight or one 3 hours
/// late or more may give compensation, and a colleague is offered to file the claim; a shorter delay does not, yet.
/// </summary>
public sealed class CompensationTranscriptTests
{
    private const string Key = "test/conversations/conversation-1";

    [Fact]
    public async Task A_short_delay_is_said_not_to_qualify_yet_and_no_colleague_is_offered()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: my flight NM 202 is delayed, am I entitled to compensation?
            bot~ ⏱️ NM 202 Lyon → London on Saturday 14 March is delayed
            bot: NM 202 is expected to arrive about 55 min late. EU compensation starts at 3 hours' delay at arrival, so this delay doesn't qualify for now 🙏 If it gets longer, just ask me again. From 2 hours' delay, our staff at the airport offer meals and refreshments.
            bot~ Anything else
            """);
        Assert.Null(await bed.Desk.FindOpenAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task Three_hours_late_may_be_compensated_and_a_colleague_files_the_claim()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        await using (var db = await bed.Db.CreateDbContextAsync())
        {
            foreach (var flight in await db.Flights.Where(f => f.Number == "NM202").ToListAsync())
                (flight.EstimatedDeparture, flight.State) = (flight.ScheduledDeparture.AddMinutes(200), FlightState.Delayed);
            await db.SaveChangesAsync();
        }
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: is NM 202 on time?
            bot~ is delayed
            bot~ Anything else
            user: can I claim compensation?
            bot: NM 202 is expected to arrive about 3 h 20 min late. From 3 hours' delay at arrival, EU rules (Regulation 261/2004) may give you €250 to €600 per passenger depending on the distance, unless the cause was beyond our control (such as bad weather or an air traffic control strike).
            bot: A colleague can file your claim and check the amount for your trip. Shall I connect you?
            choices: Yes | No
            user: yes please
            bot~ I've passed our conversation to a colleague
            """);
        Assert.Equal("Claim", (await bed.Desk.FindOpenAsync(Key, CancellationToken.None))!.Reason);
    }

    [Fact]
    public async Task En_francais_un_vol_annule_trouve_par_la_reservation()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: mon vol est annulé, j'ai droit à une indemnisation ?
            bot: Quel est votre numéro de vol (par exemple NM 1234) ? Votre référence de réservation fonctionne aussi.
            user: JKL654 Leroy
            bot~ j'ai trouvé votre réservation JKL654
            bot~ ❌ Je suis vraiment désolé : le vol NM 404 Nice → Paris
            bot~ Votre vol ayant été annulé, la réglementation européenne (règlement 261/2004) peut vous donner droit à une indemnisation de 250 € à 600 €
            bot: Un conseiller peut déposer votre demande et vérifier le montant pour votre trajet. Voulez-vous que je vous mette en relation ?
            choices: Oui | Non
            user: non merci
            bot~ Pas de souci
            bot~ Puis-je faire autre chose
            """);
        Assert.Null(await bed.Desk.FindOpenAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task A_flight_without_delay_has_nothing_to_claim()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want compensation for NM 1234 tomorrow
            bot~ ✅ NM 1234 Paris → Amsterdam on Sunday 15 March is on time
            bot: NM 1234 has no delay at the moment, so there's no compensation to claim. If that changes, just ask me again.
            bot~ Anything else
            """);
    }
}
