using DarkSocialBot.Core.Dialogs;

namespace DarkSocialBot.Tests.Brand;

/// <summary>Check-in and boarding pass: open for ABC123 (tomorrow 09:25), done for GHI321, not yet open for DEF456 (in three days).</summary>
public sealed class CheckInTranscriptTests
{
    [Fact]
    public async Task Check_in_after_confirmation_sends_the_boarding_pass_as_a_link_and_a_card()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: boarding pass pls
            bot~ What's your booking reference?
            user: ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking ABC123
            bot: Shall I check in Marie Dupont on NM 1234 to Amsterdam, seat 23C?
            choices: Yes | No
            """);
        await client.SendAsync("yes please");
        var pass = client.NextReply();
        Assert.StartsWith("You're checked in ✅ Here's your boarding pass. Have a great flight! ✈️ Boarding pass: https://bot.example/boarding-pass/", pass.Text);
        var card = Assert.Single(pass.Attachments!);
        Assert.Equal(MessageFactory.HeroCardContentType, card.ContentType);
        var content = card.Content!.Value;
        Assert.Equal("Boarding pass NM 1234", content.GetProperty("title").GetString());
        Assert.Equal("Marie Dupont · seat 23C · group 3", content.GetProperty("subtitle").GetString());
        var button = content.GetProperty("buttons")[0];
        Assert.Equal("openUrl", button.GetProperty("type").GetString());
        Assert.EndsWith(button.GetProperty("value").GetString()!, pass.Text, StringComparison.Ordinal);
        client.AssertReplyContains("Anything else");
        Assert.True((await bed.Airline.FindBookingAsync(new("ABC123", "Dupont"), CancellationToken.None))!.CheckedIn);
    }

    [Fact]
    public async Task A_passenger_already_checked_in_gets_the_boarding_pass_again()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: send me my boarding pass GHI321
            bot~ last name
            user: smith
            bot~ I found your booking GHI321
            bot~ You're already checked in 👍 Here's your boarding pass again. Boarding pass: https://bot.example/boarding-pass/
            bot~ Anything else
            """);
    }

    [Fact]
    public async Task Too_early_says_when_check_in_opens_and_declining_checks_in_nobody()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client();

        await client.TranscriptAsync("""
            user: I want to check in
            bot~ booking reference
            user: DEF456
            bot~ last name
            user: Bernard
            bot~ I found your booking DEF456
            bot: Check-in for NM 601 opens 30 hours before departure, on Monday 16 March at 07:30. Come back then, I'll be here 😊
            bot~ Anything else
            user: check in for ABC123
            bot~ last name
            user: Dupont
            bot~ I found your booking
            bot~ Shall I check in Marie Dupont
            user: no
            bot: OK, I haven't checked you in. You can come back any time.
            bot~ Anything else
            """);
        Assert.False((await bed.Airline.FindBookingAsync(new("ABC123", "Dupont"), CancellationToken.None))!.CheckedIn);
    }

    [Fact]
    public async Task En_francais_enregistrement_et_carte_d_embarquement()
    {
        await using var bed = await AirlineTestBed.CreateAsync();
        var client = bed.Client("fr-FR");

        await client.TranscriptAsync("""
            user: je veux m'enregistrer
            bot~ Quelle est votre référence de réservation ?
            user: ABC123
            bot~ nom de famille
            user: Dupont
            bot~ j'ai trouvé votre réservation ABC123
            bot: J'enregistre Marie Dupont sur le vol NM 1234 pour Amsterdam, siège 23C ?
            choices: Oui | Non
            user: oui
            bot~ Vous êtes enregistré(e) ✅ Voici votre carte d'embarquement. Excellent vol ! ✈️ Carte d'embarquement : https://bot.example/boarding-pass/
            bot~ autre chose
            """);
    }
}
