using System.Text.RegularExpressions;
using Corridor.E2E.Pages;
using Corridor.Testing;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>The header's language links switch the whole UI and say which language is current.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    [BrowserFact]
    public async Task Switching_to_Russian_and_back_marks_the_page_language_and_keeps_the_page()
    {
        await using var s = await BrowserSession.OpenAsync(browser, app);
        var page = s.Page;
        var header = new SiteHeader(page);
        var list = new WorkersListPage(page);
        var login = new LoginPage(page);

        await login.GotoAsync();
        await login.SignInAsync(LoginPage.EmailOf("admission-officer"));
        await list.GotoAsync("?Query.Sex=Female");
        await Expect(header.Html).ToHaveAttributeAsync("lang", "en");
        await Expect(header.Language("English")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(header.Language("Русский")).Not.ToHaveAttributeAsync("aria-current", new Regex("."));

        await header.Language("Русский").ClickAsync();
        await Expect(header.Html).ToHaveAttributeAsync("lang", "ru");
        await Expect(header.Language("Русский")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(header.Language("English")).Not.ToHaveAttributeAsync("aria-current", new Regex("."));
        await Expect(page).ToHaveURLAsync(new Regex(@"/workers\?Query\.Sex=Female$")); // same page, same filter

        // The choice is remembered (a cookie), not just applied to one response.
        await page.GotoAsync("/workers/register");
        await Expect(header.Html).ToHaveAttributeAsync("lang", "ru");

        await header.Language("English").ClickAsync();
        await Expect(header.Html).ToHaveAttributeAsync("lang", "en");
        await Expect(header.Language("English")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(header.Language("Русский")).Not.ToHaveAttributeAsync("aria-current", new Regex("."));
        await Expect(page).ToHaveURLAsync(new Regex(@"/workers/register$"));

        s.AssertNoConsoleErrors();
    }
}
