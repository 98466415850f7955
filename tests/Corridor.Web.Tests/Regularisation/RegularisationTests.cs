using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Infrastructure.Seed;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Regularisation;

/// <summary>A seeded app whose public-form limit is out of the way, so the class's anonymous posts are not throttled.</summary>
public sealed class RegularisationApp : CorridorAppFactory, IAsyncLifetime
{
    public RegularisationApp() : this(TestProvider.Sqlite) { }
    internal RegularisationApp(TestProvider provider) : base(provider) => WithSetting("Auth:PublicFormRequestsPerMinute", "10000");
    async Task IAsyncLifetime.InitializeAsync() => await SeedAsync();
    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>A <see cref="RegularisationApp"/> on each provider, seeded on first use.</summary>
public sealed class RegularisationApps() : ProviderApps<RegularisationApp>(async provider =>
{
    var app = new RegularisationApp(provider);
    try
    {
        await app.SeedAsync();
        return app;
    }
    catch
    {
        app.Dispose();
        throw;
    }
});

/// <summary>
/// Issue (regularisation): a policy officer opens a window with criteria; workers apply without an account
/// and keep a tracking code, employers apply for their own workers; each criterion refuses with its rule
/// and citation; approval registers the worker; the report counts by sex and origin against the estimates.
/// Every test opens a window of its own, so the tests of the class do not disturb each other.
/// </summary>
public sealed class RegularisationTests(RegularisationApps apps) : IClassFixture<RegularisationApps>
{
    /// <summary>The app of the provider the running test uses (xunit makes one class instance per test).</summary>
    private RegularisationApp app = null!;

    private const string Citation = "ILO C143 Art. 9; national regularisation decree";

    private async Task<Guid> OpenWindowAsync(object? estimates = null, int opensInDays = 0, bool employer = true, bool record = true)
    {
        var officer = await app.ApiClientAsync("policy-officer");
        var response = await officer.PostAsJsonAsync("/api/v1/admission/regularisation/windows", new
        {
            title = $"Window {Guid.NewGuid():N}",
            opensOn = AppExtensions.Iso(app.Today().AddDays(opensInDays)),
            closesOn = AppExtensions.Iso(app.Today().AddDays(opensInDays + 30)),
            arrivedBefore = AppExtensions.Iso(app.Today().AddDays(-30)),
            requireRegisteredEmployer = employer,
            requireNoSeriousCriminalRecord = record,
            estimates = estimates ?? new[] { new { country = "UZB", sex = "Male", estimate = 100 } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<string> EmployerNumberAsync(string role = "employer")
    {
        var id = (await app.AccountAsync(role)).EmployerId!.Value;
        return await app.WithDbAsync(db => db.Employers.Where(e => e.Id == id).Select(e => e.RegistrationNumber).SingleAsync());
    }

    private async Task<string> OtherEmployerNumberAsync()
    {
        var own = (await app.AccountAsync("employer")).EmployerId!.Value;
        return await app.WithDbAsync(db => db.Employers.Where(e => e.Id != own).Select(e => e.RegistrationNumber).FirstAsync());
    }

    private Dictionary<string, object?> Application(Guid window, string? employer, string country = "UZB", string sex = "Male",
        int arrivedDaysAgo = 400, bool declared = true, string? passport = null, string given = "Dilshod") => new()
    {
        ["windowId"] = window, ["givenName"] = given, ["familyName"] = "Rakhimov", ["sex"] = sex,
        ["dateOfBirth"] = "1992-03-04", ["citizenship"] = country, ["passportNumber"] = passport,
        ["arrivalDate"] = AppExtensions.Iso(app.Today().AddDays(-arrivedDaysAgo)), ["employerRegistrationNumber"] = employer,
        ["declaredNoSeriousCriminalRecord"] = declared,
    };

    private async Task<JsonElement> ApplyAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/admission/regularisation/applications", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    [DatabaseTheory]
    public async Task An_anonymous_worker_applies_gets_a_tracking_code_and_reads_only_that_outcome(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var window = await OpenWindowAsync();
        var employer = await EmployerNumberAsync();
        var anonymous = app.AnonymousClient();
        var before = await app.WithDbAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));

        var receipt = await ApplyAsync(anonymous, Application(window, employer, passport: AppExtensions.NewPassport(), given: "Sardor"));
        await ApplyAsync(anonymous, Application(window, employer, given: "Otabek")); // someone else in the same window

        var code = receipt.GetProperty("trackingCode").GetString()!;
        Assert.Equal(12, code.Length);
        Assert.Equal("Approved", receipt.GetProperty("status").GetString());
        var status = await anonymous.GetAsync($"/api/v1/admission/regularisation/applications/status/{code}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var body = await status.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sardor", body);
        Assert.DoesNotContain("Otabek", body);
        var json = await status.JsonAsync();
        Assert.Equal("Approved", json.GetProperty("status").GetString());
        Assert.Equal([RegularisationRules.WindowOpen, RegularisationRules.ArrivedBefore, RegularisationRules.RegisteredEmployer, RegularisationRules.NoSeriousRecord],
            json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/admission/regularisation/applications/status/AAAAAAAAAAAA")).StatusCode);

        // The page shows the same outcome and reasons for that code only.
        var page = await anonymous.GetHtmlAsync($"/regularisation/status?code={code}");
        Assert.Equal("Approved", page.QuerySelector(".outcome")!.TextContent.Trim());
        Assert.Equal(4, page.QuerySelectorAll("table.decision tbody tr.pass").Length);
        Assert.Contains(Citation, page.Body!.TextContent);
        Assert.DoesNotContain("Otabek", page.Body.TextContent);

        // Approval registered the worker, with a valid worker number and the employer linked, and left audit events.
        var workerNumber = json.GetProperty("workerNumber").GetString()!;
        Assert.True(PublicNumber.IsValid(workerNumber, 'W'));
        var worker = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.WorkerNumber == workerNumber));
        Assert.Equal(("Sardor", MigrationDirection.Inbound, "UZB"), (worker.GivenName, worker.Direction, worker.Citizenship));
        Assert.Equal((await app.AccountAsync("employer")).EmployerId, worker.CurrentEmployerId);
        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Sequence > before).ToListAsync());
        Assert.Contains(audit, e => e.EntityType == nameof(RegularisationApplication) && e.Action == "created" && e.ActorName == "anonymous");
        Assert.Contains(audit, e => e.EntityType == nameof(AdmissionDecision) && e.Action == "created");
        Assert.Contains(audit, e => e.EntityType == nameof(MigrantWorker) && e.EntityId == worker.Id.ToString());
    }

    [DatabaseTheory]
    public async Task Each_criterion_refuses_with_its_rule_and_citation_and_registers_no_one(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var window = await OpenWindowAsync();
        var employer = await EmployerNumberAsync();
        var anonymous = app.AnonymousClient();
        var workersBefore = await app.WithDbAsync(db => db.MigrantWorkers.CountAsync());

        var cases = new (Dictionary<string, object?> Body, string Rule)[]
        {
            (Application(window, employer, arrivedDaysAgo: 10), RegularisationRules.ArrivedBefore),
            (Application(window, "NO-SUCH-FIRM-1"), RegularisationRules.RegisteredEmployer),
            (Application(window, null), RegularisationRules.RegisteredEmployer),
            (Application(window, employer, declared: false), RegularisationRules.NoSeriousRecord),
        };
        foreach (var (body, rule) in cases)
        {
            var receipt = await ApplyAsync(anonymous, body);
            Assert.Equal("Refused", receipt.GetProperty("status").GetString());
            var code = receipt.GetProperty("trackingCode").GetString();
            var stored = await app.WithDbAsync(async db =>
            {
                var a = await db.RegularisationApplications.AsNoTracking().SingleAsync(x => x.TrackingCode == code);
                return (a, await db.AdmissionDecisions.AsNoTracking().SingleAsync(d => d.Id == a.DecisionId));
            });
            Assert.Equal(RegularisationStatus.Refused, stored.a.Status);
            Assert.Null(stored.a.WorkerId);
            var failed = Assert.Single(stored.Item2.Failed);
            Assert.Equal((rule, Citation), (failed.RuleId, failed.Citation));
            Assert.Equal(DecisionOutcome.Refused, stored.Item2.Outcome);
        }
        Assert.Equal(workersBefore, await app.WithDbAsync(db => db.MigrantWorkers.CountAsync()));
    }

    [DatabaseTheory]
    public async Task A_window_outside_its_dates_refuses(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var planned = await OpenWindowAsync(opensInDays: 1);
        var closedId = await app.WithDbAsync(async db =>
        {
            var w = new RegularisationWindow("Closed yesterday", app.Today().AddDays(-40), app.Today().AddDays(-1), app.Today().AddDays(-60),
                false, false, [], new Officer(null, "test"));
            db.RegularisationWindows.Add(w);
            await db.SaveChangesAsync();
            return w.Id;
        });
        foreach (var window in new[] { planned, closedId })
        {
            var receipt = await ApplyAsync(app.AnonymousClient(), Application(window, await EmployerNumberAsync()));
            Assert.Equal("Refused", receipt.GetProperty("status").GetString());
            var status = await (await app.AnonymousClient().GetAsync(
                $"/api/v1/admission/regularisation/applications/status/{receipt.GetProperty("trackingCode").GetString()}")).JsonAsync();
            var failed = status.GetProperty("results").EnumerateArray().Where(r => !r.GetProperty("passed").GetBoolean()).ToList();
            Assert.Equal(RegularisationRules.WindowOpen, Assert.Single(failed).GetProperty("ruleId").GetString());
        }
        // Only open windows are offered to the public.
        var apply = await app.AnonymousClient(cookies: true).GetHtmlAsync("/regularisation/apply");
        var offered = apply.QuerySelectorAll("select[name='Input.WindowId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(planned.ToString(), offered);
        Assert.DoesNotContain(closedId.ToString(), offered);
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_stores_nothing()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var window = await OpenWindowAsync();
        var before = await app.WithDbAsync(async db => (await db.RegularisationApplications.CountAsync(), await db.AuditEvents.CountAsync()));
        var body = Application(window, null, country: "XXX");
        body["givenName"] = "";
        body["sex"] = null;
        body["arrivalDate"] = AppExtensions.Iso(app.Today().AddDays(3));
        body["passportNumber"] = "!!";

        var response = await app.AnonymousClient().PostAsJsonAsync("/api/v1/admission/regularisation/applications", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["arrivalDate", "citizenship", "givenName", "passportNumber", "sex"], (await response.JsonAsync()).ErrorFields().Order());

        // The page: the same errors on the form, anti-forgery required, nothing stored.
        var client = app.AnonymousClient(cookies: true);
        var page = await CorridorAppFactory.PostFormAsync(client, "/regularisation/apply", new()
        {
            ["Input.WindowId"] = window.ToString(), ["Input.GivenName"] = "", ["Input.FamilyName"] = "Rakhimov", ["Input.Sex"] = "Male",
            ["Input.DateOfBirth"] = "1990-01-01", ["Input.Citizenship"] = "UZB", ["Input.ArrivalDate"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var errors = (await page.HtmlAsync()).QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_ArrivalDate", "#Input_GivenName"], errors.Order());
        var forged = await client.PostAsync("/regularisation/apply", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.GivenName"] = "X" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(async db => (await db.RegularisationApplications.CountAsync(), await db.AuditEvents.CountAsync())));
    }

    [Fact]
    public async Task An_anonymous_worker_applies_through_the_page_and_sees_the_tracking_code()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var window = await OpenWindowAsync();
        var client = app.AnonymousClient(cookies: true);
        var response = await CorridorAppFactory.PostFormAsync(client, "/regularisation/apply", new()
        {
            ["Input.WindowId"] = window.ToString(), ["Input.GivenName"] = "Nigora", ["Input.FamilyName"] = "Yusupova", ["Input.Sex"] = "Female",
            ["Input.DateOfBirth"] = "1994-05-06", ["Input.Citizenship"] = "UZB", ["Input.ArrivalDate"] = AppExtensions.Iso(app.Today().AddDays(-200)),
            ["Input.EmployerRegistrationNumber"] = await EmployerNumberAsync(), ["Input.DeclaredNoSeriousCriminalRecord"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var code = (await response.HtmlAsync()).QuerySelector(".tracking-code")!.TextContent.Trim();
        var stored = await app.WithDbAsync(db => db.RegularisationApplications.AsNoTracking().SingleAsync(a => a.TrackingCode == code));
        Assert.Equal((window, "Nigora", RegularisationStatus.Approved, (Guid?)null), (stored.WindowId, stored.GivenName, stored.Status, stored.SubmittedByEmployerId));
    }

    [DatabaseTheory]
    public async Task An_employer_applies_only_for_its_own_workers(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var window = await OpenWindowAsync();
        var employerClient = await app.ApiClientAsync("employer");
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;

        var other = await employerClient.PostAsJsonAsync("/api/v1/admission/regularisation/applications", Application(window, await OtherEmployerNumberAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal(["employerRegistrationNumber"], (await other.JsonAsync()).ErrorFields());

        var receipt = await ApplyAsync(employerClient, Application(window, null, given: "Farrukh"));
        var stored = await app.WithDbAsync(db => db.RegularisationApplications.AsNoTracking().SingleAsync(a => a.TrackingCode == receipt.GetProperty("trackingCode").GetString()));
        Assert.Equal((employerId, await EmployerNumberAsync()), (stored.SubmittedByEmployerId!.Value, stored.EmployerRegistrationNumber!));
        Assert.Equal(RegularisationStatus.Approved, stored.Status);
        var worker = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == stored.WorkerId));
        Assert.Equal(employerId, worker.CurrentEmployerId);

        // Other signed-in parties have no one to apply for; windows are opened only by policy staff.
        var analyst = await app.ApiClientAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/v1/admission/regularisation/applications", Application(window, null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/v1/admission/regularisation/windows", new { title = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync($"/api/v1/admission/regularisation/windows/{window}/report")).StatusCode);
        var denied = await (await app.BrowserClientAsync("analyst")).GetAsync("/regularisation/applications"); // analysts read aggregates only
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/access-denied", denied.Headers.Location!.AbsolutePath);
    }

    [DatabaseTheory]
    public async Task The_report_counts_and_rates_by_sex_and_origin_exactly(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var window = await OpenWindowAsync(new[]
        {
            new { country = "UZB", sex = "Male", estimate = 10 },
            new { country = "UZB", sex = "Female", estimate = 4 },
            new { country = "TJK", sex = "Male", estimate = 5 },
        });
        var employer = await EmployerNumberAsync();
        var anonymous = app.AnonymousClient();
        await ApplyAsync(anonymous, Application(window, employer, "UZB", "Male"));
        await ApplyAsync(anonymous, Application(window, employer, "UZB", "Male"));
        await ApplyAsync(anonymous, Application(window, employer, "UZB", "Male", declared: false)); // refused
        await ApplyAsync(anonymous, Application(window, employer, "UZB", "Female"));
        await ApplyAsync(anonymous, Application(window, employer, "TJK", "Female")); // no estimate for TJK women

        var report = await (await app.ApiClientAsync("analyst")).GetFromJsonAsync<JsonElement>($"/api/v1/admission/regularisation/windows/{window}/report");

        static object Row(JsonElement r) => (r.GetProperty("applied").GetInt32(), r.GetProperty("approved").GetInt32(), r.GetProperty("refused").GetInt32(),
            r.GetProperty("estimate").ValueKind == JsonValueKind.Null ? (int?)null : r.GetProperty("estimate").GetInt32(),
            r.GetProperty("ratePercent").ValueKind == JsonValueKind.Null ? (decimal?)null : r.GetProperty("ratePercent").GetDecimal());
        JsonElement Find(string list, string? country, string? sex) => report.GetProperty(list).EnumerateArray().Single(r =>
            (country is null || r.GetProperty("country").GetString() == country) && (sex is null || r.GetProperty("sex").GetString() == sex));

        Assert.Equal((5, 4, 1, (int?)19, (decimal?)26.3m), Row(report.GetProperty("total")));
        Assert.Equal((3, 2, 1, (int?)15, (decimal?)20.0m), Row(Find("bySex", null, "Male")));
        Assert.Equal((2, 2, 0, (int?)4, (decimal?)50.0m), Row(Find("bySex", null, "Female")));
        Assert.Equal((4, 3, 1, (int?)14, (decimal?)28.6m), Row(Find("byOrigin", "UZB", null)));
        Assert.Equal((1, 1, 0, (int?)5, (decimal?)20.0m), Row(Find("byOrigin", "TJK", null)));
        Assert.Equal((1, 1, 0, (int?)null, (decimal?)null), Row(Find("byOriginAndSex", "TJK", "Female")));
        Assert.Equal((0, 0, 0, (int?)5, (decimal?)0.0m), Row(Find("byOriginAndSex", "TJK", "Male")));
        Assert.Contains("applied ÷ estimated irregular population", report.GetProperty("formula").GetString());

        var page = await (await app.BrowserClientAsync("analyst")).GetHtmlAsync($"/regularisation/windows/{window}/report");
        Assert.Equal("—", page.QuerySelector("#by-origin-sex tr[data-country='TJK'][data-sex='Female'] td.rate")!.TextContent.Trim());
        Assert.Equal("28.6 %", page.QuerySelector("#by-origin tr[data-country='UZB'] td.rate")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_policy_officer_opens_a_window_through_the_form_with_estimates()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var client = await app.BrowserClientAsync("policy-officer");
        var title = $"Form window {Guid.NewGuid():N}";
        var bad = await CorridorAppFactory.PostFormAsync(client, "/regularisation", new()
        {
            ["Input.Title"] = title, ["Input.OpensOn"] = AppExtensions.Iso(app.Today()), ["Input.ClosesOn"] = AppExtensions.Iso(app.Today().AddDays(-1)),
            ["Input.ArrivedBefore"] = AppExtensions.Iso(app.Today().AddDays(-10)), ["Input.EstimatesText"] = "UZB, X, 5",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var errors = (await bad.HtmlAsync()).QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_ClosesOn", "#Input_EstimatesText"], errors.Order());
        Assert.False(await app.WithDbAsync(db => db.RegularisationWindows.AnyAsync(w => w.Title == title)));

        var ok = await CorridorAppFactory.PostFormAsync(client, "/regularisation", new()
        {
            ["Input.Title"] = title, ["Input.OpensOn"] = AppExtensions.Iso(app.Today()), ["Input.ClosesOn"] = AppExtensions.Iso(app.Today().AddDays(60)),
            ["Input.ArrivedBefore"] = AppExtensions.Iso(app.Today()), ["Input.RequireRegisteredEmployer"] = "true",
            ["Input.EstimatesText"] = "UZB, F, 1200\nkgz, m, 300",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var w = await app.WithDbAsync(db => db.RegularisationWindows.AsNoTracking().SingleAsync(x => x.Title == title));
        Assert.Equal([new IrregularEstimate("UZB", Sex.Female, 1200), new IrregularEstimate("KGZ", Sex.Male, 300)], w.Estimates);
        Assert.Equal((true, false), (w.RequireRegisteredEmployer, w.RequireNoSeriousCriminalRecord));
        Assert.Equal($"/regularisation/windows/{w.Id}", ok.Headers.Location!.OriginalString);
    }

    [DatabaseTheory]
    public async Task The_demo_country_has_a_closed_window_with_rates_and_an_open_one(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var windows = await app.WithDbAsync(db => db.RegularisationWindows.AsNoTracking().Where(w => w.Title.StartsWith("Regularisation ")).ToListAsync());
        Assert.Equal(2, windows.Count);
        var closed = windows.Single(w => w.StatusOn(app.Today()) == RegularisationWindowStatus.Closed);
        Assert.Single(windows, w => w.StatusOn(app.Today()) == RegularisationWindowStatus.Open);
        var applications = await app.WithDbAsync(db => db.RegularisationApplications.AsNoTracking().Where(a => a.WindowId == closed.Id).ToListAsync());
        Assert.Equal(60, applications.Count);
        Assert.Contains(applications, a => a.Status == RegularisationStatus.Refused);
        Assert.Equal(2, applications.Select(a => a.Sex).Distinct().Count());
        Assert.All(applications.Where(a => a.Status == RegularisationStatus.Approved), a => Assert.NotNull(a.WorkerId));
    }
}

/// <summary>Anonymous posts are throttled per client address, like the token endpoint.</summary>
public sealed class RegularisationRateLimitTests
{
    [Fact]
    public async Task Anonymous_applications_beyond_the_limit_get_429()
    {
        using var app = new CorridorAppFactory();
        app.WithSetting("Auth:PublicFormRequestsPerMinute", "2");
        var client = app.AnonymousClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            codes.Add((await client.PostAsJsonAsync("/api/v1/admission/regularisation/applications", new { givenName = "" })).StatusCode);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], codes);
    }
}
