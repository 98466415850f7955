using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data.Identity;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
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
/// Issue 4's journey in Chromium: the agency records a job order, the labour attaché verifies it; a contract for a
/// worker is drafted with 12 hours of weekly rest and submitted; the standards check shows the failure with its
/// citation (C189 Art. 10); the regulator returns it, the agency fixes the clause and submits again, the regulator
/// approves; with the other requirements in place the agency requests the clearance, which is issued; the printed
/// pass's QR code is QRCoder's code of the verify link, and the link opened signed out shows the clearance valid with
/// the worker's initials only. Shortcuts (not the point of the journey): the agency, its account, an accredited
/// employer and the worker are registry facts put in first; the contract's first draft goes through the API; the
/// orientation certificate, welfare fund, insurance and medical are recorded in the database.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RecruitmentJourneyTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    private const string Jobsite = "Plant 2, Banwol industrial complex, Ansan";

    [BrowserFact]
    public async Task Job_order_to_contract_with_a_failing_clause_fixed_to_clearance_and_public_check_of_the_QR_code()
    {
        var today = Today();
        var (agency, agencyEmail) = await AgencyAsync();
        var employer = await ForeignEmployerAsync();
        var worker = await WorkerAsync(agency.Id);

        // 1. The agency records a job order through the form.
        await using var agencySession = await BrowserSession.OpenAsync(browser, app);
        var page = agencySession.Page;
        await SignInAsync(page, agencyEmail);
        await page.GotoAsync("/recruitment/job-orders/new");
        // The list is projected in SQL: pick by its label, not by the GUID's spelling.
        await page.SelectOptionAsync("#Input_ForeignEmployerId", new SelectOptionValue { Label = $"{employer.Name} (KOR)" });
        await page.SelectOptionAsync("#Input_Occupation", "818");
        await page.FillAsync("#Input_Positions", "10");
        await page.FillAsync("#Input_MonthlyWage", "2300000");
        await page.FillAsync("#Input_Currency", "KRW");
        await page.FillAsync("#Input_HoursPerWeek", "40");
        await page.FillAsync("#Input_Jobsite", Jobsite);
        await page.SelectOptionAsync("#Input_DestinationCountry", "KOR");
        await page.FillAsync("#Input_ValidUntil", today.AddMonths(6).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/recruitment/job-orders/[0-9a-f-]{36}$"));
        var order = await app.App.WithDbAsync(db => db.JobOrders.AsNoTracking().SingleAsync(o => o.AgencyId == agency.Id));
        Assert.Equal(JobOrderStatus.Draft, order.Status);

        // 2. The labour attaché verifies it.
        await using var attacheSession = await BrowserSession.OpenAsync(browser, app);
        var attache = attacheSession.Page;
        await SignInAsync(attache, CorridorAppFactory.EmailOf("partner"));
        await attache.GotoAsync($"/recruitment/job-orders/{order.Id}");
        await attache.FillAsync("#Input_Note", "Wages and hours match the master contract.");
        await attache.GetByRole(AriaRole.Button, new() { Name = "Verify", Exact = true }).ClickAsync();
        await Expect(attache.Locator("body")).ToContainTextAsync("Verified");
        Assert.Equal(JobOrderStatus.Verified, await app.App.WithDbAsync(db => db.JobOrders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));

        // 3. A contract with 12 hours of weekly rest is drafted against the job order and submitted through the page.
        var api = await TokenClientAsync(agencyEmail);
        var draft = await api.PostAsJsonAsync("/api/v1/contracts", ContractBody(worker.WorkerNumber, employer.Id, order.Id, today));
        Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
        var contractId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await page.GotoAsync($"/contracts/{contractId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for the standards check and review" }).ClickAsync();
        var failing = page.Locator("#contract-findings tr.fail", new() { HasText = "CONTRACT-WEEKLY-REST" });
        await Expect(failing).ToHaveCountAsync(1);
        await Expect(failing).ToContainTextAsync("C189 Art. 10");
        await agencySession.ScreenshotAsync("contract-weekly-rest-fails.png");

        // 4. The regulator returns it; the agency fixes the clause and submits again; the regulator approves.
        await using var regulatorSession = await BrowserSession.OpenAsync(browser, app);
        var regulator = regulatorSession.Page;
        await SignInAsync(regulator, CorridorAppFactory.EmailOf("recruitment-regulator"));
        await regulator.GotoAsync($"/contracts/{contractId}");
        await Expect(regulator.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true })).ToHaveCountAsync(0);
        await regulator.FillAsync("#Input_Note", "Weekly rest must be at least 24 consecutive hours (C189 Art. 10).");
        await regulator.GetByRole(AriaRole.Button, new() { Name = "Return to be fixed" }).ClickAsync();
        await Expect(regulator.Locator("body")).ToContainTextAsync("Returned");

        await page.GotoAsync($"/contracts/{contractId}/edit");
        await page.FillAsync("#Input_WeeklyRestHours", "48");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await page.GotoAsync($"/contracts/{contractId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for the standards check and review" }).ClickAsync();
        await Expect(page.Locator("#contract-findings tr.pass", new() { HasText = "CONTRACT-WEEKLY-REST" })).ToHaveCountAsync(1);

        await regulator.GotoAsync($"/contracts/{contractId}");
        await regulator.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        Assert.Equal(ContractStatus.Approved, await app.App.WithDbAsync(db => db.EmploymentContracts.Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync()));

        // 5. The other requirements are recorded; the agency requests the clearance and it is issued.
        await OtherRequirementsAsync(worker.Id, contractId);
        await page.GotoAsync("/recruitment/clearances/request");
        await page.SelectOptionAsync("#Input_ContractId", contractId.ToString());
        await page.ClickAsync("#request-clearance");
        await Expect(page.Locator("#clearance-status")).ToContainTextAsync("Issued");
        await Expect(page.Locator("#requirements tr[data-met=\"false\"]")).ToHaveCountAsync(0);
        await Expect(page.Locator("#requirements tr[data-met=\"true\"]")).ToHaveCountAsync(8);
        await agencySession.ScreenshotAsync("clearance-issued.png");
        var clearance = await app.App.WithDbAsync(db => db.DeploymentClearances.AsNoTracking().SingleAsync(c => c.ContractId == contractId));

        // 6. The printed pass: its QR code is exactly QRCoder's code of the link printed beside it.
        await page.ClickAsync("#print-link");
        var link = page.Locator("#verify-url");
        var verifyUrl = await link.GetAttributeAsync("href");
        Assert.Equal($"{app.RootUrl.TrimEnd('/')}/verify/{clearance.VerificationCode}", verifyUrl);
        await Expect(link).ToHaveTextAsync(verifyUrl!);
        Assert.Equal(QrPng(verifyUrl!), await page.Locator("#clearance-qr").GetAttributeAsync("src"));
        await agencySession.ScreenshotAsync("clearance-print.png");
        agencySession.AssertNoConsoleErrors();

        // 7. Signed out, the link shows the clearance valid, with initials only.
        await using var publicSession = await BrowserSession.OpenAsync(browser, app);
        var visitor = publicSession.Page;
        await visitor.GotoAsync(verifyUrl!);
        await Expect(visitor.Locator("#verify-result")).ToHaveTextAsync("This clearance is valid.");
        await Expect(visitor.Locator("#verify-initials")).ToHaveTextAsync("A. Z.");
        var html = await visitor.ContentAsync();
        foreach (var secret in new[] { worker.GivenName, worker.FamilyName, worker.WorkerNumber, worker.PassportNumber })
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        await publicSession.ScreenshotAsync("clearance-verify.png");
        publicSession.AssertNoConsoleErrors();
    }

    private DateOnly Today() => DateOnly.FromDateTime(app.App.Clock.GetUtcNow().UtcDateTime);

    private static async Task SignInAsync(IPage page, string email)
    {
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email);
    }

    private static string QrPng(string url)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCoder.QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(8));
    }

    private async Task<HttpClient> TokenClientAsync(string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.RootUrl) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = CorridorAppFactory.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A licensed agency with its escrow deposited, and an account of its own.</summary>
    private async Task<(RecruitmentAgency Agency, string Email)> AgencyAsync()
    {
        var today = Today();
        var agency = await app.App.WithDbAsync(async db =>
        {
            var a = new RecruitmentAgency($"KZ-E2E-{Random.Shared.Next(100_000, 999_999)}", "Journey recruitment agency", "KAZ", LicenceStatus.Licensed, today.AddYears(2));
            db.RecruitmentAgencies.Add(a);
            db.EscrowEntries.Add(new EscrowEntry(a.Id, EscrowEntryKind.Deposit, 100_000_000m, today, "DEP-E2E", null, null, null, "test"));
            await db.SaveChangesAsync();
            return a;
        });
        var email = $"agency-{Guid.NewGuid():N}@journey.corridor";
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CorridorUser>>();
        var user = new CorridorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Journey agency", AgencyId = agency.Id };
        Assert.True((await users.CreateAsync(user, CorridorAppFactory.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "agency")).Succeeded);
        return (agency, email);
    }

    private Task<ForeignEmployer> ForeignEmployerAsync() => app.App.WithDbAsync(async db =>
    {
        var today = Today();
        var e = new ForeignEmployer($"Hanil Precision Co., Ltd. {Random.Shared.Next(1000, 9999)}", "KOR", "15 Sandan-ro, Ansan", "C");
        foreach (var d in Enum.GetValues<EmployerDocument>()) e.RecordDocument(d, true, today.AddDays(-5));
        e.Accredit("partner@demo.corridor", "Factory and dormitory inspected.", today.AddDays(-2), today.AddYears(2), today);
        db.ForeignEmployers.Add(e);
        await db.SaveChangesAsync();
        return e;
    });

    private Task<MigrantWorker> WorkerAsync(Guid agencyId) => app.App.WithDbAsync(async db =>
    {
        var today = Today();
        var w = new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars("Asel", "Zhumabayeva", Sex.Female, today.AddYears(-27), "KAZ",
            $"N{Random.Shared.Next(10_000_000, 99_999_999)}", "KAZ", today.AddYears(6), "818", MigrationDirection.Outbound, "KOR", "ru", null, null), null, agencyId);
        db.MigrantWorkers.Add(w);
        await db.SaveChangesAsync();
        return w;
    });

    /// <summary>Orientation certificate for Korea, welfare fund, insurance over the contract and a fit medical.</summary>
    private Task OtherRequirementsAsync(Guid workerId, Guid contractId) => app.App.WithDbAsync(async db =>
    {
        var today = Today();
        var now = app.App.Clock.GetUtcNow().UtcDateTime;
        var contract = await db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == contractId);
        var c = new OrientationCurriculum($"E2E-{Random.Shared.Next(100_000, 999_999)}", "Working in Korea", "Работа в Корее", "KOR", null,
            OrientationAudience.All, 8, Enum.GetValues<OrientationTopic>(), 12, 100);
        var s = new OrientationSession(c, "Astana migration training centre", "Astana", false, null, "ru", today, today, 10, today);
        s.TakeSeat();
        var e = new OrientationEnrolment(s, workerId, "test", now);
        s.MarkHeld(today);
        e.RecordAttendance(s, c, 8);
        var certificate = new OrientationCertificate(e, c, "KOR", today);
        e.Certified(certificate);
        db.AddRange(c, s, e, certificate);
        db.WelfareFundMemberships.Add(new WelfareFundMembership(workerId, contractId, contract.EndDate, 25, "USD", today, "OWWA-E2E-1", "test", today));
        db.InsuranceCovers.Add(new InsuranceCover(workerId, contractId, "Nomad Insurance JSC", "NI-E2E-1", contract.StartDate, contract.EndDate!.Value, "test"));
        db.MedicalFitness.Add(new MedicalFitness(workerId, FitnessResult.Fit, today.AddDays(-3), "Astana Medical Centre No. 2", today));
        await db.SaveChangesAsync();
    });

    private static object ContractBody(string workerNumber, Guid employerId, Guid jobOrderId, DateOnly today) => new Dictionary<string, object?>
    {
        ["workerNumber"] = workerNumber,
        ["template"] = "GeneralWorker",
        ["foreignEmployerName"] = "Hanil Precision Co., Ltd.",
        ["foreignEmployerCountry"] = "KOR",
        ["foreignEmployerId"] = employerId,
        ["jobOrderId"] = jobOrderId,
        ["occupationCode"] = "818",
        ["destinationCountry"] = "KOR",
        ["startDate"] = today.AddMonths(1).ToString("yyyy-MM-dd"),
        ["endDate"] = today.AddMonths(37).ToString("yyyy-MM-dd"),
        ["employerAddress"] = "15 Sandan-ro, Ansan",
        ["workplaceAddress"] = Jobsite,
        ["jobDescription"] = "Machine operator",
        ["wage"] = 2_300_000,
        ["currency"] = "KRW",
        ["wagePeriod"] = "Monthly",
        ["accommodation"] = "Provided",
        ["food"] = "Allowance",
        ["foodAllowance"] = 150_000,
        ["hoursPerDay"] = 8,
        ["hoursPerWeek"] = 40,
        ["dailyRestHours"] = 12,
        ["restDaysPerWeek"] = 1,
        ["weeklyRestHours"] = 12,
        ["paidLeaveDays"] = 24,
        ["overtimeRatePercent"] = 150,
        ["transportToJobsite"] = "Employer",
        ["returnTravel"] = "Employer",
        ["insuranceByEmployer"] = true,
        ["insuranceCover"] = "Health and industrial accident insurance",
        ["medicalCareByEmployer"] = true,
        ["probationDays"] = 30,
        ["noticeDays"] = 30,
        ["terminationTerms"] = "Either party with 30 days' written notice.",
        ["disputeSettlement"] = "Conciliation through the labour attaché, then the court.",
        ["deductions"] = Array.Empty<object>(),
        ["workerLanguage"] = "ru",
    };
}
