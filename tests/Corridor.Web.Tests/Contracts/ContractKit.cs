using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;

namespace Corridor.Web.Tests.Contracts;

/// <summary>An agency of the test's own with an account, so ownership is exact.</summary>
public sealed record ContractAgency(RecruitmentAgency Agency, string Email, HttpClient Client);

public static class ContractKit
{
    public static async Task<ContractAgency> NewContractAgencyAsync(this CorridorAppFactory app)
    {
        var agency = await app.WithDbAsync(async db =>
        {
            var a = new RecruitmentAgency($"KAZ-RA-T{Random.Shared.Next(100_000, 999_999)}", "Contract test agency", "KAZ", LicenceStatus.Licensed,
                app.Today().AddYears(2));
            db.RecruitmentAgencies.Add(a);
            await db.SaveChangesAsync();
            return a;
        });
        var email = await app.LinkedAccountAsync("agency", u => u.AgencyId = agency.Id);
        return new ContractAgency(agency, email, await app.TokenClientAsync(email));
    }

    /// <summary>A national going to work abroad through the agency.</summary>
    public static Task<MigrantWorker> AgencyWorkerAsync(this CorridorAppFactory app, Guid agencyId, string destination = "KOR", string language = "ru") =>
        app.WithDbAsync(async db =>
        {
            var today = app.Today();
            var w = new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars("Асель", "Жумабаева", Sex.Female, today.AddYears(-28),
                "KAZ", AppExtensions.NewPassport(), "KAZ", today.AddYears(6), "818", MigrationDirection.Outbound, destination, language, null, null),
                null, agencyId);
            db.MigrantWorkers.Add(w);
            await db.SaveChangesAsync();
            return w;
        });

    /// <summary>A contract every standard accepts (Korea, wage above the minimum); tests spoil one term at a time.</summary>
    public static JsonObject Body(string workerNumber, DateOnly today) => new()
    {
        ["workerNumber"] = workerNumber,
        ["template"] = "GeneralWorker",
        ["foreignEmployerName"] = "Hanil Precision Co., Ltd.",
        ["foreignEmployerCountry"] = "KOR",
        ["occupationCode"] = "818",
        ["destinationCountry"] = "KOR",
        ["startDate"] = today.AddMonths(1).ToString("yyyy-MM-dd"),
        ["endDate"] = today.AddMonths(37).ToString("yyyy-MM-dd"),
        ["employerAddress"] = "15 Sandan-ro, Ansan",
        ["workplaceAddress"] = "Plant 2, Ansan",
        ["jobDescription"] = "Machine operator",
        ["wage"] = 2_300_000,
        ["currency"] = "KRW",
        ["wagePeriod"] = "Monthly",
        ["accommodation"] = "Provided",
        ["food"] = "Allowance",
        ["foodAllowance"] = 150_000,
        ["hoursPerDay"] = 8,
        ["hoursPerWeek"] = 40,
        ["dailyRestHours"] = 12,
        ["restDaysPerWeek"] = 2,
        ["weeklyRestHours"] = 48,
        ["paidLeaveDays"] = 24,
        ["overtimeRatePercent"] = 150,
        ["transportToJobsite"] = "Employer",
        ["returnTravel"] = "Employer",
        ["insuranceByEmployer"] = true,
        ["insuranceCover"] = "Health and industrial accident insurance",
        ["medicalCareByEmployer"] = true,
        ["probationDays"] = 30,
        ["noticeDays"] = 30,
        ["terminationTerms"] = "Either party with 30 days' written notice.",
        ["disputeSettlement"] = "Conciliation through the labour attaché, then the court.",
        ["deductions"] = new JsonArray(new JsonObject { ["kind"] = "SocialSecurity", ["amount"] = 90_000 }),
        ["workerLanguage"] = "ru",
    };

    public static JsonObject With(this JsonObject body, string key, JsonNode? value)
    {
        var copy = JsonNode.Parse(body.ToJsonString())!.AsObject();
        copy[key] = value;
        return copy;
    }

    public static async Task<Guid> DraftAsync(this HttpClient client, JsonObject body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/contracts", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetContractAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/contracts/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<int> VersionAsync(this HttpClient client, Guid id) => (await client.GetContractAsync(id)).GetProperty("version").GetInt32();

    public static async Task<JsonElement> OkAsync(this Task<HttpResponseMessage> pending, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await pending;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> SubmitAsync(this HttpClient client, Guid id) =>
        await client.PostAsJsonAsync($"/api/v1/contracts/{id}/submit", new { version = await client.VersionAsync(id) }).OkAsync();

    public static async Task<HttpResponseMessage> ReviewAsync(this HttpClient regulator, Guid id, string action, string? note = null) =>
        await regulator.PostAsJsonAsync($"/api/v1/contracts/{id}/review", new { action, note, version = await regulator.VersionAsync(id) });

    public static JsonElement Finding(this JsonElement result, string ruleId) =>
        result.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == ruleId);
}
