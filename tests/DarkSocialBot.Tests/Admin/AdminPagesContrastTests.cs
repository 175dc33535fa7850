using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DarkSocialBot.Tests.Admin;

/// <summary>
/// The admin pages' text is readable: every visible piece of text has a contrast of at least 4.5:1 with what is behind it
/// (3:1 for large text), WCAG 2.2 AA, measured in Chromium on the rendered page.
/// </summary>
public sealed class AdminPagesContrastTests
{
    // For each element holding text: its colour (with the opacity of it and its ancestors) against the first opaque
    // background behind it, as WCAG computes relative luminance.
    private const string LowContrast = """
        () => {
          const rgba = value => { const m = value.match(/[\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; };
          const linear = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
          const luminance = c => 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
          const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
          const background = element => {
            for (let e = element; e; e = e.parentElement) {
              const color = rgba(getComputedStyle(e).backgroundColor);
              if (color.a > 0) return color.a === 1 ? color : over(color, background(e.parentElement));
            }
            return { r: 255, g: 255, b: 255, a: 1 };
          };
          const opacity = element => { let o = 1; for (let e = element; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return o; };
          const found = [];
          for (const element of document.querySelectorAll('body *')) {
            if (![...element.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) continue;
            if (!element.getClientRects().length || getComputedStyle(element).visibility === 'hidden') continue;
            const style = getComputedStyle(element);
            const back = background(element);
            const text = rgba(style.color);
            const front = over({ ...text, a: text.a * opacity(element) }, back);
            const [light, dark] = [luminance(front), luminance(back)].sort((x, y) => y - x);
            const ratio = (light + 0.05) / (dark + 0.05);
            const size = parseFloat(style.fontSize);
            const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
            if (ratio < (large ? 3 : 4.5)) found.push(`${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''} "${element.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
          }
          return found;
        }
        """;

    [BrowserFact]
    public async Task Every_text_on_the_admin_pages_has_enough_contrast()
    {
        await using var host = AttributionHost.Start(kestrel: true);
        await host.AnswerAsync("ana", "a friend sent it on WhatsApp");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        var found = new List<string>();
        foreach (var path in new[] { "/dashboard/", "/broadcasts/", "/agent/", "/agent/bags/" })
        {
            await page.GotoAsync(new Uri(host.Admin.BaseAddress!, path).AbsoluteUri);
            await page.FillAsync("#key", AttributionHost.AdminKey);
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("#message:not(:empty)").WaitForAsync();
            found.AddRange((await page.EvaluateAsync<string[]>(LowContrast)).Select(text => $"{path} {text}"));
        }

        Assert.True(found.Count == 0, "Too little contrast:\n" + string.Join("\n", found));
    }
}
