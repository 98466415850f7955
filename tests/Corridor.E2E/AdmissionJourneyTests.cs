using Corridor.Data.Identity;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Registry;
using Corridor.E2E.Pages;
using Corridor.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>
/// Issue 3's journey in Chromium, through the real UI: an employer posts a vacancy; the advertising period
/// passes (the test moves the app's clock); the employer records that no national was hired, obtains the
/// labour-market-test certificate and applies for a permit for a named worker; an admission officer
/// approves it from the queue; the printed permit's QR link, opened signed out, shows the permit valid with
/// the worker's initials only. The only shortcuts are the clock and the policy's PERMIT-AUTO-APPROVE set
/// to 0 (so the application waits for the officer); the employer firm, its account and its worker are
/// registry facts the test puts in place first.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdmissionJourneyTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    private const string Officer = "admission-officer@demo.corridor";
    private const string GivenName = "Saodat";
    private const string FamilyName = "Rakhimova";

    [BrowserFact]
    public async Task Vacancy_to_certificate_to_permit_to_public_check_of_the_QR_code()
    {
        await OfficersReviewEveryPermitAsync();
        var (employer, district) = await NewAgricultureEmployerAsync();
        var employerEmail = await EmployerAccountAsync(employer.Id);
        var worker = await WorkerAsync(employer.Id);
        var today = Today();

        // 1. The employer posts a vacancy through the form.
        await using var employerSession = await BrowserSession.OpenAsync(browser, app);
        var page = employerSession.Page;
        var login = new LoginPage(page);
        var header = new SiteHeader(page);
        var vacancyPage = new VacancyDetailsPage(page);
        await login.GotoAsync();
        await login.SignInAsync(employerEmail);
        await header.NavLink("Vacancies").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Post a vacancy" }).ClickAsync();
        var post = new PostVacancyPage(page);
        await Expect(post.Heading).ToBeVisibleAsync();
        await post.PostAsync(new VacancyEntry("921", "2", "150000", "40", district, today.AddDays(30).ToString("yyyy-MM-dd")));
        var vacancyId = await vacancyPage.ExpectLoadedAsync();
        await Expect(vacancyPage.Value("Status")).ToHaveTextAsync("Advertising");
        await Expect(vacancyPage.Value("Monthly wage (KZT)")).ToContainTextAsync("150");
        await employerSession.ScreenshotAsync("vacancy-posted.png");

        // Before the period has passed no certificate can be had: the request is refused with its reason.
        await vacancyPage.RequestCertificateLink.ClickAsync();
        await new RequestCertificatePage(page).RequestAsync();
        await vacancyPage.ExpectLoadedAsync();
        await Expect(vacancyPage.Value("Status")).ToHaveTextAsync("Advertising");
        Assert.Null(await app.App.WithDbAsync(db => db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.CertificateNumber).SingleAsync()));
        await header.SignOutAsync();

        // 2. The advertising period passes: the test moves the app's clock past its end.
        var endsOn = await app.App.WithDbAsync(db => db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.AdvertisingFrom.AddDays(v.AdvertisingDays)).SingleAsync());
        Assert.True(endsOn > today, $"the advertising ends on {endsOn}, not after {today}");
        app.App.Clock.Advance((endsOn.ToDateTime(TimeOnly.MinValue) - today.ToDateTime(TimeOnly.MinValue)) + TimeSpan.FromDays(1));
        today = Today();

        // 3. The employer records that no national was hired and obtains the certificate.
        await login.GotoAsync();
        await login.SignInAsync(employerEmail);
        await page.GotoAsync($"/vacancies/{vacancyId}");
        await vacancyPage.ExpectLoadedAsync();
        await vacancyPage.RecordOutcomeLink.ClickAsync();
        await new RecordOutcomePage(page).RecordAsync(referrals: 0, interviews: 0, hires: 0);
        await vacancyPage.ExpectLoadedAsync();
        await Expect(vacancyPage.Value("Nationals hired")).ToHaveTextAsync("0");
        await vacancyPage.RequestCertificateLink.ClickAsync();
        await new RequestCertificatePage(page).RequestAsync();
        await vacancyPage.ExpectLoadedAsync();
        await Expect(vacancyPage.Value("Status")).ToHaveTextAsync("Certificate issued");
        var certificate = (await vacancyPage.Value("Certificate number").InnerTextAsync()).Trim();
        Assert.True(PublicNumber.IsValid(certificate, 'C'), $"{certificate} is not a certificate number");
        await Expect(vacancyPage.Value("Posts certified for foreign workers")).ToHaveTextAsync("2");
        await employerSession.ScreenshotAsync("vacancy-certified.png");

        // 4. The employer applies for a permit for the named worker; it waits for an officer.
        await header.NavLink("Permits").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Apply for a work permit" }).ClickAsync();
        var apply = new ApplyForPermitPage(page);
        await apply.ApplyAsync(worker.WorkerNumber, certificate, "150000", "40");
        await Expect(apply.ResultHeading).ToHaveTextAsync("Application Referred");
        await Expect(apply.QueuedNotice).ToBeVisibleAsync();
        await employerSession.ScreenshotAsync("permit-applied.png");
        var application = await app.App.WithDbAsync(db => db.WorkPermitApplications.AsNoTracking().SingleAsync(a => a.WorkerId == worker.Id));
        Assert.Equal((PermitApplicationStatus.Referred, (Guid?)null), (application.Status, application.PermitId));
        employerSession.AssertNoConsoleErrors();

        // 5. An admission officer opens the queue and approves; the permit is issued.
        await using var officerSession = await BrowserSession.OpenAsync(browser, app);
        var officerPage = officerSession.Page;
        var officerLogin = new LoginPage(officerPage);
        await officerLogin.GotoAsync();
        await officerLogin.SignInAsync(Officer);
        await new SiteHeader(officerPage).NavLink("Permits").ClickAsync();
        await officerPage.GetByRole(AriaRole.Link, new() { Name = "Applications to decide" }).ClickAsync();
        var queue = new PermitQueuePage(officerPage);
        await Expect(queue.Heading).ToBeVisibleAsync();
        await Expect(queue.RowOf(worker.WorkerNumber)).ToHaveCountAsync(1);
        await officerSession.ScreenshotAsync("permit-queue.png");
        await queue.OpenLink(worker.WorkerNumber).ClickAsync();
        var decide = new DecideApplicationPage(officerPage);
        await Expect(decide.Heading).ToBeVisibleAsync();
        await Expect(decide.Value("Status")).ToHaveTextAsync("Referred");
        await officerSession.ScreenshotAsync("permit-decide.png");
        await decide.DecideAsync("Approve");

        var permitPage = new PermitDetailsPage(officerPage);
        await Expect(officerPage).ToHaveURLAsync(PermitDetailsPage.Url());
        await Expect(permitPage.Status).ToHaveTextAsync("Issued");
        var permit = await app.App.WithDbAsync(db => db.WorkPermits.AsNoTracking().SingleAsync(p => p.WorkerId == worker.Id));
        await Expect(permitPage.Heading).ToContainTextAsync(permit.Number);
        Assert.Equal(Officer, await app.App.WithDbAsync(db => db.WorkPermitApplications.Where(a => a.Id == application.Id).Select(a => a.DecidedBy).SingleAsync()));

        // 6. The printed permit: its QR code holds exactly the verification link printed beside it.
        await permitPage.PrintLink.ClickAsync();
        var print = new PermitPrintPage(officerPage);
        await Expect(print.Heading).ToBeVisibleAsync();
        await Expect(print.Number).ToHaveTextAsync(permit.Number);
        await Expect(print.Qr).ToBeVisibleAsync();
        var verifyUrl = await print.VerifyLink.GetAttributeAsync("href");
        Assert.NotNull(verifyUrl);
        await Expect(print.VerifyLink).ToHaveTextAsync(verifyUrl);
        Assert.Equal($"{app.RootUrl.TrimEnd('/')}/verify/{permit.VerificationCode}", verifyUrl);
        Assert.Equal(QrPng(verifyUrl), await print.Qr.GetAttributeAsync("src"));
        await officerSession.ScreenshotAsync("permit-print.png");
        officerSession.AssertNoConsoleErrors();

        // 7. Anyone, signed out, opens the link: valid, initials only, never the worker's name.
        await using var publicSession = await BrowserSession.OpenAsync(browser, app);
        var publicPage = publicSession.Page;
        await publicPage.GotoAsync(verifyUrl);
        var verify = new VerifyPermitPage(publicPage);
        await Expect(verify.Heading).ToBeVisibleAsync();
        await Expect(new SiteHeader(publicPage).SignOutButton).ToHaveCountAsync(0);
        await Expect(verify.Result).ToHaveTextAsync("This permit is valid.");
        await Expect(verify.Status).ToHaveTextAsync("Issued");
        await Expect(verify.Value("Permit number")).ToHaveTextAsync(permit.Number);
        await Expect(verify.Initials).ToHaveTextAsync("S. R.");
        var text = await publicPage.Locator("body").InnerTextAsync();
        var html = await publicPage.ContentAsync();
        foreach (var secret in new[] { GivenName, FamilyName, worker.WorkerNumber, worker.PassportNumber })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        }
        await publicSession.ScreenshotAsync("permit-verify.png");
        publicSession.AssertNoConsoleErrors();
    }

    private DateOnly Today() => DateOnly.FromDateTime(app.App.Clock.GetUtcNow().UtcDateTime);

    /// <summary>The QR code the print page would draw for this URL (same library, same settings).</summary>
    private static string QrPng(string url)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCoder.QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(8));
    }

    /// <summary>PERMIT-AUTO-APPROVE 0: a passing application goes to an officer instead of being approved at once.</summary>
    private Task OfficersReviewEveryPermitAsync() => app.App.WithDbAsync(async db =>
    {
        var today = Today();
        var current = await db.PolicySets.Where(p => p.Status == PolicySetStatus.Active && p.EffectiveFrom <= today)
            .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Number).FirstAsync();
        var settings = current.Rules.Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["PERMIT-AUTO-APPROVE"] = new RuleSetting(RuleCatalogue.Find("PERMIT-AUTO-APPROVE")!.DefaultCitation,
            new Dictionary<string, decimal> { ["enabled"] = 0 });
        var next = PolicySet.Draft(await db.PolicySets.MaxAsync(p => p.Number) + 1, "Officers review every permit", today,
            new PolicyRules(settings), new Officer(Guid.NewGuid(), "drafter"));
        next.Activate(new Officer(Guid.NewGuid(), "checker"), today, DateTime.UtcNow, 0);
        db.PolicySets.Add(next);
        await db.SaveChangesAsync();
    });

    /// <summary>A farm (ISIC A: no firm ceiling, 7 days of advertising) with nationals on its books.</summary>
    private Task<(Employer Employer, string DistrictCode)> NewAgricultureEmployerAsync() => app.App.WithDbAsync(async db =>
    {
        var district = await db.OrgUnits.Where(u => u.Level == 3).OrderBy(u => u.Code).FirstAsync();
        var e = new Employer($"E2E{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", "Journey farm", "A", "01", district.Id, 40);
        db.Employers.Add(e);
        await db.SaveChangesAsync();
        return (e, district.Code);
    });

    private async Task<string> EmployerAccountAsync(Guid employerId)
    {
        var email = $"employer-{Guid.NewGuid():N}@journey.corridor";
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CorridorUser>>();
        var user = new CorridorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Journey farm", EmployerId = employerId };
        Assert.True((await users.CreateAsync(user, CorridorAppFactory.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "employer")).Succeeded);
        return email;
    }

    private Task<MigrantWorker> WorkerAsync(Guid employerId) => app.App.WithDbAsync(async db =>
    {
        var today = Today();
        var w = new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars(GivenName, FamilyName, Sex.Female, today.AddYears(-29),
            "UZB", $"FJ{Random.Shared.Next(1_000_000, 9_999_999)}", "UZB", today.AddYears(6), "921", MigrationDirection.Inbound, null, "uz", null, null),
            employerId);
        db.MigrantWorkers.Add(w);
        await db.SaveChangesAsync();
        return w;
    });
}
