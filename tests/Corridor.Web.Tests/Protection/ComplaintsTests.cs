using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Protection;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Protection;

/// <summary>A seeded app whose public-form limit is out of the way, so the class's anonymous posts are not throttled.</summary>
public sealed class ComplaintsApp : CorridorAppFactory
{
    internal ComplaintsApp(TestProvider provider) : base(provider) => WithSetting("Auth:PublicFormRequestsPerMinute", "10000");
}

public sealed class ComplaintsApps() : ProviderApps<ComplaintsApp>(async provider =>
{
    var app = new ComplaintsApp(provider);
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
/// Issue 5 (complaints and cases): intake on three channels, follow-up by tracking code, the
/// forced-labour triage, conciliation → adjudication with SLA deadlines, amounts paid to the worker,
/// and confidentiality of the complainant towards the employer and the agency, through the API and the pages.
/// </summary>
public sealed class ComplaintsTests(ComplaintsApps apps) : IClassFixture<ComplaintsApps>
{
    private ComplaintsApp app = null!;
    private const string Api = "/api/v1/protection";

    private static object Complaint(string narrative = "Wages unpaid for three months", object? categories = null, string? employerNumber = null,
        string? employerName = null, string? agencyNumber = null, bool consent = false, string? workerNumber = null, decimal? claimed = 300000) => new
    {
        categories = categories ?? new[] { "UnpaidWages", "DocumentRetention" },
        narrative, language = "uz", employerNumber, employerName, agencyNumber, consentToDisclose = consent, workerNumber, amountClaimed = claimed,
    };

    private async Task<JsonElement> FileAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync($"{Api}/complaints", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private Task<(Guid Id, string Given, string Family, string Number, string Passport)> DemoWorkerAsync() => app.WithDbAsync(async db =>
    {
        var id = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == CorridorAppFactory.EmailOf("worker"))).WorkerId!.Value;
        var w = await db.MigrantWorkers.AsNoTracking().SingleAsync(x => x.Id == id);
        return (w.Id, w.GivenName, w.FamilyName, w.WorkerNumber, w.PassportNumber);
    });

    private async Task<HttpClient> ApiClientForAccountAsync(string email)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = CorridorAppFactory.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["access_token"].ToString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [DatabaseTheory]
    public async Task An_anonymous_complainant_follows_the_complaint_by_code_and_a_wrong_code_finds_nothing(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var anonymous = app.AnonymousClient();
        var receipt = await FileAsync(anonymous, Complaint("Locked in the dormitory at night", new[] { "Confinement" }, employerName: "Unregistered farm"));
        var code = receipt.GetProperty("trackingCode").GetString()!;
        Assert.Equal(12, code.Length);
        Assert.True(Domain.Protection.Complaint.IsWellFormed(code));
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("caseId").ValueKind); // anonymous: the code is the only key

        var status = await anonymous.GetAsync($"{Api}/complaints/status/{code}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var body = await status.Content.ReadAsStringAsync();
        Assert.DoesNotContain("dormitory", body);
        var json = await status.JsonAsync();
        Assert.Equal("Intake", json.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("nextStep").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{Api}/complaints/status/{code.ToLowerInvariant()}")).StatusCode);

        // A well-formed code nobody holds, a mistyped code and garbage all answer the same 404.
        string other;
        do other = Domain.Protection.Complaint.NewTrackingCode(); while (other == code);
        var typo = code[..5] + (code[5] == '7' ? '8' : '7') + code[6..];
        foreach (var wrong in new[] { other, typo, "AAAA", "../cases" })
        {
            var r = await anonymous.GetAsync($"{Api}/complaints/status/{Uri.EscapeDataString(wrong)}");
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        }

        var page = await anonymous.GetAsync($"/complaints/status?code={code}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.HtmlAsync();
        Assert.Equal("Intake", html.QuerySelector("dd.status")!.TextContent.Trim());
        Assert.DoesNotContain("dormitory", html.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/complaints/status?code={other}")).StatusCode);
    }

    [DatabaseTheory]
    public async Task Anonymous_intake_through_the_public_form_shows_the_code_once(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var anonymous = app.AnonymousClient(cookies: true);
        var response = await CorridorAppFactory.PostFormAsync(anonymous, "/complaints/file", new()
        {
            ["Input.Categories"] = "Threats",
            ["Input.Narrative"] = "The supervisor threatens to call the police",
            ["Input.Language"] = "ru",
            ["Input.EmployerName"] = "Some construction firm",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        var code = html.QuerySelector(".tracking-code")?.TextContent.Trim();
        Assert.True(Domain.Protection.Complaint.IsWellFormed(code));
        var stored = await app.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.TrackingCode == code));
        Assert.Equal(ComplaintChannel.Anonymous, stored.Channel);
        Assert.Null(stored.WorkerId);
        Assert.Equal("ru", stored.Language);
        // A second visit to the form does not show it again.
        Assert.DoesNotContain(code!, await anonymous.GetStringAsync("/complaints/file"));
    }

    [DatabaseTheory]
    public async Task Bad_input_gets_field_errors_and_stores_nothing(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var anonymous = app.AnonymousClient();
        var before = await app.WithDbAsync(async db => (await db.Complaints.CountAsync(), await db.ProtectionCases.CountAsync(), await db.AuditEvents.CountAsync()));

        var empty = await anonymous.PostAsJsonAsync($"{Api}/complaints", new { categories = Array.Empty<string>(), narrative = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = (await empty.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("categories", out _));
        Assert.True(errors.TryGetProperty("narrative", out _));
        Assert.True(errors.TryGetProperty("employerName", out _) || errors.EnumerateObject().Count() >= 2);

        var unknownEmployer = await anonymous.PostAsJsonAsync($"{Api}/complaints", Complaint(employerNumber: "NO-SUCH-NUMBER"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownEmployer.StatusCode);
        Assert.True((await unknownEmployer.JsonAsync()).GetProperty("errors").TryGetProperty("employerNumber", out _));

        // Anonymous means no identity: naming a worker is refused, not silently kept.
        var worker = await DemoWorkerAsync();
        var named = await anonymous.PostAsJsonAsync($"{Api}/complaints", Complaint(employerName: "Firm", workerNumber: worker.Number));
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.True((await named.JsonAsync()).GetProperty("errors").TryGetProperty("workerNumber", out _));

        var page = await CorridorAppFactory.PostFormAsync(app.AnonymousClient(cookies: true), "/complaints/file", new() { ["Input.Narrative"] = "" });
        var html = await page.HtmlAsync();
        Assert.NotNull(html.QuerySelector("#Input_Categories-error"));
        Assert.NotNull(html.QuerySelector("#Input_Narrative-error"));

        var after = await app.WithDbAsync(async db => (await db.Complaints.CountAsync(), await db.ProtectionCases.CountAsync(), await db.AuditEvents.CountAsync()));
        Assert.Equal(before, after);
    }

    [DatabaseTheory]
    public async Task The_employer_never_sees_the_complainant_without_consent_through_the_API_the_officer_does(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var worker = await DemoWorkerAsync();
        var receipt = await FileAsync(await app.ApiClientAsync("worker"), Complaint("My passport was taken by the foreman"));
        var caseId = receipt.GetProperty("caseId").GetGuid();

        var employer = await app.ApiClientAsync("employer");
        var forEmployer = await employer.GetAsync($"{Api}/cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, forEmployer.StatusCode); // the portal complaint is against the worker's own employer
        var employerJson = await forEmployer.Content.ReadAsStringAsync();
        Assert.DoesNotContain(worker.Given, employerJson);
        Assert.DoesNotContain(worker.Family, employerJson);
        Assert.DoesNotContain(worker.Number, employerJson);
        Assert.DoesNotContain(worker.Passport, employerJson);
        Assert.DoesNotContain(worker.Id.ToString(), employerJson);
        Assert.DoesNotContain("foreman", employerJson);
        var parsed = await forEmployer.JsonAsync();
        Assert.True(parsed.GetProperty("identityWithheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, parsed.GetProperty("triage").ValueKind);
        var list = await (await employer.GetAsync($"{Api}/cases")).Content.ReadAsStringAsync();
        Assert.Contains(receipt.GetProperty("caseNumber").GetString()!, list);
        Assert.DoesNotContain(worker.Number, list);
        Assert.DoesNotContain(worker.Family, list);

        var officer = await (await (await app.ApiClientAsync("case-officer")).GetAsync($"{Api}/cases/{caseId}")).JsonAsync();
        Assert.Equal(worker.Number, officer.GetProperty("workerNumber").GetString());
        Assert.Equal($"{worker.Given} {worker.Family}", officer.GetProperty("complainantName").GetString());
        Assert.Contains("foreman", officer.GetProperty("narrative").GetString());

        // With consent, the employer sees who complained.
        var consented = await FileAsync(await app.ApiClientAsync("worker"), Complaint("Underpaid overtime", new[] { "Underpayment" }, consent: true));
        var seen = await (await employer.GetAsync($"{Api}/cases/{consented.GetProperty("caseId").GetGuid()}")).JsonAsync();
        Assert.False(seen.GetProperty("identityWithheld").GetBoolean());
        Assert.Equal(worker.Number, seen.GetProperty("workerNumber").GetString());
    }

    [DatabaseTheory]
    public async Task The_employer_page_hides_the_complainant_the_case_officer_page_shows_them(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var worker = await DemoWorkerAsync();
        var workerBrowser = await app.BrowserClientAsync("worker");
        var filed = await CorridorAppFactory.PostFormAsync(workerBrowser, "/complaints/file", new()
        {
            ["Input.Categories"] = "NoRestDay",
            ["Input.Narrative"] = "No day off since the harvest began",
            ["Input.Language"] = "uz",
        });
        var receiptHtml = await filed.HtmlAsync();
        var link = receiptHtml.QuerySelector("a.case-number")!.GetAttribute("href")!;

        var employerPage = await (await app.BrowserClientAsync("employer")).GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, employerPage.StatusCode);
        var employerHtml = await employerPage.Content.ReadAsStringAsync();
        Assert.DoesNotContain(worker.Given, employerHtml);
        Assert.DoesNotContain(worker.Family, employerHtml);
        Assert.DoesNotContain(worker.Number, employerHtml);
        Assert.DoesNotContain("harvest", employerHtml);
        Assert.NotNull((await employerPage.HtmlAsync()).QuerySelector(".identity-withheld"));

        var officerHtml = await (await app.BrowserClientAsync("case-officer")).GetAsync(link);
        var doc = await officerHtml.HtmlAsync();
        Assert.Equal(worker.Number, doc.QuerySelector(".worker-number")!.TextContent.Trim());
        Assert.Equal($"{worker.Given} {worker.Family}", doc.QuerySelector(".complainant-name")!.TextContent.Trim());
        Assert.Contains("harvest", doc.QuerySelector(".narrative")!.TextContent);

        // The worker sees their own case, with its status.
        var own = await workerBrowser.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("Intake", (await own.HtmlAsync()).QuerySelector("dd.status")!.TextContent.Trim());
    }

    [DatabaseTheory]
    public async Task Only_the_parties_and_the_complainant_see_a_case_and_only_case_officers_act_on_it(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var receipt = await FileAsync(await app.ApiClientAsync("worker"), Complaint("Fees charged again at arrival", new[] { "RecruitmentFees" }));
        var caseId = receipt.GetProperty("caseId").GetGuid();

        // Another worker's account (a different worker in the register) gets 404, as for a case that does not exist.
        var email = await app.AddAccountAsync("worker");
        var own = (await DemoWorkerAsync()).Id;
        await app.WithDbAsync(async db =>
        {
            var other = await db.MigrantWorkers.Where(w => w.Id != own).Select(w => w.Id).FirstAsync();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.WorkerId = other;
            await db.SaveChangesAsync();
        });
        var otherWorker = await ApiClientForAccountAsync(email);
        Assert.Equal(HttpStatusCode.NotFound, (await otherWorker.GetAsync($"{Api}/cases/{caseId}")).StatusCode);
        Assert.DoesNotContain(receipt.GetProperty("caseNumber").GetString()!, await (await otherWorker.GetAsync($"{Api}/cases")).Content.ReadAsStringAsync());

        // An agency not named in the case sees nothing of it.
        var agencyId = (await app.AccountAsync("agency")).AgencyId;
        var named = await app.WithDbAsync(db => db.ProtectionCases.Where(c => c.Id == caseId).Select(c => c.AgencyId).SingleAsync());
        if (named != agencyId)
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiClientAsync("agency")).GetAsync($"{Api}/cases/{caseId}")).StatusCode);

        // Analysts get counts, not cases.
        var analyst = await app.ApiClientAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"{Api}/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"{Api}/cases/dashboard")).StatusCode);

        // The employer cannot triage, move or file.
        var employer = await app.ApiClientAsync("employer");
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostAsJsonAsync($"{Api}/cases/{caseId}/triage", new { items = new[] { "D1-DECEIVED" }, crossBorder = true, version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostAsJsonAsync($"{Api}/cases/{caseId}/transitions", new { action = "close", note = "no", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostAsJsonAsync($"{Api}/complaints", Complaint(employerName: "x"))).StatusCode);
        var page = await (await app.BrowserClientAsync("employer")).GetAsync("/complaints/file");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/access-denied", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("worker")).PostAsJsonAsync($"{Api}/cases/{caseId}/transitions", new { action = "close", note = "no", version = 0 })).StatusCode);
    }

    [DatabaseTheory]
    public async Task Triage_of_case_A_with_a_border_crossing_flags_trafficking_for_urgent_referral_and_the_list_puts_it_first(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var officer = await app.ApiClientAsync("case-officer");
        var plain = await FileAsync(officer, Complaint("Overtime and fines", new[] { "ExcessiveHours" }, employerName: "Plain firm"));
        var caseA = await FileAsync(officer, Complaint("Promised a hotel job, put on a farm; told he would be reported to the police",
            new[] { "ContractSubstitution", "Threats" }, employerName: "Farm LLP", workerNumber: (await DemoWorkerAsync()).Number));
        var plainId = plain.GetProperty("caseId").GetGuid();
        var aId = caseA.GetProperty("caseId").GetGuid();

        async Task<int> VersionAsync(Guid id) => (await (await officer.GetAsync($"{Api}/cases/{id}")).JsonAsync()).GetProperty("version").GetInt32();
        var b = await officer.PostAsJsonAsync($"{Api}/cases/{plainId}/triage", new { items = new[] { "D2-EXCESSIVE-OVERTIME", "D2-FINES" }, crossBorder = true, version = await VersionAsync(plainId) });
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        Assert.False((await b.JsonAsync()).GetProperty("forcedLabour").GetBoolean());

        var a = await officer.PostAsJsonAsync($"{Api}/cases/{aId}/triage", new { items = new[] { "D1-DECEIVED", "D1-THREAT-DENUNCIATION" }, crossBorder = true, version = await VersionAsync(aId) });
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        var result = await a.JsonAsync();
        Assert.True(result.GetProperty("forcedLabour").GetBoolean());
        Assert.True(result.GetProperty("trafficking").GetBoolean());
        Assert.Equal(ForcedLabourRule.Default.Version, result.GetProperty("ruleVersion").GetString());
        var d1 = result.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == "UnfreeRecruitment");
        Assert.True(d1.GetProperty("positive").GetBoolean());

        var referral = await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "case.urgent-referral" && e.EntityId == aId.ToString()));
        Assert.Equal(1, referral);
        var stored = await app.WithDbAsync(db => db.ProtectionCases.AsNoTracking().SingleAsync(c => c.Id == aId));
        Assert.Equal(2, stored.Priority);
        Assert.NotNull(stored.UrgentReferralAt);

        var flagged = await (await officer.GetAsync($"{Api}/cases?flagged=true&pageSize=200")).JsonAsync();
        var numbers = flagged.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ToList();
        Assert.Contains(caseA.GetProperty("caseNumber").GetString(), numbers);
        Assert.DoesNotContain(plain.GetProperty("caseNumber").GetString(), numbers);
        var all = await (await officer.GetAsync($"{Api}/cases?pageSize=200")).JsonAsync();
        Assert.Equal(2, all.GetProperty("items")[0].GetProperty("priority").GetInt32());

        // The page explains it: which dimension, which items.
        var page = await (await (await app.BrowserClientAsync("case-officer")).GetAsync($"/cases/{aId}")).HtmlAsync();
        var row = page.QuerySelector("table.triage-dimensions tr[data-dimension=UnfreeRecruitment]")!;
        Assert.Contains("D1-DECEIVED", row.TextContent);
        Assert.Contains("D1-THREAT-DENUNCIATION", row.TextContent);
        Assert.NotNull(page.QuerySelector(".urgent"));

        var unknown = await officer.PostAsJsonAsync($"{Api}/cases/{plainId}/triage", new { items = new[] { "NOPE" }, crossBorder = false, version = await VersionAsync(plainId) });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [DatabaseTheory]
    public async Task Conciliation_runs_late_goes_to_adjudication_is_decided_and_the_worker_sees_what_was_paid(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var worker = await DemoWorkerAsync();
        // The demo worker's agency is drawn at random; make it one whose escrow can pay the part paid from escrow below.
        await app.WithDbAsync(async db =>
        {
            var agency = await db.RecruitmentAgencies.OrderBy(a => a.LicenceNumber).FirstAsync();
            var w = await db.MigrantWorkers.SingleAsync(x => x.Id == worker.Id);
            w.AssignTo(w.CurrentEmployerId, agency.Id);
            db.EscrowEntries.Add(new Corridor.Domain.Recruitment.EscrowEntry(agency.Id, Corridor.Domain.Recruitment.EscrowEntryKind.Deposit, 200_000m,
                app.Today(), "DEP-TEST", null, null, null, "test"));
            await db.SaveChangesAsync();
        });
        var receipt = await FileAsync(await app.ApiClientAsync("worker"), Complaint("Three months unpaid", new[] { "UnpaidWages" }, claimed: 450000));
        var id = receipt.GetProperty("caseId").GetGuid();
        var number = receipt.GetProperty("caseNumber").GetString()!;
        var officer = await app.ApiClientAsync("case-officer");

        async Task<JsonElement> Move(HttpClient client, object body, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var r = await client.PostAsJsonAsync($"{Api}/cases/{id}/transitions", body);
            Assert.Equal(expected, r.StatusCode);
            return await r.JsonAsync();
        }
        async Task<int> VersionAsync() => await app.WithDbAsync(db => db.ProtectionCases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

        // Not open yet: settle before conciliation is refused with a field error; nothing changes.
        var refused = await Move(officer, new { action = "settle", amount = 1, version = await VersionAsync() }, HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("action", out _));

        await Move(officer, new { action = "conciliate", version = await VersionAsync() });
        var opened = await (await officer.GetAsync($"{Api}/cases/{id}")).JsonAsync();
        Assert.Equal(AppExtensions.Iso(app.Today().AddDays(30)), opened.GetProperty("conciliationDeadline").GetString());
        Assert.False(opened.GetProperty("overdue").GetBoolean());

        app.Clock.Advance(TimeSpan.FromDays(31));
        officer = await app.ApiClientAsync("case-officer"); // tokens follow the clock
        var overdue = await (await officer.GetAsync($"{Api}/cases?overdue=true&pageSize=200")).JsonAsync();
        Assert.Contains(number, overdue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        var dashboard = await (await officer.GetAsync($"{Api}/cases/dashboard")).JsonAsync();
        Assert.True(dashboard.GetProperty("overdue").GetInt32() >= 1);
        var overduePage = await (await (await app.BrowserClientAsync("case-officer")).GetAsync("/cases?Query.Overdue=true&Query.PageSize=200")).HtmlAsync();
        Assert.NotNull(overduePage.QuerySelector($"tr[data-case='{number}'] .overdue"));

        // The daily SLA job tells the worker and the employer; the employer's message names the case, not the worker; a rerun adds nothing.
        async Task<string> RunJobAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetServices<Corridor.Web.Infrastructure.Jobs.IDailyJob>().Single(j => j.Name == "cases.remind-overdue");
            return await job.RunAsync(app.Today(), CancellationToken.None);
        }
        await RunJobAsync();
        var told = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.SubjectId == id).ToListAsync());
        Assert.Equal(2, told.Count);
        var toEmployer = Assert.Single(told, n => n.RecipientKind == Domain.Notifications.RecipientKind.Employer);
        Assert.Contains(number, toEmployer.ArgumentsJson);
        Assert.DoesNotContain(worker.Number, toEmployer.ArgumentsJson);
        Assert.DoesNotContain(worker.Family, toEmployer.ArgumentsJson);
        Assert.Equal(worker.Id, Assert.Single(told, n => n.RecipientKind == Domain.Notifications.RecipientKind.Worker).RecipientId);
        await RunJobAsync();
        Assert.Equal(2, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.SubjectId == id)));

        await Move(officer, new { action = "escalate", version = await VersionAsync() });
        var escalated = await (await officer.GetAsync($"{Api}/cases/{id}")).JsonAsync();
        Assert.Equal("Adjudication", escalated.GetProperty("status").GetString());
        Assert.Equal(AppExtensions.Iso(app.Today().AddDays(90)), escalated.GetProperty("decisionDeadline").GetString());
        Assert.DoesNotContain(number, (await (await officer.GetAsync($"{Api}/cases?overdue=true&pageSize=200")).Content.ReadAsStringAsync()));

        var stale = await Move(officer, new { action = "decide", amount = 400000, note = "Wages owed", version = 0 }, HttpStatusCode.Conflict);
        Assert.Equal(409, stale.GetProperty("status").GetInt32());
        await Move(officer, new { action = "decide", amount = 400000, note = "Wages owed for three months", version = await VersionAsync() });
        var noSource = await Move(officer, new { action = "pay", amount = 100000, version = await VersionAsync() }, HttpStatusCode.BadRequest);
        Assert.True(noSource.GetProperty("errors").TryGetProperty("paidFrom", out _));
        await Move(officer, new { action = "pay", amount = 300000, paidFrom = "Employer", version = await VersionAsync() });
        await Move(officer, new { action = "pay", amount = 100000, paidFrom = "Escrow", version = await VersionAsync() });
        var tooMuch = await Move(officer, new { action = "pay", amount = 1, paidFrom = "Agency", version = await VersionAsync() }, HttpStatusCode.BadRequest);
        Assert.True(tooMuch.GetProperty("errors").TryGetProperty("amount", out _));

        var decided = await (await officer.GetAsync($"{Api}/cases/{id}")).JsonAsync();
        Assert.Equal(400000m, decided.GetProperty("amountAwarded").GetDecimal());
        Assert.Equal(400000m, decided.GetProperty("amountRecovered").GetDecimal());
        Assert.Equal(100000m, decided.GetProperty("paidFromEscrow").GetDecimal());
        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityId == id.ToString() && e.Action.StartsWith("case.")).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["case.conciliate", "case.escalate", "case.decide", "case.pay", "case.pay"], actions);

        // The worker's own page shows the recovered amount paid to them.
        var own = await (await (await app.BrowserClientAsync("worker")).GetAsync($"/cases/{id}")).HtmlAsync();
        Assert.Equal("400,000", own.QuerySelector(".paid-to-worker")!.TextContent.Trim());
        Assert.Equal("Decided", own.QuerySelector("dd.status")!.TextContent.Trim());
    }

    [DatabaseTheory]
    public async Task A_case_officer_files_on_a_workers_behalf_against_a_registered_agency_and_employer(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var worker = await DemoWorkerAsync();
        var (employerNumber, agencyNumber) = await app.WithDbAsync(async db =>
        {
            var employerId = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == CorridorAppFactory.EmailOf("employer"))).EmployerId;
            var agencyId = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == CorridorAppFactory.EmailOf("agency"))).AgencyId;
            return (await db.Employers.Where(e => e.Id == employerId).Select(e => e.RegistrationNumber).SingleAsync(),
                await db.RecruitmentAgencies.Where(a => a.Id == agencyId).Select(a => a.LicenceNumber).SingleAsync());
        });
        var officer = await app.ApiClientAsync("case-officer");
        var receipt = await FileAsync(officer, Complaint("Agency kept the passport; employer pays late", new[] { "DocumentRetention", "LateWages" },
            employerNumber: employerNumber, agencyNumber: agencyNumber, workerNumber: worker.Number));
        var id = receipt.GetProperty("caseId").GetGuid();
        var view = await (await officer.GetAsync($"{Api}/cases/{id}")).JsonAsync();
        Assert.True(view.GetProperty("jointlyLiable").GetBoolean());
        Assert.Equal("Officer", view.GetProperty("channel").GetString());

        var agency = await (await app.ApiClientAsync("agency")).GetAsync($"{Api}/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, agency.StatusCode);
        var agencyJson = await agency.Content.ReadAsStringAsync();
        Assert.DoesNotContain(worker.Number, agencyJson);
        Assert.DoesNotContain(worker.Family, agencyJson);
        Assert.DoesNotContain("passport;", agencyJson);
    }

    [DatabaseTheory]
    public async Task The_demo_country_has_an_overdue_case_for_the_demo_worker_and_flagged_cases_on_top(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var seeded = await app.WithDbAsync(db => db.ProtectionCases.AsNoTracking().Where(c => c.OpenedAt < DateTime.UtcNow.AddDays(-1)).ToListAsync());
        Assert.Contains(seeded, c => c.Trafficking);
        Assert.Contains(seeded, c => c.ForcedLabour && !c.Trafficking);
        Assert.Contains(seeded, c => c.Status == CaseStatus.Closed && c.PaidFromEscrow > 0);
        Assert.Contains(seeded, c => c.Status == CaseStatus.Decided && c.AmountPaidToWorker < c.AmountAwarded);
        var worker = await DemoWorkerAsync();
        var own = Assert.Single(seeded, c => c.WorkerId == worker.Id);
        Assert.Equal(CaseStatus.Conciliation, own.Status);

        var mine = await (await (await app.ApiClientAsync("worker")).GetAsync($"{Api}/cases?pageSize=200")).JsonAsync();
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), i => i.GetProperty("number").GetString() == own.Number && i.GetProperty("overdue").GetBoolean());
        var dashboard = await (await (await app.BrowserClientAsync("case-officer")).GetAsync("/cases/dashboard")).HtmlAsync();
        Assert.True(int.Parse(dashboard.QuerySelector(".flagged-count")!.TextContent.Trim()) >= 2);
    }

    [DatabaseTheory]
    public async Task A_case_officer_triages_and_moves_a_case_through_the_case_page_forms(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var worker = await DemoWorkerAsync();
        var officer = await app.BrowserClientAsync("case-officer");
        var filed = await CorridorAppFactory.PostFormAsync(officer, "/complaints/file", new()
        {
            ["Input.Categories"] = "Confinement",
            ["Input.Narrative"] = "Not allowed out of the site; passport in the safe",
            ["Input.Language"] = "tg",
            ["Input.EmployerName"] = "Quarry",
            ["Input.WorkerNumber"] = worker.Number,
        });
        var link = (await filed.HtmlAsync()).QuerySelector("a.case-number")!.GetAttribute("href")!;
        var version = (await (await officer.GetAsync(link)).HtmlAsync()).QuerySelector("form.triage input[name='Triage.Version']")!.GetAttribute("value")!;

        var triaged = await officer.PostAsync($"{link}?handler=Triage", new FormUrlEncodedContent(
        [
            new("Triage.Items", "D3-NOT-ALLOWED-TO-LEAVE"), new("Triage.Items", "D3-DOCUMENTS-RETAINED"), new("Triage.CrossBorder", "true"),
            new("Triage.Version", version), new("__RequestVerificationToken", await TokenAsync(officer, link)),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, triaged.StatusCode);
        var page = await (await officer.GetAsync(link)).HtmlAsync();
        Assert.Equal("Positive", page.QuerySelector("table.triage-dimensions tr[data-dimension=ImpossibilityOfLeaving] td:last-child")!.TextContent.Trim());
        Assert.Equal("Negative", page.QuerySelector("table.triage-dimensions tr[data-dimension=UnfreeRecruitment] td:last-child")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".urgent"));

        version = page.QuerySelector("form.transition input[name='Input.Version']")!.GetAttribute("value")!;
        var wrong = await CorridorAppFactory.PostFormAsync(officer, $"{link}?handler=Move", new() { ["Input.Action"] = "decide", ["Input.Amount"] = "5", ["Input.Version"] = version }, link);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.NotNull((await wrong.HtmlAsync()).QuerySelector("#Input_Action-error"));
        var moved = await CorridorAppFactory.PostFormAsync(officer, $"{link}?handler=Move", new() { ["Input.Action"] = "conciliate", ["Input.Version"] = version }, link);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("Conciliation", (await (await officer.GetAsync(link)).HtmlAsync()).QuerySelector("dd.status")!.TextContent.Trim().Split(' ')[0]);

        var rule = await (await (await app.BrowserClientAsync("policy-officer")).GetAsync("/cases/triage-rule")).HtmlAsync();
        Assert.Equal(ForcedLabourRule.Default.Items.Count, rule.QuerySelectorAll("table.triage-items tbody tr").Length);
        var employerList = await (await (await app.BrowserClientAsync("employer")).GetAsync("/cases?Query.PageSize=200")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(worker.Number, employerList);
        Assert.DoesNotContain(worker.Family, employerList);
    }

    private static async Task<string> TokenAsync(HttpClient client, string page) =>
        (await (await client.GetAsync(page)).HtmlAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    [DatabaseTheory]
    public async Task A_payroll_alert_opens_one_case_the_worker_and_the_employer_see(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var worker = await DemoWorkerAsync();
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var alert = Guid.NewGuid();
        async Task<ProtectionCase> OpenAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<Corridor.Web.Features.Protection.Complaints.OpenCaseFromAlert>()
                .HandleAsync(alert, employerId, worker.Id, [ComplaintCategory.UnpaidWages], 210000, CancellationToken.None);
        }
        var first = await OpenAsync();
        var again = await OpenAsync();
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(CaseOrigin.PayrollAlert, first.OriginType);
        Assert.Equal(1, await app.WithDbAsync(db => db.ProtectionCases.CountAsync(c => c.OriginId == alert)));

        var own = await (await app.ApiClientAsync("worker")).GetAsync($"{Api}/cases/{first.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var forEmployer = await (await app.ApiClientAsync("employer")).GetAsync($"{Api}/cases/{first.Id}");
        Assert.Equal(HttpStatusCode.OK, forEmployer.StatusCode);
        Assert.True((await forEmployer.JsonAsync()).GetProperty("identityWithheld").GetBoolean());
        Assert.DoesNotContain(worker.Number, await forEmployer.Content.ReadAsStringAsync());
    }
}
