using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.E2E.Pages;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>The issue's journey: an admission officer registers a worker, meets a field error, fixes it, finds the worker again.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistrationJourneyTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    private const string Officer = "admission-officer@demo.corridor";

    [BrowserFact]
    public async Task Officer_registers_a_worker_after_fixing_an_expired_passport_and_finds_her_again()
    {
        var (employerNumber, agencyLicence, employerName) = await app.App.WithDbAsync(async db =>
        {
            var employer = await db.Employers.OrderBy(e => e.RegistrationNumber).FirstAsync();
            var agency = await db.RecruitmentAgencies.OrderBy(a => a.LicenceNumber).FirstAsync();
            return (employer.RegistrationNumber, agency.LicenceNumber, employer.Name);
        });
        var typed = new WorkerEntry(
            GivenName: "Дилноза", FamilyName: "Юсупова", Sex: "Female", DateOfBirth: "1995-04-12", Citizenship: "UZB",
            PassportNumber: "FA7654321", PassportIssuedBy: "UZB", PassportValidUntil: "2020-01-01",
            Occupation: "911", Direction: "Inbound", CountryOfWork: "", EmployerNumber: employerNumber, AgencyLicence: agencyLicence,
            Language: "uz", Phone: "+998 90 123 45 67", Email: "dilnoza.yusupova@example.uz");

        await using var s = await BrowserSession.OpenAsync(browser, app);
        var page = s.Page;
        var header = new SiteHeader(page);
        var login = new LoginPage(page);
        var list = new WorkersListPage(page);
        var form = new RegisterWorkerPage(page);
        var details = new WorkerDetailsPage(page);

        await login.GotoAsync();
        await login.SignInAsync(Officer);
        await header.NavLink("Migrant workers").ClickAsync();
        await Expect(list.Heading).ToBeVisibleAsync();
        await Expect(list.Rows).ToHaveCountAsync(25); // a full first page of the seeded country
        var firstRow = list.Rows.First.GetByRole(AriaRole.Cell);
        await Layout.ExpectOnOneLineAsync(firstRow.Nth(1)); // worker number and date of birth are not
        await Layout.ExpectOnOneLineAsync(firstRow.Nth(3)); // broken at their hyphens
        await s.ScreenshotAsync("workers-list.png");

        await list.RegisterLink.ClickAsync();
        await Expect(form.Heading).ToBeVisibleAsync();
        await form.FillAsync(typed);
        await form.SubmitAsync();

        // One bad field: the summary says nothing was saved, the error sits at that field, the rest is kept.
        await Expect(form.ErrorSummary).ToContainTextAsync("Please correct the highlighted fields. Nothing was saved.");
        await Expect(form.InvalidFields).ToHaveCountAsync(1);
        await Expect(form.PassportValidUntil).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.PassportValidUntil).ToHaveAccessibleDescriptionAsync("The passport has expired.");
        await Expect(RegisterWorkerPage.ErrorUnder(form.PassportValidUntil)).ToHaveTextAsync("The passport has expired.");
        await form.ExpectHoldsAsync(typed);
        Assert.False(await app.App.WithDbAsync(db => db.MigrantWorkers.AnyAsync(w => w.PassportNumber == "FA7654321")));
        await s.ScreenshotAsync("register-errors.png");

        await form.PassportValidUntil.FillAsync("2030-01-01");
        await form.SubmitAsync();

        await details.ExpectLoadedAsync();
        var detailsUrl = page.Url;
        await Expect(details.Heading).ToContainTextAsync("Дилноза Юсупова");
        var number = (await details.Value("Worker number").InnerTextAsync()).Trim();
        Assert.Matches(@"^W-\d{11}$", number);
        Assert.True(PublicNumber.IsValid(number, 'W'), $"{number} fails its check digit");
        await Expect(details.Heading).ToContainTextAsync(number);
        await Expect(details.Value("Passport valid until")).ToHaveTextAsync("2030-01-01");
        await Expect(details.Value("Employer")).ToHaveTextAsync(employerName);
        await s.ScreenshotAsync("worker-details.png");

        var saved = await app.App.WithDbAsync(db => db.MigrantWorkers.SingleAsync(w => w.WorkerNumber == number));
        Assert.Equal(("Дилноза", "Юсупова", Sex.Female, new DateOnly(1995, 4, 12), "FA7654321", new DateOnly(2030, 1, 1), MigrationDirection.Inbound),
            (saved.GivenName, saved.FamilyName, saved.Sex, saved.DateOfBirth, saved.PassportNumber, saved.PassportExpiry, saved.Direction));

        // Lower-case Cyrillic search finds her (search keys are upper-cased, SQLite's LIKE would not).
        await header.NavLink("Migrant workers").ClickAsync();
        await list.SearchAsync("юсупова");
        await Expect(list.Rows).ToHaveCountAsync(1);
        await list.WorkerLink("Юсупова", "Дилноза").ClickAsync();
        await details.ExpectLoadedAsync();
        Assert.Equal(detailsUrl, page.Url);
        await Expect(details.HistoryEntries.Filter(new() { HasText = "created" }))
            .ToContainTextAsync(Officer);

        await header.SignOutAsync();
        await page.GotoAsync("/workers");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/account/login\?ReturnUrl=%2Fworkers$"));
        await Expect(login.Heading).ToBeVisibleAsync();

        s.AssertNoConsoleErrors();
    }
}
