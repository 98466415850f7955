using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Policy;
using Corridor.Testing;
using Corridor.Web.Features.Forecasts;
using Corridor.Web.Tests.Policy;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Forecasts;

/// <summary>A tiny constructed WPP folder for Kazakhstan (M49 398): 1,000 thousand per sex in 20–24 and 25–29, 2015 to 2050.</summary>
internal static class ConstructedWpp
{
    public static async Task LoadAsync(CorridorAppFactory app)
    {
        var folder = Directory.CreateTempSubdirectory("corridor-wpp-").FullName;
        foreach (var (file, years) in new[] { ("popM", "2015\t2020"), ("popF", "2015\t2020"),
                     ("popMprojMed", "2025\t2030\t2035\t2040\t2045\t2050"), ("popFprojMed", "2025\t2030\t2035\t2040\t2045\t2050") })
        {
            var n = years.Split('\t').Length;
            var values = string.Join('\t', Enumerable.Repeat("1000", n));
            await File.WriteAllTextAsync(Path.Combine(folder, file + ".tsv"),
                $"country_code\tname\tage\t{years}\n398\tKazakhstan\t20-24\t{values}\n398\tKazakhstan\t25-29\t{values}\n");
        }
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UnDataImport>().WppAsync(folder, null, default);
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>
/// The quota recommendation goes into a draft policy set and nowhere else until a second officer activates it; then the
/// quotas page offers its annual quotas. Each test has an app of its own: it moves the clock.
/// </summary>
public sealed class QuotaRecommendationFlowTests
{
    [DatabaseTheory]
    public async Task Copying_the_recommendation_makes_a_draft_only_and_a_second_officer_activates_it(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(AppExtensions.Small);
        await ConstructedWpp.LoadAsync(app);

        var recommendation = await (await (await app.ApiClientAsync("policy-officer")).GetAsync("/api/v1/forecasts/quotas")).JsonAsync();
        var year = recommendation.GetProperty("year").GetInt32();
        var share = recommendation.GetProperty("sharePercent").GetDecimal();
        var lines = recommendation.GetProperty("lines").EnumerateArray().ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            // Recommended = ⌊unmet × share⌋, at most the ceiling room.
            var raw = (int)decimal.Floor(line.GetProperty("unmetDemand").GetDecimal() * share / 100);
            Assert.Equal(raw, line.GetProperty("raw").GetInt32());
            var room = line.GetProperty("ceilingHeadroom");
            Assert.Equal(room.ValueKind == JsonValueKind.Null ? raw : Math.Min(raw, room.GetInt32()), line.GetProperty("recommended").GetInt32());
        }
        var expected = lines.ToDictionary(l => l.GetProperty("section").GetString()!, l => l.GetProperty("recommended").GetInt32());
        Assert.Contains(expected.Values, v => v > 0);
        var inForce = await InForceAsync(app);

        var officer = await app.BrowserClientAsync("policy-officer");
        var copied = await officer.SubmitAsync("/forecasts/quotas", f => f.Handler("Copy"));

        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var number = int.Parse(copied.Location().Split('/').Last());
        var draft = await app.PolicySetAsync(number);
        Assert.Equal(PolicySetStatus.Draft, draft.Status);
        foreach (var (section, value) in expected) Assert.Equal(value, draft.Rules.GetInt("QUOTA-ANNUAL", section));
        // Nothing changed for anyone: the same set is in force, with no annual quota.
        var still = await InForceAsync(app);
        Assert.Equal((inForce.Number, inForce.RulesJson), (still.Number, still.RulesJson));
        Assert.All(expected.Keys, s => Assert.Equal(0, still.Rules.GetInt("QUOTA-ANNUAL", s)));
        Assert.DoesNotContain("Set this quota", await (await officer.GetAsync($"/quotas?year={year}")).Content.ReadAsStringAsync());

        // Maker-checker: the officer who copied cannot activate; another officer can.
        var own = await officer.SubmitAsync($"/policy/{number}", f => f.Handler("Activate"));
        Assert.Contains("A second officer must activate a policy set", await own.TextAsync());
        Assert.Equal(PolicySetStatus.Draft, (await app.PolicySetAsync(number)).Status);
        var activated = await (await app.BrowserClientAsync("admin")).SubmitAsync($"/policy/{number}", f => f.Handler("Activate"));
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal(PolicySetStatus.Active, (await app.PolicySetAsync(number)).Status);

        // From its effective date the quotas page offers the annual quotas, and one click sets a year's quota.
        app.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(number, (await InForceAsync(app)).Number);
        var taken = await app.WithDbAsync(db => db.NationalQuotas.Where(q => q.Year == year).Select(q => q.IsicSection).ToListAsync());
        var (pick, total) = expected.First(kv => kv.Value > 0 && !taken.Contains(kv.Key));
        var later = await app.BrowserClientAsync("policy-officer");
        var set = await later.SubmitAsync($"/quotas?year={year}",
            f => f.QuerySelector($"input[type=hidden][name='Input.IsicSection'][value='{pick}']") is not null);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var quota = await app.WithDbAsync(db => db.NationalQuotas.AsNoTracking().SingleAsync(q => q.Year == year && q.IsicSection == pick));
        Assert.Equal((total, number), (quota.Total, quota.PolicySetNumber));
    }

    private static Task<PolicySet> InForceAsync(CorridorAppFactory app) => app.WithDbAsync(db =>
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        return db.PolicySets.AsNoTracking().Where(s => s.Status == PolicySetStatus.Active && s.EffectiveFrom <= today)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Number).FirstAsync();
    });
}

/// <summary>Who may see and do what on the forecast pages; saving scenarios and participation rates; the projection on the page.</summary>
public sealed class ForecastPagesTests(SeededApps apps) : IClassFixture<SeededApps>
{
    private static readonly string[] Pages = ["/statistics/corridors", "/forecasts/labour-force", "/forecasts/participation", "/forecasts/shortages", "/forecasts/quotas"];
    private static readonly string[] Apis = ["/api/v1/statistics/corridors", "/api/v1/forecasts/labour-force", "/api/v1/forecasts/shortages", "/api/v1/forecasts/quotas"];

    [DatabaseTheory]
    public async Task Forecasts_are_for_analysts_policy_officers_and_admins_and_only_policy_staff_copy_into_a_draft(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        foreach (var role in new[] { "analyst", "policy-officer", "admin" })
        {
            var browser = await app.BrowserClientAsync(role);
            foreach (var page in Pages) Assert.True(HttpStatusCode.OK == (await browser.GetAsync(page)).StatusCode, $"{role} {page}");
            var api = await app.ApiClientAsync(role);
            foreach (var path in Apis) Assert.True(HttpStatusCode.OK == (await api.GetAsync(path)).StatusCode, $"{role} {path}");
        }
        foreach (var role in new[] { "employer", "worker", "inspector", "admission-officer", "social-partner" })
        {
            var browser = await app.BrowserClientAsync(role);
            foreach (var page in Pages) Assert.True(Denied(await browser.GetAsync(page)), $"{role} {page}");
            var api = await app.ApiClientAsync(role);
            foreach (var path in Apis) Assert.True(HttpStatusCode.Forbidden == (await api.GetAsync(path)).StatusCode, $"{role} {path}");
        }
        foreach (var path in Apis) Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.AnonymousClient().GetAsync("/forecasts/quotas")).StatusCode);

        // Analysts read the recommendation but do not change policy.
        var sets = await app.WithDbAsync(db => db.PolicySets.CountAsync());
        var analyst = await app.ApiClientAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/v1/forecasts/quotas/copy-to-draft", new { })).StatusCode);
        var analystPage = await (await app.BrowserClientAsync("analyst")).GetHtmlAsync("/forecasts/quotas");
        Assert.DoesNotContain(analystPage.Forms, f => f.Handler("Copy"));
        var forged = await AppFactoryForms.PostAsync(await app.BrowserClientAsync("analyst"), "/forecasts/quotas?handler=Copy", "/forecasts/quotas");
        Assert.True(Denied(forged));
        Assert.Equal(sets, await app.WithDbAsync(db => db.PolicySets.CountAsync()));
    }

    /// <summary>A signed-in account without the permission is sent to the access-denied page.</summary>
    private static bool Denied(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Redirect && r.Location().Contains("/account/access-denied", StringComparison.Ordinal);

    [DatabaseTheory]
    public async Task An_analyst_saves_a_scenario_and_a_rate_version_and_bad_input_changes_nothing(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = await app.BrowserClientAsync("analyst");
        var scenarios = await app.WithDbAsync(db => db.LabourForceScenarios.CountAsync());
        var audit = await app.AuditCountAsync();

        var bad = await CorridorAppFactory.PostFormAsync(analyst, "/forecasts/labour-force?handler=Save", new()
        {
            ["Input.Name"] = "", ["Input.BaseYear"] = "2021", ["Input.Path"] = "Constant", ["Input.BaseEmployment[C]"] = "100", ["Input.Growth[C]"] = "50",
        }, "/forecasts/labour-force");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var text = await bad.TextAsync();
        Assert.Contains("Give the scenario a name.", text);
        Assert.Contains("Choose a base year from 2020 to 2045, in steps of 5.", text);
        Assert.Contains("Between -20 and 20.", text);
        Assert.Equal(scenarios, await app.WithDbAsync(db => db.LabourForceScenarios.CountAsync()));
        Assert.Equal(audit, await app.AuditCountAsync());

        var name = "Women participation rising " + Guid.NewGuid().ToString("N")[..6];
        var saved = await CorridorAppFactory.PostFormAsync(analyst, "/forecasts/labour-force?handler=Save", new()
        {
            ["Input.Name"] = name, ["Input.BaseYear"] = "2020", ["Input.Path"] = "LinearToTarget", ["Input.Targets[F:25-29]"] = "85",
            ["Input.BaseEmployment[C]"] = "700", ["Input.Growth[C]"] = "2.5", ["Input.BaseEmployment[F]"] = "650", ["Input.Growth[F]"] = "3",
        }, "/forecasts/labour-force");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var scenario = await app.WithDbAsync(db => db.LabourForceScenarios.AsNoTracking().SingleAsync(s => s.Name == name));
        Assert.Equal(Corridor.Domain.Forecasts.RatePath.LinearToTarget, scenario.Path);
        Assert.Equal(85m, scenario.Targets["F:25-29"]);
        Assert.Equal(["C", "F"], scenario.Demand.Select(d => d.Section));
        var page = await (await analyst.GetAsync($"/forecasts/labour-force?scenario={scenario.Id}")).Content.ReadAsStringAsync();
        Assert.Contains(name, page);

        // A rate of 120 % is refused on its field; a full version with a source is stored as the next number.
        var rates = Corridor.Domain.Forecasts.ParticipationRateSet.Defaults().ToDictionary(kv => $"Input.Rates[{kv.Key}]", kv => kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var versions = await app.WithDbAsync(db => db.ParticipationRateSets.CountAsync());
        var refused = await CorridorAppFactory.PostFormAsync(analyst, "/forecasts/participation",
            new(rates) { ["Input.Rates[M:30-34]"] = "120", ["Input.Source"] = "LFS 2024" });
        Assert.Contains("A rate is a percentage between 0 and 100.", await refused.TextAsync());
        Assert.Equal(versions, await app.WithDbAsync(db => db.ParticipationRateSets.CountAsync()));
        var stored = await CorridorAppFactory.PostFormAsync(analyst, "/forecasts/participation",
            new(rates) { ["Input.Rates[M:30-34]"] = "91.5", ["Input.Source"] = "Labour force survey 2024, table 3.1" });
        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        var latest = await app.WithDbAsync(db => db.ParticipationRateSets.AsNoTracking().OrderByDescending(r => r.Number).FirstAsync());
        Assert.Equal((versions + 1, 91.5m, false), (latest.Number, latest.Rates["M:30-34"], latest.IsDefault));

        // Employers may not save scenarios even by posting the form directly.
        var employer = await app.BrowserClientAsync("employer");
        var forbidden = await AppFactoryForms.PostAsync(employer, "/forecasts/labour-force?handler=Save", "/");
        Assert.True(Denied(forbidden));
    }

    [DatabaseTheory]
    public async Task The_shortage_list_ranks_occupations_with_their_evidence(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var report = await (await (await app.ApiClientAsync("analyst")).GetAsync("/api/v1/forecasts/shortages?months=24")).JsonAsync();
        var entries = report.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.GetProperty("rank").GetInt32()));
        var scores = entries.Select(e => e.GetProperty("score").GetDecimal()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        foreach (var e in entries)
        {
            var ev = e.GetProperty("evidence");
            Assert.Equal(ev.GetProperty("unfilledPosts").GetInt32() + ev.GetProperty("permitApplications").GetInt32(), e.GetProperty("score").GetDecimal());
        }
        var csv = await (await app.BrowserClientAsync("analyst")).GetAsync("/forecasts/shortages?months=24&table=shortage-occupations&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("rank,occupation,", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }
}

/// <summary>Posts a form with a valid anti-forgery token taken from another page the client may open.</summary>
internal static class AppFactoryForms
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string tokenPage) =>
        CorridorAppFactory.PostFormAsync(client, path, [], tokenPage);
}
