using System.Text;
using Corridor.E2E.Pages;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>
/// Issue 6's analyst journey in Chromium: the analyst opens the statistics dashboard, rebuilds the figures (the page
/// shows the progress and reloads by itself, no JavaScript), filters to women from one origin country, and downloads the
/// table as CSV: the file holds exactly the rows the page shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticsJourneyTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    [BrowserFact]
    public async Task Analyst_filters_to_women_from_one_origin_and_downloads_the_table_as_shown()
    {
        await using var session = await BrowserSession.OpenAsync(browser, app, o => o.AcceptDownloads = true);
        var page = session.Page;
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(LoginPage.EmailOf("analyst"));
        await new SiteHeader(page).NavLink("Statistics").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Labour migration statistics", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Rebuild the statistics now" }).ClickAsync();
        await Expect(page.Locator(".last-rebuilt")).ToContainTextAsync("Figures last rebuilt", new() { Timeout = 60_000 });

        // The demo country is random: take the indicator and origin with the most women in the rebuilt table.
        var pick = await app.App.WithDbAsync(db => db.StatisticsValues
            .Where(v => v.Sex == "F" && v.PeriodType == Corridor.Domain.Statistics.PeriodType.Year && v.Citizenship.Length == 3)
            .GroupBy(v => new { v.Indicator, v.Citizenship, v.Period }).Select(g => new { g.Key.Indicator, g.Key.Citizenship, g.Key.Period, N = g.Sum(v => v.Value) })
            .OrderByDescending(g => g.N).ThenBy(g => g.Indicator).FirstAsync());
        await page.GetByLabel("Indicator").SelectOptionAsync(pick.Indicator);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.GetByLabel("Sex").SelectOptionAsync("F");
        await page.GetByLabel("Period").FillAsync(pick.Period);
        await page.GetByLabel("Origin (citizenship)").SelectOptionAsync(pick.Citizenship);
        await page.GetByLabel("Break down by").SelectOptionAsync("age");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByLabel("Sex")).ToHaveValueAsync("F");
        await Expect(page.GetByLabel("Origin (citizenship)")).ToHaveValueAsync(pick.Citizenship);

        var table = page.Locator(".report-table").First;
        var shown = new List<string>();
        foreach (var row in await table.Locator("tbody tr").AllAsync())
            shown.Add(string.Join(",", (await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim())));
        Assert.NotEmpty(shown);
        Assert.DoesNotContain(shown, r => r.StartsWith("No data", StringComparison.Ordinal));
        // Filtered to women: the men's column is zero everywhere.
        Assert.All(shown, r => Assert.Equal("0", r.Split(',')[2]));
        await session.ScreenshotAsync("statistics-women-one-origin.png");

        var download = await page.RunAndWaitForDownloadAsync(() => table.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!)).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("age,female,male,notRecorded,total", lines[0]);
        Assert.Equal(shown, lines[1..]);
        session.AssertNoConsoleErrors();
    }
}
