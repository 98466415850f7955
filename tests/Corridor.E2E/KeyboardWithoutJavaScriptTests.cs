using Corridor.E2E.Pages;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>
/// Forms work with JavaScript switched off and with the keyboard alone (DESIGN: server-rendered, no
/// script needed): sign in and register a worker using only Tab, typing and Enter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardWithoutJavaScriptTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    [BrowserFact]
    public async Task Officer_signs_in_and_registers_a_worker_by_keyboard_with_javascript_off()
    {
        await using var s = await BrowserSession.OpenAsync(browser, app, o => o.JavaScriptEnabled = false);
        var page = s.Page;
        var header = new SiteHeader(page);
        var login = new LoginPage(page);
        var list = new WorkersListPage(page);
        var form = new RegisterWorkerPage(page);
        var details = new WorkerDetailsPage(page);

        // The premise: page script really does not run in this context.
        await page.SetContentAsync("<title>before</title><script>document.title = 'script ran'</script>");
        Assert.Equal("before", await page.TitleAsync());

        await login.GotoAsync();
        await page.TabToAsync(header.SkipLink);          // the first Tab on a page: "Skip to content"
        await page.Keyboard.PressAsync("Enter");          // ... which jumps over the header into the form
        await page.TabToAsync(login.Email);
        await page.Keyboard.TypeAsync(CorridorAppFactory.EmailOf("admission-officer"));
        await page.TabToAsync(login.Password);
        await page.Keyboard.TypeAsync(CorridorAppFactory.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(header.SignOutButton).ToBeVisibleAsync();

        // The skip link left "#main" in the address; the redirect after sign-in keeps it, so the home
        // page continues from its content: the next Tabs walk the dashboard cards.
        await Expect(page).ToHaveURLAsync(app.RootUrl + "/#main");
        await page.TabUntilAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Migrant workers" }), maxPresses: 6);
        await page.Keyboard.PressAsync("Enter");
        await Expect(list.Heading).ToBeVisibleAsync();
        await page.TabToAsync(header.SkipLink);
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync(list.RegisterLink);
        await page.Keyboard.PressAsync("Enter");
        await Expect(form.Heading).ToBeVisibleAsync();

        await page.TabToAsync(header.SkipLink);
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync(form.GivenName);
        await page.Keyboard.TypeAsync("Бахтиёр");
        await page.TabToAsync(form.FamilyName);
        await page.Keyboard.TypeAsync("Рахимов");
        await page.TabToAsync(form.Sex);
        await page.Keyboard.TypeAsync("M");               // a closed select picks the option by its first letters
        await page.TabToAsync(form.DateOfBirth);
        await page.Keyboard.TypeAsync("07231990");        // en-US date input: mm dd yyyy
        await page.TabUntilAsync(form.Citizenship, maxPresses: 4); // the date input's segments take a Tab each
        await page.Keyboard.TypeAsync("Tajikistan");
        await page.TabToAsync(form.PassportNumber);
        await page.Keyboard.TypeAsync("TJ4455667");
        await page.TabToAsync(form.PassportIssuedBy);
        await page.Keyboard.TypeAsync("Tajikistan");
        await page.TabToAsync(form.PassportValidUntil);
        await page.Keyboard.TypeAsync("03152031");
        await page.TabUntilAsync(form.Occupation, maxPresses: 4);
        await page.Keyboard.TypeAsync("711");             // ISCO-08 711 building frame workers
        await page.TabToAsync(form.Direction);           // Inbound is preselected
        await page.TabToAsync(form.CountryOfWork);
        await page.TabToAsync(form.EmployerNumber);
        await page.TabToAsync(form.AgencyLicence);
        await page.TabToAsync(form.Language);
        await page.Keyboard.PressAsync("ControlOrMeta+a");
        await page.Keyboard.TypeAsync("tg");
        await page.TabToAsync(form.Phone);
        await page.Keyboard.TypeAsync("+992 93 555 12 34");
        await page.TabToAsync(form.Email);
        await page.Keyboard.PressAsync("Enter");          // implicit submission: no script involved

        await details.ExpectLoadedAsync();
        await Expect(details.Heading).ToContainTextAsync("Бахтиёр Рахимов");
        await Expect(details.Value("Sex")).ToHaveTextAsync("Male");
        await Expect(details.Value("Date of birth")).ToHaveTextAsync("1990-07-23");
        await Expect(details.Value("Citizenship")).ToHaveTextAsync("Tajikistan");
        await Expect(details.Value("Passport valid until")).ToHaveTextAsync("2031-03-15");
        await Expect(details.Value("Occupation (ISCO-08)")).ToHaveTextAsync("711 Building frame and related trades workers");
        await Expect(details.Value("Language the worker reads")).ToHaveTextAsync("tg");

        var saved = await app.App.WithDbAsync(db => db.MigrantWorkers.SingleAsync(w => w.PassportNumber == "TJ4455667"));
        Assert.Equal(("TJK", "TJK", "+992 93 555 12 34"), (saved.Citizenship, saved.PassportIssuingCountry, saved.Phone));
        s.AssertNoConsoleErrors();
    }
}
