using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Corridor.Domain.Statistics;
using Corridor.Testing;
using Corridor.Web.Features.Statistics;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Statistics;

/// <summary>
/// The analytics rebuild on each database over a constructed data set (three Nepali workers in 2015, which the demo
/// country never touches, so the figures can be worked out by hand), its files, the small-cell rule and who may see what.
/// </summary>
public sealed class StatisticsTests
{
    private const string Origin = "NPL";

    /// <summary>
    /// Employer in construction (F). Sita F born 1990-01-01 (7112) arrives 2015-02-04; Gita F born 1992-01-01 (7112)
    /// arrives 2015-03-04, her permit is cancelled 2015-08-10; Ram M born 1985-06-01 (9312) arrives 2015-05-04 and had an
    /// earlier application refused on 2015-04-01 by PERMIT-AGE. Sita complains on 2015-06-01 (unpaid and late wages).
    /// </summary>
    private static async Task<(string Region, string[] Names)> ConstructAsync(CorridorAppFactory app)
    {
        return await app.WithDbAsync(async db =>
        {
            var district = await db.OrgUnits.OrderByDescending(u => u.Level).ThenBy(u => u.Code).FirstAsync();
            var vacancyId = await db.Vacancies.Select(v => v.Id).FirstAsync();
            var region = district.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];
            var employer = new Employer("STAT-TEST-1", "Statistics Test Builders", "F", "41", district.Id, 20);
            db.Employers.Add(employer);
            var policy = PolicySet.Draft(77, "Statistics test", new DateOnly(2015, 1, 1), PolicyRules.Defaults(), new Officer(null, "test"));
            MigrantWorker Worker(string given, string family, Sex sex, DateOnly born, string occupation) =>
                new(PublicNumber.New('W'), new WorkerParticulars(given, family, sex, born, Origin, "PA" + Random.Shared.Next(1_000_000, 9_999_999), Origin,
                    new DateOnly(2030, 1, 1), occupation, MigrationDirection.Inbound, null, "en", null, null), employer.Id);
            var sita = Worker("Sita", "Zyxwvutsrq", Sex.Female, new DateOnly(1990, 1, 1), "7112");
            var gita = Worker("Gita", "Qwertyzzz", Sex.Female, new DateOnly(1992, 1, 1), "7112");
            var ram = Worker("Ram", "Plokmijnzz", Sex.Male, new DateOnly(1985, 6, 1), "9312");
            db.MigrantWorkers.AddRange(sita, gita, ram);
            WorkPermit Permit(MigrantWorker w, DateOnly from)
            {
                var application = new WorkPermitApplication(employer.Id, w.Id, vacancyId, w.OccupationCode, 300000, 40, from, from.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
                var decision = new AdmissionDecision(WorkPermitApplication.DecisionSubject, application.Id, policy.Number, new { test = true },
                    [new RuleResult("PERMIT-AGE", true, "ok", [], "test")], DecisionOutcome.Approved, application.SubmittedAt);
                application.Decided(decision, autoApprove: true);
                var permit = new WorkPermit(application, from, policy);
                application.PermitIssued(permit);
                permit.Issue(from);
                permit.Activate(from.AddDays(3));
                db.AdmissionDecisions.Add(decision);
                db.WorkPermitApplications.Add(application);
                db.WorkPermits.Add(permit);
                return permit;
            }
            Permit(sita, new DateOnly(2015, 2, 1));
            Permit(gita, new DateOnly(2015, 3, 1)).Cancel("Returned home.", new DateOnly(2015, 8, 10));
            Permit(ram, new DateOnly(2015, 5, 1));
            var refused = new WorkPermitApplication(employer.Id, ram.Id, vacancyId, "9312", 300000, 40, new DateOnly(2015, 4, 1),
                new DateTime(2015, 4, 1, 9, 0, 0, DateTimeKind.Utc));
            var no = new AdmissionDecision(WorkPermitApplication.DecisionSubject, refused.Id, policy.Number, new { test = true },
                [new RuleResult("PERMIT-AGE", false, "too old", [], "test"), new RuleResult("PERMIT-WAGE", true, "ok", [], "test")],
                DecisionOutcome.Refused, refused.SubmittedAt);
            refused.Decided(no, autoApprove: true);
            db.AdmissionDecisions.Add(no);
            db.WorkPermitApplications.Add(refused);
            db.Complaints.Add(new Complaint(Complaint.NewTrackingCode(), ComplaintChannel.Officer, "en",
                [ComplaintCategory.UnpaidWages, ComplaintCategory.LateWages], "Wages not paid for May.",
                new ComplaintParties(employer.Id, null, null, null), sita.Id, null, false, null, new DateTime(2015, 6, 1, 10, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
            return (region, new[] { "Zyxwvutsrq", "Qwertyzzz", "Plokmijnzz" });
        });
    }

    private static async Task<RebuildSummary> RebuildAsync(CorridorAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RebuildStatistics>().RebuildNowAsync("test", default);
        Assert.True(outcome.IsOk, outcome.Message);
        Assert.Equal(RebuildStatus.Succeeded, outcome.Value!.Status);
        return outcome.Value;
    }

    private static Task<long> SumAsync(CorridorAppFactory app, string indicator, string period, string? sex = null, string? category = null) =>
        app.WithDbAsync(db => db.StatisticsValues.Where(v => v.Indicator == indicator && v.Period == period && v.Citizenship == Origin
            && (sex == null || v.Sex == sex) && (category == null || v.Category == category)).SumAsync(v => v.Value));

    [DatabaseTheory]
    public async Task Rebuild_computes_the_hand_checked_figures_replaces_the_table_and_audits_once(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(AppExtensions.Small);
        var (region, _) = await ConstructAsync(app);
        var first = await RebuildAsync(app);

        // Stock on 2015-06-30: Sita, Gita, Ram (2 women, 1 man); on 2015-09-30 Gita has left (1 woman, 1 man).
        Assert.Equal(3, await SumAsync(app, Indicators.Stock, "2015Q2"));
        Assert.Equal(2, await SumAsync(app, Indicators.Stock, "2015Q2", "F"));
        Assert.Equal(1, await SumAsync(app, Indicators.Stock, "2015Q3", "F"));
        Assert.Equal(1, await SumAsync(app, Indicators.Stock, "2015Q3", "M"));
        Assert.Equal(1, await SumAsync(app, Indicators.Stock, "201502"));
        // Age on 2015-06-30: Sita 25 → 25-29, Gita 23 → 20-24; region of the employer; ISCO 7 → skill level 2.
        var cells = await app.WithDbAsync(db => db.StatisticsValues.AsNoTracking()
            .Where(v => v.Indicator == Indicators.Stock && v.Period == "2015Q2" && v.Citizenship == Origin).ToListAsync());
        Assert.Equal(["20-24", "25-29", "30-34"], cells.Select(c => c.AgeGroup).Order());
        Assert.All(cells, c => Assert.Equal((region, "F"), (c.Region, c.Isic)));
        Assert.Equal(2, cells.Where(c => c.Isco == "7" && c.SkillLevel == "2").Sum(c => c.Value));
        // Flows: three arrivals (Feb, Mar, May), one departure (Gita, 2015-08-10), three permits issued.
        Assert.Equal(3, await SumAsync(app, Indicators.Inflow, "2015"));
        Assert.Equal(2, await SumAsync(app, Indicators.Inflow, "2015Q1", "F"));
        Assert.Equal(1, await SumAsync(app, Indicators.Outflow, "201508", "F"));
        Assert.Equal(3, await SumAsync(app, Indicators.PermitsIssued, "2015"));
        // Refused: Ram's application, by PERMIT-AGE only (PERMIT-WAGE passed).
        Assert.Equal(1, await SumAsync(app, Indicators.PermitsRefused, "201504", "M"));
        Assert.Equal(1, await SumAsync(app, Indicators.PermitsRefusedByRule, "2015", "M", "PERMIT-AGE"));
        Assert.Equal(0, await SumAsync(app, Indicators.PermitsRefusedByRule, "2015", category: "PERMIT-WAGE"));
        // Complaints: one per category, from a woman.
        Assert.Equal(1, await SumAsync(app, Indicators.Complaints, "2015Q2", "F", "UnpaidWages"));
        Assert.Equal(1, await SumAsync(app, Indicators.Complaints, "2015Q2", "F", "LateWages"));

        // A second rebuild replaces the table: the same rows, not twice as many.
        var rows = await app.WithDbAsync(db => db.StatisticsValues.CountAsync());
        Assert.Equal(first.Rows, rows);
        var second = await RebuildAsync(app);
        Assert.Equal(rows, await app.WithDbAsync(db => db.StatisticsValues.CountAsync()));
        Assert.Equal(first.Rows, second.Rows);
        Assert.Equal(3, await SumAsync(app, Indicators.Stock, "2015Q2"));
        // One audit action per rebuild and no event per analytics row.
        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == "statistics.rebuilt" || e.EntityType == nameof(StatisticsValue)).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal("statistics.rebuilt", e.Action));
        Assert.Contains($"\"rows\":{rows}", audit[0].Data.Replace(" ", ""));
    }

    [DatabaseTheory]
    public async Task Files_hold_exactly_the_filtered_rows_and_small_cells_are_suppressed_outside_the_ministry(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(AppExtensions.Small);
        await ConstructAsync(app);
        await RebuildAsync(app);
        var analyst = await app.ApiClientAsync("analyst");
        const string query = "/api/v1/statistics/data?indicator=MW_STOCK&period=2015Q2&citizenship=NPL";

        var json = await analyst.GetFromJsonAsync<JsonElement>(query);
        var rows = json.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(3, rows.Sum(r => r.GetProperty("value").GetInt64()));

        var csv = Encoding.UTF8.GetString(await analyst.GetByteArrayAsync(query + "&format=csv")).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("indicator,period,region,sex,ageGroup,citizenship,isco,skillLevel,isic,category,value", csv[0]);
        Assert.Equal(rows.Select(r => $"MW_STOCK,2015Q2,{r.GetProperty("region").GetString()},{r.GetProperty("sex").GetString()},{r.GetProperty("ageGroup").GetString()},NPL,{r.GetProperty("isco").GetString()},{r.GetProperty("skillLevel").GetString()},F,_Z,1"),
            csv[1..]);

        var xlsx = await analyst.GetAsync(query + "&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);

        var sdmx = (await analyst.GetStringAsync(query + "&format=sdmx-csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("DATAFLOW,REF_AREA,INDICATOR,FREQ,SEX,AGE,", sdmx[0]);
        Assert.Equal(4, sdmx.Length);
        Assert.Contains(sdmx, l => l.Contains(",Q,SEX_F,AGE_5YRBANDS_Y25-29,NPL,OCU_ISCO08_7,OCU_SKILL_L2,ECO_ISIC4_F,", StringComparison.Ordinal)
            && l.EndsWith(",2015-Q2,1,F", StringComparison.Ordinal));

        // Women only: the filter narrows the rows.
        var women = await analyst.GetFromJsonAsync<JsonElement>(query + "&sex=F");
        Assert.Equal(2, women.GetArrayLength());

        // A social partner is outside the ministry: counts below 5 have no value, in the API and in the files.
        var partner = await app.ApiClientAsync("social-partner");
        var suppressed = await partner.GetFromJsonAsync<JsonElement>(query);
        Assert.Equal(3, suppressed.GetArrayLength());
        Assert.All(suppressed.EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("value").ValueKind));
        var partnerCsv = Encoding.UTF8.GetString(await partner.GetByteArrayAsync(query + "&format=csv"));
        Assert.Contains(",<5", partnerCsv);
        Assert.DoesNotContain(",1\r\n", partnerCsv);
        var partnerSdmx = await partner.GetStringAsync(query + "&format=sdmx-csv");
        Assert.Contains(",2015-Q2,,C", partnerSdmx);
    }

    [Fact]
    public async Task Workers_and_employers_are_refused_analysts_see_no_names_and_rebuild_in_the_background()
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync(AppExtensions.Small);
        var (_, names) = await ConstructAsync(app);

        foreach (var role in new[] { "worker", "employer" })
        {
            var api = await app.ApiClientAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/statistics/data?indicator=MW_STOCK")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/statistics/indicators")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/v1/statistics/rebuilds", null)).StatusCode);
            var browser = await app.BrowserClientAsync(role);
            var page = await browser.GetAsync("/statistics");
            Assert.Contains("/account/access-denied", page.Headers.Location!.ToString());
        }
        // A social partner may read but not rebuild.
        var socialPartner = await app.ApiClientAsync("social-partner");
        Assert.Equal(HttpStatusCode.Forbidden, (await socialPartner.PostAsync("/api/v1/statistics/rebuilds", null)).StatusCode);

        var analyst = await app.ApiClientAsync("analyst");
        var started = await analyst.PostAsync("/api/v1/statistics/rebuilds", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        await app.Services.GetRequiredService<StatisticsRebuildRunner>().Current;
        var runs = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/statistics/rebuilds");
        Assert.Equal("Succeeded", runs[0].GetProperty("status").GetString());
        Assert.True(runs[0].GetProperty("rows").GetInt64() > 0);

        var indicators = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/statistics/indicators");
        Assert.Contains(indicators.EnumerateArray(), i => i.GetProperty("code").GetString() == "MW_STOCK"
            && i.GetProperty("reference").GetString()!.Contains("20th ICLS", StringComparison.Ordinal));

        var web = await app.BrowserClientAsync("analyst");
        var response = await web.GetAsync("/statistics?Query.Indicator=MW_STOCK&Query.Period=2015Q2&Query.Citizenship=NPL&Query.By=age");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Figures last rebuilt", html);
        Assert.Contains("<svg role=\"img\"", html);
        Assert.Contains("/statistics/recruitment-costs", html);
        Assert.Contains("25-29", html);
        foreach (var name in names) Assert.DoesNotContain(name, html);
        var csv = await web.GetStringAsync("/statistics?Query.Indicator=MW_STOCK&Query.Period=2015Q2&Query.Citizenship=NPL&Query.By=age&table=MW_STOCK-2015Q2-by-age&format=csv");
        Assert.Equal(["age,female,male,notRecorded,total", "20-24,1,0,0,1", "25-29,1,0,0,1", "30-34,0,1,0,1"],
            csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        foreach (var name in names) Assert.DoesNotContain(name, csv);
        Assert.Equal(HttpStatusCode.OK, (await web.GetAsync("/statistics/indicators/MW_INFLOW")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await web.GetAsync("/statistics/indicators/NOPE")).StatusCode);
        var bad = await web.GetStringAsync("/statistics?Query.Period=2015Q9");
        Assert.Contains("Give the period as 2025, 2025Q1 or 202503.", bad);
    }
}
