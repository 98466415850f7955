using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Features.Protection.Inspections;
using Corridor.Web.Infrastructure.Jobs;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vk = Corridor.Web.Tests.Vacancies.VacancyKit;

namespace Corridor.Web.Tests.Protection;

/// <summary>A small seeded country per provider for the inspection tests.</summary>
public sealed class InspectionApps() : ProviderApps<CorridorAppFactory>(async provider =>
{
    var app = new CorridorAppFactory(provider);
    try
    {
        await app.SeedAsync(AppExtensions.Small);
        return app;
    }
    catch
    {
        app.Dispose();
        throw;
    }
});

/// <summary>Risk score, inspection plan, inspections with findings, sanctions and the public watchlist, end to end on each database.</summary>
public sealed class InspectionTests(InspectionApps apps) : IClassFixture<InspectionApps>
{
    private static async Task<(OrgUnit A, OrgUnit B, OrgUnit DistrictA, OrgUnit DistrictB)> RegionsAsync(CorridorAppFactory app) =>
        await app.WithDbAsync(async db =>
        {
            var regions = await db.OrgUnits.AsNoTracking().Where(u => u.Level == 2).OrderBy(u => u.Code).ToListAsync();
            var districts = await db.OrgUnits.AsNoTracking().Where(u => u.Level == 3).ToListAsync();
            var a = regions.First(r => districts.Any(d => d.ParentId == r.Id));
            var b = regions.First(r => r.Id != a.Id && districts.Any(d => d.ParentId == r.Id));
            return (a, b, districts.Where(d => d.ParentId == a.Id).OrderBy(d => d.Code).First(), districts.Where(d => d.ParentId == b.Id).OrderBy(d => d.Code).First());
        });

    private static Task<Employer> EmployerInAsync(CorridorAppFactory app, OrgUnit district, string section = "F", int nationals = 20) =>
        app.WithDbAsync(async db =>
        {
            var e = new Employer($"INSP{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", "Inspected employer " + section, section,
                section == "A" ? "01" : "41", district.Id, nationals);
            db.Employers.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    private static Task SignalAsync(CorridorAppFactory app, Employer e, int complaints) =>
        app.WithDbAsync(async db =>
        {
            db.RiskSignals.Add(new RiskSignal(e.Id, RiskSignalKind.Complaint, app.Today(), complaints, "test"));
            await db.SaveChangesAsync();
        });

    private static async Task<string> RunRiskJobAsync(CorridorAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IDailyJob>().OfType<RiskScoresJob>().Single();
        return await job.RunAsync(app.Today(), CancellationToken.None);
    }

    private static async Task<JsonElement> PlanAsync(HttpClient client, CorridorAppFactory app, Employer e, string? followUpOf = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/protection/inspections",
            new { employerRegistrationNumber = e.RegistrationNumber, plannedOn = AppExtensions.Iso(app.Today()), followUpOf });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task<HttpResponseMessage> ReportAsync(HttpClient client, CorridorAppFactory app, Guid id, object[]? findings = null,
        object[]? sanctions = null, Guid[]? close = null)
    {
        var version = await app.WithDbAsync(db => db.Inspections.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
        return await client.PostAsJsonAsync($"/api/v1/protection/inspections/{id}/report", new
        {
            version,
            visitedOn = AppExtensions.Iso(app.Today()),
            summary = "Visited the site and the workers' housing.",
            followUpOn = AppExtensions.Iso(app.Today().AddMonths(2)),
            findings = findings ?? [],
            sanctions = sanctions ?? [],
            closeFindingIds = close ?? [],
        });
    }

    [DatabaseTheory]
    public async Task The_daily_job_stores_each_score_with_its_breakdown_and_policy(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (_, _, districtA, _) = await RegionsAsync(app);
        var e = await EmployerInAsync(app, districtA, "F", nationals: 45);
        for (var i = 0; i < 15; i++) await app.WorkerAsync(e.Id);
        await SignalAsync(app, e, 2);

        await RunRiskJobAsync(app);

        var score = await app.WithDbAsync(db => db.RiskScores.AsNoTracking().SingleAsync(s => s.EmployerId == e.Id));
        // Construction 3×10 + 2 complaints×5 + 0.25 share×20 + band 3×2 = 51.
        Assert.Equal(51m, score.Score);
        Assert.Equal(1, score.PolicyVersion);
        Assert.Equal(app.Today(), score.ComputedOn);
        Assert.Equal([30m, 10m, 0m, 0m, 5m, 6m], score.Breakdown.Select(b => b.Points));
        var before = await app.WithDbAsync(db => db.AuditEvents.CountAsync());
        await RunRiskJobAsync(app);
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEvents.CountAsync())); // a repeated run changes nothing

        var api = await (await (await app.ApiClientAsync("inspector")).GetAsync($"/api/v1/protection/risk?employer={e.RegistrationNumber}")).JsonAsync();
        var row = api.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(51m, row.GetProperty("score").GetDecimal());
        Assert.Equal(6, row.GetProperty("breakdown").GetArrayLength());
    }

    [DatabaseTheory]
    public async Task The_plan_lists_the_top_employers_of_the_region_and_skips_the_recently_inspected(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (a, b, districtA, districtB) = await RegionsAsync(app);
        var high = await EmployerInAsync(app, districtA);
        var middle = await EmployerInAsync(app, districtA);
        var inspected = await EmployerInAsync(app, districtA);
        var elsewhere = await EmployerInAsync(app, districtB);
        await SignalAsync(app, high, 1000);
        await SignalAsync(app, middle, 900);
        await SignalAsync(app, inspected, 2000);
        await SignalAsync(app, elsewhere, 3000);
        var inspector = await app.ApiClientAsync("inspector");
        var visit = await PlanAsync(inspector, app, inspected);
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(inspector, app, visit.GetProperty("id").GetGuid())).StatusCode);
        await RunRiskJobAsync(app);

        var regionInspector = await app.TokenClientAsync(await app.LinkedAccountAsync("inspector", u => u.OrgUnitId = a.Id));
        var plan = await (await regionInspector.GetAsync("/api/v1/protection/inspection-plan")).JsonAsync();

        var region = plan.GetProperty("regions").EnumerateArray().Single(); // only the account's region
        Assert.Equal(a.Id, region.GetProperty("regionId").GetGuid());
        var listed = region.GetProperty("employers").EnumerateArray().Select(x => x.GetProperty("employerId").GetGuid()).ToList();
        Assert.Equal([high.Id, middle.Id], listed.Take(2));
        Assert.DoesNotContain(inspected.Id, listed);
        Assert.DoesNotContain(elsewhere.Id, listed);
        var since = app.Today().AddMonths(-12);
        var candidates = await app.WithDbAsync(db => db.RiskScores.CountAsync(r => db.Employers.Any(e => e.Id == r.EmployerId
            && db.OrgUnits.Any(u => u.Id == e.OrgUnitId && u.Path.StartsWith(a.Path)))
            && !db.Inspections.Any(i => i.EmployerId == r.EmployerId && i.Status == InspectionStatus.Done && i.VisitedOn > since)));
        Assert.Equal(Math.Min(10, candidates), listed.Count); // INSP-PLAN topN = 10

        Assert.Equal(HttpStatusCode.NotFound, (await regionInspector.GetAsync($"/api/v1/protection/inspection-plan?regionId={b.Id}")).StatusCode);
        var national = await (await inspector.GetAsync($"/api/v1/protection/inspection-plan?regionId={b.Id}")).JsonAsync();
        Assert.Equal(elsewhere.Id, national.GetProperty("regions")[0].GetProperty("employers")[0].GetProperty("employerId").GetGuid());
        // Nor can the regional inspector plan an inspection of another region's employer.
        var other = await regionInspector.PostAsJsonAsync("/api/v1/protection/inspections", new { employerRegistrationNumber = elsewhere.RegistrationNumber });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [DatabaseTheory]
    public async Task A_wage_arrears_finding_refuses_the_certificate_until_a_follow_up_closes_it(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var employer = await Vk.NewEmployerAsync(app);
        var vacancy = await Vk.PostVacancyAsync(app, employer);
        Vk.Advance(app, 14);
        await Vk.RecordOutcomeAsync(app, vacancy, referrals: 2, hires: 0);
        var inspector = await app.ApiClientAsync("inspector");
        var visit = await PlanAsync(inspector, app, employer);
        var visitId = visit.GetProperty("id").GetGuid();

        var response = await ReportAsync(inspector, app, visitId,
            findings: [new { violationCode = "WAGE-ARREARS", severity = "Serious", workersAffected = 4, amountOwed = 1_200_000m, note = "Two months unpaid." }]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = await response.JsonAsync();
        var flagId = recorded.GetProperty("flagsOpened")[0].GetGuid();
        var flag = await app.WithDbAsync(db => db.EmployerFlags.AsNoTracking().SingleAsync(f => f.Id == flagId));
        Assert.Equal((EmployerFlagKind.WageArrears, employer.Id, (DateOnly?)null), (flag.Kind, flag.EmployerId, flag.ClosedOn));
        var refused = await Vk.RequestCertificateAsync(app, vacancy);
        Assert.Equal("Refused", refused.GetProperty("outcome").GetString());
        Assert.False(refused.Passed("LMT-NO-WAGE-ARREARS"));

        var followUp = await PlanAsync(inspector, app, employer, visit.GetProperty("number").GetString());
        var findingId = recorded.GetProperty("findingIds")[0].GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(inspector, app, followUp.GetProperty("id").GetGuid(), close: [findingId])).StatusCode);

        Assert.Equal(app.Today(), await app.WithDbAsync(db => db.EmployerFlags.Where(f => f.Id == flagId).Select(f => f.ClosedOn).SingleAsync()));
        var finding = await app.WithDbAsync(db => db.InspectionFindings.AsNoTracking().SingleAsync(f => f.Id == findingId));
        Assert.Equal(followUp.GetProperty("id").GetGuid(), finding.ClosedByInspectionId);
        var approved = await Vk.RequestCertificateAsync(app, vacancy);
        Assert.True(approved.Passed("LMT-NO-WAGE-ARREARS"));
        Assert.Equal("Approved", approved.GetProperty("outcome").GetString());
    }

    [DatabaseTheory]
    public async Task A_bad_report_changes_nothing(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var employer = await Vk.NewEmployerAsync(app);
        var inspector = await app.ApiClientAsync("inspector");
        var visit = await PlanAsync(inspector, app, employer);
        var before = await app.WithDbAsync(db => db.AuditEvents.CountAsync());

        // The second finding is wage arrears without the amount owed: the first must not be stored either.
        var response = await ReportAsync(inspector, app, visit.GetProperty("id").GetGuid(), findings:
        [
            new { violationCode = "NO-REST-DAY", severity = "Minor", workersAffected = 3 },
            new { violationCode = "WAGE-ARREARS", severity = "Serious", workersAffected = 3 },
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("findings[1].amountOwed", (await response.JsonAsync()).ErrorFields(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEvents.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.EmployerFlags.AnyAsync(f => f.EmployerId == employer.Id)));
        Assert.Equal(InspectionStatus.Planned, await app.WithDbAsync(db => db.Inspections.Where(i => i.EmployerId == employer.Id).Select(i => i.Status).SingleAsync()));
    }

    [DatabaseTheory]
    public async Task A_permit_debarment_refuses_permits_for_its_period_and_shows_on_the_public_watchlist(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var e = await app.NewPermitEmployerAsync();
        var vacancy = await app.VacancyAsync(e.Employer);
        var officer = await app.ApiClientAsync("inspector");
        var from = app.Today().AddDays(-20);
        var imposed = await officer.PostAsJsonAsync("/api/v1/protection/sanctions", new
        {
            party = "Employer", partyNumber = e.Employer.RegistrationNumber, kind = "DebarmentPermits", from = AppExtensions.Iso(from), months = 1,
            decisionReference = "CASE-2026-017", reason = "Repeated wage arrears", internalNote = "Informant: the site foreman",
        });
        Assert.Equal(HttpStatusCode.Created, imposed.StatusCode);

        var refused = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id), vacancy);
        Assert.False(refused.Passed("PERMIT-NOT-BANNED"));
        Assert.NotEqual("Approved", refused.Status());

        // The public list, without signing in: party, kind, period and decision; never the internal note.
        var anonymous = app.AnonymousClient();
        var list = await anonymous.GetAsync($"/api/v1/protection/watchlist?q={e.Employer.RegistrationNumber}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var body = await list.Content.ReadAsStringAsync();
        var row = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("DebarmentPermits", "CASE-2026-017", AppExtensions.Iso(from.AddMonths(1).AddDays(-1))),
            (row.GetProperty("kind").GetString(), row.GetProperty("decisionReference").GetString(), row.GetProperty("to").GetString()));
        Assert.DoesNotContain("foreman", body);
        var page = await anonymous.GetAsync("/watchlist?Query.Q=" + e.Employer.RegistrationNumber);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("CASE-2026-017", html);
        Assert.DoesNotContain("foreman", html);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sanctions = scope.ServiceProvider.GetRequiredService<Sanctions>();
            Assert.True(await sanctions.DebarredAsync(e.Employer.Id, app.Today(), CancellationToken.None));
            Assert.False(await sanctions.DebarredAsync(e.Employer.Id, from.AddMonths(1), CancellationToken.None));
        }

        Vk.Advance(app, 15); // past the debarment's last day
        e = e with { Client = await app.TokenClientAsync(e.Email) }; // the old token has expired with the moved clock
        var allowed = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id), vacancy);
        Assert.True(allowed.Passed("PERMIT-NOT-BANNED"));
        Assert.Equal("Approved", allowed.Status());
        var after = await (await anonymous.GetAsync($"/api/v1/protection/watchlist?q={e.Employer.RegistrationNumber}")).JsonAsync();
        Assert.Equal(0, after.GetProperty("items").GetArrayLength());
    }

    [DatabaseTheory]
    public async Task An_employer_sees_only_its_own_inspections_and_cannot_plan_or_sanction(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var mine = await app.NewPermitEmployerAsync();
        var theirs = await Vk.NewEmployerAsync(app);
        var inspector = await app.ApiClientAsync("inspector");
        var own = (await PlanAsync(inspector, app, mine.Employer)).GetProperty("id").GetGuid();
        var other = (await PlanAsync(inspector, app, theirs)).GetProperty("id").GetGuid();

        var listed = await (await mine.Client.GetAsync("/api/v1/protection/inspections?pageSize=200")).JsonAsync();
        Assert.Equal([own], listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, (await mine.Client.GetAsync($"/api/v1/protection/inspections/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.GetAsync($"/api/v1/protection/inspections/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.Client.PostAsJsonAsync("/api/v1/protection/inspections", new { employerRegistrationNumber = theirs.RegistrationNumber })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.Client.PostAsJsonAsync("/api/v1/protection/sanctions", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.Client.GetAsync("/api/v1/protection/inspection-plan")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.Client.GetAsync("/api/v1/protection/risk")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/v1/protection/inspections")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("analyst")).GetAsync("/api/v1/protection/sanctions")).StatusCode);
    }

    [DatabaseTheory]
    public async Task A_regional_inspector_does_not_see_another_regions_inspections(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (a, _, _, districtB) = await RegionsAsync(app);
        var employerB = await EmployerInAsync(app, districtB);
        var inspection = (await PlanAsync(await app.ApiClientAsync("inspector"), app, employerB)).GetProperty("id").GetGuid();
        var regionInspector = await app.TokenClientAsync(await app.LinkedAccountAsync("inspector", u => u.OrgUnitId = a.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await regionInspector.GetAsync($"/api/v1/protection/inspections/{inspection}")).StatusCode);
        var report = await ReportAsync(regionInspector, app, inspection);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        var list = await (await regionInspector.GetAsync("/api/v1/protection/inspections?pageSize=200")).JsonAsync();
        Assert.DoesNotContain(inspection, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [DatabaseTheory]
    public async Task The_pages_render_for_the_inspector_and_the_watchlist_for_anyone(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var employer = await Vk.NewEmployerAsync(app);
        var inspector = await app.ApiClientAsync("inspector");
        var id = (await PlanAsync(inspector, app, employer)).GetProperty("id").GetGuid();
        await RunRiskJobAsync(app);
        var browser = await app.BrowserClientAsync("inspector");

        foreach (var path in new[] { "/protection/inspections", "/protection/inspections/plan", "/protection/risk", "/protection/sanctions",
                     $"/protection/inspections/{id}", $"/protection/inspections/{id}/record" })
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(path)).StatusCode);

        var posted = await CorridorAppFactory.PostFormAsync(browser, $"/protection/inspections/{id}/record", new Dictionary<string, string>
        {
            ["Input.Version"] = (await app.WithDbAsync(db => db.Inspections.Where(i => i.Id == id).Select(i => i.Version).SingleAsync())).ToString(),
            ["Input.VisitedOn"] = AppExtensions.Iso(app.Today()),
            ["Input.Summary"] = "Housing inspected.",
            ["Input.Findings[0].ViolationCode"] = "UNSAFE-HOUSING",
            ["Input.Findings[0].Severity"] = "Serious",
            ["Input.Findings[0].WorkersAffected"] = "12",
            ["Input.Sanctions[0].Kind"] = "Warning",
            ["Input.Sanctions[0].Reason"] = "Housing below the standard",
        });
        Assert.True(posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, posted.StatusCode.ToString());
        var finding = await app.WithDbAsync(db => db.InspectionFindings.AsNoTracking().SingleAsync(f => f.InspectionId == id));
        Assert.Equal(("UNSAFE-HOUSING", 12), (finding.ViolationCode, finding.WorkersAffected));
        Assert.Equal(HttpStatusCode.OK, (await app.AnonymousClient().GetAsync("/watchlist")).StatusCode);
        var employerBrowser = await app.BrowserClientAsync("employer");
        Assert.Equal(HttpStatusCode.NotFound, (await employerBrowser.GetAsync($"/protection/inspections/{id}")).StatusCode);
    }

    [DatabaseTheory]
    public async Task An_agency_debarred_from_deployments_is_listed_and_read_by_the_recruitment_check(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var agency = await app.WithDbAsync(db => db.RecruitmentAgencies.AsNoTracking().OrderBy(a => a.LicenceNumber).FirstAsync());
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var bad = await regulator.PostAsJsonAsync("/api/v1/protection/sanctions", new
        {
            party = "Agency", partyNumber = agency.LicenceNumber, kind = "DebarmentDeployments", months = 0, decisionReference = "DEC-1", reason = "Fees",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["months"], (await bad.JsonAsync()).ErrorFields());

        var imposed = await regulator.PostAsJsonAsync("/api/v1/protection/sanctions", new
        {
            party = "Agency", partyNumber = agency.LicenceNumber, kind = "DebarmentDeployments", months = 12, decisionReference = "DEC-2026-090",
            reason = "Recruitment fees charged to workers",
        });
        Assert.Equal(HttpStatusCode.Created, imposed.StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sanctions = scope.ServiceProvider.GetRequiredService<Sanctions>();
            Assert.True(await sanctions.DebarredAsync(agency.Id, SanctionKind.DebarmentDeployments, app.Today(), CancellationToken.None));
            Assert.False(await sanctions.DebarredAsync(agency.Id, SanctionKind.DebarmentPermits, app.Today(), CancellationToken.None));
        }
        var list = await (await app.AnonymousClient().GetAsync($"/api/v1/protection/watchlist?q={agency.LicenceNumber}")).JsonAsync();
        var row = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("decisionReference").GetString() == "DEC-2026-090");
        Assert.Equal(("Agency", agency.Name), (row.GetProperty("party").GetString(), row.GetProperty("name").GetString()));
        // Not the employer flags: an agency has none, and deployments are not permits.
        Assert.False(await app.WithDbAsync(db => db.EmployerFlags.AnyAsync(f => f.EmployerId == agency.Id)));
    }

    [DatabaseTheory]
    public async Task Officers_feed_complaint_counts_and_others_may_not(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var employer = await Vk.NewEmployerAsync(app);
        var caseOfficer = await app.ApiClientAsync("case-officer");

        var unknown = await caseOfficer.PostAsJsonAsync("/api/v1/protection/risk/signals", new { employerRegistrationNumber = "NOPE", kind = "Complaint", count = 2, source = "Hotline" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var fed = await caseOfficer.PostAsJsonAsync("/api/v1/protection/risk/signals", new { employerRegistrationNumber = employer.RegistrationNumber, kind = "Complaint", count = 3, source = "Hotline" });
        Assert.Equal(HttpStatusCode.Created, fed.StatusCode);
        await RunRiskJobAsync(app);
        var score = await app.WithDbAsync(db => db.RiskScores.AsNoTracking().SingleAsync(s => s.EmployerId == employer.Id));
        Assert.Equal(3m, score.Breakdown.Single(b => b.Key == "complaints").Value);

        var employerClient = (await app.NewPermitEmployerAsync()).Client;
        Assert.Equal(HttpStatusCode.Forbidden, (await employerClient.PostAsJsonAsync("/api/v1/protection/risk/signals", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseOfficer.PostAsJsonAsync("/api/v1/protection/inspections", new { employerRegistrationNumber = employer.RegistrationNumber })).StatusCode);
    }
}
