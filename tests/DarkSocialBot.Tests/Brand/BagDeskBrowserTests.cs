using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Infrastructure;
using DarkSocialBot.Tests.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// The baggage desk's screen of the agent console (<c>/agent/bags</c>) in a real browser, against the real host. The console had
/// no screen for bag reports: the desk could only use the API with curl.
/// </summary>
public sealed class BagDeskBrowserTests
{
    private const string AccountSid = "ACdddddddddddddddddddddddddddddddd";
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [BrowserFact]
    public async Task An_agent_lists_open_reports_reads_one_with_its_photo_and_marks_it_handled()
    {
        // Twilio's media API, which wants the account's credentials: the photo reaches the page only through the host.
        await using var twilio = await LocalHttpServer.StartAsync();
        twilio.Handler = async (_, context) =>
        {
            context.Response.ContentType = "image/png";
            await context.Response.Body.WriteAsync(Png);
        };
        await using var host = AttributionHost.Start(kestrel: true, settings: new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = AccountSid, ["Twilio:AuthToken"] = "token", ["Twilio:PublicBaseUrl"] = "https://bot.example.com",
            ["Twilio:ApiBaseUrl"] = twilio.BaseUri.AbsoluteUri,
        });
        var now = DateTimeOffset.UtcNow;
        var photo = new Uri(twilio.BaseUri, $"2010-04-01/Accounts/{AccountSid}/Messages/MM1/Media/ME1").AbsoluteUri;
        var ana = await BagReportPrivacyTests.FileAsync(host, "ana", "AMSNM10001", createdAt: now.AddHours(-5), evidence: photo);
        var bob = await BagReportPrivacyTests.FileAsync(host, "bob", "AMSNM10002", createdAt: now.AddHours(-2), damaged: true);
        await BagReportPrivacyTests.FileAsync(host, "cat", "AMSNM10003", createdAt: now.AddHours(-9), handledAt: now.AddHours(-1));
        var expected = (await host.Admin.GetFromJsonAsync<JsonElement>($"/api/admin/bag-reports/{ana}")).GetProperty("report");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/agent").AbsoluteUri);
        await page.FillAsync("#key", AttributionHost.AdminKey);
        await page.FillAsync("#agentName", "Sam");
        await page.DispatchEventAsync("#agentName", "change");
        await page.ClickAsync("#settings button[type=submit]");
        await page.Locator("#queue li", new() { HasText = "No one is waiting for a person." }).WaitForAsync();
        // The key and the name go along to the console's bag reports screen, which lists at once.
        await page.ClickAsync("nav a:text-is('Bag reports')");
        await page.WaitForURLAsync("**/agent/bags/");

        // The open reports, the longest waiting first; the tab's title counts them.
        await page.Locator("#reports button", new() { HasText = "AMSNM10002" }).WaitForAsync();
        Assert.Equal(["AMSNM10001 · Lost or delayed bag", "AMSNM10002 · Damaged bag"], await page.Locator("#reports button strong").AllTextContentsAsync());
        Assert.Equal("(2) DarkSocialBot — bag reports", await page.TitleAsync());

        await page.ClickAsync($"#reports button[data-id='{ana}']");
        await page.Locator("#title", new() { HasText = "AMSNM10001 · Lost or delayed bag" }).WaitForAsync();
        async Task<string?> Term(string name) => await page.Locator($"#details dt:text-is('{name}') + dd").TextContentAsync();
        Assert.Equal(expected.GetProperty("passenger").GetString(), await Term("Passenger"));
        Assert.Equal(expected.GetProperty("bookingReference").GetString(), await Term("Booking"));
        Assert.StartsWith($"{expected.GetProperty("flight").GetString()} {expected.GetProperty("origin").GetString()} → {expected.GetProperty("destination").GetString()}, ",
            await Term("Flight"), StringComparison.Ordinal);
        Assert.Equal("ana: red suitcase", await Term("Description"));
        Assert.Equal("+33612345678", await Term("Contact phone"));
        // The photo, fetched by the host with the account's credentials, is on the screen.
        var image = page.Locator("#evidence img[src^='data:image/png']");
        await image.WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#evidence img').naturalWidth > 0");
        Assert.StartsWith("Basic ", Assert.Single(twilio.Requests).Header("Authorization"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "bag-desk.png"), FullPage = true });

        await page.ClickAsync("#handled");
        await page.Locator("#message", new() { HasText = "AMSNM10001 marked handled by Sam." }).WaitForAsync();
        await page.Locator("#reports button", new() { HasText = "AMSNM10001" }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("(1) DarkSocialBot — bag reports", await page.TitleAsync());
        Assert.True(await page.Locator("#handled").IsDisabledAsync());
        Assert.StartsWith("AMSNM10001 · Lost or delayed bag (handled)", await page.TextContentAsync("#title"), StringComparison.Ordinal);
        Assert.EndsWith(" by Sam", await Term("Handled"), StringComparison.Ordinal);
        Assert.Equal("Sam", await host.DbAsync(db => db.BagReports.Where(r => r.Id == ana).Select(r => r.HandledBy).SingleAsync()));

        // Handled ones, most recent first; damaged ones only.
        await page.SelectOptionAsync("#status", "handled");
        await page.Locator("#reports button", new() { HasText = "AMSNM10003" }).WaitForAsync();
        Assert.Equal(["AMSNM10001 · Lost or delayed bag", "AMSNM10003 · Lost or delayed bag"], await page.Locator("#reports button strong").AllTextContentsAsync());
        await page.SelectOptionAsync("#status", "open");
        await page.SelectOptionAsync("#damaged", "true");
        await page.Locator("#reports button", new() { HasText = "AMSNM10001" }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(["AMSNM10002 · Damaged bag"], await page.Locator("#reports button strong").AllTextContentsAsync());

        // A report whose customer asked for erasure while it was open is deleted as it is handled, and leaves the screen.
        await host.DbAsync(db => db.BagReports.Where(r => r.Id == bob).ExecuteUpdateAsync(s => s.SetProperty(r => r.ErasureRequestedAt, now)));
        await page.ClickAsync($"#reports button[data-id='{bob}']");
        await page.Locator("#details dt", new() { HasText = "Erasure" }).WaitForAsync();
        Assert.Equal("No photo or document was sent with this report.", await page.TextContentAsync("#evidence"));
        await page.ClickAsync("#handled");
        await page.Locator("#message", new() { HasText = "AMSNM10002 is handled and deleted" }).WaitForAsync();
        Assert.True(await page.Locator("#report").IsHiddenAsync());
        await page.Locator("#reports li", new() { HasText = "No open bag report." }).WaitForAsync();
        Assert.Equal(["AMSNM10001", "AMSNM10003"], await host.DbAsync(db => db.BagReports.OrderBy(r => r.Id).Select(r => r.Reference).ToListAsync()));
    }

    /// <summary>The baggage desk in France reads its screen in French, as the agents' console; the menu switches both.</summary>
    [BrowserFact]
    public async Task A_french_speaking_desk_reads_the_bag_reports_in_french_and_marks_one_handled()
    {
        await using var host = AttributionHost.Start(kestrel: true);
        var now = DateTimeOffset.UtcNow;
        var ana = await BagReportPrivacyTests.FileAsync(host, "ana", "AMSNM10001", createdAt: now.AddHours(-5));
        await BagReportPrivacyTests.FileAsync(host, "bob", "AMSNM10002", createdAt: now.AddHours(-2), damaged: true);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "fr-FR" });
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/agent/bags/").AbsoluteUri);
        await page.GetByLabel("Clé de l'API d'administration").FillAsync(AttributionHost.AdminKey);
        await page.GetByLabel("Votre prénom (gardé avec la déclaration)").FillAsync("Léa");
        await page.DispatchEventAsync("#agentName", "change");
        await page.GetByRole(AriaRole.Button, new() { Name = "Actualiser" }).ClickAsync();

        await page.Locator("#reports button", new() { HasText = "AMSNM10002" }).WaitForAsync();
        Assert.Equal(["AMSNM10001 · Bagage perdu ou retardé", "AMSNM10002 · Bagage endommagé"], await page.Locator("#reports button strong").AllTextContentsAsync());
        Assert.Equal("(2) DarkSocialBot — déclarations de bagages", await page.TitleAsync());
        await page.ClickAsync($"#reports button[data-id='{ana}']");
        await page.Locator("#details dt:text-is('Passager')").WaitForAsync();
        Assert.Equal("+33612345678", await page.Locator("#details dt:text-is('Téléphone de contact') + dd").TextContentAsync());
        Assert.Equal("Aucune photo ni aucun document n'a été envoyé avec cette déclaration.", await page.TextContentAsync("#evidence"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Marquer traitée : bagage rendu ou réclamation réglée" }).ClickAsync();
        await page.Locator("#message", new() { HasText = "AMSNM10001 marquée traitée par Léa." }).WaitForAsync();
        Assert.EndsWith(" par Léa", await page.Locator("#details dt:text-is('Traitée') + dd").TextContentAsync(), StringComparison.Ordinal);

        await page.SelectOptionAsync("#language", "en");
        await page.Locator("#details dt:text-is('Handled')").WaitForAsync();
        Assert.Equal("Mark handled: bag returned or claim settled", await page.TextContentAsync("#handled"));
        Assert.Equal(["AMSNM10002 · Damaged bag"], await page.Locator("#reports button strong").AllTextContentsAsync());
    }
}
