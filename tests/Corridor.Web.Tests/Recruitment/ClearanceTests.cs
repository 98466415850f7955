using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Corridor.Domain.Recruitment;
using Corridor.Testing;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Corridor.Web.Tests.Recruitment.ClearanceKit;

namespace Corridor.Web.Tests.Recruitment;

/// <summary>
/// Issue 4, deployment clearance: refused for each missing requirement with what is missing, issued when all are met,
/// the pass's QR code and the public check (initials only), revocation, the returning-worker fast lane, ownership,
/// and a medical record that can hold nothing but fit/unfit, date and clinic.
/// </summary>
public sealed partial class ClearanceTests(SeededApps apps) : IClassFixture<SeededApps>
{
    public static TheoryData<TestProvider, Spoil, string, string> Missing()
    {
        var data = new TheoryData<TestProvider, Spoil, string, string>();
        var providers = TestDatabases.PostgresConfigured ? new[] { TestProvider.Sqlite, TestProvider.Postgres } : [TestProvider.Sqlite];
        foreach (var p in providers)
        {
            data.Add(p, Spoil.Passport, "Passport", "before the contract ends");
            data.Add(p, Spoil.JobOrder, "JobOrder", "is not verified yet");
            data.Add(p, Spoil.Contract, "Contract", "is not approved yet");
            data.Add(p, Spoil.Orientation, "Orientation", "No orientation certificate valid for SAU / 9111");
            data.Add(p, Spoil.WelfareFund, "WelfareFund", "No welfare-fund contribution (25 USD) paid for contract");
            data.Add(p, Spoil.Insurance, "Insurance", "not the whole contract");
            data.Add(p, Spoil.Medical, "Medical", "found the worker unfit");
            data.Add(p, Spoil.Agency, "Agency", "The escrow balance is below the required deposit.");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Missing))]
    public async Task A_clearance_is_refused_for_each_missing_requirement_with_what_is_missing(TestProvider provider, Spoil spoil, string requirement, string message)
    {
        var app = await apps.GetAsync(provider);
        var ready = await app.ReadyAsync(spoil);
        var clearance = await ready.AgencyApi.RequestAsync(ready.Contract.Id);
        Assert.Equal("Refused", clearance.GetProperty("status").GetString());
        Assert.Equal([requirement], clearance.UnmetRequirements());
        Assert.Contains(message, clearance.Check(requirement).GetProperty("text").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, clearance.GetProperty("verificationCode").ValueKind);
        var audited = await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "deployment-clearance.refused" && e.EntityId == clearance.GetProperty("id").GetString()));
        Assert.Equal(1, audited);
    }

    [DatabaseTheory]
    public async Task Issued_when_every_requirement_is_met_the_pass_verifies_signed_out_with_initials_only_and_revoked_it_reads_not_valid(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ready = await app.ReadyAsync();
        var clearance = await ready.AgencyApi.RequestAsync(ready.Contract.Id);
        Assert.Equal("Issued", clearance.GetProperty("status").GetString());
        Assert.Empty(clearance.UnmetRequirements());
        Assert.Equal(8, clearance.GetProperty("checks").GetArrayLength());
        Assert.Equal(ready.Contract.EndDate!.Value.ToString("yyyy-MM-dd"), clearance.GetProperty("validUntil").GetString());
        Assert.Matches("^D-[0-9]+$", clearance.GetProperty("number").GetString());
        var id = clearance.GetProperty("id").GetGuid();

        // A second request while it is in force is a conflict, not a second pass.
        await ready.AgencyApi.RequestAsync(ready.Contract.Id, expected: HttpStatusCode.Conflict);

        // The printed pass carries QRCoder's code for the verify URL it prints.
        var browser = await app.BrowserClientForAsync(ready.AgencyEmail);
        var print = await browser.GetStringAsync($"/recruitment/clearances/{id}/print");
        var url = WebUtility.HtmlDecode(VerifyHref().Match(print).Groups[1].Value);
        var code = clearance.GetProperty("verificationCode").GetString()!;
        Assert.EndsWith($"/verify/{code}", url);
        using (var generator = new QRCoder.QRCodeGenerator())
        using (var data = generator.CreateQrCode(url, QRCoder.QRCodeGenerator.ECCLevel.M))
            Assert.Equal("data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(8)),
                WebUtility.HtmlDecode(QrSrc().Match(print).Groups[1].Value));
        Assert.Contains("А. Н.", print);

        var anonymous = app.AnonymousClient();
        var verify = await anonymous.GetAsync($"/verify/{code}");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        var page = await verify.Content.ReadAsStringAsync();
        Assert.Contains("This clearance is valid.", page);
        Assert.Contains("А. Н.", page);
        Assert.DoesNotContain("Нурланова", page);
        Assert.DoesNotContain(ready.Worker.PassportNumber, page);

        var regulator = await app.ApiClientAsync("recruitment-regulator");
        using (var noReason = await regulator.PostAsJsonAsync($"{Api}/{id}/revoke", new { reason = "", version = clearance.GetProperty("version").GetInt32() }))
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using (var denied = await ready.AgencyApi.PostAsJsonAsync($"{Api}/{id}/revoke", new { reason = "Mine", version = clearance.GetProperty("version").GetInt32() }))
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        using (var revoked = await regulator.PostAsJsonAsync($"{Api}/{id}/revoke", new { reason = "Contract cancelled by the employer", version = clearance.GetProperty("version").GetInt32() }))
            Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var after = await (await anonymous.GetAsync($"/verify/{code}")).Content.ReadAsStringAsync();
        Assert.Contains("This clearance is not valid.", after);
        Assert.Contains("Revoked", after);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "deployment-clearance.revoked" && e.EntityId == id.ToString())));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "deployment-clearance.issued" && e.EntityId == id.ToString())));

        var unknown = await anonymous.GetAsync("/verify/no-such-code-at-all");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [DatabaseTheory]
    public async Task A_refused_worker_sees_what_to_fix_and_asking_again_after_the_fix_issues_the_clearance(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ready = await app.ReadyAsync(Spoil.WelfareFund);
        var refused = await ready.AgencyApi.RequestAsync(ready.Contract.Id);
        Assert.Equal(["WelfareFund"], refused.UnmetRequirements());

        // The worker's own page lists the requirement and what is missing.
        var workerEmail = await app.LinkedAccountAsync("worker", u => u.WorkerId = ready.Worker.Id);
        var workerBrowser = await app.BrowserClientForAsync(workerEmail);
        var details = await workerBrowser.GetStringAsync($"/recruitment/clearances/{refused.GetProperty("id").GetGuid()}");
        Assert.Contains("data-requirement=\"WelfareFund\" data-met=\"false\"", details);
        Assert.Contains("No welfare-fund contribution", details);
        var own = await workerBrowser.GetStringAsync($"/workers/{ready.Worker.Id}");
        Assert.Contains("id=\"worker-clearance\"", own);
        Assert.Contains("No welfare-fund contribution", own);

        using (var wrongCurrency = await ready.AgencyApi.PostAsJsonAsync($"{Api}/welfare-fund",
                   new { contractId = ready.Contract.Id, amount = 25, currency = "dollars", paidOn = app.Today(), receiptNumber = "OWWA-1" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongCurrency.StatusCode);
            Assert.Equal(["currency"], (await wrongCurrency.JsonAsync()).ErrorFields());
        }
        using (var paid = await ready.AgencyApi.PostAsJsonAsync($"{Api}/welfare-fund",
                   new { contractId = ready.Contract.Id, amount = 25, currency = "USD", paidOn = app.Today(), receiptNumber = "OWWA-2" }))
            Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var issued = await ready.AgencyApi.RequestAsync(ready.Contract.Id);
        Assert.Equal("Issued", issued.GetProperty("status").GetString());
        Assert.Equal(2, await app.WithDbAsync(db => db.DeploymentClearances.CountAsync(c => c.ContractId == ready.Contract.Id)));
    }

    [DatabaseTheory]
    public async Task The_fast_lane_clears_a_returning_worker_to_the_same_employer_and_jobsite_without_orientation(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var first = await app.ReadyAsync();
        Assert.Equal("Issued", (await first.AgencyApi.RequestAsync(first.Contract.Id)).GetProperty("status").GetString());
        var back = await app.ReadyAsync(agency: (first.Agency, first.AgencyApi, first.AgencyEmail), employer: first.Employer, worker: first.Worker,
            jobsite: "riyadh,  al olaya 12", orientation: false);

        // The worker asks from the worker portal; the jobsite matches whatever its spelling's case and spaces.
        var workerApi = await app.WorkerClientAsync(first.Worker);
        var fast = await workerApi.RequestAsync(back.Contract.Id, fastLane: true);
        Assert.Equal("Issued", fast.GetProperty("status").GetString());
        Assert.True(fast.GetProperty("fastLane").GetBoolean());
        Assert.True(fast.Check("ReturningWorker").GetProperty("met").GetBoolean());
        Assert.Contains("Not required for a returning worker", fast.Check("Orientation").GetProperty("text").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, fast.GetProperty("previousClearanceId").ValueKind);

        // A worker may not take the normal path themself.
        await workerApi.RequestAsync(back.Contract.Id, expected: HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("employer", "was for the employer")]
    [InlineData("jobsite", "was for the jobsite")]
    public async Task The_fast_lane_is_refused_with_the_reason_for_another_employer_or_jobsite(string differs, string reason)
    {
        var app = await apps.GetAsync(TestProvider.Sqlite);
        var first = await app.ReadyAsync();
        Assert.Equal("Issued", (await first.AgencyApi.RequestAsync(first.Contract.Id)).GetProperty("status").GetString());
        var back = await app.ReadyAsync(agency: (first.Agency, first.AgencyApi, first.AgencyEmail),
            employer: differs == "employer" ? null : first.Employer, worker: first.Worker,
            jobsite: differs == "jobsite" ? "Jeddah, Al Hamra 3" : "Riyadh, Al Olaya 12", orientation: false);
        var fast = await first.AgencyApi.RequestAsync(back.Contract.Id, fastLane: true);
        Assert.Equal("Refused", fast.GetProperty("status").GetString());
        Assert.Equal(["ReturningWorker"], fast.UnmetRequirements());
        var text = fast.Check("ReturningWorker").GetProperty("text").GetString();
        Assert.Contains(reason, text);
        Assert.Contains("apply through the normal path", text);
    }

    [DatabaseTheory]
    public async Task Another_agency_gets_404_and_a_worker_sees_only_their_own(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var mine = await app.ReadyAsync();
        var theirs = await app.ReadyAsync();
        var clearance = await mine.AgencyApi.RequestAsync(mine.Contract.Id);
        var id = clearance.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await theirs.AgencyApi.GetAsync($"{Api}/{id}")).StatusCode);
        await theirs.AgencyApi.RequestAsync(mine.Contract.Id, expected: HttpStatusCode.NotFound);
        using (var welfare = await theirs.AgencyApi.PostAsJsonAsync($"{Api}/welfare-fund",
                   new { contractId = mine.Contract.Id, amount = 25, currency = "USD", paidOn = app.Today(), receiptNumber = "X-1" }))
            Assert.Equal(HttpStatusCode.NotFound, welfare.StatusCode);
        var list = await (await theirs.AgencyApi.GetAsync(Api)).JsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);

        var owner = await app.WorkerClientAsync(mine.Worker);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"{Api}/{id}")).StatusCode);
        var other = await app.WorkerClientAsync(theirs.Worker);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Api}/{id}")).StatusCode);
        var own = await (await other.GetAsync(Api)).JsonAsync();
        Assert.All(own.GetProperty("items").EnumerateArray(), c => Assert.Equal(theirs.Worker.WorkerNumber, c.GetProperty("workerNumber").GetString()));
        await other.RequestAsync(mine.Contract.Id, fastLane: true, expected: HttpStatusCode.NotFound);

        var analyst = await app.ApiClientAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"{Api}/{id}")).StatusCode);
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        Assert.Equal(HttpStatusCode.OK, (await regulator.GetAsync($"{Api}/{id}")).StatusCode);
    }

    [DatabaseTheory]
    public async Task The_medical_record_holds_only_fit_or_unfit_the_date_and_the_clinic(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ready = await app.ReadyAsync();
        var columns = await app.WithDbAsync(db =>
            Task.FromResult(db.Model.FindEntityType(typeof(MedicalFitness))!.GetProperties().Select(p => p.GetColumnName()).Order().ToArray()));
        Assert.Equal(["clinic_name", "created_at", "examined_on", "id", "result", "updated_at", "version", "worker_id"], columns);

        var before = await app.WithDbAsync(db => db.MedicalFitness.CountAsync(m => m.WorkerId == ready.Worker.Id));
        foreach (var extra in new[] { "hivStatus", "diagnosis" })
        {
            var body = new Dictionary<string, object?>
            {
                ["workerNumber"] = ready.Worker.WorkerNumber, ["result"] = "Fit", ["examinedOn"] = app.Today(), ["clinicName"] = "Astana clinic 3", [extra] = "negative",
            };
            using var refused = await ready.AgencyApi.PostAsJsonAsync($"{Api}/medical", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        Assert.Equal(before, await app.WithDbAsync(db => db.MedicalFitness.CountAsync(m => m.WorkerId == ready.Worker.Id)));
        using var ok = await ready.AgencyApi.PostAsJsonAsync($"{Api}/medical",
            new { workerNumber = ready.Worker.WorkerNumber, result = "Fit", examinedOn = app.Today(), clinicName = "Astana clinic 3" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.MedicalFitness.CountAsync(m => m.WorkerId == ready.Worker.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "medical-fitness.recorded"
            && e.EntityId == ok.Headers.Location!.ToString().Substring(ok.Headers.Location!.ToString().LastIndexOf('/') + 1))));
    }

    [Fact]
    public async Task Through_the_pages_the_agency_records_the_evidence_the_worker_asks_for_the_fast_lane_and_the_regulator_revokes()
    {
        var app = await apps.GetAsync(TestProvider.Sqlite);
        var first = await app.ReadyAsync(Spoil.Medical);
        var agency = await app.BrowserClientForAsync(first.AgencyEmail);

        // A bad medical form is a field error and stores nothing; a good one is recorded.
        var before = await app.WithDbAsync(db => db.MedicalFitness.CountAsync(m => m.WorkerId == first.Worker.Id));
        var bad = await CorridorAppFactory.PostFormAsync(agency, "/recruitment/clearances/records?handler=Medical", new()
        {
            ["Medical.WorkerNumber"] = first.Worker.WorkerNumber, ["Medical.Result"] = "Fit", ["Medical.ExaminedOn"] = app.Today().ToString("yyyy-MM-dd"), ["Medical.ClinicName"] = "",
        }, "/recruitment/clearances/records");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Enter the clinic.", await bad.Content.ReadAsStringAsync());
        var good = await CorridorAppFactory.PostFormAsync(agency, "/recruitment/clearances/records?handler=Medical", new()
        {
            ["Medical.WorkerNumber"] = first.Worker.WorkerNumber, ["Medical.Result"] = "Fit", ["Medical.ExaminedOn"] = app.Today().ToString("yyyy-MM-dd"), ["Medical.ClinicName"] = "Astana clinic 3",
        }, "/recruitment/clearances/records");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.MedicalFitness.CountAsync(m => m.WorkerId == first.Worker.Id)));

        var request = await CorridorAppFactory.PostFormAsync(agency, "/recruitment/clearances/request", new() { ["Input.ContractId"] = first.Contract.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, request.StatusCode);
        var details = await agency.GetStringAsync(request.Headers.Location!.ToString());
        Assert.Contains("data-requirement=\"Medical\" data-met=\"true\"", details);
        var firstId = await app.WithDbAsync(db => db.DeploymentClearances.Where(c => c.ContractId == first.Contract.Id).Select(c => c.Id).SingleAsync());

        // The worker, back to the same employer and jobsite, asks for the fast lane on the worker portal.
        var back = await app.ReadyAsync(agency: (first.Agency, first.AgencyApi, first.AgencyEmail), employer: first.Employer, worker: first.Worker, orientation: false);
        var workerEmail = await app.LinkedAccountAsync("worker", u => u.WorkerId = first.Worker.Id);
        var worker = await app.BrowserClientForAsync(workerEmail);
        var form = await worker.GetStringAsync("/recruitment/clearances/request");
        Assert.Contains("request-fast-lane", form);
        Assert.DoesNotContain("id=\"request-clearance\"", form);
        var fast = await CorridorAppFactory.PostFormAsync(worker, "/recruitment/clearances/request?handler=FastLane",
            new() { ["Input.ContractId"] = back.Contract.Id.ToString() }, "/recruitment/clearances/request");
        Assert.Equal(HttpStatusCode.Redirect, fast.StatusCode);
        Assert.Contains("id=\"fast-lane\"", await worker.GetStringAsync(fast.Headers.Location!.ToString()));

        // Another agency does not see the page; the regulator revokes through it.
        var other = await app.ReadyAsync();
        var otherBrowser = await app.BrowserClientForAsync(other.AgencyEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBrowser.GetAsync($"/recruitment/clearances/{firstId}")).StatusCode);
        var regulator = await app.BrowserClientAsync("recruitment-regulator");
        var version = await app.WithDbAsync(db => db.DeploymentClearances.Where(c => c.Id == firstId).Select(c => c.Version).SingleAsync());
        var revoked = await CorridorAppFactory.PostFormAsync(regulator, $"/recruitment/clearances/{firstId}",
            new() { ["Input.Reason"] = "Contract cancelled", ["Input.Version"] = version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(ClearanceStatus.Revoked, await app.WithDbAsync(db => db.DeploymentClearances.Where(c => c.Id == firstId).Select(c => c.Status).SingleAsync()));
    }

    [GeneratedRegex("id=\"clearance-qr\" src=\"([^\"]+)\"")]
    private static partial Regex QrSrc();

    [GeneratedRegex("id=\"verify-url\" href=\"([^\"]+)\"")]
    private static partial Regex VerifyHref();
}
