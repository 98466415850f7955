using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Recruitment;

public sealed record FeeAgency(RecruitmentAgency Agency, HttpClient Client);

/// <summary>Agencies and workers of the test's own (with accounts), so each test controls every amount the check sees.</summary>
public static class FeeKit
{
    public const string GivenName = "Zarina";
    public const string FamilyName = "Tokhtarova";

    public static async Task<CorridorAppFactory> SeededAppAsync(TestProvider provider)
    {
        var app = new CorridorAppFactory(provider);
        await app.SeedAsync(AppExtensions.Small);
        return app;
    }

    public static async Task<FeeAgency> NewFeeAgencyAsync(this CorridorAppFactory app)
    {
        var agency = await app.WithDbAsync(async db =>
        {
            var a = new RecruitmentAgency($"LIC-{Random.Shared.Next(100_000, 999_999)}", "Fee test agency " + Random.Shared.Next(1000), "KAZ",
                LicenceStatus.Licensed, app.Today().AddYears(2));
            db.RecruitmentAgencies.Add(a);
            await db.SaveChangesAsync();
            return a;
        });
        var email = await app.LinkedAccountAsync("agency", u => u.AgencyId = agency.Id);
        return new FeeAgency(agency, await app.TokenClientAsync(email));
    }

    /// <summary>A national recruited to work abroad by the agency.</summary>
    public static Task<MigrantWorker> NewWorkerAsync(this CorridorAppFactory app, Guid agencyId, string occupation = "721", string destination = "JPN") =>
        app.WithDbAsync(async db =>
        {
            var today = app.Today();
            var w = new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars(GivenName, FamilyName, Sex.Female, today.AddYears(-28),
                "KAZ", AppExtensions.NewPassport(), "KAZ", today.AddYears(6), occupation, MigrationDirection.Outbound, destination, "kk", null, null),
                null, agencyId);
            db.MigrantWorkers.Add(w);
            await db.SaveChangesAsync();
            return w;
        });

    public static async Task<(string Email, HttpClient Client)> WorkerAccountAsync(this CorridorAppFactory app, Guid workerId)
    {
        var email = await app.LinkedAccountAsync("worker", u => u.WorkerId = workerId);
        return (email, await app.TokenClientAsync(email));
    }

    public static Dictionary<string, object?> Cost(MigrantWorker worker, decimal amount, DateOnly paidOn, string category = "RECRUITMENT_FEE",
        string currency = "KZT", decimal? wage = null, Guid? agencyId = null) => new()
        {
            ["workerNumber"] = worker.WorkerNumber,
            ["agencyId"] = agencyId,
            ["category"] = category,
            ["amount"] = amount,
            ["currency"] = currency,
            ["paidOn"] = AppExtensions.Iso(paidOn),
            ["receiptNumber"] = $"R-{Random.Shared.Next(100_000, 999_999)}",
            ["basicMonthlyWage"] = wage,
            ["wageCurrency"] = wage is null ? null : "KZT",
        };

    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<Guid> AddExceptionAsync(this CorridorAppFactory app, string country, string prefix, decimal months, DateOnly from, DateOnly? to = null)
    {
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var r = await regulator.PostOkAsync("/api/v1/recruitment/fee-caps", new
        {
            destinationCountry = country, iscoPrefix = prefix, capMonths = months, validFrom = AppExtensions.Iso(from),
            validTo = to is null ? null : AppExtensions.Iso(to.Value), citation = "Order of the recruitment regulator No. 7 (test)",
        });
        return r.GetProperty("id").GetGuid();
    }

    public static Task<List<Corridor.Domain.Recruitment.ViolationCase>> CasesAsync(this CorridorAppFactory app, Guid agencyId) =>
        app.WithDbAsync(db => db.ViolationCases.AsNoTracking().Where(c => c.AgencyId == agencyId).OrderBy(c => c.OpenedAt).ToListAsync());
}
