using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Features.Levies;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Levies;

/// <summary>
/// Issue (levies): the monthly run issues one statement per employer with the policy in force on the
/// month's first day, is idempotent, records payments without overpayment, and arrears make the
/// employer's levy account not current; employers see only their own statements.
/// </summary>
public sealed class LevyTests(LevyApps apps) : IClassFixture<LevyApps>
{
    /// <summary>The app of the provider the running test uses (xunit makes one class instance per test).</summary>
    private LevyApp app = null!;

    private async Task<JsonElement> IssueAsync(DateOnly month)
    {
        var response = await (await app.ApiClientAsync("fund-officer")).PostAsJsonAsync("/api/v1/levies/statements/issue",
            new { month = LevyMonth.Format(month) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private Task<List<LevyStatement>> StatementsAsync(DateOnly month) =>
        app.WithDbAsync(db => db.LevyStatements.AsNoTracking().Where(s => s.Period == month).OrderBy(s => s.Id).ToListAsync());

    /// <summary>What the calculator makes of each levied employer's current inbound workers under the given rules.</summary>
    private async Task<Dictionary<Guid, LevyAssessment>> ExpectedAsync(Corridor.Domain.Policy.PolicyRules rules) =>
        await app.WithDbAsync(async db =>
        {
            var workers = await db.MigrantWorkers.AsNoTracking()
                .Where(w => w.Direction == MigrationDirection.Inbound && w.CurrentEmployerId != null)
                .Select(w => new { Employer = w.CurrentEmployerId!.Value, w.OccupationCode }).ToListAsync();
            var employers = await db.Employers.AsNoTracking().ToListAsync();
            var expected = new Dictionary<Guid, LevyAssessment>();
            foreach (var g in workers.GroupBy(w => w.Employer))
            {
                var e = employers.Single(x => x.Id == g.Key);
                if (LevyCalculator.Assess(rules, FirmCeiling.KindOf(e.IsicSection), e.NationalEmployees,
                        [.. g.Select(w => ReferenceData.SkillLevel(w.OccupationCode))]) is { } a)
                    expected[g.Key] = a;
            }
            return expected;
        });

    [DatabaseTheory]
    public async Task Issued_statements_match_the_calculator_and_cite_the_policy_set_in_force(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        await IssueAsync(app.First);

        var statements = await StatementsAsync(app.First);
        var expected = await ExpectedAsync(await app.RulesAsync(1));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), statements.Select(s => s.EmployerId).Order());
        foreach (var s in statements)
        {
            var a = expected[s.EmployerId];
            Assert.Equal((a.Total, a.Tier, a.RuleId, 1), (s.Total, s.Tier, s.RuleId, s.PolicySetNumber));
            Assert.Equal(a.Lines, s.Lines);
            Assert.Equal(app.First.AddMonths(2).AddDays(-1), s.DueOn);
        }
        var audited = await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "levy.statements-issued" && e.EntityId == LevyMonth.Format(app.First)));
        Assert.True(audited);
    }

    [DatabaseTheory]
    public async Task Issuing_a_month_twice_issues_nothing_more(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        await IssueAsync(app.First);
        var before = await StatementsAsync(app.First);

        var again = await IssueAsync(app.First);

        Assert.Equal(0, again.GetProperty("issued").GetInt32());
        Assert.Equal(before.Count, again.GetProperty("alreadyIssued").GetInt32());
        var after = await StatementsAsync(app.First);
        Assert.Equal(before.Select(s => (s.Id, s.Version)), after.Select(s => (s.Id, s.Version)));
    }

    [DatabaseTheory]
    public async Task A_policy_change_applies_only_from_the_month_it_takes_effect(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        await IssueAsync(app.First);
        var second = await IssueAsync(app.Second);
        Assert.Equal(LevyApp.ChangedPolicy, second.GetProperty("policySetNumber").GetInt32());

        var first = await StatementsAsync(app.First);
        var later = await StatementsAsync(app.Second);
        Assert.All(first, s => Assert.Equal(1, s.PolicySetNumber));
        Assert.All(later, s => Assert.Equal(LevyApp.ChangedPolicy, s.PolicySetNumber));
        var expected = await ExpectedAsync(await app.RulesAsync(LevyApp.ChangedPolicy));
        foreach (var s in later)
        {
            Assert.Equal(expected[s.EmployerId].Total, s.Total);
            Assert.Equal(first.Single(f => f.EmployerId == s.EmployerId).Total * 2, s.Total); // every rate doubled
        }
    }

    [Fact]
    public async Task Bad_months_are_field_errors_and_store_nothing()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var client = await app.ApiClientAsync("fund-officer");
        var count = await app.WithDbAsync(db => db.LevyStatements.CountAsync());
        var events = await app.WithDbAsync(db => db.AuditEvents.CountAsync());
        var future = app.Today().AddMonths(1);
        var preceding = app.First.AddMonths(-1); // before the first policy set took effect
        foreach (var month in new[] { "", "2026-13", "November", LevyMonth.Format(new DateOnly(future.Year, future.Month, 1)), LevyMonth.Format(preceding) })
        {
            var response = await client.PostAsJsonAsync("/api/v1/levies/statements/issue", new { month });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(["month"], (await response.JsonAsync()).ErrorFields());
        }
        Assert.Equal(count, await app.WithDbAsync(db => db.LevyStatements.CountAsync()));
        Assert.Equal(events, await app.WithDbAsync(db => db.AuditEvents.CountAsync()));

        var employer = await (await app.ApiClientAsync("employer")).PostAsJsonAsync("/api/v1/levies/statements/issue",
            new { month = LevyMonth.Format(app.First) });
        Assert.Equal(HttpStatusCode.Forbidden, employer.StatusCode);
    }

    [DatabaseTheory]
    public async Task A_payment_is_recorded_and_audited_and_overpayment_is_refused(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        await IssueAsync(app.First);
        var statement = (await StatementsAsync(app.First)).First(s => s.Total > 0);
        var client = await app.ApiClientAsync("fund-officer");
        var url = $"/api/v1/levies/statements/{statement.Id}/payments";
        var today = AppExtensions.Iso(app.Today());
        var events = await app.WithDbAsync(db => db.AuditEvents.CountAsync());

        var over = await client.PostAsJsonAsync(url, new { amount = statement.Balance + 1, paidOn = today });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Equal(["amount"], (await over.JsonAsync()).ErrorFields());
        var bad = await client.PostAsJsonAsync(url, new { amount = 0, paidOn = AppExtensions.Iso(app.Today().AddDays(1)) });
        Assert.Equal(["amount", "paidOn"], (await bad.JsonAsync()).ErrorFields());
        Assert.Equal(events, await app.WithDbAsync(db => db.AuditEvents.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.LevyPayments.AnyAsync(p => p.StatementId == statement.Id)));

        var paid = await client.PostAsJsonAsync(url, new { amount = 1000, paidOn = today, reference = "KZ-TEST-1" });
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var after = await app.WithDbAsync(db => db.LevyStatements.AsNoTracking().SingleAsync(s => s.Id == statement.Id));
        Assert.Equal((1000m, LevyStatementStatus.PartlyPaid), (after.AmountPaid, after.Status));
        var payment = await app.WithDbAsync(db => db.LevyPayments.AsNoTracking().SingleAsync(p => p.StatementId == statement.Id));
        Assert.Equal(("KZ-TEST-1", "fund-officer@demo.corridor"), (payment.Reference, payment.RecordedByName));
        var audited = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Sequence > 0).Select(e => new { e.EntityType, e.EntityId }).ToListAsync());
        Assert.Contains(audited, e => e.EntityType == nameof(LevyPayment) && e.EntityId == payment.Id.ToString());
        Assert.Contains(audited, e => e.EntityType == nameof(LevyStatement) && e.EntityId == statement.Id.ToString());

        var details = await (await app.ApiClientAsync("analyst")).GetFromJsonAsync<JsonElement>($"/api/v1/levies/statements/{statement.Id}");
        Assert.Equal(1, details.GetProperty("payments").GetArrayLength());
        Assert.Equal(1, details.GetProperty("policySetNumber").GetInt32());
    }

    [DatabaseTheory]
    public async Task Arrears_after_the_grace_make_the_levy_account_not_current_until_paid(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        await IssueAsync(app.First);
        var statement = (await StatementsAsync(app.First)).Last(s => s.Total > 0);
        var employer = statement.EmployerId;
        // Settle every other statement of the employer (the demo months too), so only this one counts.
        await app.WithDbAsync(async db =>
        {
            foreach (var other in await db.LevyStatements.Where(s => s.EmployerId == employer && s.Id != statement.Id).ToListAsync())
                if (other.Balance > 0) db.LevyPayments.Add(other.Pay(other.Balance, other.Period, "settled", "test"));
            await db.SaveChangesAsync();
        });
        var lastGraceDay = statement.DueOn.AddDays(30);

        Assert.True(await app.WithDbAsync(db => LevyAccount.IsCurrentAsync(db, employer, lastGraceDay, default)));
        Assert.False(await app.WithDbAsync(db => LevyAccount.IsCurrentAsync(db, employer, lastGraceDay.AddDays(1), default)));

        // Paid in full five days into the arrears: a payment counts only from the day it was made.
        await app.WithDbAsync(async db =>
        {
            var s = await db.LevyStatements.SingleAsync(x => x.Id == statement.Id);
            db.LevyPayments.Add(s.Pay(s.Balance, lastGraceDay.AddDays(5), "late", "test"));
            await db.SaveChangesAsync();
        });
        Assert.False(await app.WithDbAsync(db => LevyAccount.IsCurrentAsync(db, employer, lastGraceDay.AddDays(4), default)));
        Assert.True(await app.WithDbAsync(db => LevyAccount.IsCurrentAsync(db, employer, lastGraceDay.AddDays(5), default)));
    }

    [Fact]
    public async Task An_employer_sees_only_its_own_statements()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        await IssueAsync(app.First);
        var own = (await app.AccountAsync("employer")).EmployerId!.Value;
        // The demo employer may be in a sector without a levy; give it a statement of its own a year back.
        await app.WithDbAsync(async db =>
        {
            var a = new LevyAssessment("LEVY-SERVICES", 1, 99, 1, 1, [new LevyLine(LevySkill.Basic, 1, 157_500, 157_500)], 157_500);
            db.LevyStatements.Add(new LevyStatement(own, app.First.AddMonths(-12), a, 1, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        var client = await app.ApiClientAsync("employer");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/levies/statements?pageSize=200");
        var employers = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("employerId").GetGuid()).Distinct().ToList();
        Assert.Equal([own], employers);
        var other = (await StatementsAsync(app.First)).First(s => s.EmployerId != own);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/levies/statements/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync("analyst")).GetAsync($"/api/v1/levies/statements/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("worker")).GetAsync("/api/v1/levies/statements")).StatusCode);

        var all = await (await app.ApiClientAsync("fund-officer")).GetFromJsonAsync<JsonElement>("/api/v1/levies/statements?pageSize=200");
        Assert.True(all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("employerId").GetGuid()).Distinct().Count() > 1);
    }

    [DatabaseTheory]
    public async Task The_seeded_months_show_paid_partly_paid_and_arrears(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var statements = await app.WithDbAsync(db => db.LevyStatements.AsNoTracking().Where(s => s.Period < app.First).ToListAsync());
        Assert.Contains(statements, s => s.Status == LevyStatementStatus.Paid);
        Assert.Contains(statements, s => s.Status == LevyStatementStatus.PartlyPaid);
        var arrears = await (await app.ApiClientAsync("fund-officer")).GetFromJsonAsync<JsonElement>("/api/v1/levies/statements?arrears=true&pageSize=200");
        Assert.NotEmpty(arrears.GetProperty("items").EnumerateArray());
        Assert.All(arrears.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("inArrears").GetBoolean()));
        // The demo employer account is always paid up, so its permits are never blocked by the demo data.
        var own = (await app.AccountAsync("employer")).EmployerId!.Value;
        Assert.DoesNotContain(arrears.GetProperty("items").EnumerateArray(), i => i.GetProperty("employerId").GetGuid() == own);
    }
}
