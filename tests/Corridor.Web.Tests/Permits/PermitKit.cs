using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Permits;

/// <summary>An employer of the test's own with an account, workers and certified vacancies, so each test controls every fact the rules read.</summary>
public sealed record PermitEmployer(Employer Employer, string Email, HttpClient Client);

public static class PermitKit
{
    public const string GivenName = "Darkhan";
    public const string FamilyName = "Yessenov";

    public static async Task<HttpClient> TokenClientAsync(this CorridorAppFactory app, string email)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = CorridorAppFactory.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["access_token"].ToString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Section A (agriculture) has no firm ceiling; F (construction) allows one foreign worker per five nationals.</summary>
    public static async Task<PermitEmployer> NewPermitEmployerAsync(this CorridorAppFactory app, string section = "A", int nationals = 20)
    {
        var employer = await app.WithDbAsync(async db =>
        {
            var district = await db.OrgUnits.Where(u => u.Level == 3).OrderBy(u => u.Code).FirstAsync();
            var division = section switch { "A" => "01", "B" => "05", "C" => "10", _ => "41" };
            var e = new Employer($"TEST{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", "Permit test employer " + section, section, division, district.Id, nationals);
            db.Employers.Add(e);
            await db.SaveChangesAsync();
            return e;
        });
        var email = await app.LinkedAccountAsync("employer", u => u.EmployerId = employer.Id);
        return new PermitEmployer(employer, email, await app.TokenClientAsync(email));
    }

    public static async Task<string> LinkedAccountAsync(this CorridorAppFactory app, string role, Action<Corridor.Data.Identity.CorridorUser> link)
    {
        var email = await app.AddAccountAsync(role);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            link(user);
            await db.SaveChangesAsync();
        });
        return email;
    }

    public static Task<MigrantWorker> WorkerAsync(this CorridorAppFactory app, Guid employerId, int age = 30, DateOnly? passportExpiry = null) =>
        app.WithDbAsync(async db =>
        {
            var today = app.Today();
            var w = new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars(GivenName, FamilyName, Sex.Male, today.AddYears(-age).AddDays(-10),
                "UZB", AppExtensions.NewPassport(), "UZB", passportExpiry ?? today.AddYears(6), "921", MigrationDirection.Inbound, null, "uz", null, null),
                employerId);
            db.MigrantWorkers.Add(w);
            await db.SaveChangesAsync();
            return w;
        });

    /// <summary>A vacancy whose test ran in the past; certified on <paramref name="certifiedDaysAgo"/> unless <paramref name="certify"/> is false.</summary>
    public static Task<Vacancy> VacancyAsync(this CorridorAppFactory app, Employer employer, bool certify = true, int certifiedDaysAgo = 0, int posts = 3) =>
        app.WithDbAsync(async db =>
        {
            var today = app.Today();
            var policy = await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1);
            var from = today.AddDays(-certifiedDaysAgo - 30);
            var v = Vacancy.CarriedOver(employer.Id, employer.IsicSection,
                new VacancyTerms("921", posts, 120_000, 40, employer.OrgUnitId, today.AddDays(10)), from, today, policy);
            if (certify)
            {
                var day = today.AddDays(-certifiedDaysAgo);
                v.RecordOutcome(0, 0, 0, null, day);
                var decision = v.CheckForCertificate(policy, [], day).Decide(Vacancy.DecisionSubject, v.Id, new { }, DateTime.UtcNow);
                db.AdmissionDecisions.Add(decision);
                v.IssueCertificate(decision, PublicNumber.New('C'), day, policy);
            }
            db.Vacancies.Add(v);
            await db.SaveChangesAsync();
            return v;
        });

    public static async Task<HttpResponseMessage> ApplyAsync(this PermitEmployer e, MigrantWorker worker, Vacancy vacancy, decimal wage = 120_000, int hours = 40) =>
        await e.Client.PostAsJsonAsync("/api/v1/permits/applications", new { workerNumber = worker.WorkerNumber, vacancyId = vacancy.Id, monthlyWage = wage, weeklyHours = hours });

    /// <summary>Applies and expects 201; returns the result (status, decision results, permit).</summary>
    public static async Task<JsonElement> AppliedAsync(this PermitEmployer e, MigrantWorker worker, Vacancy vacancy, decimal wage = 120_000, int hours = 40)
    {
        var response = await e.ApplyAsync(worker, vacancy, wage, hours);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public static JsonElement Rule(this JsonElement result, string ruleId) =>
        result.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == ruleId);

    public static bool Passed(this JsonElement result, string ruleId) => result.Rule(ruleId).GetProperty("passed").GetBoolean();

    public static string Status(this JsonElement result) => result.GetProperty("status").GetString()!;

    public static Task<AdmissionDecision> StoredDecisionAsync(this CorridorAppFactory app, JsonElement result) =>
        app.WithDbAsync(db => db.AdmissionDecisions.AsNoTracking().SingleAsync(d => d.Id == result.GetProperty("decisionId").GetGuid()));

    public static Task<WorkPermit> PermitAsync(this CorridorAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.WorkPermits.AsNoTracking().SingleAsync(p => p.Id == id));

    /// <summary>An issued permit for a fresh worker of a fresh section-A employer.</summary>
    public static async Task<(PermitEmployer Employer, MigrantWorker Worker, WorkPermit Permit)> IssuedPermitAsync(this CorridorAppFactory app)
    {
        var e = await app.NewPermitEmployerAsync();
        var worker = await app.WorkerAsync(e.Employer.Id);
        var result = await e.AppliedAsync(worker, await app.VacancyAsync(e.Employer));
        Assert.Equal("Approved", result.Status());
        return (e, worker, await app.PermitAsync(result.GetProperty("permitId").GetGuid()));
    }
}
