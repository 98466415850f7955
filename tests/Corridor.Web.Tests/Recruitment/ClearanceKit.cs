using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Recruitment;

/// <summary>One requirement of the clearance left unmet (None: every requirement met).</summary>
public enum Spoil { None, Passport, JobOrder, Contract, Orientation, WelfareFund, Insurance, Medical, Agency }

/// <summary>A worker with everything a clearance needs, built straight in the database, and an API client of the worker's agency.</summary>
public sealed record ReadyWorker(RecruitmentAgency Agency, HttpClient AgencyApi, string AgencyEmail, MigrantWorker Worker, ForeignEmployer Employer,
    JobOrder JobOrder, EmploymentContract Contract);

public static class ClearanceKit
{
    public const string Api = "/api/v1/recruitment/clearances";

    public static ContractTerms Terms(string workplace) => new()
    {
        EmployerAddress = "Riyadh, King Fahd Road 1",
        WorkplaceAddress = workplace,
        JobDescription = "Housekeeping and cooking",
        Wage = 1500,
        Currency = "SAR",
        HoursPerDay = 8,
        HoursPerWeek = 48,
        DailyRestHours = 12,
        RestDaysPerWeek = 1,
        WeeklyRestHours = 24,
        PaidLeaveDays = 21,
        OvertimeRatePercent = 150,
        InsuranceByEmployer = true,
        InsuranceCover = "Health and accident",
        MedicalCareByEmployer = true,
        NoticeDays = 30,
        TerminationTerms = "Either side with 30 days' notice",
        DisputeSettlement = "Labour court of Riyadh",
        WorkerLanguage = "ru",
    };

    /// <summary>
    /// An agency (licensed, escrow deposited) with an account, an accredited employer, a verified job order, a worker
    /// with a long passport, an approved contract, an orientation certificate, the welfare fund paid, insurance and a
    /// fit medical — except the one <paramref name="spoil"/> names. Pass an agency/employer/worker to reuse them.
    /// </summary>
    public static async Task<ReadyWorker> ReadyAsync(this CorridorAppFactory app, Spoil spoil = Spoil.None, string jobsite = "Riyadh, Al Olaya 12",
        (RecruitmentAgency Agency, HttpClient Api, string Email)? agency = null, ForeignEmployer? employer = null, MigrantWorker? worker = null,
        bool orientation = true)
    {
        var today = app.Today();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        if (agency is null)
        {
            var a = await app.WithDbAsync(async db =>
            {
                var x = new RecruitmentAgency($"KZ-C-{Random.Shared.Next(100_000, 999_999)}", "Clearance test agency", "KAZ", LicenceStatus.Licensed, today.AddYears(2));
                db.RecruitmentAgencies.Add(x);
                if (spoil != Spoil.Agency)
                    db.EscrowEntries.Add(new EscrowEntry(x.Id, EscrowEntryKind.Deposit, 100_000_000m, today, "DEP-1", null, null, null, "test"));
                await db.SaveChangesAsync();
                return x;
            });
            var email = await app.LinkedAccountAsync("agency", u => u.AgencyId = a.Id);
            agency = (a, await app.TokenClientAsync(email), email);
        }
        var (ag, api, agencyEmail) = agency.Value;
        return await app.WithDbAsync(async db =>
        {
            if (employer is null)
            {
                employer = new ForeignEmployer($"Al Noor Household {Random.Shared.Next(1000, 9999)}", "SAU", "Riyadh", "T");
                foreach (var d in Enum.GetValues<EmployerDocument>()) employer.RecordDocument(d, true, today.AddDays(-3));
                employer.Accredit("attache", "Visited the household", today.AddDays(-1), today.AddYears(2), today);
                db.ForeignEmployers.Add(employer);
            }
            var order = new JobOrder(employer.Id, ag.Id, "9111", 5, 1500, "SAR", 48, jobsite, "SAU", today.AddMonths(6));
            if (spoil != Spoil.JobOrder) order.Verify(employer, "attache", "Checked", today);
            db.JobOrders.Add(order);
            var end = today.AddYears(2);
            if (worker is null)
            {
                worker = new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars("Айгерим", "Нурланова", Sex.Female, today.AddYears(-30), "KAZ",
                    AppExtensions.NewPassport(), "KAZ", spoil == Spoil.Passport ? end.AddMonths(-1) : today.AddYears(6), "9111",
                    MigrationDirection.Outbound, "SAU", "ru", null, null), null, ag.Id);
                db.MigrantWorkers.Add(worker);
            }
            var contract = new EmploymentContract(worker.Id, new ContractParticulars(ContractTemplate.DomesticWorker, ag.Id, null, employer.Name, "SAU",
                employer.Id, order.Id, "9111", "SAU", today.AddDays(30), end, Terms(jobsite)), now);
            contract.Submit([new ContractFinding("CONTRACT-WEEKLY-REST", true, true, "ok", [], "ILO C189 Art. 10")], 1, now);
            if (spoil != Spoil.Contract) contract.Approve("regulator", null, now);
            db.EmploymentContracts.Add(contract);
            if (spoil != Spoil.Orientation && orientation)
            {
                var c = new OrientationCurriculum($"T-{Random.Shared.Next(100_000, 999_999)}", "Saudi Arabia domestic work", "Саудовская Аравия",
                    "SAU", null, OrientationAudience.All, 8, Enum.GetValues<OrientationTopic>(), 12, 100);
                var s = new OrientationSession(c, "Astana migration training centre", "Astana", false, null, "ru", today, today, 10, today);
                s.TakeSeat();
                var e = new OrientationEnrolment(s, worker.Id, "test", now);
                s.MarkHeld(today);
                e.RecordAttendance(s, c, 8);
                var cert = new OrientationCertificate(e, c, "SAU", today);
                e.Certified(cert);
                db.AddRange(c, s, e, cert);
            }
            if (spoil != Spoil.WelfareFund)
                db.WelfareFundMemberships.Add(new WelfareFundMembership(worker.Id, contract.Id, end, 25, "USD", today, $"OWWA-{Random.Shared.Next(100_000, 999_999)}", "test", today));
            db.InsuranceCovers.Add(new InsuranceCover(worker.Id, contract.Id, "Kazakhmys Insurance", $"P-{Random.Shared.Next(100_000, 999_999)}",
                today, spoil == Spoil.Insurance ? end.AddMonths(-6) : end, "test"));
            db.MedicalFitness.Add(new MedicalFitness(worker.Id, spoil == Spoil.Medical ? FitnessResult.Unfit : FitnessResult.Fit, today.AddDays(-5), "Astana clinic 3", today));
            await db.SaveChangesAsync();
            return new ReadyWorker(ag, api, agencyEmail, worker, employer, order, contract);
        });
    }

    public static async Task<JsonElement> RequestAsync(this HttpClient client, Guid contractId, bool fastLane = false, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostAsJsonAsync(fastLane ? $"{Api}/fast-lane" : Api, new { contractId });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static JsonElement Check(this JsonElement clearance, string requirement) =>
        clearance.GetProperty("checks").EnumerateArray().First(c => c.GetProperty("requirement").GetString() == requirement);

    public static string[] UnmetRequirements(this JsonElement clearance) =>
        [.. clearance.GetProperty("checks").EnumerateArray().Where(c => !c.GetProperty("met").GetBoolean()).Select(c => c.GetProperty("requirement").GetString()!).Distinct()];
}
