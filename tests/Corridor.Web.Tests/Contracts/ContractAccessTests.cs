using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Corridor.Domain.Recruitment;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Contracts;

/// <summary>Issue 4, employment contracts: bad input, ownership per role, amendments, the Russian rendering and the pages.</summary>
public sealed class ContractAccessTests(SeededApp app) : IClassFixture<SeededApp>
{
    private async Task<(ContractAgency Agency, Guid Id, Corridor.Domain.Registry.MigrantWorker Worker)> DraftedAsync(JsonObject? body = null, string language = "ru")
    {
        var agency = await app.NewContractAgencyAsync();
        var worker = await app.AgencyWorkerAsync(agency.Agency.Id, language: language);
        var id = await agency.Client.DraftAsync(body ?? ContractKit.Body(worker.WorkerNumber, app.Today()).With("workerLanguage", language));
        return (agency, id, worker);
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_nothing_is_stored()
    {
        var agency = await app.NewContractAgencyAsync();
        var worker = await app.AgencyWorkerAsync(agency.Agency.Id);
        var other = await app.NewContractAgencyAsync();
        var before = await app.WithDbAsync(async db => (await db.EmploymentContracts.CountAsync(), await db.AuditEvents.CountAsync()));
        var bad = ContractKit.Body(worker.WorkerNumber, app.Today())
            .With("wage", null).With("currency", "won").With("occupationCode", "XX").With("returnTravel", null)
            .With("deductions", new JsonArray(new JsonObject { ["kind"] = "RecruitmentFee" }));
        var response = await agency.Client.PostAsJsonAsync("/api/v1/contracts", bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "wage", "occupationCode", "returnTravel", "deductions[0]" })
            Assert.True(errors.TryGetProperty(field, out _), field + " in " + errors);

        // A three-letter currency passes the form but not the domain: still a field error.
        var lower = await agency.Client.PostAsJsonAsync("/api/v1/contracts", ContractKit.Body(worker.WorkerNumber, app.Today()).With("currency", "kr1"));
        Assert.Equal(HttpStatusCode.BadRequest, lower.StatusCode);
        Assert.True((await lower.JsonAsync()).GetProperty("errors").TryGetProperty("currency", out _));

        // Another agency's worker is not ours to contract.
        var notOurs = await other.Client.PostAsJsonAsync("/api/v1/contracts", ContractKit.Body(worker.WorkerNumber, app.Today()));
        Assert.Equal(HttpStatusCode.BadRequest, notOurs.StatusCode);
        Assert.True((await notOurs.JsonAsync()).GetProperty("errors").TryGetProperty("workerNumber", out _));

        Assert.Equal(before, await app.WithDbAsync(async db => (await db.EmploymentContracts.CountAsync(), await db.AuditEvents.CountAsync())));
    }

    [Fact]
    public async Task Each_party_sees_only_its_own_contracts()
    {
        var (a, id, worker) = await DraftedAsync();
        var b = await app.NewContractAgencyAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"/api/v1/contracts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"/api/v1/contracts/{id}/document")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.PostAsJsonAsync($"/api/v1/contracts/{id}/submit", new { version = 1 })).StatusCode);
        var list = await b.Client.GetAsync("/api/v1/contracts").OkAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Contains((await a.Client.GetAsync("/api/v1/contracts").OkAsync()).GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);

        // The demo worker is someone else: not found. The contract's own worker sees it but cannot review it.
        var demoWorker = await app.ApiClientAsync("worker");
        Assert.Equal(HttpStatusCode.NotFound, (await demoWorker.GetAsync($"/api/v1/contracts/{id}")).StatusCode);
        var own = await app.TokenClientAsync(await app.LinkedAccountAsync("worker", u => u.WorkerId = worker.Id));
        await own.GetContractAsync(id);
        Assert.Equal(HttpStatusCode.Forbidden, (await own.PostAsJsonAsync($"/api/v1/contracts/{id}/review", new { action = "Approve", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await own.PostAsJsonAsync("/api/v1/contracts", ContractKit.Body(worker.WorkerNumber, app.Today()))).StatusCode);

        // The demo employer sees none of an agency's contracts; analysts (aggregates only) no contracts at all.
        var employer = await app.ApiClientAsync("employer");
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/contracts/{id}")).StatusCode);
        var analyst = await app.ApiClientAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/v1/contracts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"/api/v1/contracts/{id}")).StatusCode);
        // An agency cannot approve its own contract, nor register it at destination.
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.PostAsJsonAsync($"/api/v1/contracts/{id}/review", new { action = "Approve", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.PostAsJsonAsync($"/api/v1/contracts/{id}/destination-copy", ContractKit.Body(worker.WorkerNumber, app.Today()))).StatusCode);
        // The regulator sees every contract.
        await (await app.ApiClientAsync("recruitment-regulator")).GetContractAsync(id);
    }

    [Fact]
    public async Task A_better_amendment_opens_no_case_and_supersedes_the_approved_version()
    {
        var (a, id, worker) = await DraftedAsync();
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        await a.Client.SubmitAsync(id);
        await (await regulator.ReviewAsync(id, "Approve")).AsOk();
        var cases = await app.WithDbAsync(db => db.ViolationCases.CountAsync());

        var better = ContractKit.Body(worker.WorkerNumber, app.Today()).With("wage", 2_500_000).With("paidLeaveDays", 28);
        var amendment = await a.Client.PostAsJsonAsync($"/api/v1/contracts/{id}/amendments", better).OkAsync(HttpStatusCode.Created);
        var amendmentId = amendment.GetProperty("id").GetGuid();
        var twice = await a.Client.PostAsJsonAsync($"/api/v1/contracts/{id}/amendments", better);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var submitted = await a.Client.SubmitAsync(amendmentId);
        Assert.All(submitted.GetProperty("changes").EnumerateArray(), c => Assert.NotEqual("Worse", c.GetProperty("effect").GetString()));
        Assert.Equal(2, submitted.GetProperty("changes").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, submitted.GetProperty("substitutionCaseId").ValueKind);
        await (await regulator.ReviewAsync(amendmentId, "Approve")).AsOk();

        Assert.Equal(cases, await app.WithDbAsync(db => db.ViolationCases.CountAsync()));
        var (original, amended) = await app.WithDbAsync(async db => (
            await db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == id), await db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == amendmentId)));
        Assert.Equal(ContractStatus.Superseded, original.Status);
        Assert.Equal(ContractStatus.Approved, amended.Status);
        Assert.Equal(2, amended.VersionNumber);
        Assert.Equal(original.Number, amended.Number);
        Assert.False(amended.WorseThanPrevious);
    }

    [Fact]
    public async Task A_worse_amendment_opens_a_case_against_the_agency_when_submitted()
    {
        var (a, id, worker) = await DraftedAsync();
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        await a.Client.SubmitAsync(id);
        await (await regulator.ReviewAsync(id, "Approve")).AsOk();
        var worse = ContractKit.Body(worker.WorkerNumber, app.Today())
            .With("deductions", new JsonArray(new JsonObject { ["kind"] = "SocialSecurity", ["amount"] = 90_000 }, new JsonObject { ["kind"] = "Accommodation", ["amount"] = 300_000 }));
        var amendmentId = (await a.Client.PostAsJsonAsync($"/api/v1/contracts/{id}/amendments", worse).OkAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var submitted = await a.Client.SubmitAsync(amendmentId);
        var caseId = submitted.GetProperty("substitutionCaseId").GetGuid();
        var stored = await app.WithDbAsync(db => db.ViolationCases.AsNoTracking().SingleAsync(v => v.Id == caseId));
        Assert.Equal(a.Agency.Id, stored.AgencyId);
        Assert.Contains("WORSE: Deduction.Accommodation: — → 300,000 KRW", stored.Finding);
    }

    [Fact]
    public async Task The_contract_renders_in_russian_with_its_check_results()
    {
        var (a, id, _) = await DraftedAsync();
        await a.Client.SubmitAsync(id);
        var doc = await a.Client.GetAsync($"/api/v1/contracts/{id}/document?lang=ru").OkAsync();
        Assert.Equal("ru", doc.GetProperty("language").GetString());
        Assert.StartsWith("Трудовой договор", doc.GetProperty("title").GetString());
        var clauses = doc.GetProperty("clauses").EnumerateArray().ToList();
        Assert.Equal("1. Стороны", clauses[0].GetProperty("heading").GetString());
        var wage = clauses[3].GetProperty("sentences").EnumerateArray().First().GetString();
        Assert.Equal("Заработная плата составляет 2,300,000 KRW, выплата: ежемесячно.", wage);
        Assert.Contains(doc.GetProperty("findings").EnumerateArray(), f => f.GetProperty("text").GetString()!.StartsWith("Еженедельный отдых"));

        var english = await a.Client.GetAsync($"/api/v1/contracts/{id}/document?lang=en").OkAsync();
        Assert.Equal("1. The parties", english.GetProperty("clauses")[0].GetProperty("heading").GetString());
    }

    [Fact]
    public async Task The_worker_page_shows_the_contract_in_the_workers_language_and_the_worker_signs_there()
    {
        var (a, id, worker) = await DraftedAsync();
        await a.Client.SubmitAsync(id);
        await (await (await app.ApiClientAsync("recruitment-regulator")).ReviewAsync(id, "Approve")).AsOk();
        var email = await app.LinkedAccountAsync("worker", u => u.WorkerId = worker.Id);
        var browser = app.AnonymousClient(cookies: true);
        var login = await Corridor.Testing.CorridorAppFactory.PostFormAsync(browser, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = Corridor.Testing.CorridorAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var page = await browser.GetHtmlAsync($"/contracts/{id}");
        var text = page.QuerySelector("#contract-text")!;
        Assert.Equal("ru", text.GetAttribute("lang"));
        Assert.Contains("Заработная плата составляет", text.TextContent);
        Assert.NotNull(page.QuerySelector("#contract-findings"));

        var signed = await Corridor.Testing.CorridorAppFactory.PostFormAsync(browser, $"/contracts/{id}/sign",
            new() { ["Input.Method"] = "Portal", ["Input.Version"] = (await a.Client.VersionAsync(id)).ToString() }, $"/contracts/{id}");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var stored = await app.WithDbAsync(db => db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(ContractStatus.Signed, stored.Status);
        Assert.Equal(SignatureMethod.Portal, stored.SignatureMethod);
        Assert.Equal("ru", stored.SignedLanguage);
        // The worker's page now lists the signature in the record's history (from the audit trail), in the worker's interface language.
        var history = (await browser.GetHtmlAsync($"/contracts/{id}?culture=ru&ui-culture=ru")).QuerySelector(".history")!.TextContent;
        Assert.Contains("договор подписан", history);
    }

    [Fact]
    public async Task The_agency_drafts_through_the_form_and_a_missing_value_keeps_the_form_with_its_error()
    {
        var agency = await app.NewContractAgencyAsync();
        var worker = await app.AgencyWorkerAsync(agency.Agency.Id);
        var browser = app.AnonymousClient(cookies: true);
        await Corridor.Testing.CorridorAppFactory.PostFormAsync(browser, "/account/login", new() { ["Input.Email"] = agency.Email, ["Input.Password"] = Corridor.Testing.CorridorAppFactory.Password });
        var fields = new Dictionary<string, string>();
        foreach (var (key, value) in ContractKit.Body(worker.WorkerNumber, app.Today()))
        {
            if (value is JsonArray) continue;
            fields["Input." + char.ToUpperInvariant(key[0]) + key[1..]] = value!.ToString();
        }
        fields["Input.Deductions[0].Kind"] = "SocialSecurity";
        fields["Input.Deductions[0].Amount"] = "90000";
        var missing = new Dictionary<string, string>(fields) { ["Input.Wage"] = "" };
        var again = await Corridor.Testing.CorridorAppFactory.PostFormAsync(browser, "/contracts/new", missing);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var html = await again.HtmlAsync();
        Assert.NotNull(html.QuerySelector("#Input_Wage-error"));

        var saved = await Corridor.Testing.CorridorAppFactory.PostFormAsync(browser, "/contracts/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last());
        var stored = await app.WithDbAsync(db => db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(agency.Agency.Id, stored.AgencyId);
        Assert.Equal(90_000, stored.Terms.Deductions.Single().Amount);
        Assert.Equal(ContractStatus.Draft, stored.Status);
        var details = await browser.GetHtmlAsync($"/contracts/{id}");
        Assert.NotNull(details.QuerySelector($"form[action='/contracts/{id}/submit']"));
    }

    [Fact]
    public async Task The_demo_has_contracts_in_every_status_a_substitution_case_and_the_wage_table()
    {
        var (statuses, cases, wages) = await app.WithDbAsync(async db => (
            await db.EmploymentContracts.Select(c => c.Status).Distinct().ToListAsync(),
            await db.ViolationCases.CountAsync(v => v.Kind == ViolationKind.ContractSubstitution),
            await db.WageBenchmarks.Select(w => w.Country).Distinct().ToListAsync()));
        Assert.Equal(Enum.GetValues<ContractStatus>().Order(), statuses.Order());
        Assert.True(cases >= 1);
        Assert.Equal(["KAZ", "KOR", "RUS"], wages.Order());
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var queue = await regulator.GetAsync("/api/v1/contracts?status=Submitted").OkAsync();
        Assert.True(queue.GetProperty("total").GetInt32() >= 2);
        // The demo worker has a contract waiting for their signature.
        var mine = await (await app.ApiClientAsync("worker")).GetAsync("/api/v1/contracts?status=Approved").OkAsync();
        Assert.Equal(1, mine.GetProperty("total").GetInt32());
    }
}
