using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Quotas;

/// <summary>
/// Issue (admission, quotas): employers request workers in an open round; the firm ceiling is decided
/// at request time and stored with its rule and citation; allocation grants in ranking order, partly
/// grants the last, refuses the rest; an employer sees only its own requests.
/// Every test works in a year of its own, so the tests of the class do not disturb each other.
/// </summary>
public sealed class QuotaTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static int _year = 2060;
    private static int NextYear() => Interlocked.Increment(ref _year);

    /// <summary>The demo employer as a services firm with 650 national employees: 35 % allows 350 foreign workers in all.</summary>
    private async Task<(Guid Id, int Foreign)> ServicesEmployerAsync()
    {
        var id = (await app.AccountAsync("employer")).EmployerId!.Value;
        await app.WithDbAsync(async db =>
        {
            var e = await db.Employers.SingleAsync(x => x.Id == id);
            if (e.IsicSection != "G" || e.NationalEmployees != 650)
            {
                e.Update(e.Name, "G", "47", e.OrgUnitId, 650, e.Address, e.Phone, e.Email);
                await db.SaveChangesAsync();
            }
        });
        var foreign = await app.WithDbAsync(db => db.MigrantWorkers.CountAsync(w => w.CurrentEmployerId == id && w.Direction == MigrationDirection.Inbound));
        return (id, foreign);
    }

    private async Task<(Guid Quota, Guid Round)> OpenRoundAsync(string section, int total, int released, int? year = null)
    {
        var officer = await app.ApiClientAsync("policy-officer");
        var created = await officer.PostAsJsonAsync("/api/v1/admission/quotas", new { year = year ?? NextYear(), isicSection = section, total });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var quota = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var opened = await officer.PostAsJsonAsync("/api/v1/admission/quotas/rounds",
            new { quotaId = quota, released, opensOn = AppExtensions.Iso(app.Today()), closesOn = AppExtensions.Iso(app.Today().AddDays(10)) });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (quota, (await opened.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_quota_holds_back_the_policy_sets_reserve()
    {
        var year = NextYear();
        var (quota, _) = await OpenRoundAsync("C", 150, 20, year);
        var list = await (await app.ApiClientAsync("analyst")).GetFromJsonAsync<JsonElement>($"/api/v1/admission/quotas?year={year}");
        var q = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(quota, q.GetProperty("id").GetGuid());
        Assert.Equal(30, q.GetProperty("reserve").GetInt32()); // QUOTA-RESERVE 20 % of 150
        Assert.Equal(150, q.GetProperty("remaining").GetInt32());
        // Ordinary rounds release at most the quota less its reserve.
        var over = await (await app.ApiClientAsync("policy-officer")).PostAsJsonAsync("/api/v1/admission/quotas/rounds",
            new { quotaId = quota, released = 101, opensOn = AppExtensions.Iso(app.Today()), closesOn = AppExtensions.Iso(app.Today()) });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Equal(["released"], (await over.JsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Exactly_at_the_firm_ceiling_is_accepted_and_stored_with_its_decision_and_points()
    {
        var (employerId, foreign) = await ServicesEmployerAsync();
        var (_, round) = await OpenRoundAsync("G", 1000, 400);
        var client = await app.ApiClientAsync("employer");

        var response = await client.PostAsJsonAsync($"/api/v1/admission/quotas/rounds/{round}/requests",
            new { requested = 350 - foreign, housing = true, training = true, safety = false });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Requested", body.GetProperty("status").GetString());
        Assert.Equal(25, body.GetProperty("points").GetInt32());
        var stored = await app.WithDbAsync(db => db.QuotaRequests.AsNoTracking().SingleAsync(r => r.RoundId == round));
        Assert.Equal(employerId, stored.EmployerId);
        Assert.Equal([new PointItem("housing", 1, 20), new PointItem("training", 1, 5)], stored.Breakdown);
        var decision = await app.WithDbAsync(db => db.AdmissionDecisions.AsNoTracking().SingleAsync(d => d.Id == stored.DecisionId));
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        var ceiling = decision.Results.Single(r => r.RuleId == "CEIL-SERVICES");
        Assert.True(ceiling.Passed);
        Assert.Equal(["350", "1000", "35"], ceiling.Args);
    }

    [Fact]
    public async Task One_over_the_firm_ceiling_is_refused_with_the_rule_and_its_citation()
    {
        var (_, foreign) = await ServicesEmployerAsync();
        var (_, round) = await OpenRoundAsync("G", 1000, 400);
        var client = await app.ApiClientAsync("employer");

        var response = await client.PostAsJsonAsync($"/api/v1/admission/quotas/rounds/{round}/requests", new { requested = 351 - foreign });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Refused", (await response.JsonAsync()).GetProperty("status").GetString());
        var stored = await app.WithDbAsync(db => db.QuotaRequests.AsNoTracking().SingleAsync(r => r.RoundId == round));
        Assert.Equal(QuotaRequestStatus.Refused, stored.Status);
        Assert.True(stored.OverCeiling);
        var decision = await app.WithDbAsync(db => db.AdmissionDecisions.AsNoTracking().SingleAsync(d => d.Id == stored.DecisionId));
        Assert.Equal(DecisionOutcome.Refused, decision.Outcome);
        var failed = Assert.Single(decision.Failed);
        Assert.Equal("CEIL-SERVICES", failed.RuleId);
        Assert.Equal("Policy default (Singapore MOM, services)", failed.Citation);
        Assert.Equal("351 foreign workers of 1001 in all after this request; at most 35 % may be foreign.", failed.Text);
        // The refused request does not compete in the ranking.
        var details = await (await app.ApiClientAsync("admission-officer")).GetFromJsonAsync<JsonElement>($"/api/v1/admission/quotas/rounds/{round}");
        Assert.Equal(JsonValueKind.Null, details.GetProperty("ranking")[0].GetProperty("rank").ValueKind);
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_stores_nothing()
    {
        await ServicesEmployerAsync();
        var (quota, round) = await OpenRoundAsync("G", 100, 10);
        var before = await app.WithDbAsync(async db => (await db.QuotaRequests.CountAsync(), await db.AuditEvents.CountAsync(), await db.AdmissionDecisions.CountAsync()));

        var bad = await (await app.ApiClientAsync("employer")).PostAsJsonAsync($"/api/v1/admission/quotas/rounds/{round}/requests",
            new { requested = 0, originCountry = "XXX" });
        var slot = await (await app.ApiClientAsync("admission-officer")).PostAsJsonAsync($"/api/v1/admission/quotas/{quota}/approve-slot", new { });
        var quotaBad = await (await app.ApiClientAsync("policy-officer")).PostAsJsonAsync("/api/v1/admission/quotas", new { year = 1900, isicSection = "ZZ", total = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["originCountry", "requested"], (await bad.JsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.BadRequest, slot.StatusCode);
        Assert.Equal(["employerId", "reason"], (await slot.JsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.BadRequest, quotaBad.StatusCode);
        Assert.Equal(["isicSection", "total", "year"], (await quotaBad.JsonAsync()).ErrorFields());
        var after = await app.WithDbAsync(async db => (await db.QuotaRequests.CountAsync(), await db.AuditEvents.CountAsync(), await db.AdmissionDecisions.CountAsync()));
        Assert.Equal(before, after);
        Assert.Equal(0, await app.WithDbAsync(db => db.NationalQuotas.Where(q => q.Id == quota).Select(q => q.Allocated).SingleAsync()));
    }

    [Fact]
    public async Task Roles_that_may_not_act_are_refused()
    {
        var (quota, round) = await OpenRoundAsync("G", 100, 10);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("analyst"))
            .PostAsJsonAsync($"/api/v1/admission/quotas/rounds/{round}/requests", new { requested = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("employer"))
            .PostAsync($"/api/v1/admission/quotas/rounds/{round}/allocate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("admission-officer"))
            .PostAsJsonAsync("/api/v1/admission/quotas", new { year = NextYear(), isicSection = "F", total = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("policy-officer"))
            .PostAsJsonAsync($"/api/v1/admission/quotas/{quota}/approve-slot", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("worker")).GetAsync("/api/v1/admission/quotas")).StatusCode);
    }

    /// <summary>Three other employers' requests stored directly, scored at allocation: bonuses, a fatal accident, and a tie.</summary>
    private async Task<Guid[]> CompetitorsAsync(Guid round, Guid exclude, params (int Requested, bool Housing, bool Training, bool Accident, int Minute)[] specs)
    {
        var start = app.Clock.GetUtcNow().UtcDateTime.AddHours(-1);
        return await app.WithDbAsync(async db =>
        {
            // Fresh employers, so no flag recorded by the seed or another test changes their points.
            var orgUnit = await db.Employers.Where(e => e.Id == exclude).Select(e => e.OrgUnitId).SingleAsync();
            var employers = specs.Select((_, i) => new Employer($"Q{Guid.NewGuid():N}"[..12], $"ТОО «Квота {i}»", "G", "47", orgUnit, 100)).ToList();
            db.Employers.AddRange(employers);
            var ids = new List<Guid>();
            foreach (var (spec, e) in specs.Zip(employers))
            {
                var r = new QuotaRequest(round, e.Id, spec.Requested, null, spec.Housing, spec.Training, false, start.AddMinutes(spec.Minute));
                db.QuotaRequests.Add(r);
                if (spec.Accident) db.EmployerFlags.Add(new EmployerFlag(e.Id, EmployerFlagKind.FatalAccident, app.Today().AddMonths(-1), "Test accident"));
                ids.Add(r.Id);
            }
            await db.SaveChangesAsync();
            return ids.ToArray();
        });
    }

    [Fact]
    public async Task Allocation_grants_in_ranking_order_partly_grants_the_last_and_refuses_the_rest()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var (quota, round) = await OpenRoundAsync("G", 100, 10);
        // 25 points; 20 points; 20 points but later (tie → earlier first); 0 − 10 = −10 points.
        var ids = await CompetitorsAsync(round, employerId, (6, true, true, false, 0), (3, true, false, false, 5), (5, true, false, false, 1), (2, false, false, true, 2));
        var officer = await app.ApiClientAsync("admission-officer");
        var before = await app.WithDbAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));

        var response = await officer.PostAsync($"/api/v1/admission/quotas/rounds/{round}/allocate", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ranking = (await response.JsonAsync()).GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal([ids[0], ids[2], ids[1], ids[3]], ranking.Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal([1, 2, 3, 4], ranking.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal([25, 20, 20, -10], ranking.Select(r => r.GetProperty("points").GetInt32()));
        Assert.Equal([6, 4, 0, 0], ranking.Select(r => r.GetProperty("granted").GetInt32()));
        Assert.Equal(["Granted", "PartlyGranted", "Refused", "Refused"], ranking.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([null, "No quota left in this round.", "No quota left in this round.", "No quota left in this round."],
            ranking.Select(r => r.GetProperty("note").GetString()));
        var accident = ranking[3].GetProperty("breakdown").EnumerateArray().Single();
        Assert.Equal(("fatalAccident", 1, -10), (accident.GetProperty("key").GetString(), accident.GetProperty("count").GetInt32(), accident.GetProperty("points").GetInt32()));

        var (allocated, roundAllocated) = await app.WithDbAsync(async db => (
            await db.NationalQuotas.Where(q => q.Id == quota).Select(q => q.Allocated).SingleAsync(),
            await db.QuotaRounds.Where(r => r.Id == round).Select(r => r.Allocated).SingleAsync()));
        Assert.Equal((10, 10), (allocated, roundAllocated));
        var events = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Sequence > before).ToListAsync());
        Assert.Contains(events, e => e.Action == "quota.round-allocated" && e.EntityId == round.ToString());

        // A second allocation of the same round is refused, and takes nothing.
        var again = await officer.PostAsync($"/api/v1/admission/quotas/rounds/{round}/allocate", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(10, await app.WithDbAsync(db => db.NationalQuotas.Where(q => q.Id == quota).Select(q => q.Allocated).SingleAsync()));
    }

    [Fact]
    public async Task The_ranking_page_shows_each_employers_points_breakdown()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var (_, round) = await OpenRoundAsync("G", 100, 10);
        await CompetitorsAsync(round, employerId, (6, true, true, false, 0), (2, false, false, true, 2));
        await (await app.ApiClientAsync("admission-officer")).PostAsync($"/api/v1/admission/quotas/rounds/{round}/allocate", null);

        var page = await (await app.BrowserClientAsync("analyst")).GetHtmlAsync($"/quotas/rounds/{round}");

        var rows = page.QuerySelectorAll("table tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Bonus: decent housing provided", rows[0].TextContent);
        Assert.Contains("+20", rows[0].TextContent);
        Assert.Contains("Penalty per fatal accident", rows[1].TextContent);
        Assert.Contains("-10", rows[1].TextContent);
        Assert.Null(page.QuerySelector("form button.primary")); // analysts read; they do not allocate
    }

    [Fact]
    public async Task An_employer_sees_only_its_own_requests()
    {
        var (employerId, _) = await ServicesEmployerAsync();
        var (_, round) = await OpenRoundAsync("G", 100, 10);
        var others = await CompetitorsAsync(round, employerId, (6, true, true, false, 0), (2, false, false, false, 2));
        var employer = await app.ApiClientAsync("employer");
        var own = await employer.PostAsJsonAsync($"/api/v1/admission/quotas/rounds/{round}/requests", new { requested = 1 });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);

        var seen = await employer.GetFromJsonAsync<JsonElement>($"/api/v1/admission/quotas/rounds/{round}");
        var all = await (await app.ApiClientAsync("admission-officer")).GetFromJsonAsync<JsonElement>($"/api/v1/admission/quotas/rounds/{round}");

        var row = Assert.Single(seen.GetProperty("ranking").EnumerateArray());
        Assert.Equal(employerId, row.GetProperty("employerId").GetGuid());
        Assert.Equal(3, all.GetProperty("ranking").GetArrayLength());
        var body = seen.GetRawText();
        foreach (var other in others) Assert.DoesNotContain(other.ToString(), body);
        // The page shows the same: one row, its own.
        var page = await (await app.BrowserClientAsync("employer")).GetHtmlAsync($"/quotas/rounds/{round}");
        Assert.Single(page.QuerySelectorAll("table tbody tr"));
    }

    [Fact]
    public async Task An_employer_requests_through_the_form_and_reads_the_ceiling_decision()
    {
        var (_, foreign) = await ServicesEmployerAsync();
        var (_, round) = await OpenRoundAsync("G", 1000, 400);
        var client = await app.BrowserClientAsync("employer");

        var response = await CorridorAppFactory.PostFormAsync(client, $"/quotas/rounds/{round}/request",
            new() { ["Input.Requested"] = (351 - foreign).ToString(), ["Input.Housing"] = "true" });

        var html = await response.HtmlAsync();
        Assert.Contains("CEIL-SERVICES", html.QuerySelector(".decision")!.TextContent);
        Assert.Contains("Policy default (Singapore MOM, services)", html.QuerySelector(".decision")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.QuotaRequests.CountAsync(r => r.RoundId == round)));
    }

    [Fact]
    public async Task Allocation_grants_only_what_the_national_quota_has_left_after_single_slot_approvals()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var officer = await app.ApiClientAsync("policy-officer");
        var created = await officer.PostAsJsonAsync("/api/v1/admission/quotas", new { year = NextYear(), isicSection = "G", total = 10, reserve = 0 });
        var quota = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var opened = await officer.PostAsJsonAsync("/api/v1/admission/quotas/rounds",
            new { quotaId = quota, released = 10, opensOn = AppExtensions.Iso(app.Today()), closesOn = AppExtensions.Iso(app.Today()) });
        var round = (await opened.JsonAsync()).GetProperty("id").GetGuid();
        var ids = await CompetitorsAsync(round, employerId, (6, true, false, false, 0), (5, false, false, false, 1));
        var admission = await app.ApiClientAsync("admission-officer");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await admission.PostAsJsonAsync($"/api/v1/admission/quotas/{quota}/approve-slot",
                new { employerId, reason = "Individual case" })).StatusCode);

        var response = await admission.PostAsync($"/api/v1/admission/quotas/rounds/{round}/allocate", null);

        var ranking = (await response.JsonAsync()).GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal([ids[0], ids[1]], ranking.Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal([6, 1], ranking.Select(r => r.GetProperty("granted").GetInt32()));
        Assert.Equal(10, await app.WithDbAsync(db => db.NationalQuotas.Where(q => q.Id == quota).Select(q => q.Allocated).SingleAsync()));
        var slot = await admission.PostAsJsonAsync($"/api/v1/admission/quotas/{quota}/approve-slot", new { employerId, reason = "One more" });
        Assert.Equal(HttpStatusCode.Conflict, slot.StatusCode);
        Assert.Contains("No quota left for sector G", (await slot.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_admission_officer_allocates_through_the_round_page()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var (_, round) = await OpenRoundAsync("G", 100, 4);
        var ids = await CompetitorsAsync(round, employerId, (3, false, false, false, 0), (3, false, true, false, 1));
        var client = await app.BrowserClientAsync("admission-officer");

        var response = await CorridorAppFactory.PostFormAsync(client, $"/quotas/rounds/{round}?handler=Allocate", [], formPage: $"/quotas/rounds/{round}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var granted = await app.WithDbAsync(db => db.QuotaRequests.Where(r => r.RoundId == round).ToDictionaryAsync(r => r.Id, r => r.Granted));
        Assert.Equal((1, 3), (granted[ids[0]], granted[ids[1]])); // training (5 points) ranks the later request first
        var page = await client.GetHtmlAsync($"/quotas/rounds/{round}");
        Assert.DoesNotContain(page.QuerySelectorAll("button"), b => b.TextContent.Contains("Allocate by ranking"));
    }
}
