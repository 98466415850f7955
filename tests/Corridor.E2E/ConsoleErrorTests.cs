using Corridor.E2E.Pages;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>
/// Every page of the app, as the roles that use it, loads without a browser console error: no missing
/// asset, no content-security-policy violation, no script error. (The other browser tests check the
/// pages they visit too.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleErrorTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    [BrowserFact]
    public async Task Every_page_loads_without_console_errors_for_each_kind_of_user()
    {
        var (anyWorker, employersWorker, workersOwn) = await app.App.WithDbAsync(async db =>
        {
            var employerId = await db.Users.Where(u => u.Email == LoginPage.EmailOf("employer")).Select(u => u.EmployerId).SingleAsync();
            var workerId = await db.Users.Where(u => u.Email == LoginPage.EmailOf("worker")).Select(u => u.WorkerId).SingleAsync();
            return (await db.MigrantWorkers.OrderBy(w => w.WorkerNumber).Select(w => w.Id).FirstAsync(),
                await db.MigrantWorkers.Where(w => w.CurrentEmployerId == employerId).Select(w => w.Id).FirstAsync(),
                workerId!.Value);
        });

        await VisitAsync(null, "/", "/account/login", "/scalar/v1");
        await VisitAsync("admin", "/", "/workers", "/workers?Query.Q=a&Query.Sex=Female&Query.Citizenship=UZB", "/workers?Query.Page=2",
            "/workers/register", $"/workers/{anyWorker}", $"/workers/{anyWorker}/edit", "/audit");
        await VisitAsync("admission-officer", "/", "/workers", "/workers/register", $"/workers/{anyWorker}", $"/workers/{anyWorker}/edit");
        await VisitAsync("employer", "/", "/workers", "/workers/register", $"/workers/{employersWorker}", $"/workers/{employersWorker}/edit");
        await VisitAsync("worker", "/", "/workers", $"/workers/{workersOwn}");
    }

    [BrowserFact]
    public async Task Audit_verification_result_and_form_errors_show_without_console_errors()
    {
        await using var s = await SignedInAsync("admin");
        await s.Page.GotoAsync("/audit");
        await s.Page.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();
        await Expect(s.Page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        var form = new RegisterWorkerPage(s.Page);
        await form.GotoAsync();
        await form.SubmitAsync();
        await Expect(form.ErrorSummary).ToBeVisibleAsync();

        var login = new LoginPage(s.Page);
        await new SiteHeader(s.Page).SignOutAsync();
        await login.Email.FillAsync(LoginPage.EmailOf("admin"));
        await login.Password.FillAsync("wrong password");
        await login.SignInButton.ClickAsync();
        await Expect(s.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The e-mail or password is not correct.");

        s.AssertNoConsoleErrors();
    }

    private async Task<BrowserSession> SignedInAsync(string? role)
    {
        var s = await BrowserSession.OpenAsync(browser, app);
        if (role is null) return s;
        var login = new LoginPage(s.Page);
        await login.GotoAsync();
        await login.SignInAsync(LoginPage.EmailOf(role));
        return s;
    }

    private async Task VisitAsync(string? role, params string[] paths)
    {
        await using var s = await SignedInAsync(role);
        foreach (var path in paths)
        {
            var response = await s.Page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} as {role ?? "anonymous"}: HTTP {response.Status}");
            // GotoAsync waits for the load event, so the page's stylesheet and icon have been fetched by now.
            await Expect(s.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        }
        Assert.True(s.ConsoleErrors.Count == 0, $"As {role ?? "anonymous"}:\n" + string.Join('\n', s.ConsoleErrors));
    }
}
