using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Infrastructure.Jobs;
using Corridor.Web.Tests.Registries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Recruitment;

/// <summary>Agencies and applications made by the tests themselves, so each test controls every fact the rules read.</summary>
internal static class LicensingKit
{
    public static async Task<Guid> NewLicensingAgencyAsync(this CorridorAppFactory app, LicenceStatus status = LicenceStatus.Applied,
        DateOnly? validUntil = null, string? name = null)
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        return await app.WithDbAsync(async db =>
        {
            var agency = new RecruitmentAgency($"LIC-{RegistryKit.Serial():00000}-{Random.Shared.Next(1000, 9999)}", name ?? "Licensing test agency", "KAZ", status,
                status == LicenceStatus.Applied ? null : validUntil ?? today.AddYears(2));
            db.RecruitmentAgencies.Add(agency);
            await db.SaveChangesAsync();
            return agency.Id;
        });
    }

    /// <summary>An application every default requirement accepts; tests spoil one part at a time.</summary>
    public static Dictionary<string, object?> Application(DateOnly today, string kind = "New", string? document = null) => new()
    {
        ["kind"] = kind,
        ["paidUpCapital"] = 50_000_000m,
        ["escrowDeposit"] = 9_000_000m,
        ["suretyBond"] = 1_000_000m,
        ["officers"] = new object[]
        {
            new { fullName = "Айгерим Сапарова", identityDocument = document ?? $"N{Random.Shared.Next(10_000_000, 99_999_999)}", position = "Director", policeClearanceDate = today.AddMonths(-1) },
        },
    };

    public static async Task<JsonElement> FileAsync(this HttpClient api, Guid agencyId, Dictionary<string, object?> form)
    {
        using var response = await api.PostAsJsonAsync($"/api/v1/recruitment/licences/{agencyId}/applications", form);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    public static async Task<int> VersionAsync(this CorridorAppFactory app, Guid agencyId) =>
        await app.WithDbAsync(db => db.RecruitmentAgencies.Where(a => a.Id == agencyId).Select(a => a.Version).SingleAsync());

    public static async Task<HttpResponseMessage> ChangeAsync(this HttpClient api, CorridorAppFactory app, Guid agencyId, string change,
        string? reason, string? category = null) =>
        await api.PostAsJsonAsync($"/api/v1/recruitment/licences/{agencyId}/{change}",
            new { reason, category, version = await app.VersionAsync(agencyId) });

    /// <summary>The field names of a problem-details "errors" object, sorted (as Support's, which this namespace hides).</summary>
    public static string[] ErrorFields(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order()];

    public static Task<RecruitmentAgency> AgencyAsync(this CorridorAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.RecruitmentAgencies.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<string[]> ActionsAsync(this CorridorAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityId == id.ToString() && e.Action.StartsWith("agency-")).OrderBy(e => e.Sequence)
            .Select(e => e.Action).ToArrayAsync());
}

public sealed class LicensingTests(SeededApp fx) : IClassFixture<SeededApp>
{
    private CorridorAppFactory App => fx.App;
    private DateOnly Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);

    [DatabaseTheory]
    public async Task An_application_is_checked_with_citations_then_granted_suspended_lifted_and_cancelled_each_with_a_reason(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(Support.AppExtensions.Small);
        var api = await app.ApiClientAsync("recruitment-regulator");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var id = await app.NewLicensingAgencyAsync();

        // Capital below the minimum: refused with the rule, the figures and its source.
        var low = await api.FileAsync(id, LicensingKit.Application(today).With("paidUpCapital", 1_000_000m));
        Assert.False(low.GetProperty("qualified").GetBoolean());
        var capital = low.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "AGENCY-CAPITAL");
        Assert.False(capital.GetProperty("passed").GetBoolean());
        Assert.Contains("POEA", capital.GetProperty("citation").GetString());
        Assert.Equal(["1000000", "45000000"], capital.GetProperty("args").EnumerateArray().Select(a => a.GetString()));
        // …so there is nothing to grant.
        Assert.Equal(HttpStatusCode.Conflict, (await api.ChangeAsync(app, id, "grant", "Requirements met")).StatusCode);

        var good = await api.FileAsync(id, LicensingKit.Application(today));
        Assert.True(good.GetProperty("qualified").GetBoolean());
        Assert.All(good.GetProperty("results").EnumerateArray(), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("citation").GetString())));

        // Every transition needs a reason; without one nothing changes.
        foreach (var blank in new[] { null, "  " })
        {
            using var noReason = await api.ChangeAsync(app, id, "grant", blank);
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Equal(["reason"], (await noReason.JsonAsync()).ErrorFields());
        }
        Assert.Equal(LicenceStatus.Applied, (await app.AgencyAsync(id)).Status);

        using (var grant = await api.ChangeAsync(app, id, "grant", "All requirements met; board resolution 7"))
            Assert.Equal(HttpStatusCode.OK, grant.StatusCode);
        var granted = await app.AgencyAsync(id);
        Assert.Equal(LicenceStatus.Licensed, granted.Status);
        Assert.Equal(today.AddYears(4).AddDays(-1), granted.LicenceValidUntil); // AGENCY-LICENCE-YEARS: 4
        // A used application cannot grant twice, and a licensed agency cannot be granted again.
        Assert.Equal(HttpStatusCode.Conflict, (await api.ChangeAsync(app, id, "grant", "again")).StatusCode);

        using (var noCategory = await api.ChangeAsync(app, id, "suspend", "Overcharged three workers"))
            Assert.Equal(["category"], (await noCategory.JsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.ChangeAsync(app, id, "suspend", " ", "IllegalFees")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.ChangeAsync(app, id, "suspend", "Overcharged three workers (internal)", "IllegalFees")).StatusCode);
        Assert.Equal(LicenceStatus.Suspended, (await app.AgencyAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await api.ChangeAsync(app, id, "renew", "not while suspended")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.ChangeAsync(app, id, "lift-suspension", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.ChangeAsync(app, id, "lift-suspension", "Refunds paid")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.ChangeAsync(app, id, "cancel", "", "ContractViolation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.ChangeAsync(app, id, "cancel", "Contract substitution, case V-1", "ContractViolation")).StatusCode);
        var cancelled = await app.AgencyAsync(id);
        Assert.Equal(LicenceStatus.Cancelled, cancelled.Status);
        Assert.Equal(LicenceReasonCategory.ContractViolation, cancelled.StatusCategory);
        Assert.Equal(today, cancelled.StatusSince);
        // Cancelled is final.
        Assert.Equal(HttpStatusCode.Conflict, (await api.ChangeAsync(app, id, "lift-suspension", "no")).StatusCode);

        Assert.Equal(["agency-licence.application-filed", "agency-licence.application-filed", "agency-licence.granted", "agency-licence.suspended",
            "agency-licence.suspension-lifted", "agency-licence.cancelled"], await app.ActionsAsync(id));
        var reasons = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == "agency-licence.suspended" && e.EntityId == id.ToString())
            .Select(e => e.Data).SingleAsync());
        Assert.Contains("Overcharged three workers (internal)", reasons);
    }

    [DatabaseTheory]
    public async Task An_officer_of_a_cancelled_agency_is_refused_a_new_licence_naming_that_agency(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(Support.AppExtensions.Small);
        var api = await app.ApiClientAsync("recruitment-regulator");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var document = $"N{Random.Shared.Next(10_000_000, 99_999_999)}";

        var first = await app.NewLicensingAgencyAsync(name: "Агентство «Отозванное»");
        await api.FileAsync(first, LicensingKit.Application(today, document: document));
        Assert.Equal(HttpStatusCode.OK, (await api.ChangeAsync(app, first, "grant", "Requirements met")).StatusCode);

        // While the first agency is licensed, its officer may direct another agency too.
        var second = await app.NewLicensingAgencyAsync();
        Assert.True((await api.FileAsync(second, LicensingKit.Application(today, document: document))).GetProperty("qualified").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await api.ChangeAsync(app, first, "cancel", "Illegal recruitment", "Misrepresentation")).StatusCode);
        var third = await app.NewLicensingAgencyAsync();
        // The same document typed with spaces and lower case is the same person.
        var refused = await api.FileAsync(third, LicensingKit.Application(today, document: " " + document.ToLowerInvariant()[..3] + " " + document[3..]));
        Assert.False(refused.GetProperty("qualified").GetBoolean());
        var failed = Assert.Single(refused.GetProperty("results").EnumerateArray(), r => !r.GetProperty("passed").GetBoolean());
        Assert.Equal("AGENCY-DISQUALIFIED", failed.GetProperty("ruleId").GetString());
        Assert.Contains("Агентство «Отозванное»", failed.GetProperty("args").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await api.ChangeAsync(app, third, "grant", "Requirements met?")).StatusCode);
        Assert.Equal(LicenceStatus.Applied, (await app.AgencyAsync(third)).Status);
    }

    [Fact]
    public async Task Each_requirement_fails_on_its_own_with_its_rule()
    {
        var api = await fx.ApiAsync("recruitment-regulator");
        var id = await App.NewLicensingAgencyAsync();
        var cases = new (string Rule, Dictionary<string, object?> Form)[]
        {
            ("AGENCY-ESCROW", LicensingKit.Application(Today).With("escrowDeposit", 8_999_999m)),
            ("AGENCY-BOND", LicensingKit.Application(Today).With("suretyBond", 899_999m)),
            ("AGENCY-CLEARANCE", LicensingKit.Application(Today).With("officers", new object[]
                { new { fullName = "Old Clearance", identityDocument = "X1234567", position = "Director", policeClearanceDate = Today.AddMonths(-7) } })),
            ("AGENCY-CLEARANCE", LicensingKit.Application(Today).With("officers", new object[]
                { new { fullName = "No Clearance", identityDocument = "X7654321", position = "Director" } })),
        };
        foreach (var (rule, form) in cases)
        {
            var result = await api.FileAsync(id, form);
            Assert.False(result.GetProperty("qualified").GetBoolean());
            var failed = Assert.Single(result.GetProperty("results").EnumerateArray(), r => !r.GetProperty("passed").GetBoolean());
            Assert.Equal(rule, failed.GetProperty("ruleId").GetString());
        }
    }

    [Fact]
    public async Task Bad_applications_are_refused_by_field_and_store_nothing()
    {
        var api = await fx.ApiAsync("recruitment-regulator");
        var id = await App.NewLicensingAgencyAsync();
        var licensed = await App.NewLicensingAgencyAsync(LicenceStatus.Licensed);
        foreach (var (agency, form, field) in new (Guid, Dictionary<string, object?>, string)[]
        {
            (id, LicensingKit.Application(Today).With("kind", null), "kind"),
            (licensed, LicensingKit.Application(Today), "kind"), // a licensed agency renews, it does not apply anew
            (id, LicensingKit.Application(Today, "Renewal"), "kind"),
            (id, LicensingKit.Application(Today).With("paidUpCapital", null), "paidUpCapital"),
            (id, LicensingKit.Application(Today).With("suretyBond", -1m), "suretyBond"),
            (id, LicensingKit.Application(Today).With("officers", Array.Empty<object>()), "officers"),
            (id, LicensingKit.Application(Today).With("officers", new object[] { new { fullName = "No Document", position = "Director" } }), "officers[0].identityDocument"),
        })
            await App.AssertRefusedAsync<LicenceApplication>(() => api.PostAsJsonAsync($"/api/v1/recruitment/licences/{agency}/applications", form), field);
    }

    [Fact]
    public async Task A_licence_is_renewed_only_within_the_window_with_the_requirements_met_again()
    {
        var api = await fx.ApiAsync("recruitment-regulator");
        var far = await App.NewLicensingAgencyAsync(LicenceStatus.Licensed, Today.AddMonths(6));
        await api.FileAsync(far, LicensingKit.Application(Today, "Renewal"));
        using (var early = await api.ChangeAsync(App, far, "renew", "Renewal requested"))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("renewal window", (await early.JsonAsync()).GetProperty("detail").GetString());
        }

        var end = Today.AddMonths(2);
        var near = await App.NewLicensingAgencyAsync(LicenceStatus.Licensed, end);
        await api.FileAsync(near, LicensingKit.Application(Today, "Renewal").With("suretyBond", 0m));
        Assert.Equal(HttpStatusCode.Conflict, (await api.ChangeAsync(App, near, "renew", "Renewal requested")).StatusCode);
        await api.FileAsync(near, LicensingKit.Application(Today, "Renewal"));
        Assert.Equal(HttpStatusCode.OK, (await api.ChangeAsync(App, near, "renew", "Renewal requested")).StatusCode);
        var renewed = await App.AgencyAsync(near);
        Assert.Equal(LicenceStatus.Licensed, renewed.Status);
        Assert.Equal(end.AddYears(4), renewed.LicenceValidUntil);
        Assert.Contains("agency-licence.renewed", await App.ActionsAsync(near));
    }

    [Fact]
    public async Task The_expiry_job_expires_licences_past_their_validity_and_is_safe_to_repeat()
    {
        var past = await App.NewLicensingAgencyAsync(LicenceStatus.Licensed, Today.AddDays(-1));
        var suspendedPast = await App.NewLicensingAgencyAsync(LicenceStatus.Suspended, Today.AddDays(-3));
        var lastDay = await App.NewLicensingAgencyAsync(LicenceStatus.Licensed, Today);

        await using var scope = App.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IDailyJob>().Single(j => j.Name == "agency-licences.expire");
        var summary = await job.RunAsync(Today, default);
        Assert.StartsWith("2 ", summary); // only this test makes licences that are past their end
        Assert.Equal(LicenceStatus.Expired, (await App.AgencyAsync(past)).Status);
        Assert.Equal(LicenceReasonCategory.ValidityEnded, (await App.AgencyAsync(past)).StatusCategory);
        Assert.Equal(LicenceStatus.Expired, (await App.AgencyAsync(suspendedPast)).Status);
        Assert.Equal(LicenceStatus.Licensed, (await App.AgencyAsync(lastDay)).Status);
        Assert.Equal(["agency-licence.expired"], await App.ActionsAsync(past));
        Assert.StartsWith("0 ", await job.RunAsync(Today, default));
    }

    [DatabaseTheory]
    public async Task Escrow_below_the_required_deposit_blocks_deployment_and_a_top_up_restores_it(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(Support.AppExtensions.Small);
        var api = await app.ApiClientAsync("recruitment-regulator");
        var id = await app.NewLicensingAgencyAsync(LicenceStatus.Licensed);
        var worker = await app.WithDbAsync(db => db.MigrantWorkers.Select(w => w.WorkerNumber).FirstAsync());

        async Task<JsonElement> Standing() => await (await api.GetAsync($"/api/v1/recruitment/licences/{id}/standing")).JsonAsync();
        async Task<JsonElement> Record(object form)
        {
            using var response = await api.PostAsJsonAsync($"/api/v1/recruitment/escrow/{id}/entries", form);
            var body = await response.JsonAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
            return body;
        }

        var none = await Standing();
        Assert.False(none.GetProperty("mayDeploy").GetBoolean());
        Assert.Equal(["The escrow balance is below the required deposit."], none.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(9_000_000m, none.GetProperty("topUpDue").GetDecimal());

        Assert.True((await Record(new { kind = "Deposit", amount = 9_000_000m, reference = "BANK-001" })).GetProperty("standing").GetProperty("mayDeploy").GetBoolean());

        // A claim needs the worker and the case or decision, and cannot exceed the balance.
        await app.AssertRefusedAsync<EscrowEntry>(() => api.PostAsJsonAsync($"/api/v1/recruitment/escrow/{id}/entries",
            new { kind = "ClaimPaid", amount = 100_000m, reference = "DEC-2025-17" }), "workerNumber");
        await app.AssertRefusedAsync<EscrowEntry>(() => api.PostAsJsonAsync($"/api/v1/recruitment/escrow/{id}/entries",
            new { kind = "ClaimPaid", amount = 100_000m, workerNumber = worker }), "reference");
        await app.AssertRefusedAsync<EscrowEntry>(() => api.PostAsJsonAsync($"/api/v1/recruitment/escrow/{id}/entries",
            new { kind = "ClaimPaid", amount = 9_000_001m, reference = "DEC-2025-17", workerNumber = worker }), "amount");
        await app.AssertRefusedAsync<EscrowEntry>(() => api.PostAsJsonAsync($"/api/v1/recruitment/escrow/{id}/entries",
            new { kind = "Deposit", amount = 0m }), "amount");

        var claim = await Record(new { kind = "ClaimPaid", amount = 250_000m, reference = "DEC-2025-17", workerNumber = worker, note = "Refund of an illegal fee" });
        Assert.Equal(8_750_000m, claim.GetProperty("balance").GetDecimal());
        Assert.False(claim.GetProperty("standing").GetProperty("mayDeploy").GetBoolean());
        Assert.Equal(250_000m, (await Standing()).GetProperty("topUpDue").GetDecimal());

        var topUp = await Record(new { kind = "TopUp", amount = 250_000m, reference = "BANK-002" });
        Assert.True(topUp.GetProperty("standing").GetProperty("mayDeploy").GetBoolean());

        var ledger = await (await api.GetAsync($"/api/v1/recruitment/escrow/{id}")).JsonAsync();
        Assert.Equal(9_000_000m, ledger.GetProperty("balance").GetDecimal());
        Assert.Equal(3, ledger.GetProperty("entries").GetArrayLength());
        Assert.Contains(ledger.GetProperty("entries").EnumerateArray(), e => e.GetProperty("workerNumber").GetString() == worker);

        // A suspended licence blocks deployment whatever the escrow holds.
        Assert.Equal(HttpStatusCode.OK, (await api.ChangeAsync(app, id, "suspend", "Inspection pending", "WorkerComplaints")).StatusCode);
        var suspended = await Standing();
        Assert.False(suspended.GetProperty("mayDeploy").GetBoolean());
        Assert.Equal(["The licence is suspended."], suspended.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        var page = await (await app.BrowserClientAsync("recruitment-regulator")).PageAsync($"/agencies/{id}");
        Assert.Contains("May not deploy workers today.", page.QuerySelector("#standing")!.TextContent);
    }

    [Fact]
    public async Task The_public_register_needs_no_sign_in_shows_licensed_and_cancelled_agencies_and_hides_internal_notes()
    {
        var api = await fx.ApiAsync("recruitment-regulator");
        var name = $"Публичное агентство {RegistryKit.Serial()}";
        var licensed = await App.NewLicensingAgencyAsync(LicenceStatus.Licensed, Today.AddYears(1), name + " А");
        var cancelled = await App.NewLicensingAgencyAsync(LicenceStatus.Licensed, Today.AddYears(1), name + " Б");
        var applied = await App.NewLicensingAgencyAsync(name: name + " В");
        Assert.Equal(HttpStatusCode.OK, (await api.ChangeAsync(App, cancelled, "cancel", "SECRET internal finding 42", "IllegalFees")).StatusCode);

        using var anonymous = App.CreateClient();
        var doc = await anonymous.PageAsync($"/agencies/register?Query.Q={Uri.EscapeDataString(name)}");
        var rows = doc.QuerySelectorAll("#public-register tbody tr");
        Assert.Equal(2, rows.Length); // the undecided application is not listed
        Assert.Contains(rows, r => r.TextContent.Contains(name + " А") && r.TextContent.Contains("Licensed") && r.TextContent.Contains(Today.AddYears(1).ToString("yyyy-MM-dd")));
        Assert.Contains(rows, r => r.TextContent.Contains(name + " Б") && r.TextContent.Contains("Cancelled") && r.TextContent.Contains("Illegal fees charged to workers"));
        Assert.DoesNotContain("SECRET", doc.Body!.TextContent);

        var json = await (await anonymous.GetAsync($"/api/v1/recruitment/agencies/register?q={Uri.EscapeDataString(name)}&pageSize=1")).JsonAsync();
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain("SECRET", json.GetRawText());
        var byStatus = await (await anonymous.GetAsync($"/api/v1/recruitment/agencies/register?q={Uri.EscapeDataString(name)}&status=Cancelled")).JsonAsync();
        Assert.Equal("IllegalFees", Assert.Single(byStatus.GetProperty("items").EnumerateArray()).GetProperty("reasonCategory").GetString());
        _ = (licensed, applied);
    }

    [Fact]
    public async Task The_public_register_speaks_russian_after_the_language_switch()
    {
        var api = await fx.ApiAsync("recruitment-regulator");
        var name = $"Агентство для проверки {RegistryKit.Serial()}";
        var id = await App.NewLicensingAgencyAsync(LicenceStatus.Licensed, Today.AddYears(1), name);
        Assert.Equal(HttpStatusCode.OK, (await api.ChangeAsync(App, id, "suspend", "internal", "WorkerComplaints")).StatusCode);

        using var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        await client.GetAsync("/culture?c=ru&returnUrl=/agencies/register");
        var doc = await client.PageAsync($"/agencies/register?Query.Q={Uri.EscapeDataString(name)}");
        Assert.Equal("Публичный реестр кадровых агентств", doc.QuerySelector("h1")!.TextContent.Trim());
        var row = Assert.Single(doc.QuerySelectorAll("#public-register tbody tr"));
        Assert.Contains("Решённые жалобы работников", row.TextContent);
        Assert.DoesNotContain("WorkerComplaints", row.TextContent);
    }

    [Fact]
    public async Task Only_the_regulator_decides_and_an_agency_sees_only_its_own_licence()
    {
        var own = (await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == CorridorAppFactory.EmailOf("agency")))).AgencyId!.Value;
        var other = await App.NewLicensingAgencyAsync();
        var agency = await fx.ApiAsync("agency");
        Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync($"/api/v1/recruitment/licences/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync($"/api/v1/recruitment/escrow/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync($"/api/v1/recruitment/licences/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync($"/api/v1/recruitment/escrow/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync($"/api/v1/recruitment/licences/{other}/standing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fx.BrowserAsync("agency")).GetAsync($"/recruitment/licences/{other}")).StatusCode);

        foreach (var role in new[] { "agency", "partner", "analyst", "employer", "worker" })
        {
            var api = await fx.ApiAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/recruitment/licences/{other}/applications", LicensingKit.Application(Today))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.ChangeAsync(App, own, "suspend", "no", "Other")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/recruitment/escrow/{own}/entries", new { kind = "Deposit", amount = 1m })).StatusCode);
        }
        foreach (var role in new[] { "analyst", "employer", "worker", "partner" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await fx.ApiAsync(role)).GetAsync($"/api/v1/recruitment/licences/{own}")).StatusCode);
        Assert.Equal(LicenceStatus.Licensed, (await App.AgencyAsync(own)).Status);
    }

    [Fact]
    public async Task The_regulator_grants_through_the_pages_without_javascript()
    {
        var browser = await fx.BrowserAsync("recruitment-regulator");
        var id = await App.NewLicensingAgencyAsync();
        using (var filed = await CorridorAppFactory.PostFormAsync(browser, $"/recruitment/licences/{id}/apply", new()
        {
            ["Input.Kind"] = "New",
            ["Input.PaidUpCapital"] = "50000000",
            ["Input.EscrowDeposit"] = "9000000",
            ["Input.SuretyBond"] = "900000",
            ["Input.Officers[0].FullName"] = "Ерлан Тестов",
            ["Input.Officers[0].IdentityDocument"] = $"N{Random.Shared.Next(10_000_000, 99_999_999)}",
            ["Input.Officers[0].Position"] = "Director",
            ["Input.Officers[0].PoliceClearanceDate"] = Today.AddDays(-10).ToString("yyyy-MM-dd"),
        }))
            Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);

        using (var missing = await CorridorAppFactory.PostFormAsync(browser, $"/recruitment/licences/{id}/grant", new() { ["Input.Reason"] = "", ["Input.Version"] = $"{await App.VersionAsync(id)}" }))
        {
            Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
            (await missing.ParseAsync()).AssertFieldError("Input_Reason", "Give the reason.");
        }
        using (var granted = await CorridorAppFactory.PostFormAsync(browser, $"/recruitment/licences/{id}/grant", new() { ["Input.Reason"] = "Requirements met", ["Input.Version"] = $"{await App.VersionAsync(id)}" }))
            Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var page = await browser.PageAsync($"/recruitment/licences/{id}");
        Assert.Equal("Licensed", page.QuerySelector("#licence-status")!.TextContent.Trim());
        Assert.Contains("AGENCY-DISQUALIFIED", page.QuerySelector(".application table.decision")!.TextContent);
    }
}
