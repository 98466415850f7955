using Corridor.Testing;
using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Permits;

/// <summary>Issue: work permits — the automated checks of an employer's application, each stored with its rule id and citation.</summary>
public sealed class PermitApplicationTests(SeededApps apps) : IClassFixture<SeededApps>
{
    /// <summary>The app of the provider the running test uses (xunit makes one class instance per test).</summary>
    private CorridorAppFactory app = null!;

    private static void Cited(AdmissionDecision d, string ruleId, bool passed)
    {
        var r = d.Results.Single(x => x.RuleId == ruleId);
        Assert.Equal(passed, r.Passed);
        Assert.Equal(RuleCatalogue.Find(ruleId)!.DefaultCitation, r.Citation);
    }

    [DatabaseTheory]
    public async Task A_passing_application_is_approved_and_the_permit_issued_with_a_quota_slot_taken(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var e = await app.NewPermitEmployerAsync();
        var worker = await app.WorkerAsync(e.Employer.Id);
        var vacancy = await app.VacancyAsync(e.Employer);
        var year = app.Today().Year;
        var allocated = await app.WithDbAsync(db => db.NationalQuotas.Where(q => q.Year == year && q.IsicSection == "A").Select(q => q.Allocated).SingleAsync());

        var result = await e.AppliedAsync(worker, vacancy);

        Assert.Equal("Approved", result.Status());
        var decision = await app.StoredDecisionAsync(result);
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal(WorkPermitApplication.DecisionSubject, decision.Subject);
        foreach (var id in new[] { "PERMIT-LMT-CERTIFICATE", "PERMIT-QUOTA", "PERMIT-CEILING", "PERMIT-LEVY-CURRENT", "PERMIT-AGE", "PERMIT-PASSPORT",
                     "PERMIT-NOT-BANNED", "PERMIT-MIN-WAGE", "PERMIT-MAX-HOURS" })
            Cited(decision, id, true);
        var permit = await app.PermitAsync(result.GetProperty("permitId").GetGuid());
        Assert.True(PublicNumber.IsValid(permit.Number, 'P'));
        Assert.Equal(result.GetProperty("permitNumber").GetString(), permit.Number);
        Assert.Equal(PermitStatus.Issued, permit.Status);
        Assert.Equal(app.Today(), permit.ValidFrom);
        Assert.Equal(app.Today().AddYears(3).AddDays(-1), permit.ValidUntil);
        Assert.Equal(allocated + 1, await app.WithDbAsync(db => db.NationalQuotas.Where(q => q.Year == year && q.IsicSection == "A").Select(q => q.Allocated).SingleAsync()));
        var applicationId = result.GetProperty("applicationId").GetGuid().ToString();
        var audited = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.EntityId == applicationId || a.EntityId == permit.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("permit-application.approved", audited);
        Assert.True(audited.Count >= 3, string.Join(", ", audited));

        // The same worker now holds a permit in force: a second application fails PERMIT-NOT-BANNED.
        var again = await e.AppliedAsync(worker, vacancy);
        Assert.Equal("Refused", again.Status());
        Cited(await app.StoredDecisionAsync(again), "PERMIT-NOT-BANNED", false);
    }

    [DatabaseTheory]
    public async Task No_certificate_or_an_expired_one_refuses(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var e = await app.NewPermitEmployerAsync();
        var none = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id), await app.VacancyAsync(e.Employer, certify: false));
        Assert.Equal("Refused", none.Status());
        Cited(await app.StoredDecisionAsync(none), "PERMIT-LMT-CERTIFICATE", false);
        var expired = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id), await app.VacancyAsync(e.Employer, certifiedDaysAgo: 100));
        Assert.Equal("Refused", expired.Status());
        Cited(await app.StoredDecisionAsync(expired), "PERMIT-LMT-CERTIFICATE", false);
        Assert.False(expired.GetProperty("permitId").ValueKind == System.Text.Json.JsonValueKind.String);
    }

    [DatabaseTheory]
    public async Task An_exhausted_quota_refuses(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var e = await app.NewPermitEmployerAsync("B");
        await app.WithDbAsync(async db =>
        {
            var year = app.Today().Year;
            if (!await db.NationalQuotas.AnyAsync(q => q.Year == year && q.IsicSection == "B"))
            {
                db.NationalQuotas.Add(new NationalQuota(year, "B", 1, 0, 1));
                await db.SaveChangesAsync();
            }
            await db.NationalQuotas.Where(q => q.Year == year && q.IsicSection == "B").ExecuteUpdateAsync(s => s.SetProperty(q => q.Allocated, q => q.Total));
        });
        var result = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id), await app.VacancyAsync(e.Employer));
        Assert.Equal("Refused", result.Status());
        Cited(await app.StoredDecisionAsync(result), "PERMIT-QUOTA", false);
    }

    [DatabaseTheory]
    public async Task The_firm_ceiling_passes_exactly_at_and_refers_one_over(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        // Construction, 5 nationals: one foreign worker is exactly at one per five; a second is over by one.
        var e = await app.NewPermitEmployerAsync("F", nationals: 5);
        var first = await app.WorkerAsync(e.Employer.Id);
        var at = await e.AppliedAsync(first, await app.VacancyAsync(e.Employer));
        Assert.True(at.Passed("PERMIT-CEILING"));
        var over = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id), await app.VacancyAsync(e.Employer));
        Assert.Equal("Referred", over.Status());
        Cited(await app.StoredDecisionAsync(over), "PERMIT-CEILING", false);
        Assert.Contains("CEIL-CONSTRUCTION", over.Rule("PERMIT-CEILING").GetProperty("message").GetString() + over.Rule("PERMIT-CEILING").GetProperty("args")[0].GetString());
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(39, true)]
    [InlineData(40, false)]
    public async Task Age_limits(int age, bool passes)
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var e = await app.NewPermitEmployerAsync();
        var result = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id, age), await app.VacancyAsync(e.Employer));
        Cited(await app.StoredDecisionAsync(result), "PERMIT-AGE", passes);
        Assert.Equal(passes ? "Approved" : "Referred", result.Status());
    }

    [DatabaseTheory]
    public async Task A_passport_expiring_before_the_permit_ends_is_referred(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var e = await app.NewPermitEmployerAsync();
        var end = app.Today().AddYears(3).AddDays(-1);
        var shortPassport = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id, passportExpiry: end.AddDays(-1)), await app.VacancyAsync(e.Employer));
        Assert.Equal("Referred", shortPassport.Status());
        Cited(await app.StoredDecisionAsync(shortPassport), "PERMIT-PASSPORT", false);
        var exact = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id, passportExpiry: end), await app.VacancyAsync(e.Employer));
        Assert.True(exact.Passed("PERMIT-PASSPORT"));
    }

    [Theory]
    [InlineData(84_999, 40, "PERMIT-MIN-WAGE", false)]
    [InlineData(85_000, 40, "PERMIT-MIN-WAGE", true)]
    [InlineData(120_000, 41, "PERMIT-MAX-HOURS", false)]
    [InlineData(120_000, 40, "PERMIT-MAX-HOURS", true)]
    public async Task Wage_and_hours(int wage, int hours, string ruleId, bool passes)
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var e = await app.NewPermitEmployerAsync();
        var result = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id), await app.VacancyAsync(e.Employer), wage, hours);
        Cited(await app.StoredDecisionAsync(result), ruleId, passes);
        Assert.Equal(passes ? "Approved" : "Refused", result.Status());
    }

    [DatabaseTheory]
    public async Task A_watchlisted_employer_is_refused(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var e = await app.NewPermitEmployerAsync();
        var vacancy = await app.VacancyAsync(e.Employer);
        await app.WithDbAsync(async db =>
        {
            db.EmployerFlags.Add(new EmployerFlag(e.Employer.Id, EmployerFlagKind.Watchlist, app.Today(), "Under investigation (test)"));
            await db.SaveChangesAsync();
        });
        var result = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id), vacancy);
        Assert.Equal("Refused", result.Status());
        Cited(await app.StoredDecisionAsync(result), "PERMIT-NOT-BANNED", false);
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_stores_nothing()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var e = await app.NewPermitEmployerAsync();
        var other = await app.NewPermitEmployerAsync();
        var foreignWorker = await app.WorkerAsync(other.Employer.Id);
        var before = await app.WithDbAsync(async db => (await db.WorkPermitApplications.CountAsync(), await db.AuditEvents.CountAsync()));

        var response = await e.Client.PostAsJsonAsync("/api/v1/permits/applications",
            new { workerNumber = foreignWorker.WorkerNumber, vacancyId = Guid.NewGuid(), monthlyWage = 0, weeklyHours = 90 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "workerNumber", "vacancyId", "monthlyWage", "weeklyHours" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal(before, await app.WithDbAsync(async db => (await db.WorkPermitApplications.CountAsync(), await db.AuditEvents.CountAsync())));
    }

    [Fact]
    public async Task Only_employers_apply()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var officer = await app.ApiClientAsync("admission-officer");
        var response = await officer.PostAsJsonAsync("/api/v1/permits/applications", new { workerNumber = "W-1", monthlyWage = 1, weeklyHours = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_apply_page_shows_field_errors_and_stores_nothing()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var employer = await app.BrowserClientAsync("employer");
        var before = await app.WithDbAsync(db => db.WorkPermitApplications.CountAsync());
        var response = await Corridor.Testing.CorridorAppFactory.PostFormAsync(employer, "/permits/apply", new()
        {
            ["Input.WorkerNumber"] = "W-0000000000",
            ["Input.MonthlyWage"] = "",
            ["Input.WeeklyHours"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.HtmlAsync();
        foreach (var field in new[] { "Input_WorkerNumber", "Input_VacancyId", "Input_MonthlyWage", "Input_WeeklyHours" })
            Assert.NotNull(doc.QuerySelector($"#{field}-error"));
        Assert.Equal(before, await app.WithDbAsync(db => db.WorkPermitApplications.CountAsync()));
    }

    [Fact]
    public async Task The_apply_page_shows_the_decision_with_its_reasons()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var e = await app.NewPermitEmployerAsync();
        var worker = await app.WorkerAsync(e.Employer.Id);
        var vacancy = await app.VacancyAsync(e.Employer);
        var browser = app.AnonymousClient(cookies: true);
        var login = await Corridor.Testing.CorridorAppFactory.PostFormAsync(browser, "/account/login", new()
        {
            ["Input.Email"] = e.Email,
            ["Input.Password"] = Corridor.Testing.CorridorAppFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var response = await Corridor.Testing.CorridorAppFactory.PostFormAsync(browser, "/permits/apply", new()
        {
            ["Input.WorkerNumber"] = worker.WorkerNumber,
            ["Input.VacancyId"] = vacancy.Id.ToString(),
            ["Input.MonthlyWage"] = "84999",
            ["Input.WeeklyHours"] = "40",
        });
        var doc = await response.HtmlAsync();
        var row = doc.QuerySelectorAll("section.decision tr.fail").Single();
        Assert.Contains("PERMIT-MIN-WAGE", row.TextContent);
        Assert.Contains("ILO C131", row.TextContent);
    }
}
