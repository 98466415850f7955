using Corridor.E2E.Pages;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>An employer sees its own workers and nobody else's, also when it types another worker's URL.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OwnershipTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    [BrowserFact]
    public async Task Employer_sees_only_its_own_workers_and_gets_404_for_another_employers_worker()
    {
        var email = LoginPage.EmailOf("employer");
        var (own, stranger) = await app.App.WithDbAsync(async db =>
        {
            var employerId = await db.Users.Where(u => u.Email == email).Select(u => u.EmployerId).SingleAsync();
            Assert.NotNull(employerId);
            var own = await db.MigrantWorkers.Where(w => w.CurrentEmployerId == employerId).Select(w => w.WorkerNumber).ToListAsync();
            var stranger = await db.MigrantWorkers.Where(w => w.CurrentEmployerId != null && w.CurrentEmployerId != employerId)
                .OrderBy(w => w.WorkerNumber).Select(w => new { w.Id, w.FamilyName, w.WorkerNumber }).FirstAsync();
            return (own, stranger);
        });
        Assert.True(own.Count >= 2, "the demo employer should have several workers");

        await using var s = await BrowserSession.OpenAsync(browser, app);
        var page = s.Page;
        var list = new WorkersListPage(page);
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email);

        await new SiteHeader(page).NavLink("Migrant workers").ClickAsync();
        await Expect(list.Heading).ToBeVisibleAsync();
        await Expect(list.Pager).ToContainTextAsync($"· {own.Count} records");
        await Expect(list.RegisterLink).ToBeVisibleAsync(); // employers register their own workers

        await list.GotoAsync("?Query.PageSize=200"); // everything on one page, to compare with the database
        var shown = await list.WorkerNumbersAsync();
        Assert.Equal(own.Order(), shown.Order());

        // Search by worker number finds the employer's own worker, but not another employer's.
        await list.SearchAsync(own[0]);
        await Expect(list.Rows).ToHaveCountAsync(1);
        await list.SearchAsync(stranger.WorkerNumber);
        await Expect(list.Empty).ToBeVisibleAsync();

        var url = $"/workers/{stranger.Id}";
        var response = await page.GotoAsync(url);
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Not found");
        await Expect(page.Locator("body")).Not.ToContainTextAsync(stranger.FamilyName);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(stranger.WorkerNumber);

        // Chromium reports the refused page itself as a failed load: that is the expected outcome. The error
        // page carries the layout (and its data: favicon), so nothing else may fail.
        await list.GotoAsync();
        s.ForgetConsoleErrors(e => e.Contains("status of 404") && e.Contains(url));
        s.AssertNoConsoleErrors();
    }
}
