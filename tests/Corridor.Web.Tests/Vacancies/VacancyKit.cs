using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Vacancies;

/// <summary>Shared steps of the labour-market-test tests: a fresh employer of its own, posting, outcome, certificate.</summary>
public static class VacancyKit
{
    /// <summary>An employer no other test touches, so its flags and vacancies are this test's alone.</summary>
    public static Task<Employer> NewEmployerAsync(this CorridorAppFactory app, string section = "F") =>
        app.WithDbAsync(async db =>
        {
            var district = await db.OrgUnits.Where(u => u.Level == 3).OrderBy(u => u.Code).FirstAsync();
            var division = section == "A" ? "01" : "41";
            var e = new Employer($"TEST{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", "Test employer " + section, section, division, district.Id, 20);
            db.Employers.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    public static async Task<string> DistrictCodeAsync(this CorridorAppFactory app, Guid orgUnitId) =>
        await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Id == orgUnitId).Select(u => u.Code).SingleAsync());

    public static async Task<JsonObject> VacancyFormAsync(this CorridorAppFactory app, Employer employer, string occupation = "711", int posts = 3, decimal wage = 250_000) =>
        new()
        {
            ["employerRegistrationNumber"] = employer.RegistrationNumber,
            ["occupationCode"] = occupation,
            ["posts"] = posts,
            ["monthlyWage"] = wage,
            ["weeklyHours"] = 40,
            ["orgUnitCode"] = await app.DistrictCodeAsync(employer.OrgUnitId),
            ["startDate"] = AppExtensions.Iso(app.Today().AddMonths(1)),
        };

    /// <summary>Posts a vacancy for the employer as an admission officer; returns its id.</summary>
    public static async Task<Guid> PostVacancyAsync(this CorridorAppFactory app, Employer employer, string occupation = "711", int posts = 3, decimal wage = 250_000)
    {
        var officer = await app.ApiClientAsync("admission-officer");
        var response = await officer.PostAsJsonAsync("/api/v1/admission/vacancies", await app.VacancyFormAsync(employer, occupation, posts, wage));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static Task<Vacancy> VacancyAsync(this CorridorAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Vacancies.AsNoTracking().SingleAsync(v => v.Id == id));

    public static async Task RecordOutcomeAsync(this CorridorAppFactory app, Guid id, int referrals, int hires, string role = "admission-officer")
    {
        var v = await app.VacancyAsync(id);
        var client = await app.ApiClientAsync(role);
        var response = await client.PostAsJsonAsync($"/api/v1/admission/vacancies/{id}/outcome", new
        {
            nationalReferrals = referrals, interviews = referrals, hires,
            reasonsNotHired = referrals > hires ? "Did not hold the required trade certificate." : null,
            version = v.Version,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>POST …/certificate: 200 with the decision, approved or refused.</summary>
    public static async Task<JsonElement> RequestCertificateAsync(this CorridorAppFactory app, Guid id, string role = "admission-officer")
    {
        var client = await app.ApiClientAsync(role);
        var response = await client.PostAsync($"/api/v1/admission/vacancies/{id}/certificate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static JsonElement Rule(this JsonElement decision, string ruleId) =>
        decision.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == ruleId);

    public static bool Passed(this JsonElement decision, string ruleId) => decision.Rule(ruleId).GetProperty("passed").GetBoolean();

    public static void Advance(this CorridorAppFactory app, int days) => app.Clock.Advance(TimeSpan.FromDays(days));

    public static Task AddFlagAsync(this CorridorAppFactory app, EmployerFlag flag) =>
        app.WithDbAsync(async db => { db.EmployerFlags.Add(flag); await db.SaveChangesAsync(); });

    /// <summary>The decisions stored on a vacancy, oldest first.</summary>
    public static Task<List<AdmissionDecision>> DecisionsAsync(this CorridorAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.AdmissionDecisions.AsNoTracking().Where(d => d.SubjectId == id).OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync());
}
