using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Recruitment;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Recruitment;

/// <summary>
/// Issue 4, recruitment fees: every amount taken from a worker is checked on save against the cap in force on the
/// payment day; over the cap, or any amount where the cap is zero, opens a violation case against the agency in
/// the same transaction, one open case per worker × agency.
/// </summary>
public sealed class FeesTests
{
    private const string Costs = "/api/v1/recruitment/costs";

    [DatabaseTheory]
    public async Task A_fee_where_the_cap_is_zero_opens_a_case_against_the_agency(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var agency = await app.NewFeeAgencyAsync();
        var worker = await app.NewWorkerAsync(agency.Agency.Id);

        var result = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(worker, 50_000m, app.Today().AddDays(-3), "MEDICAL"));

        Assert.Equal("CapIsZero", result.GetProperty("finding").GetString());
        Assert.Equal(("FEE-CAP", 0m), (result.GetProperty("capRuleId").GetString(), result.GetProperty("capMonths").GetDecimal()));
        Assert.True(result.GetProperty("caseOpened").GetBoolean());
        var c = Assert.Single(await app.CasesAsync(agency.Agency.Id));
        Assert.Equal((ViolationKind.FeeWhereCapIsZero, ViolationCaseStatus.Open, worker.Id, "RecruitmentCost", "FEE-CAP"),
            (c.Kind, c.Status, c.WorkerId, c.SubjectType, c.RuleId));
        Assert.Equal(result.GetProperty("id").GetGuid(), c.SubjectId);
        Assert.Contains("50,000 KZT, Medical costs", c.Finding);
        var stored = await app.WithDbAsync(db => db.RecruitmentCosts.AsNoTracking().SingleAsync(x => x.WorkerId == worker.Id));
        Assert.Equal((c.Id, FeeFinding.CapIsZero), (stored.ViolationCaseId, stored.Finding));
        var audited = await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "violation-case.opened" && e.EntityId == c.Id.ToString()));
        Assert.True(audited);
    }

    [DatabaseTheory]
    public async Task A_fee_over_the_cap_opens_a_case_one_exactly_at_the_cap_does_not_and_later_amounts_join_the_open_case(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var agency = await app.NewFeeAgencyAsync();
        var worker = await app.NewWorkerAsync(agency.Agency.Id, occupation: "721", destination: "JPN");
        var exception = await app.AddExceptionAsync("JPN", "72", 1, app.Today().AddMonths(-1));
        var day = app.Today().AddDays(-2);

        var atCap = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(worker, 60_000m, day, wage: 100_000m));
        var atCap2 = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(worker, 40_000m, day, "TRAVEL_LODGING"));
        Assert.Equal("WithinCap", atCap2.GetProperty("finding").GetString());
        Assert.Equal((100_000m, 100_000m), (atCap2.GetProperty("checkedTotal").GetDecimal(), atCap2.GetProperty("capAmount").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, atCap2.GetProperty("violationCaseId").ValueKind);
        Assert.Empty(await app.CasesAsync(agency.Agency.Id));

        var over = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(worker, 0.01m, day, "ADMINISTRATIVE"));
        Assert.Equal("OverCap", over.GetProperty("finding").GetString());
        var c = Assert.Single(await app.CasesAsync(agency.Agency.Id));
        Assert.Equal(ViolationKind.FeeOverCap, c.Kind);

        var more = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(worker, 5_000m, day, "EQUIPMENT"));
        Assert.False(more.GetProperty("caseOpened").GetBoolean());
        Assert.Equal(c.Id, more.GetProperty("violationCaseId").GetGuid());
        c = Assert.Single(await app.CasesAsync(agency.Agency.Id));
        Assert.Equal(2, c.Finding.Split('\n').Length);
        Assert.Contains("Equipment", c.Finding);
        var stored = await app.WithDbAsync(db => db.RecruitmentCosts.AsNoTracking().Where(x => x.WorkerId == worker.Id).ToListAsync());
        Assert.All(stored, s => Assert.Equal((1m, (Guid?)exception), (s.CapMonths, s.CapExceptionId)));
    }

    [DatabaseTheory]
    public async Task A_domestic_worker_pays_nothing_even_where_an_exception_allows_a_fee(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var agency = await app.NewFeeAgencyAsync();
        await app.AddExceptionAsync("SAU", "", 1, app.Today().AddMonths(-1));
        var domestic = await app.NewWorkerAsync(agency.Agency.Id, occupation: "911", destination: "SAU");
        var driver = await app.NewWorkerAsync(agency.Agency.Id, occupation: "832", destination: "SAU");

        var body = FeeKit.Cost(domestic, 1_000m, app.Today(), wage: 200_000m);
        body["occupationCode"] = "9111";
        var result = await agency.Client.PostOkAsync(Costs, body);
        var allowed = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(driver, 1_000m, app.Today(), wage: 200_000m));

        Assert.Equal(("CapIsZero", "FEE-DOMESTIC-ZERO"), (result.GetProperty("finding").GetString(), result.GetProperty("capRuleId").GetString()));
        Assert.Contains("C189", result.GetProperty("capSource").GetString());
        Assert.Equal("WithinCap", allowed.GetProperty("finding").GetString());
        var c = Assert.Single(await app.CasesAsync(agency.Agency.Id));
        Assert.Equal((ViolationKind.FeeWhereCapIsZero, domestic.Id, "FEE-DOMESTIC-ZERO"), (c.Kind, c.WorkerId, c.RuleId));
    }

    [DatabaseTheory]
    public async Task An_exception_applies_on_its_dates_only_and_the_cap_stays_with_each_amount(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var agency = await app.NewFeeAgencyAsync();
        var today = app.Today();
        var exception = await app.AddExceptionAsync("JPN", "7", 1, today.AddDays(-20), today.AddDays(-10));
        var inside = await app.NewWorkerAsync(agency.Agency.Id);
        var after = await app.NewWorkerAsync(agency.Agency.Id);

        var a = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(inside, 90_000m, today.AddDays(-15), wage: 100_000m));
        var b = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(after, 90_000m, today.AddDays(-5), wage: 100_000m));

        Assert.Equal(("WithinCap", 1m), (a.GetProperty("finding").GetString(), a.GetProperty("capMonths").GetDecimal()));
        Assert.Equal(("CapIsZero", 0m), (b.GetProperty("finding").GetString(), b.GetProperty("capMonths").GetDecimal()));
        var cases = await app.CasesAsync(agency.Agency.Id);
        Assert.Equal([after.Id], cases.Select(c => c.WorkerId!.Value));

        // A later, stricter exception over the same days does not alter the finding already made.
        await app.AddExceptionAsync("JPN", "72", 0, today.AddDays(-20), today.AddDays(-10));
        var stored = await app.WithDbAsync(db => db.RecruitmentCosts.AsNoTracking().SingleAsync(x => x.WorkerId == inside.Id));
        Assert.Equal((1m, (Guid?)exception, FeeFinding.WithinCap, (Guid?)null), (stored.CapMonths, stored.CapExceptionId, stored.Finding, stored.ViolationCaseId));

        // The regulator ends an open-ended exception: payments after its last day fall back to FEE-CAP.
        var drivers = await app.AddExceptionAsync("JPN", "83", 1, today.AddDays(-30));
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var early = await regulator.PostAsJsonAsync($"/api/v1/recruitment/fee-caps/{drivers}/end", new { lastDay = AppExtensions.Iso(today.AddDays(-31)) });
        Assert.Equal(["lastDay"], (await early.JsonAsync()).ErrorFields());
        await regulator.PostOkAsync($"/api/v1/recruitment/fee-caps/{drivers}/end", new { lastDay = AppExtensions.Iso(today.AddDays(-3)) });
        var before = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(await app.NewWorkerAsync(agency.Agency.Id, occupation: "832"), 10m, today.AddDays(-3), wage: 100_000m));
        var afterEnd = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(await app.NewWorkerAsync(agency.Agency.Id, occupation: "832"), 10m, today.AddDays(-2), wage: 100_000m));
        Assert.Equal(("WithinCap", "CapIsZero"), (before.GetProperty("finding").GetString(), afterEnd.GetProperty("finding").GetString()));
        var audited = await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "fee-cap-exception.ended" && e.EntityId == drivers.ToString()));
        Assert.True(audited);
    }

    [DatabaseTheory]
    public async Task A_worker_declaration_contradicting_a_receipt_stands_beside_it_and_the_agency_never_learns_who_declared(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var agency = await app.NewFeeAgencyAsync();
        var worker = await app.NewWorkerAsync(agency.Agency.Id);
        var (_, workerClient) = await app.WorkerAccountAsync(worker.Id);
        await app.AddExceptionAsync("JPN", "", 1, app.Today().AddMonths(-2));
        var day = app.Today().AddDays(-30);

        var receipt = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(worker, 50_000m, day, wage: 100_000m));
        Assert.Equal("WithinCap", receipt.GetProperty("finding").GetString());
        var declared = await workerClient.PostOkAsync(Costs + "/declarations", new
        {
            category = "RECRUITMENT_FEE", amount = 150_000m, currency = "KZT", paidOn = AppExtensions.Iso(day),
        });
        Assert.Equal(("OverCap", 150_000m), (declared.GetProperty("finding").GetString(), declared.GetProperty("checkedTotal").GetDecimal()));
        var caseId = declared.GetProperty("violationCaseId").GetGuid();

        // Side by side for the worker and for the regulator.
        foreach (var client in new[] { workerClient, await app.ApiClientAsync("recruitment-regulator") })
        {
            var view = await (await client.GetAsync($"{Costs}/workers/{worker.Id}")).JsonAsync();
            var line = Assert.Single(Assert.Single(view.GetProperty("agencies").EnumerateArray().ToList()).GetProperty("lines").EnumerateArray().ToList());
            Assert.Equal((50_000m, 150_000m, true), (line.GetProperty("receipts").GetDecimal(), line.GetProperty("declared").GetDecimal(), line.GetProperty("contradicts").GetBoolean()));
        }
        // The worker sees the case their declaration opened.
        var mine = await (await workerClient.GetAsync($"/api/v1/recruitment/cases/{caseId}")).JsonAsync();
        Assert.Equal(FeeKit.FamilyName, mine.GetProperty("workerName").GetString()!.Split(' ')[1]);

        // The agency sees the case against it, but not who declared, nor the declaration, nor the side-by-side page.
        var response = await agency.Client.GetAsync($"/api/v1/recruitment/cases/{caseId}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(FeeKit.FamilyName, text);
        Assert.DoesNotContain(worker.WorkerNumber, text);
        Assert.DoesNotContain(worker.Id.ToString(), text);
        var theirs = await (await agency.Client.GetAsync($"/api/v1/recruitment/cases?agencyId={agency.Agency.Id}")).JsonAsync();
        var summary = Assert.Single(theirs.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("workerName").ValueKind);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("workerId").ValueKind);
        var costs = await (await agency.Client.GetAsync(Costs)).JsonAsync();
        Assert.Equal(["Agency"], costs.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("source").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await agency.Client.GetAsync($"{Costs}/workers/{worker.Id}")).StatusCode);
        var page = await (await app.BrowserClientAsync("recruitment-regulator")).GetStringAsync($"/recruitment/cases/{caseId}");
        Assert.Contains(FeeKit.FamilyName, page);
    }

    [DatabaseTheory]
    public async Task Bad_input_gets_field_errors_and_stores_nothing(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var agency = await app.NewFeeAgencyAsync();
        var worker = await app.NewWorkerAsync(agency.Agency.Id);
        var (_, workerClient) = await app.WorkerAccountAsync(worker.Id);
        var before = await app.WithDbAsync(async db => (await db.RecruitmentCosts.CountAsync(), await db.ViolationCases.CountAsync(), await db.AuditEvents.CountAsync()));

        var bad = FeeKit.Cost(worker, -5m, app.Today().AddDays(1), currency: "XYZ");
        var response = await agency.Client.PostAsJsonAsync(Costs, bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["amount", "currency", "paidOn"], (await response.JsonAsync()).ErrorFields());

        var noReceipt = FeeKit.Cost(worker, 5m, app.Today(), category: "BRIBES");
        noReceipt["receiptNumber"] = "";
        response = await agency.Client.PostAsJsonAsync(Costs, noReceipt);
        Assert.Equal(["category", "receiptNumber"], (await response.JsonAsync()).ErrorFields());

        response = await workerClient.PostAsJsonAsync(Costs + "/declarations", new { category = "MEDICAL", amount = 0, currency = "kz", paidOn = AppExtensions.Iso(app.Today().AddDays(3)) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["amount", "currency", "paidOn"], (await response.JsonAsync()).ErrorFields());

        response = await workerClient.PostAsJsonAsync("/api/v1/recruitment/earnings", new { month = "2026-13", amount = -1, currency = "ABC" });
        Assert.Equal(["amount", "currency", "month"], (await response.JsonAsync()).ErrorFields());

        var after = await app.WithDbAsync(async db => (await db.RecruitmentCosts.CountAsync(), await db.ViolationCases.CountAsync(), await db.AuditEvents.CountAsync()));
        Assert.Equal(before, after);
    }

    [DatabaseTheory]
    public async Task Another_agency_sees_nothing_of_this_agencys_costs_and_cases(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var a = await app.NewFeeAgencyAsync();
        var b = await app.NewFeeAgencyAsync();
        var worker = await app.NewWorkerAsync(a.Agency.Id);
        var (_, workerClient) = await app.WorkerAccountAsync(worker.Id);
        var otherWorker = await app.NewWorkerAsync(b.Agency.Id);
        var recorded = await a.Client.PostOkAsync(Costs, FeeKit.Cost(worker, 10_000m, app.Today()));
        var caseId = recorded.GetProperty("violationCaseId").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"/api/v1/recruitment/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.BrowserClientAsync("agency")).GetAsync($"/recruitment/cases/{caseId}")).StatusCode);
        Assert.Equal(0, (await (await b.Client.GetAsync("/api/v1/recruitment/cases")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(0, (await (await b.Client.GetAsync(Costs)).JsonAsync()).GetProperty("total").GetInt32());
        // Agency B cannot put an amount on agency A's worker.
        var response = await b.Client.PostAsJsonAsync(Costs, FeeKit.Cost(worker, 1m, app.Today()));
        Assert.Equal(["workerNumber"], (await response.JsonAsync()).ErrorFields());
        // A worker sees neither another worker's costs nor a case an agency's receipt opened.
        Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync($"{Costs}/workers/{otherWorker.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync($"/api/v1/recruitment/cases/{caseId}")).StatusCode);
        // Roles without the permissions are refused outright.
        foreach (var role in new[] { "employer", "analyst", "partner" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(role)).GetAsync("/api/v1/recruitment/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await workerClient.PostAsJsonAsync(Costs, FeeKit.Cost(worker, 1m, app.Today()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.PostAsJsonAsync(Costs + "/declarations", new { category = "MEDICAL" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.PostAsJsonAsync("/api/v1/recruitment/fee-caps", new { destinationCountry = "JPN", capMonths = 3 })).StatusCode);
    }

    [DatabaseTheory]
    public async Task Pages_and_api_refuse_roles_without_the_permission(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var pages = new (string Role, string Path)[]
        {
            ("agency", "/recruitment/caps"), ("agency", "/recruitment/declare"), ("worker", "/recruitment/costs/record"), ("worker", "/recruitment/caps"),
            ("employer", "/recruitment/cases"), ("analyst", "/recruitment/costs"), ("inspector", "/recruitment/declare"),
        };
        foreach (var (role, path) in pages)
        {
            var denied = await (await app.BrowserClientAsync(role)).GetAsync(path);
            Assert.True(denied.StatusCode == HttpStatusCode.Forbidden
                || (denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.OriginalString.Contains("denied", StringComparison.OrdinalIgnoreCase)),
                $"{role} reached {path}: {(int)denied.StatusCode} {denied.Headers.Location}");
        }
        var api = new (string Role, HttpMethod Method, string Path)[]
        {
            ("analyst", HttpMethod.Get, Costs), ("employer", HttpMethod.Post, "/api/v1/recruitment/earnings"), ("agency", HttpMethod.Get, "/api/v1/recruitment/fee-caps"),
            ("worker", HttpMethod.Post, $"/api/v1/recruitment/cases/{Guid.NewGuid()}/close"), ("partner", HttpMethod.Get, "/api/v1/recruitment/earnings"),
        };
        foreach (var (role, method, path) in api)
        {
            var response = await (await app.ApiClientAsync(role)).SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(new { }) });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} {method} {path}: {(int)response.StatusCode}");
        }
        // The agency's own worker list reaches only its own records; the page for another's case is not found, not refused.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.BrowserClientAsync("agency")).GetAsync($"/recruitment/cases/{Guid.NewGuid()}")).StatusCode);
    }

    [DatabaseTheory]
    public async Task The_regulator_closes_a_case_with_its_outcome_and_a_new_violation_then_opens_a_new_case(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var agency = await app.NewFeeAgencyAsync();
        var worker = await app.NewWorkerAsync(agency.Agency.Id);
        var first = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(worker, 10_000m, app.Today()));
        var caseId = first.GetProperty("violationCaseId").GetGuid();
        var regulator = await app.ApiClientAsync("recruitment-regulator");

        Assert.Equal(HttpStatusCode.Forbidden, (await agency.Client.PostAsJsonAsync($"/api/v1/recruitment/cases/{caseId}/close", new { outcome = "Nothing to see" })).StatusCode);
        var empty = await regulator.PostAsJsonAsync($"/api/v1/recruitment/cases/{caseId}/close", new { outcome = " " });
        Assert.Equal(["outcome"], (await empty.JsonAsync()).ErrorFields());
        await regulator.PostOkAsync($"/api/v1/recruitment/cases/{caseId}/close", new { outcome = "Refund of 10,000 KZT ordered; licence warning." });
        var again = await regulator.PostAsJsonAsync($"/api/v1/recruitment/cases/{caseId}/close", new { outcome = "Twice" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var closed = Assert.Single(await app.CasesAsync(agency.Agency.Id));
        Assert.Equal((ViolationCaseStatus.Closed, "recruitment-regulator@demo.corridor"), (closed.Status, closed.ClosedBy));
        var open = await (await regulator.GetAsync($"/api/v1/recruitment/cases?status=Open&agencyId={agency.Agency.Id}")).JsonAsync();
        Assert.Equal(0, open.GetProperty("total").GetInt32());

        var second = await agency.Client.PostOkAsync(Costs, FeeKit.Cost(worker, 2_000m, app.Today()));
        Assert.True(second.GetProperty("caseOpened").GetBoolean());
        Assert.Equal(2, (await app.CasesAsync(agency.Agency.Id)).Count);
    }

    [DatabaseTheory]
    public async Task Amounts_saved_at_the_same_time_open_one_case_for_the_worker_and_agency(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var agency = await app.NewFeeAgencyAsync();
        var worker = await app.NewWorkerAsync(agency.Agency.Id);
        var (_, workerClient) = await app.WorkerAccountAsync(worker.Id);

        var posts = Enumerable.Range(1, 3).Select(i => agency.Client.PostAsJsonAsync(Costs, FeeKit.Cost(worker, 1_000m * i, app.Today())))
            .Append(workerClient.PostAsJsonAsync(Costs + "/declarations", new { category = "MEDICAL", amount = 900m, currency = "KZT", paidOn = AppExtensions.Iso(app.Today()) }))
            .ToList();
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var c = Assert.Single(await app.CasesAsync(agency.Agency.Id));
        var linked = await app.WithDbAsync(db => db.RecruitmentCosts.AsNoTracking().Where(x => x.WorkerId == worker.Id).Select(x => x.ViolationCaseId).ToListAsync());
        Assert.Equal(4, linked.Count);
        Assert.All(linked, id => Assert.Equal(c.Id, id));
        Assert.Equal(4, c.Finding.Split('\n').Length);
    }

    [DatabaseTheory]
    public async Task A_worker_declares_through_the_portal_page_in_russian_and_the_case_list_shows_it(TestProvider provider)
    {
        using var app = await FeeKit.SeededAppAsync(provider);
        var agency = await app.NewFeeAgencyAsync();
        var worker = await app.NewWorkerAsync(agency.Agency.Id);
        var (email, _) = await app.WorkerAccountAsync(worker.Id);
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await CorridorAppFactory.PostFormAsync(browser, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = CorridorAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await browser.GetAsync("/culture?c=ru&returnUrl=/");

        var page = await browser.GetStringAsync("/recruitment/declare");
        Assert.Contains("Работодатель платит", page);
        var posted = await CorridorAppFactory.PostFormAsync(browser, "/recruitment/declare", new()
        {
            ["Input.AgencyId"] = agency.Agency.Id.ToString(), ["Input.DestinationCountry"] = "JPN", ["Input.Category"] = "TRAVEL_LODGING",
            ["Input.Amount"] = "700", ["Input.Currency"] = "usd", ["Input.PaidOn"] = AppExtensions.Iso(app.Today().AddDays(-1)), ["Input.ReceiptNumber"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var c = Assert.Single(await app.CasesAsync(agency.Agency.Id));
        Assert.Contains(c.Number, await posted.Content.ReadAsStringAsync());
        var stored = await app.WithDbAsync(db => db.RecruitmentCosts.AsNoTracking().SingleAsync(x => x.WorkerId == worker.Id));
        Assert.Equal((CostSource.WorkerDeclaration, "USD", 700m, (string?)null), (stored.Source, stored.Currency, stored.Amount, stored.ReceiptNumber));

        var bad = await CorridorAppFactory.PostFormAsync(browser, "/recruitment/declare", new()
        {
            ["Input.AgencyId"] = agency.Agency.Id.ToString(), ["Input.DestinationCountry"] = "JPN", ["Input.Category"] = "TRAVEL_LODGING",
            ["Input.Amount"] = "-1", ["Input.Currency"] = "ZZZ", ["Input.PaidOn"] = AppExtensions.Iso(app.Today()),
        });
        var html = await bad.HtmlAsync();
        Assert.Equal(["Input.Amount", "Input.Currency"], html.QuerySelectorAll(".field.invalid input").Select(i => i.GetAttribute("name")!).Order());

        var form = (await browser.GetHtmlAsync("/recruitment/declare")).QuerySelectorAll("form")
            .Single(f => f.GetAttribute("action")?.Contains("handler=Earnings") == true);
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        var earnings = await CorridorAppFactory.PostFormAsync(browser, "/recruitment/declare?handler=Earnings", new()
        {
            ["Earnings.Month"] = app.Today().ToString("yyyy-MM"), ["Earnings.Amount"] = "1900", ["Earnings.Currency"] = "USD",
        }, formPage: "/recruitment/declare");
        Assert.Equal(HttpStatusCode.OK, earnings.StatusCode);
        var firstMonth = await app.WithDbAsync(db => db.FirstMonthEarnings.AsNoTracking().SingleAsync(x => x.WorkerId == worker.Id));
        Assert.Equal((1900m, "USD", EarningsSource.WorkerDeclaration), (firstMonth.Amount, firstMonth.Currency, firstMonth.Source));

        var regulator = await app.BrowserClientAsync("recruitment-regulator");
        var list = await regulator.GetStringAsync($"/recruitment/cases?Query.Kind=FeeWhereCapIsZero&Query.Status=Open&Query.AgencyId={agency.Agency.Id}");
        Assert.Contains(c.Number, list);
        var agencyList = await regulator.GetStringAsync($"/recruitment/cases?Query.Kind=FeeOverCap&Query.AgencyId={agency.Agency.Id}");
        Assert.DoesNotContain(c.Number, agencyList);
        var added = await app.AddExceptionAsync("JPN", "", 1, app.Today());
        var caps = await regulator.GetHtmlAsync("/recruitment/caps");
        var endForm = Assert.Single(caps.QuerySelectorAll("form").Where(f => f.GetAttribute("action")?.Contains("handler=End") == true
            && f.GetAttribute("action")!.Contains(added.ToString())).ToList());
        Assert.NotNull(endForm.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal(HttpStatusCode.OK, (await regulator.GetAsync($"/recruitment/workers/{worker.Id}/costs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.BrowserClientAsync("agency")).GetAsync("/recruitment/costs/record")).StatusCode);
    }
}
