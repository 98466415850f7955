using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Admission;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Permits;

/// <summary>
/// Issue 3: change of employer with consent and without it on each documented ground, the "seeking new employer"
/// status, the transfer to a new employer's permit and the lapse of the job search.
/// </summary>
public sealed class ChangeOfEmployerTests
{
    [DatabaseTheory]
    public async Task Without_consent_a_ground_the_records_prove_is_granted_at_once(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        foreach (var (ground, flag, months) in new[]
                 {
                     ("Abuse", EmployerFlagKind.Abuse, (int?)null),
                     ("UnpaidWages", EmployerFlagKind.WageArrears, 2),
                     ("EmployerPermitSuspended", EmployerFlagKind.Watchlist, null),
                 })
        {
            var a = await app.ActivePermitAsync();
            await app.FlagAsync(a.Employer.Employer.Id, flag);
            var response = await a.WorkerClient.FileChangeAsync(a.Permit.Id, ground, "He hit me and kept my wages.", months);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var body = await response.JsonAsync();
            Assert.Equal("Granted", body.GetProperty("status").GetString());
            Assert.True(body.GetProperty("grantedAutomatically").GetBoolean());
            Assert.All(body.GetProperty("results").EnumerateArray(), r => Assert.True(r.GetProperty("passed").GetBoolean()));
            var permit = await app.PermitAsync(a.Permit.Id);
            Assert.Equal(PermitStatus.SeekingEmployer, permit.Status);
            Assert.Equal(app.Today().AddDays(90), permit.SeekingUntil);
            Assert.True(permit.LawfulStayOn(app.Today()));
            Assert.False(permit.InForceOn(app.Today()));
            var id = body.GetProperty("id").GetGuid();
            var stored = await app.StoredChangeAsync(id);
            Assert.Equal(EmployerChangeFiler.Worker, stored.FiledAs);
            Assert.NotNull(await app.WithDbAsync(db => db.AdmissionDecisions.SingleOrDefaultAsync(d => d.Id == stored.DecisionId && d.Subject == "EmployerChange")));
            Assert.Contains("employer-change.granted", await app.ActionsAsync(id));
            Assert.Contains("permit.released", await app.ActionsAsync(a.Permit.Id));

            // The employer sees the outcome, never the worker's statement; for abuse not even the ground.
            var seen = await a.Employer.Client.ChangeAsync(id);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.GetProperty("statement").ValueKind);
            Assert.Equal(ground == "Abuse", seen.GetProperty("ground").ValueKind == System.Text.Json.JsonValueKind.Null);
            Assert.Equal("He hit me and kept my wages.", (await a.WorkerClient.ChangeAsync(id)).GetProperty("statement").GetString());
        }
    }

    [DatabaseTheory]
    public async Task Without_evidence_on_record_each_ground_goes_to_the_officers_who_grant_or_refuse_with_a_reason(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var officer = await app.ApiClientAsync("admission-officer");
        foreach (var (ground, months, grant) in new[]
                 {
                     ("Abuse", (int?)null, true), ("UnpaidWages", 3, false), ("Closure", null, true), ("EmployerPermitSuspended", null, false),
                 })
        {
            var a = await app.ActivePermitAsync();
            // Suspension is filed by an officer on the worker's behalf; the rest by the worker.
            var filer = ground == "EmployerPermitSuspended" ? officer : a.WorkerClient;
            var response = await filer.FileChangeAsync(a.Permit.Id, ground, "What happened, with dates.", months);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var body = await response.JsonAsync();
            Assert.Equal("Requested", body.GetProperty("status").GetString());
            var id = body.GetProperty("id").GetGuid();
            Assert.Equal(PermitStatus.Active, (await app.PermitAsync(a.Permit.Id)).Status);
            var queue = await (await officer.GetAsync("/api/v1/permits/employer-changes")).JsonAsync();
            Assert.Contains(queue.EnumerateArray(), q => q.GetProperty("id").GetGuid() == id);
            var page = await (await app.BrowserClientAsync("admission-officer")).GetHtmlAsync("/permits/employer-changes");
            Assert.NotNull(page.QuerySelector($"a[href='/permits/employer-changes/{id}']"));

            // The employer cannot block (nor grant) a grounded request.
            var version = (await officer.ChangeAsync(id)).GetProperty("version").GetInt32();
            Assert.Equal(HttpStatusCode.Forbidden, (await a.Employer.Client.DecideChangeAsync(id, "Refuse", "I object.", version)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await a.WorkerClient.DecideChangeAsync(id, "Grant", null, version)).StatusCode);

            if (grant)
            {
                var granted = await officer.DecideChangeAsync(id, "Grant", null, version);
                Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
                Assert.Equal(PermitStatus.SeekingEmployer, (await app.PermitAsync(a.Permit.Id)).Status);
                Assert.Equal(CorridorAppFactory.EmailOf("admission-officer"), (await app.StoredChangeAsync(id)).DecidedBy);
            }
            else
            {
                var noReason = await officer.DecideChangeAsync(id, "Refuse", " ", version);
                Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
                Assert.Contains("reason", (await noReason.JsonAsync()).ErrorFields());
                Assert.Equal(HttpStatusCode.OK, (await officer.DecideChangeAsync(id, "Refuse", "No evidence of the arrears after the inspection.", version)).StatusCode);
                Assert.Equal(PermitStatus.Active, (await app.PermitAsync(a.Permit.Id)).Status);
                var seen = await a.WorkerClient.ChangeAsync(id);
                Assert.Equal("Refused", seen.GetProperty("status").GetString());
                Assert.Equal("No evidence of the arrears after the inspection.", seen.GetProperty("reason").GetString());
                Assert.Contains("employer-change.refused", await app.ActionsAsync(id));
            }
            queue = await (await officer.GetAsync("/api/v1/permits/employer-changes")).JsonAsync();
            Assert.DoesNotContain(queue.EnumerateArray(), q => q.GetProperty("id").GetGuid() == id);
        }
    }

    [DatabaseTheory]
    public async Task Fewer_unpaid_months_than_the_policy_minimum_is_a_field_error_and_changes_nothing(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var a = await app.ActivePermitAsync();
        await app.FlagAsync(a.Employer.Employer.Id, EmployerFlagKind.WageArrears);
        var response = await a.WorkerClient.FileChangeAsync(a.Permit.Id, "UnpaidWages", "One month unpaid.", 1);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal(["unpaidMonths"], problem.ErrorFields());
        Assert.Contains("2", problem.GetProperty("errors").GetProperty("unpaidMonths")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.EmployerChanges.CountAsync(c => c.PermitId == a.Permit.Id)));
        Assert.Equal(PermitStatus.Active, (await app.PermitAsync(a.Permit.Id)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await a.WorkerClient.FileChangeAsync(a.Permit.Id, null)).StatusCode);
    }

    [DatabaseTheory]
    public async Task With_consent_the_employer_releases_or_confirms_the_workers_request(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var a = await app.ActivePermitAsync();
        var released = await a.Employer.Client.FileChangeAsync(a.Permit.Id, null, null);
        Assert.Equal(HttpStatusCode.Created, released.StatusCode);
        Assert.Equal("Granted", (await released.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(PermitStatus.SeekingEmployer, (await app.PermitAsync(a.Permit.Id)).Status);
        // An employer may only release with consent.
        var b = await app.ActivePermitAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await b.Employer.Client.FileChangeAsync(b.Permit.Id, "Abuse", "x")).StatusCode);

        var asked = await b.WorkerClient.FileChangeAsync(b.Permit.Id, "EmployerConsent", "I found work closer to home.");
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var id = (await asked.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(EmployerChangeStatus.Requested, (await app.StoredChangeAsync(id)).Status);
        var queue = await (await (await app.ApiClientAsync("admission-officer")).GetAsync("/api/v1/permits/employer-changes")).JsonAsync();
        Assert.DoesNotContain(queue.EnumerateArray(), q => q.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Conflict, (await b.WorkerClient.FileChangeAsync(b.Permit.Id, "Closure", "Closed.")).StatusCode);

        var version = (await b.Employer.Client.ChangeAsync(id)).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await b.Employer.Client.DecideChangeAsync(id, "Grant", null, version)).StatusCode);
        Assert.Equal(PermitStatus.SeekingEmployer, (await app.PermitAsync(b.Permit.Id)).Status);
        Assert.Equal(EmployerChangeStatus.Granted, (await app.StoredChangeAsync(id)).Status);
    }

    [DatabaseTheory]
    public async Task A_new_employers_permit_continues_the_stay_and_the_old_permit_becomes_transferred(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var a = await app.ActivePermitAsync();
        Assert.Equal(HttpStatusCode.Created, (await a.Employer.Client.FileChangeAsync(a.Permit.Id, null, null)).StatusCode);

        // The public check: seeking a new employer, until the end of the job search — lawful, not "invalid".
        var verify = await app.AnonymousClient().GetHtmlAsync($"/verify/{a.Permit.VerificationCode}");
        Assert.Contains(app.Today().AddDays(90).ToString("yyyy-MM-dd"), verify.QuerySelector("#verify-result")!.TextContent);
        var api = await (await app.AnonymousClient().GetAsync($"/api/v1/verify/{a.Permit.VerificationCode}")).JsonAsync();
        Assert.Equal("SeekingEmployer", api.GetProperty("status").GetString());

        // The employer that released the worker cannot take the worker back on this permit's stay as if free.
        var back = await a.Employer.AppliedAsync(a.Worker, await app.VacancyAsync(a.Employer.Employer));
        Assert.False(back.Passed("PERMIT-NOT-BANNED"));

        var next = await app.NewPermitEmployerAsync();
        var result = await next.AppliedAsync(a.Worker, await app.VacancyAsync(next.Employer));
        Assert.Equal("Approved", result.Status());
        Assert.True(result.Passed("PERMIT-NOT-BANNED"));
        var permit = await app.PermitAsync(result.GetProperty("permitId").GetGuid());
        var old = await app.PermitAsync(a.Permit.Id);
        Assert.Equal(PermitStatus.Transferred, old.Status);
        Assert.Equal(app.Today(), old.EndedOn);
        Assert.Equal(old.Id, permit.ContinuesPermitId);
        Assert.Equal(old.StayStart, permit.StayStart);
        Assert.Equal(old.RenewalsLeft, permit.RenewalsLeft);
        Assert.Equal(next.Employer.Id, await app.WithDbAsync(db => db.MigrantWorkers.Where(w => w.Id == a.Worker.Id).Select(w => w.CurrentEmployerId).SingleAsync()));
        Assert.Contains("permit.transferred", await app.ActionsAsync(old.Id));
    }

    [DatabaseTheory]
    public async Task When_the_job_search_lapses_the_expiry_job_makes_the_permit_expired(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var a = await app.ActivePermitAsync();
        Assert.Equal(HttpStatusCode.Created, (await a.Employer.Client.FileChangeAsync(a.Permit.Id, null, null)).StatusCode);
        // Bearer tokens last an hour of the (fake) clock: a fresh one after each move.
        app.Clock.Advance(TimeSpan.FromDays(90));
        var worker = await app.TokenClientAsync(a.WorkerEmail);
        Assert.Equal("SeekingEmployer", (await (await worker.GetAsync($"/api/v1/permits/{a.Permit.Id}")).JsonAsync()).GetProperty("status").GetString());
        // Other demo permits may end in these 90 days; this one is still within its job search.
        await app.RunExpiryAsync();
        Assert.Equal(PermitStatus.SeekingEmployer, (await app.PermitAsync(a.Permit.Id)).Status);
        app.Clock.Advance(TimeSpan.FromDays(1));
        worker = await app.TokenClientAsync(a.WorkerEmail);
        Assert.Equal("Expired", (await (await worker.GetAsync($"/api/v1/permits/{a.Permit.Id}")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(PermitStatus.SeekingEmployer, (await app.PermitAsync(a.Permit.Id)).Status);

        // The demo country's own seeking permit lapses on the same day, so at least this one.
        Assert.Matches("^[1-9][0-9]* permits expired", await app.RunExpiryAsync());
        var permit = await app.PermitAsync(a.Permit.Id);
        Assert.Equal(PermitStatus.Expired, permit.Status);
        Assert.Equal(app.Today(), permit.EndedOn);
        Assert.Contains("permit.expired", await app.ActionsAsync(a.Permit.Id));
        Assert.StartsWith("0 permits", await app.RunExpiryAsync());
    }

    [Fact]
    public async Task Only_the_parties_see_and_file_and_analysts_are_refused()
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync();
        var a = await app.ActivePermitAsync();
        var other = await app.ActivePermitAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Employer.Client.FileChangeAsync(a.Permit.Id, null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.WorkerClient.FileChangeAsync(a.Permit.Id, "Closure", "Closed.")).StatusCode);
        var analyst = await app.ApiClientAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.FileChangeAsync(a.Permit.Id, "Closure", "Closed.")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/v1/permits/employer-changes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.WorkerClient.GetAsync("/api/v1/permits/employer-changes")).StatusCode);

        var filed = await a.WorkerClient.FileChangeAsync(a.Permit.Id, "Closure", "The farm closed in May.");
        var id = (await filed.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Employer.Client.GetAsync($"/api/v1/permits/employer-changes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.WorkerClient.GetAsync($"/api/v1/permits/employer-changes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Employer.Client.DecideChangeAsync(id, "Grant", null, 1)).StatusCode);

        // The pages: the worker's form on the permit, the employer's release link, the officers' nav link.
        var workerEmail = await app.LinkedAccountAsync("worker", u => u.WorkerId = other.Worker.Id);
        var browser = await app.BrowserAsync(workerEmail);
        var workerPage = await browser.GetHtmlAsync($"/permits/{other.Permit.Id}");
        Assert.NotNull(workerPage.QuerySelector($"a[href='/permits/{other.Permit.Id}/employer-change']"));
        var form = await CorridorAppFactory.PostFormAsync(browser, $"/permits/{other.Permit.Id}/employer-change", new()
        {
            ["Input.Ground"] = "UnpaidWages", ["Input.UnpaidMonths"] = "1", ["Input.Statement"] = "One month unpaid.",
        });
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.NotNull((await form.HtmlAsync()).QuerySelector("[name='Input.UnpaidMonths'][aria-invalid='true']"));
        var posted = await CorridorAppFactory.PostFormAsync(browser, $"/permits/{other.Permit.Id}/employer-change", new()
        {
            ["Input.Ground"] = "Closure", ["Input.Statement"] = "The site closed.",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var employerPage = await (await app.BrowserAsync(other.Employer.Email)).GetHtmlAsync($"/permits/{other.Permit.Id}");
        Assert.NotNull(employerPage.QuerySelector("#employer-changes"));
        Assert.Null(employerPage.QuerySelector($"a[href='/permits/{other.Permit.Id}/employer-change']"));
        var officerPage = await (await app.BrowserClientAsync("admission-officer")).GetHtmlAsync("/permits");
        Assert.NotNull(officerPage.QuerySelector("a[href='/permits/employer-changes']"));
    }
}
