using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Recruitment;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Contracts;

/// <summary>Issue 4, employment contracts: a national employer's own contracts, the regulator's review page, and the wage table.</summary>
public sealed class ContractEmployerAndWagesTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task A_national_employer_drafts_for_its_own_worker_and_the_regulator_reviews_on_the_page()
    {
        var employer = await app.ApiClientAsync("employer");
        var account = await app.AccountAsync("employer");
        var worker = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().FirstAsync(w => w.CurrentEmployerId == account.EmployerId));
        var body = ContractKit.Body(worker.WorkerNumber, app.Today())
            .With("destinationCountry", "KAZ").With("currency", "KZT").With("wage", 60_000).With("occupationCode", worker.OccupationCode)
            .With("foreignEmployerName", null).With("foreignEmployerCountry", null).With("deductions", null);
        var id = await employer.DraftAsync(body);
        var submitted = await employer.SubmitAsync(id);
        // 60,000 KZT is below Kazakhstan's minimum wage of 85,000 KZT.
        var minWage = submitted.Finding("CONTRACT-MIN-WAGE");
        Assert.False(minWage.GetProperty("passed").GetBoolean());
        Assert.Contains("85,000", minWage.GetProperty("message").GetString() + string.Join(",", minWage.GetProperty("args").EnumerateArray().Select(a => a.GetString())));
        var stored = await app.WithDbAsync(db => db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(account.EmployerId, stored.EmployerId);
        Assert.Null(stored.AgencyId);
        Assert.Null(stored.ForeignEmployerName);

        // An agency's worker is not the employer's to contract.
        var agency = await app.NewContractAgencyAsync();
        var agencyWorker = await app.AgencyWorkerAsync(agency.Agency.Id);
        var notOurs = await employer.PostAsJsonAsync("/api/v1/contracts", body.With("workerNumber", agencyWorker.WorkerNumber));
        Assert.Equal(HttpStatusCode.BadRequest, notOurs.StatusCode);

        // The regulator's page offers only "return" while a mandatory finding fails, and returns it with the note.
        var browser = await app.BrowserClientAsync("recruitment-regulator");
        var page = await browser.GetHtmlAsync($"/contracts/{id}");
        Assert.Null(page.QuerySelector("button[value=Approve]"));
        Assert.NotNull(page.QuerySelector("button[value=Return]"));
        Assert.Contains("CONTRACT-MIN-WAGE", page.QuerySelector("#contract-findings")!.TextContent);
        var returned = await Corridor.Testing.CorridorAppFactory.PostFormAsync(browser, $"/contracts/{id}/review",
            new() { ["Input.Action"] = "Return", ["Input.Note"] = "Raise the wage to at least the minimum wage.", ["Input.Version"] = stored.Version.ToString() }, $"/contracts/{id}");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var after = await app.WithDbAsync(db => db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(ContractStatus.Returned, after.Status);
        Assert.Equal("Raise the wage to at least the minimum wage.", after.ReviewNote);
        Assert.Equal("recruitment-regulator@demo.corridor", after.ReviewedBy);
    }

    [Fact]
    public async Task The_regulator_records_a_minimum_wage_with_its_source_and_bad_rows_are_refused()
    {
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var bad = await regulator.PostAsJsonAsync("/api/v1/contracts/wages", new { country = "XXX", monthlyAmount = 0, currency = "RUB", kztPerUnit = 6.4 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "country", "monthlyAmount", "effectiveFrom", "source" }) Assert.True(errors.TryGetProperty(field, out _), field);

        var agency = await app.ApiClientAsync("agency");
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync("/api/v1/contracts/wages", new { country = "RUS" })).StatusCode);

        await regulator.PostAsJsonAsync("/api/v1/contracts/wages", new
        {
            country = "UZB", monthlyAmount = 1_155_000, currency = "UZS", kztPerUnit = 0.04, effectiveFrom = "2025-01-01", source = "Decree of the President of Uzbekistan (test)",
        }).OkAsync(HttpStatusCode.Created);
        var rows = await agency.GetAsync("/api/v1/contracts/wages").OkAsync();
        Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("country").GetString() == "UZB" && r.GetProperty("source").GetString()!.Contains("Decree"));
    }
}
