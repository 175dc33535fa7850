using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Brand;

/// <summary>The demo airline in the real host: seeded once, boarding pass pages, flight operations telling the status listeners.</summary>
public sealed class AirlineHostTests
{
    [Fact]
    public async Task The_demo_airline_is_seeded_on_first_start_and_not_again()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dsb-seed-{Guid.NewGuid():N}.db");
        await using (var first = new BotHostFactory(databasePath: path) { KeepDatabase = true })
            Assert.Equal(7, await CountFlightsAsync(first));
        await using var second = new BotHostFactory(databasePath: path);

        Assert.Equal(7, await CountFlightsAsync(second));
        await using var db = await second.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(5, await db.Bookings.CountAsync());
    }

    [Fact]
    public async Task The_boarding_pass_page_opens_with_its_token_only_and_is_never_cached()
    {
        await using var host = new BotHostFactory();
        using var http = host.CreateClient();
        var airline = host.Services.GetRequiredService<IAirlineBackend>();
        // XYZ789 flies 4 hours after the seed, inside the check-in window at any hour (tomorrow's NM1234 is not, just after midnight).
        var result = await airline.CheckInAsync(new BookingKey("XYZ789", "martin"), CancellationToken.None);
        var url = new Uri(result.BoardingPass!.Url);
        Assert.Equal("127.0.0.1:3978", url.Authority);

        var page = await http.GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl!.ToString());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("MARTIN/LUCAS", html, StringComparison.Ordinal);
        Assert.Contains("NM 202", html, StringComparison.Ordinal);
        Assert.Contains("M1MARTIN/LUCAS", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/boarding-pass/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/boarding-pass/short")).StatusCode);
    }

    /// <summary>
    /// The page spelled out the BCBP data but had no code to scan at the gate. Its QR code (IATA Resolution 792 allows QR on a
    /// phone) is read here by ZXing, a decoder other than the encoder, from the modules the page draws.
    /// A BCBP name is in Latin capitals without accents (Chloé is CHLOE), and Business is compartment J.
    /// </summary>
    [Theory]
    [InlineData("XYZ789", "martin", "M1MARTIN/LUCAS        EXYZ789 LYSLHRNM 0202 ", "Y")]
    [InlineData("DEF456", "bernard", "M1BERNARD/CHLOE       EDEF456 CDGYULNM 0601 ", "J")]
    public async Task The_boarding_pass_page_has_a_qr_code_a_scanner_reads_as_the_bcbp(string reference, string name, string start, string compartment)
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new BotHostFactory { ConfigureServices = services => services.AddSingleton<TimeProvider>(time) };
        using var http = host.CreateClient();
        var airline = host.Services.GetRequiredService<IAirlineBackend>();
        // NM601 leaves in three days: its check-in is open a day before.
        if (reference == "DEF456") time.Advance(TimeSpan.FromDays(2.5));
        var result = await airline.CheckInAsync(new BookingKey(reference, name), CancellationToken.None);
        Assert.NotNull(result.BoardingPass);

        var html = await http.GetStringAsync(new Uri(result.BoardingPass.Url).PathAndQuery);

        var scanned = ScanQrCode(html);
        Assert.StartsWith(start, scanned, StringComparison.Ordinal);
        Assert.Equal(60, scanned.Length);
        Assert.Equal(compartment, scanned[47..48]);
        Assert.Contains($">{System.Net.WebUtility.HtmlEncode(scanned)}<", html, StringComparison.Ordinal);
        // The gate is announced 3 hours before departure (the bot said "not known yet" while the page showed it).
        Assert.Contains("<dd>Not yet known / Pas encore connue</dd>", html, StringComparison.Ordinal);
    }

    /// <summary>Draws the page's QR modules (an SVG path of unit squares) 4 pixels each with a quiet zone, and decodes the image.</summary>
    private static string ScanQrCode(string html)
    {
        var svg = System.Text.RegularExpressions.Regex.Match(html, @"<svg[^>]*viewBox=""0 0 (\d+) (\d+)""[^>]*>.*?<path[^>]* d=""([^""]+)""", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(svg.Success, "no QR code on the page");
        var size = int.Parse(svg.Groups[1].Value, CultureInfo.InvariantCulture);
        const int Scale = 4;
        var pixels = size * Scale;
        var luminance = Enumerable.Repeat((byte)255, pixels * pixels).ToArray();
        foreach (System.Text.RegularExpressions.Match module in System.Text.RegularExpressions.Regex.Matches(svg.Groups[3].Value, @"M(\d+) (\d+)h1v1h-1z"))
        {
            var (x, y) = (int.Parse(module.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(module.Groups[2].Value, CultureInfo.InvariantCulture));
            for (var dy = 0; dy < Scale; dy++)
                for (var dx = 0; dx < Scale; dx++)
                    luminance[(y * Scale + dy) * pixels + x * Scale + dx] = 0;
        }
        var bitmap = new ZXing.BinaryBitmap(new ZXing.Common.HybridBinarizer(
            new ZXing.RGBLuminanceSource(luminance, pixels, pixels, ZXing.RGBLuminanceSource.BitmapFormat.Gray8)));
        var decoded = new ZXing.QrCode.QRCodeReader().decode(bitmap);
        Assert.NotNull(decoded);
        return decoded.Text;
    }

    [Fact]
    public async Task Changing_a_flight_status_tells_every_listener_with_the_booked_references()
    {
        var listener = new RecordingListener();
        await using var host = OpsHost(listener);
        using var admin = AdminClient(host);
        var flights = await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/airline/flights");
        var date = flights!.First(f => f.GetProperty("number").GetString() == "NM1234").GetProperty("date").GetString();

        var response = await admin.PutAsJsonAsync($"/api/admin/airline/flights/NM1234/{date}/status",
            new { state = "Delayed", gate = "F40", estimatedDeparture = $"{date}T10:40:00" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = Assert.Single(listener.Changes);
        Assert.Equal((FlightState.OnTime, FlightState.Delayed), (change.PreviousState, change.State));
        Assert.Equal(("F32", "F40"), (change.PreviousGate, change.Gate));
        Assert.Equal(new TimeOnly(10, 40), TimeOnly.FromDateTime(change.EstimatedDeparture!.Value));
        Assert.Equal(["ABC123"], change.BookingReferences);
        var airline = host.Services.GetRequiredService<IAirlineBackend>();
        var status = await airline.GetFlightStatusAsync("NM1234", change.Date, CancellationToken.None);
        Assert.Equal(FlightState.Delayed, status!.State);
    }

    [Theory]
    [InlineData("/api/admin/airline/flights/NM9999/2030-01-01/status", HttpStatusCode.NotFound)]
    [InlineData("/api/admin/airline/flights/NM1234/tomorrow/status", HttpStatusCode.BadRequest)]
    public async Task Changing_an_unknown_flight_or_with_a_bad_date_is_refused(string path, HttpStatusCode expected)
    {
        await using var host = OpsHost(new RecordingListener());
        using var admin = AdminClient(host);

        var response = await admin.PutAsJsonAsync(path, new { state = "Cancelled" });

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"state":"Delayed","estimatedDeparture":"0001-01-01T00:00"}""", "estimatedDeparture")]
    [InlineData("""{"state":"Delayed","estimatedDeparture":"{date+3}T10:40"}""", "within 2 days")]
    [InlineData("""{"state":"Delayed","estimatedDeparture":"{date}T10:40+05:00"}""", "without a UTC offset")]
    [InlineData("""{"state":"Delayed","estimatedDeparture":"{date}T10:40Z"}""", "without a UTC offset")]
    [InlineData("""{}""", "state is required")]
    [InlineData("""{"state":99}""", "state 99")]
    [InlineData("""{"state":"Delayed","gate":"F401234567"}""", "gate")]
    [InlineData("""{"state":"Delayed","terminal":"{100 KB}"}""", "terminal")]
    [InlineData("""{"state":"OnTime","gate":"{{evil}}"}""", "{{")]
    [InlineData("""{"state":"OnTime","gate":" "}""", "gate")]
    public async Task Changing_a_flight_status_with_a_bad_body_is_400_with_the_reason_and_changes_nothing(string body, string reason)
    {
        var listener = new RecordingListener();
        await using var host = OpsHost(listener);
        using var admin = AdminClient(host);
        var flights = await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/airline/flights");
        var date = DateOnly.Parse(flights!.First(f => f.GetProperty("number").GetString() == "NM1234").GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
        body = body.Replace("{date}", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{date+3}", date.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{100 KB}", new string('T', 100_000), StringComparison.Ordinal);

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await admin.PutAsync($"/api/admin/airline/flights/NM1234/{date:yyyy-MM-dd}/status", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(listener.Changes);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var flight = await db.Flights.SingleAsync(f => f.Number == "NM1234" && f.Date == date);
        Assert.Equal((FlightState.OnTime, "F32", "2F", (DateTimeOffset?)null), (flight.State, flight.Gate, flight.Terminal, flight.EstimatedDeparture));
    }

    [Fact]
    public async Task When_the_brand_backend_fails_the_customer_gets_an_apology_in_their_language_and_can_go_on()
    {
        var backend = new FailingOnceAirline();
        await using var host = new BotHostFactory
        {
            ConfigureServices = services => services.AddSingleton<IAirlineBackend>(provider =>
                backend.Wrap(ActivatorUtilities.CreateInstance<DarkSocialBot.Airline.DemoAirline>(provider))),
        };
        using var http = host.CreateClient();
        var customer = await WebChatCustomer.StartAsync(http, "fr-FR");
        await customer.WaitForAsync(1);

        await customer.SayAsync("mon vol NM1234 de demain est à l'heure ?", "fr-FR");
        var apology = await customer.WaitForAsync(2);
        await customer.SayAsync("mon vol NM1234 de demain est à l'heure ?", "fr-FR");
        var answer = await customer.WaitForAsync(3);

        Assert.Equal("Désolé, un problème est survenu de notre côté. Pouvez-vous réessayer ?", WebChatCustomer.Text(apology[1]));
        Assert.Contains("est à l'heure", WebChatCustomer.Text(answer[2]), StringComparison.Ordinal);
    }

    /// <summary>A host with an operations key whose flight status changes go to <paramref name="listener"/>.</summary>
    private static BotHostFactory OpsHost(RecordingListener listener) =>
        new(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = "ops-key" })
        {
            ConfigureServices = services => services.AddSingleton<IFlightStatusListener>(listener),
        };

    private static HttpClient AdminClient(BotHostFactory host)
    {
        var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ops-key");
        return admin;
    }

    private static async Task<int> CountFlightsAsync(BotHostFactory host)
    {
        _ = host.Server; // starts the host (migrates and seeds)
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Flights.CountAsync();
    }

    private sealed class RecordingListener : IFlightStatusListener
    {
        public List<FlightStatusChange> Changes { get; } = [];

        public Task OnFlightStatusChangedAsync(FlightStatusChange change, CancellationToken cancellationToken)
        {
            Changes.Add(change);
            return Task.CompletedTask;
        }
    }
}
