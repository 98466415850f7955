using System.Text.RegularExpressions;
using Corridor.E2E.Pages;
using Corridor.Testing;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>Issue 6: a worker, signed out, compares what the family receives from two providers on the public remittance page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RemittanceComparisonTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    [BrowserFact]
    public async Task A_signed_out_worker_compares_two_providers_by_what_the_family_receives()
    {
        await using var s = await BrowserSession.OpenAsync(browser, app);
        var page = new RemittancePage(s.Page);

        await page.OpenFromHeaderAsync();
        await page.CompareAsync("Kazakhstan → Uzbekistan (KZT → UZS)", "104000");

        await Expect(s.Page).ToHaveURLAsync(new Regex(@"/remittances\?Query\.Corridor=KAZ-UZB&Query\.Amount=104000$"));
        // The MTO without a fee but with a worse rate leaves the family more than the bank with a fee and a better rate
        // (demo figures): 104,000 × 24.00 = 2,496,000 UZS against (104,000 − 1,500) × 24.30 = 2,490,750 UZS.
        var order = await page.Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.provider)");
        Assert.True(Array.IndexOf(order, "Silk Road Money") < Array.IndexOf(order, "Steppe Bank"), string.Join(", ", order));
        Assert.Equal("Silk Road Money", order[0]);
        await Expect(page.Received("Silk Road Money")).ToHaveTextAsync(new Regex(@"^\s*2,496,000 UZS\s*$"));
        await Expect(page.Received("Steppe Bank")).ToContainTextAsync("2,490,750 UZS");
        await Expect(page.Received("Steppe Bank")).ToContainTextAsync("5,250 less than the best");
        await Expect(page.Row("Steppe Bank")).ToContainTextAsync("1,500 KZT");
        await Expect(page.Row("Silk Road Money")).ToContainTextAsync("0 KZT");
        await Expect(s.Page.Locator("#demo-note")).ToBeVisibleAsync();

        s.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task The_analyst_pages_show_their_charts_and_tables_without_console_errors()
    {
        await using var s = await BrowserSession.OpenAsync(browser, app);
        var login = new LoginPage(s.Page);
        await login.GotoAsync();
        await login.SignInAsync(LoginPage.EmailOf("analyst"));
        foreach (var (path, heading) in new[]
                 {
                     ("/remittances/catalogue", "Remittance price catalogue"), ("/statistics/recruitment-costs", "SDG 10.7.1: recruitment cost indicator"),
                     ("/remittances/catalogue/add", "Enter a remittance price"), ("/remittances/catalogue/import", "Import remittance prices (RPW file)"),
                 })
        {
            var response = await s.Page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");
            await Expect(s.Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        }
        await s.Page.GotoAsync("/remittances/catalogue");
        await Expect(s.Page.Locator("figure.chart svg")).ToBeVisibleAsync();
        await Expect(s.Page.Locator("#table-remittance-corridors tbody tr")).ToHaveCountAsync(5);
        s.AssertNoConsoleErrors();
    }
}
