using System.Text;
using System.Text.RegularExpressions;
using Corridor.Data.Identity;
using Corridor.Domain.Protection;
using Corridor.E2E.Pages;
using Corridor.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>
/// Issue 5's wage-protection journey in Chromium, through the real UI: an employer uploads a payroll file in which one
/// worker is paid below the registered wage; the file's page shows the alert; a case officer opens a case from the
/// alert, starts conciliation, records the settlement and the employer's payment; the worker signs in and sees the
/// recovered amount and who paid it on their own page. The employer, its worker with an active permit and the two
/// accounts are registry facts the test puts in place first.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PayrollJourneyTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    private const string Officer = "case-officer@demo.corridor";

    [BrowserFact]
    public async Task Underpaid_worker_in_an_uploaded_payroll_to_alert_to_case_to_recovered_amount_on_the_workers_page()
    {
        var f = await PayrollKit.PrepareAsync(app.App, workers: 1);
        var worker = f.Workers[0];
        var employerEmail = await AccountAsync("employer", u => u.EmployerId = f.EmployerId);
        var workerEmail = await AccountAsync("worker", u => u.WorkerId = worker.Id);
        // 200,000 registered; 170,000 paid: 30,000 short.
        var csv = PayrollKit.File(f.Pay(worker) with { Basic = 170_000m });

        // 1. The employer uploads the file through the form; the file's page lists the alert.
        await using var employerSession = await BrowserSession.OpenAsync(browser, app);
        var page = employerSession.Page;
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(employerEmail);
        await new SiteHeader(page).NavLink("Wage protection").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Submit a payroll file" }).ClickAsync();
        await page.GetByLabel("Payroll file (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "payroll-" + f.Month + ".csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and submit" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/payroll/files/[0-9a-f-]{36}$"));
        var fileUrl = new Uri(page.Url).AbsolutePath;
        var alertRow = page.Locator("table.payroll-alerts tbody tr").Filter(new() { HasText = "WPS-BELOW-CONTRACT" });
        await Expect(alertRow).ToHaveCountAsync(1);
        await Expect(alertRow).ToContainTextAsync(worker.Number);
        await Expect(alertRow.GetByRole(AriaRole.Button, new() { Name = "Open a case" })).ToHaveCountAsync(0); // employers open no cases
        await employerSession.ScreenshotAsync("payroll-alert.png");
        employerSession.AssertNoConsoleErrors();

        // 2. A case officer opens a case from the alert and takes it through conciliation to the employer's payment.
        await using var officerSession = await BrowserSession.OpenAsync(browser, app);
        var officerPage = officerSession.Page;
        var officerLogin = new LoginPage(officerPage);
        await officerLogin.GotoAsync();
        await officerLogin.SignInAsync(Officer);
        await officerPage.GotoAsync(fileUrl);
        await officerPage.Locator("table.payroll-alerts tbody tr").Filter(new() { HasText = "WPS-BELOW-CONTRACT" })
            .GetByRole(AriaRole.Button, new() { Name = "Open a case" }).ClickAsync();
        await Expect(officerPage).ToHaveURLAsync(new Regex("/cases/[0-9a-f-]{36}$"));
        var caseNumber = await app.App.WithDbAsync(db => db.ProtectionCases.Where(c => c.WorkerId == worker.Id && c.OriginType == CaseOrigin.PayrollAlert)
            .Select(c => c.Number).SingleAsync());
        await Expect(officerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Case {caseNumber}");
        var status = officerPage.Locator("dd.status");
        await Expect(status).ToContainTextAsync("Intake");

        await MoveAsync(officerPage, "Start conciliation");
        await Expect(status).ToContainTextAsync("Conciliation");
        await MoveAsync(officerPage, "Record the settlement", amount: "30000");
        await Expect(status).ToContainTextAsync("Settled");
        await Expect(officerPage.Locator("td.awarded")).ToHaveTextAsync("30,000");
        await MoveAsync(officerPage, "Record a payment to the worker", amount: "30000", paidFrom: "Employer");
        await Expect(officerPage.Locator("td.recovered")).ToHaveTextAsync("30,000");
        await officerSession.ScreenshotAsync("payroll-case-paid.png");
        officerSession.AssertNoConsoleErrors();
        // The file's page now links the alert to its case instead of offering a second one.
        await officerPage.GotoAsync(fileUrl);
        await Expect(officerPage.Locator("table.payroll-alerts td.case").GetByRole(AriaRole.Link, new() { Name = caseNumber })).ToHaveCountAsync(1);

        // 3. The worker signs in and sees, on their own page, the amount recovered and that the employer paid it.
        await using var workerSession = await BrowserSession.OpenAsync(browser, app);
        var workerPage = workerSession.Page;
        var workerLogin = new LoginPage(workerPage);
        await workerLogin.GotoAsync();
        await workerLogin.SignInAsync(workerEmail);
        await new SiteHeader(workerPage).NavLink("My payslips").ClickAsync();
        var myCase = workerPage.Locator($"#my-cases [data-case='{caseNumber}']");
        await Expect(myCase).ToBeVisibleAsync();
        await Expect(myCase.Locator(".status")).ToContainTextAsync("Settled");
        await Expect(myCase.Locator(".recovered")).ToHaveTextAsync("30,000 KZT");
        await Expect(myCase.Locator(".paid-by-employer")).ToHaveTextAsync("30,000 KZT");
        await Expect(workerPage.Locator("section.payslip").Filter(new() { HasText = f.Month })).ToContainTextAsync("170,000");
        await workerSession.ScreenshotAsync("payroll-worker-recovered.png");
        workerSession.AssertNoConsoleErrors();
    }

    /// <summary>The case page's "Next step" form: the action, and an amount and a source when the action needs them.</summary>
    private static async Task MoveAsync(IPage page, string action, string? amount = null, string? paidFrom = null)
    {
        var form = page.Locator("form.transition");
        await form.Locator("select[name='Input.Action']").SelectOptionAsync(new SelectOptionValue { Label = action });
        if (amount is not null) await form.Locator("input[name='Input.Amount']").FillAsync(amount);
        if (paidFrom is not null) await form.Locator("select[name='Input.PaidFrom']").SelectOptionAsync(new SelectOptionValue { Label = paidFrom });
        await form.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cases/[0-9a-f-]{36}$"));
    }

    private async Task<string> AccountAsync(string role, Action<CorridorUser> link)
    {
        var email = $"{role}-{Guid.NewGuid():N}@journey.corridor";
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CorridorUser>>();
        var user = new CorridorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Journey " + role };
        link(user);
        Assert.True((await users.CreateAsync(user, CorridorAppFactory.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }
}
