using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Html.Dom;
using Corridor.Domain.Common;
using Corridor.Domain.Protection;
using Corridor.Domain.Recruitment;
using Corridor.Testing;
using Corridor.Web.Features.Protection.Inspections;
using Corridor.Web.Infrastructure.Jobs;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Protection;

/// <summary>
/// The officers' protection dashboards (SVG charts with the right categories, tables with the right numbers, CSV
/// downloads), the risk score fed by complaints and payroll alerts, e-contract terms in the payroll reconciliation, the
/// escrow payout as a ledger entry, and a case opened from a payroll alert followed up on the worker's page.
/// </summary>
public sealed class ProtectionDashboardTests(SeededApps apps) : IClassFixture<SeededApps>
{
    private const string CasesCsv = "/cases/dashboard?table=open-cases-by-category&format=csv";

    private static ProtectionCase NewCase(CorridorAppFactory app, ComplaintCategory category, int ageDays, ComplaintParties? parties = null,
        Guid? workerId = null) =>
        new(PublicNumber.New('K'), CaseOrigin.Complaint, Guid.NewGuid(), null, category.ToString(),
            parties ?? new ComplaintParties(null, "Dashboard test employer", null, null), workerId, 10_000m,
            app.Clock.GetUtcNow().UtcDateTime.AddDays(-ageDays));

    /// <summary>The rows of a downloaded CSV (BOM and header dropped), split on commas (the test values hold none).</summary>
    private static async Task<List<string[]>> CsvAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString());
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return [.. Records(text).Skip(1)];
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<string[]> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return [.. fields];
                fields.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); yield return [.. fields]; }
    }

    private static int[] Row(List<string[]> rows, string first) =>
        [.. rows.Single(r => r[0] == first).Skip(1).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    /// <summary>The texts drawn in the chart named <paramref name="title"/>.</summary>
    private static List<string> ChartTexts(IHtmlDocument page, string title)
    {
        var svg = page.QuerySelectorAll("figure.chart svg").SingleOrDefault(s => s.GetAttribute("aria-label") == title);
        Assert.True(svg is not null, $"no chart named \"{title}\"");
        return [.. svg!.QuerySelectorAll("text").Select(t => t.TextContent.Trim())];
    }

    private static async Task<string> RunRiskJobAsync(CorridorAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetServices<IDailyJob>().OfType<RiskScoresJob>().Single().RunAsync(app.Today(), CancellationToken.None);
    }

    [DatabaseTheory]
    public async Task The_cases_dashboard_charts_open_cases_by_category_and_age_and_lists_the_overdue(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.BrowserClientAsync("case-officer");
        var before = await CsvAsync(officer, CasesCsv);
        var today = app.Today();
        // Confinement: one new case (0–30 days) and one 100 days old whose conciliation ended 70 days ago;
        // Threats: 93 days old, in adjudication whose decision was due 3 days ago.
        var fresh = NewCase(app, ComplaintCategory.Confinement, 0);
        var late = NewCase(app, ComplaintCategory.Confinement, 100);
        late.StartConciliation(today.AddDays(-100), 30);
        var threats = NewCase(app, ComplaintCategory.Threats, 93);
        threats.StartConciliation(today.AddDays(-93), 30);
        threats.Escalate(today.AddDays(-93), 90);
        await app.WithDbAsync(async db =>
        {
            db.ProtectionCases.AddRange(fresh, late, threats);
            await db.SaveChangesAsync();
        });

        var after = await CsvAsync(officer, CasesCsv);
        int[] Delta(string category) => [.. Row(after, category).Zip(Row(before, category), (a, b) => a - b)];
        Assert.Equal([2, 1, 0, 1, 0], Delta("Confinement")); // open, 0–30, 31–90, 91–180, 181+
        Assert.Equal([1, 0, 0, 1, 0], Delta("Threats"));
        Assert.Equal([0, 0, 0, 0, 0], Delta("Discrimination"));

        var page = await officer.GetHtmlAsync("/cases/dashboard");
        var open = ChartTexts(page, "Open cases by category and age (days)");
        Assert.Contains("Confinement", open);
        Assert.Contains("Threats", open);
        Assert.Contains("0–30 days", open); // the legend: one series per age band
        // Only categories with open cases are drawn; the table lists every category.
        var openCategories = after.Where(r => r[1] != "0").Select(r => r[0]).ToHashSet();
        Assert.All(after.Select(r => r[0]).Where(c => !openCategories.Contains(c)), c => Assert.DoesNotContain(c, open));
        var tableRow = page.QuerySelectorAll("#table-open-cases-by-category tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "Confinement");
        Assert.Equal(Row(after, "Confinement").Select(n => n.ToString(CultureInfo.InvariantCulture)),
            tableRow.QuerySelectorAll("td").Skip(1).Select(c => c.TextContent.Trim()));

        Assert.Contains("Confinement", ChartTexts(page, "Overdue cases by category"));
        var overdue = page.QuerySelectorAll("table.overdue-cases tbody tr[data-case]").ToDictionary(r => r.GetAttribute("data-case")!,
            r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray());
        Assert.Equal(["Conciliation", "Confinement", today.AddDays(-70).ToString("yyyy-MM-dd"), "70"], overdue[late.Number][1..]);
        Assert.Equal(["Adjudication", "Threats", today.AddDays(-3).ToString("yyyy-MM-dd"), "3"], overdue[threats.Number][1..]);
        Assert.False(overdue.ContainsKey(fresh.Number));
        Assert.Equal(overdue.Count.ToString(CultureInfo.InvariantCulture), page.QuerySelector(".overdue-count")!.TextContent.Trim());
        var overdueCsv = await CsvAsync(officer, "/cases/dashboard?table=overdue-cases&format=csv");
        Assert.Equal(["Conciliation", "Confinement", today.AddDays(-70).ToString("yyyy-MM-dd"), "70"], overdueCsv.Single(r => r[0] == late.Number)[1..]);
        var xlsx = await officer.GetAsync("/cases/dashboard?table=overdue-cases&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);

        // The analyst reads the same aggregates and case numbers, with no way into a case.
        var analyst = await (await app.BrowserClientAsync("analyst")).GetHtmlAsync("/cases/dashboard");
        Assert.NotNull(analyst.QuerySelector($"table.overdue-cases tr[data-case='{late.Number}']"));
        Assert.Empty(analyst.QuerySelectorAll("table.overdue-cases a"));
        var employer = await app.BrowserClientAsync("employer");
        Assert.StartsWith("/account/access-denied", (await employer.GetAsync("/cases/dashboard")).Headers.Location!.AbsolutePath);
        Assert.StartsWith("/account/access-denied", (await employer.GetAsync(CasesCsv)).Headers.Location!.AbsolutePath);
    }

    [DatabaseTheory]
    public async Task An_employer_with_more_complaints_and_payroll_alerts_ranks_higher(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        // Two employers alike in sector, region, size and migrant workers.
        var bad = await PayrollKit.PrepareAsync(app, workers: 2);
        var good = await PayrollKit.PrepareAsync(app, workers: 2);
        Assert.True((await PayrollKit.ImportAsync(app, PayrollKit.File(bad.Pay(bad.Workers[0]) with { Basic = 150_000m },
            bad.Pay(bad.Workers[1]) with { PaymentDate = bad.PaidOn.AddDays(30) }))).Stored);
        Assert.True((await PayrollKit.ImportAsync(app, PayrollKit.File(good.Pay(good.Workers[0]), good.Pay(good.Workers[1])))).Stored);
        var parties = new ComplaintParties(bad.EmployerId, "Payroll Test LLP", null, null);
        var dismissed = NewCase(app, ComplaintCategory.Underpayment, 5, parties);
        dismissed.Close("No basis: the worker was paid.", app.Clock.GetUtcNow().UtcDateTime);
        var old = NewCase(app, ComplaintCategory.Threats, 800, parties); // before the look-back
        await app.WithDbAsync(async db =>
        {
            db.ProtectionCases.AddRange(NewCase(app, ComplaintCategory.Underpayment, 10, parties), NewCase(app, ComplaintCategory.Threats, 40, parties), dismissed, old);
            await db.SaveChangesAsync();
        });

        await RunRiskJobAsync(app);

        var scores = await app.WithDbAsync(db => db.RiskScores.AsNoTracking().Where(s => s.EmployerId == bad.EmployerId || s.EmployerId == good.EmployerId)
            .ToDictionaryAsync(s => s.EmployerId));
        decimal Value(Guid employer, string key) => scores[employer].Breakdown.Single(i => i.Key == key).Value;
        Assert.Equal((2m, 2m), (Value(bad.EmployerId, "complaints"), Value(bad.EmployerId, "wageAlerts")));
        Assert.Equal((0m, 0m), (Value(good.EmployerId, "complaints"), Value(good.EmployerId, "wageAlerts")));
        Assert.True(scores[bad.EmployerId].Score > scores[good.EmployerId].Score,
            $"{scores[bad.EmployerId].Score} should be above {scores[good.EmployerId].Score}");
        var sameOtherwise = scores[bad.EmployerId].Breakdown.Where(i => i.Key is not ("complaints" or "wageAlerts")).Select(i => i.Points);
        Assert.Equal(scores[good.EmployerId].Breakdown.Where(i => i.Key is not ("complaints" or "wageAlerts")).Select(i => i.Points), sameOtherwise);
    }

    [DatabaseTheory]
    public async Task The_inspection_plan_draws_risk_bars_per_region_and_downloads_the_scores(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await RunRiskJobAsync(app);
        var inspector = await app.BrowserClientAsync("inspector");
        var page = await inspector.GetHtmlAsync("/protection/inspections/plan");
        var csv = await CsvAsync(inspector, "/protection/inspections/plan?table=inspection-plan&format=csv");
        Assert.NotEmpty(csv);
        var sections = page.QuerySelectorAll("section[id^='region-']").Where(s => s.QuerySelector("table") is not null).ToList();
        Assert.NotEmpty(sections);
        foreach (var section in sections)
        {
            var region = section.QuerySelector("h2")!.TextContent.Trim();
            var names = section.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
            var drawn = ChartTexts(page, $"Risk scores in {region}");
            Assert.All(names, n => Assert.Contains(n, drawn));
            Assert.Equal(names, csv.Where(r => r[0] == region).Select(r => r[1]));
        }
        // The downloaded score is the stored one.
        var first = csv[0];
        var stored = await app.WithDbAsync(db => db.RiskScores.Where(s => db.Employers.Any(e => e.Id == s.EmployerId && e.RegistrationNumber == first[2]))
            .Select(s => s.Score).SingleAsync());
        Assert.Equal(stored, decimal.Parse(first[4], CultureInfo.InvariantCulture));
        var employer = await app.BrowserClientAsync("employer");
        Assert.StartsWith("/account/access-denied", (await employer.GetAsync("/protection/inspections/plan?table=inspection-plan&format=csv")).Headers.Location!.AbsolutePath);
    }

    [DatabaseTheory]
    public async Task Payroll_compliance_by_sector_and_month_counts_workers_paid_in_full_and_on_time(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        // Last month's wages must have fallen due (15 days after the month) for it to be on the dashboard: move into the
        // second half of the month when the run falls in the first.
        if (app.Today().Day <= 16) app.Clock.Advance(TimeSpan.FromDays(17 - app.Today().Day));
        var inspector = await app.BrowserClientAsync("inspector");
        var path = "/payroll/compliance?table=payroll-compliance-by-sector&format=csv";
        var before = await CsvAsync(inspector, path);
        var f = await PayrollKit.PrepareAsync(app, workers: 3);
        var section = await app.WithDbAsync(db => db.Employers.Where(e => e.Id == f.EmployerId).Select(e => e.IsicSection).SingleAsync());
        // One of three underpaid: the new employer adds 3 workers owed wages, 2 paid in full, and is not compliant.
        Assert.True((await PayrollKit.ImportAsync(app, PayrollKit.File(f.Pay(f.Workers[0]), f.Pay(f.Workers[1]),
            f.Pay(f.Workers[2]) with { Basic = 100_000m }))).Stored);
        var after = await CsvAsync(inspector, path);
        int[] Numbers(List<string[]> rows) => rows.Where(r => r[0] == section && r[2] == f.Month)
            .Select(r => r[3..7].Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray()).SingleOrDefault() ?? [0, 0, 0, 0];
        Assert.Equal([1, 0, 3, 2], Numbers(after).Zip(Numbers(before), (a, b) => a - b)); // employers, compliant, workers, paid in full
        var row = after.Single(r => r[0] == section && r[2] == f.Month);
        var (workers, paid) = (int.Parse(row[5], CultureInfo.InvariantCulture), int.Parse(row[6], CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Round(paid * 100m / workers, 1), decimal.Parse(row[7], CultureInfo.InvariantCulture));

        var page = await inspector.GetHtmlAsync("/payroll/compliance");
        var drawn = ChartTexts(page, "Migrant workers paid in full and on time, by sector (%)");
        Assert.Contains(section, drawn); // the legend names each sector
        Assert.Contains(f.Month, drawn);
        // The API gives the same numbers.
        var api = await (await (await app.ApiClientAsync("inspector")).GetAsync("/api/v1/payroll/compliance/by-sector")).JsonAsync();
        var apiRow = api.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("section").GetString() == section && r.GetProperty("month").GetString() == f.Month);
        Assert.Equal((workers, paid), (apiRow.GetProperty("workers").GetInt32(), apiRow.GetProperty("paidInFull").GetInt32()));
        // The employer still sees only its own month, never the national table; the API refuses it.
        var employer = await (await app.BrowserClientAsync("employer")).GetHtmlAsync("/payroll/compliance");
        Assert.Null(employer.QuerySelector("#by-sector"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("employer")).GetAsync("/api/v1/payroll/compliance/by-sector")).StatusCode);
        var worker = await app.BrowserClientAsync("worker");
        Assert.StartsWith("/account/access-denied", (await worker.GetAsync("/protection/dashboard")).Headers.Location!.AbsolutePath);
        var hub = await inspector.GetHtmlAsync("/protection/dashboard");
        Assert.Equal(["/cases/dashboard", "/protection/inspections/plan", "/payroll/compliance"], hub.QuerySelectorAll("ul.dashboards a").Select(a => a.GetAttribute("href")));
    }

    private static Task<EmploymentContract> ApprovedContractAsync(CorridorAppFactory app, Guid workerId, Guid employerId, decimal wage, decimal food,
        int overtime, bool approve = true) => app.WithDbAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var terms = new ContractTerms
        {
            EmployerAddress = "1 Abay Ave", WorkplaceAddress = "Site 2", JobDescription = "Bricklayer", Wage = wage, Currency = "KZT",
            Accommodation = BenefitProvision.Provided, Food = BenefitProvision.Allowance, FoodAllowance = food, HoursPerDay = 8, HoursPerWeek = 40,
            DailyRestHours = 12, RestDaysPerWeek = 1, WeeklyRestHours = 24, PaidLeaveDays = 24, OvertimeRatePercent = overtime, WorkerLanguage = "ru",
        };
        var contract = new EmploymentContract(workerId, new ContractParticulars(ContractTemplate.GeneralWorker, null, employerId, null, null, null, null,
            "7112", "KAZ", app.Today().AddMonths(-3), app.Today().AddYears(2), terms), now);
        if (approve)
        {
            contract.Submit([new ContractFinding("TEST", true, true, "ok", [], "test")], 1, now);
            contract.Approve("test", null, now);
        }
        db.EmploymentContracts.Add(contract);
        await db.SaveChangesAsync();
        return contract;
    });

    [DatabaseTheory]
    public async Task An_approved_e_contract_sets_the_registered_wage_allowances_and_overtime_rate(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var f = await PayrollKit.PrepareAsync(app, workers: 3);
        // Worker 0: an approved contract promises 250,000, a food allowance of 20,000 and overtime at 200 %.
        // Worker 1: only a draft contract (not registered terms): the permit's 210,000 still applies. Worker 2: no contract.
        await ApprovedContractAsync(app, f.Workers[0].Id, f.EmployerId, 250_000m, 20_000m, 200);
        await ApprovedContractAsync(app, f.Workers[1].Id, f.EmployerId, 400_000m, 50_000m, 200, approve: false);
        var permitPay = f.Pay(f.Workers[0]); // 200,000, the permit's wage, no allowance
        var result = await PayrollKit.ImportAsync(app, PayrollKit.File(permitPay, f.Pay(f.Workers[1]), f.Pay(f.Workers[2])));
        Assert.True(result.Stored);
        var alerts = await app.WithDbAsync(db => db.PayrollAlerts.AsNoTracking().Where(a => a.BatchId == result.BatchId).OrderBy(a => a.RuleId).ToListAsync());
        Assert.Equal([("WPS-ALLOWANCES", 20_000m, 0m), ("WPS-BELOW-CONTRACT", 250_000m, 200_000m)],
            alerts.Select(a => (a.RuleId, a.Expected!.Value, a.Actual!.Value)));
        Assert.All(alerts, a => Assert.Equal(f.Workers[0].Id, a.WorkerId));

        // Paid as the contract says, with 10 overtime hours at 200 % of 250,000 ÷ 173.33 an hour = 28,846.15.
        var f2 = await PayrollKit.PrepareAsync(app, workers: 1);
        await ApprovedContractAsync(app, f2.Workers[0].Id, f2.EmployerId, 250_000m, 20_000m, 200);
        var line = f2.Pay(f2.Workers[0]) with { Basic = 250_000m, Food = 20_000m, OvertimeHours = 10m, OvertimePay = 28_846.15m };
        var paid = await PayrollKit.ImportAsync(app, PayrollKit.File(line));
        Assert.Equal(0, paid.Alerts);
        var underOvertime = await PayrollKit.ImportAsync(app, PayrollKit.File(line with { OvertimePay = 21_634.62m })); // 150 %: the policy's rate only
        var overtime = await app.WithDbAsync(db => db.PayrollAlerts.AsNoTracking().SingleAsync(a => a.BatchId == underOvertime.BatchId));
        Assert.Equal(("WPS-OVERTIME", 28_846.15m), (overtime.RuleId, overtime.Expected!.Value));
    }

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient client, CorridorAppFactory app, Guid caseId, string action, decimal? amount = null,
        string? paidFrom = null)
    {
        var version = await app.WithDbAsync(db => db.ProtectionCases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync());
        return await client.PostAsJsonAsync($"/api/v1/protection/cases/{caseId}/transitions", new { action, amount, paidFrom, version });
    }

    [DatabaseTheory]
    public async Task A_payment_from_escrow_is_a_claim_paid_entry_of_the_agencys_ledger_saved_with_the_case(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.ApiClientAsync("case-officer");
        var (agency, worker) = await app.WithDbAsync(async db =>
        {
            var a = new Corridor.Domain.Registry.RecruitmentAgency($"KAZ-RA-E{Random.Shared.Next(100_000, 999_999)}", "Escrow test agency", "KAZ",
                Corridor.Domain.Registry.LicenceStatus.Licensed, app.Today().AddYears(2));
            db.RecruitmentAgencies.Add(a);
            db.EscrowEntries.Add(new EscrowEntry(a.Id, EscrowEntryKind.Deposit, 100_000m, app.Today(), "DEP-1", null, null, null, "test"));
            var w = await db.MigrantWorkers.AsNoTracking().OrderBy(x => x.WorkerNumber).FirstAsync();
            await db.SaveChangesAsync();
            return (a, w);
        });
        var joint = NewCase(app, ComplaintCategory.RecruitmentFees, 3, new ComplaintParties(null, "Some employer", agency.Id, agency.Name), worker.Id);
        var employerOnly = NewCase(app, ComplaintCategory.Underpayment, 3, new ComplaintParties(null, "Some employer", null, null), worker.Id);
        await app.WithDbAsync(async db =>
        {
            db.ProtectionCases.AddRange(joint, employerOnly);
            await db.SaveChangesAsync();
        });
        foreach (var c in new[] { joint, employerOnly })
        {
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(officer, app, c.Id, "conciliate")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(officer, app, c.Id, "settle", 150_000m)).StatusCode);
        }
        Task<List<EscrowEntry>> Ledger() => app.WithDbAsync(db => db.EscrowEntries.AsNoTracking().Where(e => e.AgencyId == agency.Id).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(officer, app, joint.Id, "pay", 60_000m, "Escrow")).StatusCode);
        var claim = Assert.Single(await Ledger(), e => e.Kind == EscrowEntryKind.ClaimPaid);
        Assert.Equal((60_000m, joint.Number, (Guid?)worker.Id), (claim.Amount, claim.Reference, claim.WorkerId));
        var saved = await app.WithDbAsync(db => db.ProtectionCases.AsNoTracking().SingleAsync(c => c.Id == joint.Id));
        Assert.Equal((60_000m, 60_000m), (saved.PaidFromEscrow, saved.AmountPaidToWorker));
        var agencyKey = agency.Id.ToString();
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == agencyKey && e.Action == "agency-escrow.recorded")));

        // More than the escrow holds (40,000 left): refused, and neither the case nor the ledger changes.
        var refused = await MoveAsync(officer, app, joint.Id, "pay", 50_000m, "Escrow");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Single(await Ledger(), e => e.Kind == EscrowEntryKind.ClaimPaid);
        Assert.Equal(60_000m, await app.WithDbAsync(db => db.ProtectionCases.Where(c => c.Id == joint.Id).Select(c => c.PaidFromEscrow).SingleAsync()));
        // No agency in the case: no escrow to pay from.
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(officer, app, employerOnly.Id, "pay", 10_000m, "Escrow")).StatusCode);
        Assert.Equal(0m, await app.WithDbAsync(db => db.ProtectionCases.Where(c => c.Id == employerOnly.Id).Select(c => c.AmountRecovered).SingleAsync()));
        // The employer's own payment touches no ledger.
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(officer, app, joint.Id, "pay", 40_000m, "Employer")).StatusCode);
        Assert.Equal(2, (await Ledger()).Count);
    }

    [DatabaseTheory]
    public async Task A_case_opened_from_a_payroll_alert_shows_the_recovered_amount_and_its_source_on_the_workers_page(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var f = await PayrollKit.PrepareAsync(app, workers: 1);
        var import = await PayrollKit.ImportAsync(app, PayrollKit.File(f.Pay(f.Workers[0]) with { Basic = 170_000m }));
        var alert = await app.WithDbAsync(db => db.PayrollAlerts.AsNoTracking().SingleAsync(a => a.BatchId == import.BatchId));
        Assert.Equal("WPS-BELOW-CONTRACT", alert.RuleId);

        var employer = await app.ApiClientAsync("employer");
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostAsync($"/api/v1/protection/cases/from-payroll-alert/{alert.Id}", null)).StatusCode);
        var officer = await app.ApiClientAsync("case-officer");
        var opened = await officer.PostAsync($"/api/v1/protection/cases/from-payroll-alert/{alert.Id}", null);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (await opened.JsonAsync()).GetProperty("id").GetGuid();
        var again = await (await officer.PostAsync($"/api/v1/protection/cases/from-payroll-alert/{alert.Id}", null)).JsonAsync();
        Assert.Equal(caseId, again.GetProperty("id").GetGuid()); // one case per alert
        var @case = await app.WithDbAsync(db => db.ProtectionCases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal((CaseOrigin.PayrollAlert, "Underpayment", 30_000m, (Guid?)f.Workers[0].Id, (Guid?)f.EmployerId),
            (@case.OriginType, @case.Categories, @case.AmountClaimed, @case.WorkerId, @case.EmployerId));

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(officer, app, caseId, "conciliate")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(officer, app, caseId, "settle", 30_000m)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(officer, app, caseId, "pay", 30_000m, "Employer")).StatusCode);

        var email = await app.LinkedAccountAsync("worker", u => u.WorkerId = f.Workers[0].Id);
        var worker = app.AnonymousClient(cookies: true);
        Assert.Equal(HttpStatusCode.Redirect, (await CorridorAppFactory.PostFormAsync(worker, "/account/login",
            new() { ["Input.Email"] = email, ["Input.Password"] = CorridorAppFactory.Password })).StatusCode);
        var page = await worker.GetHtmlAsync("/payroll/payslips");
        var mine = page.QuerySelector($"#my-cases [data-case='{@case.Number}']");
        Assert.NotNull(mine);
        Assert.Equal("30,000 KZT", mine!.QuerySelector(".recovered")!.TextContent.Trim());
        Assert.Equal("30,000 KZT", mine.QuerySelector(".paid-by-employer")!.TextContent.Trim());
        Assert.Null(mine.QuerySelector(".paid-from-escrow"));
        // Another worker sees neither the case nor the payslip.
        var other = await (await app.BrowserClientAsync("worker")).GetHtmlAsync("/payroll/payslips");
        Assert.Null(other.QuerySelector($"[data-case='{@case.Number}']"));
    }
}
