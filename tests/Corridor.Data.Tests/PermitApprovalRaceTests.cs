using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data.Identity;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Data.Tests;

/// <summary>
/// Issue 3: quota use is exact under concurrency. A national quota has ONE slot left and several
/// queued permit applications for different workers; different admission officers approve at the same
/// moment through the API. Exactly one permit is issued, every other officer gets 409 "No quota left",
/// the quota ends exactly full, the refused applications are untouched (still queued, same version),
/// and the audit chain verifies. The same for the override path (second officers confirming).
/// Each test uses its own ISIC section, so its quota is its own within the class's app.
/// </summary>
public class PermitApprovalRaceTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [DatabaseTheory]
    public Task Two_officers_approving_the_last_slot_at_once_one_permit_is_issued(TestProvider provider) =>
        ApprovalRaceAsync(provider, section: "A", applications: 2, overridden: false);

    [DatabaseTheory]
    public Task Eight_officers_approving_the_last_slot_at_once_one_permit_is_issued(TestProvider provider) =>
        ApprovalRaceAsync(provider, section: "C", applications: 8, overridden: false);

    /// <summary>Each application failed PERMIT-AGE; one officer proposed the override, two others confirm at once.</summary>
    [DatabaseTheory]
    public Task Two_officers_confirming_overrides_for_the_last_slot_at_once_one_permit_is_issued(TestProvider provider) =>
        ApprovalRaceAsync(provider, section: "B", applications: 2, overridden: true);

    private async Task ApprovalRaceAsync(TestProvider provider, string section, int applications, bool overridden)
    {
        var app = await apps.GetAsync(provider);
        await OfficersReviewEveryPermitAsync(app);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var employer = await NewEmployerAsync(app, section);
        var employerClient = await TokenClientAsync(app, await LinkedAccountAsync(app, "employer", u => u.EmployerId = employer.Id));
        var vacancy = await CertifiedVacancyAsync(app, employer, posts: applications);
        var quotaId = await OneSlotLeftAsync(app, section, today.Year);

        var ids = new List<Guid>();
        for (var i = 0; i < applications; i++)
        {
            var worker = await WorkerAsync(app, employer.Id, age: overridden ? 17 : 30);
            var response = await employerClient.PostAsJsonAsync("/api/v1/permits/applications",
                new { workerNumber = worker.WorkerNumber, vacancyId = vacancy.Id, monthlyWage = 120_000, weeklyHours = 40 });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
            var result = JsonDocument.Parse(body).RootElement;
            Assert.Equal("Referred", result.GetProperty("status").GetString()); // queued for an officer, no slot taken yet
            ids.Add(result.GetProperty("applicationId").GetGuid());
        }

        if (overridden)
        {
            var proposer = await TokenClientAsync(app, await AddAccountAsync(app, "admission-officer"));
            foreach (var id in ids)
            {
                var proposed = await proposer.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision",
                    new { action = "Approve", justification = "Turns 18 before arrival; documented by the embassy.", version = await VersionAsync(app, id) });
                var text = await proposed.Content.ReadAsStringAsync();
                Assert.True(proposed.StatusCode == HttpStatusCode.OK, $"{(int)proposed.StatusCode}: {text}");
                Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("awaitingSecondOfficer").GetBoolean());
            }
        }
        Assert.Equal(1, await app.WithDbAsync(db => db.NationalQuotas.Where(q => q.Id == quotaId).Select(q => q.Total - q.Allocated).SingleAsync()));

        // Different officers, each with their own client, each deciding a different application.
        var officers = new List<HttpClient>();
        for (var i = 0; i < applications; i++) officers.Add(await TokenClientAsync(app, await AddAccountAsync(app, "admission-officer")));
        var queued = await app.WithDbAsync(db => db.WorkPermitApplications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id));
        var before = await app.LastSequenceAsync();

        // An async barrier: each request waits until all have arrived, then they all leave together.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = 0;
        var racing = ids.Select((id, i) => Task.Run(async () =>
        {
            if (Interlocked.Increment(ref arrived) == applications) gate.SetResult();
            await gate.Task;
            return await officers[i].PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision",
                new { action = "Approve", version = queued[id].Version });
        })).ToList();
        var responses = await Task.WhenAll(racing);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

        var outcomes = string.Join("\n", responses.Zip(bodies).Select(x => $"{(int)x.First.StatusCode}: {x.Second}"));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) == 1, outcomes);
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict) == applications - 1, outcomes);
        var winnerIndex = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK);
        var winner = ids[winnerIndex];
        var won = JsonDocument.Parse(bodies[winnerIndex]).RootElement;
        Assert.Equal("Approved", won.GetProperty("status").GetString());
        Assert.StartsWith("P-", won.GetProperty("permitNumber").GetString());
        foreach (var (response, body) in responses.Zip(bodies).Where(x => x.First.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"No quota left for sector {section} in {today.Year}.", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
        }

        // The quota is exactly full: one slot taken, not zero and not two.
        var quota = await app.WithDbAsync(db => db.NationalQuotas.AsNoTracking().SingleAsync(q => q.Id == quotaId));
        Assert.Equal(quota.Total, quota.Allocated);
        var after = await app.WithDbAsync(db => db.WorkPermitApplications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id));
        var permits = await app.WithDbAsync(db => db.WorkPermits.AsNoTracking().Where(p => ids.Contains(p.ApplicationId)).ToListAsync());
        var permit = Assert.Single(permits);
        Assert.Equal(winner, permit.ApplicationId);
        Assert.Equal(PermitStatus.Issued, permit.Status);
        Assert.Equal(PermitApplicationStatus.Approved, after[winner].Status);
        Assert.Equal(permit.Id, after[winner].PermitId);

        // The refused applications are exactly as they were: still in the queue, nothing decided, same version.
        foreach (var id in ids.Where(id => id != winner))
        {
            var (was, now) = (queued[id], after[id]);
            Assert.Equal(PermitApplicationStatus.Referred, now.Status);
            Assert.Equal(was.Version, now.Version);
            Assert.Null(now.PermitId);
            Assert.Null(now.DecidedBy);
            Assert.Null(now.OverrideSecondOfficer);
            Assert.Equal(was.OverrideProposedBy, now.OverrideProposedBy);
        }

        // The audit trail holds exactly the one approval and the one slot; the chain is intact.
        var events = await app.AuditEventsAsync(before);
        var approval = Assert.Single(events, e => e.Action == "permit-application.approved");
        Assert.Equal(winner.ToString(), approval.EntityId);
        Assert.Single(events, e => e.Action == "quota.slot-taken" && e.EntityId == quotaId.ToString());
        Assert.DoesNotContain(events, e => ids.Where(id => id != winner).Select(id => id.ToString()).Contains(e.EntityId));
        var verification = await app.VerifyAuditAsync();
        Assert.True(verification.Intact, verification.Describe());
    }

    /// <summary>PERMIT-AUTO-APPROVE 0, so a passing application waits for an officer (once per app).</summary>
    private static Task OfficersReviewEveryPermitAsync(CorridorAppFactory app) => app.WithDbAsync(async db =>
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var current = await db.PolicySets.Where(p => p.Status == PolicySetStatus.Active && p.EffectiveFrom <= today)
            .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Number).FirstAsync();
        if (!PermitRules.AutoApprove(current.Rules)) return;
        var settings = current.Rules.Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["PERMIT-AUTO-APPROVE"] = new RuleSetting(RuleCatalogue.Find("PERMIT-AUTO-APPROVE")!.DefaultCitation,
            new Dictionary<string, decimal> { ["enabled"] = 0 });
        var next = PolicySet.Draft(await db.PolicySets.MaxAsync(p => p.Number) + 1, "Officers review every permit", today,
            new PolicyRules(settings), new Officer(Guid.NewGuid(), "drafter"));
        next.Activate(new Officer(Guid.NewGuid(), "checker"), today, DateTime.UtcNow, 0);
        db.PolicySets.Add(next);
        await db.SaveChangesAsync();
    });

    /// <summary>The section's quota for the year with exactly one slot left (made if the demo country has none).</summary>
    private static Task<Guid> OneSlotLeftAsync(CorridorAppFactory app, string section, int year) => app.WithDbAsync(async db =>
    {
        var id = await db.NationalQuotas.Where(q => q.Year == year && q.IsicSection == section).Select(q => (Guid?)q.Id).FirstOrDefaultAsync();
        if (id is null)
        {
            var quota = new NationalQuota(year, section, 10, 0, 1);
            db.NationalQuotas.Add(quota);
            await db.SaveChangesAsync();
            id = quota.Id;
        }
        await db.NationalQuotas.Where(q => q.Id == id).ExecuteUpdateAsync(s => s.SetProperty(q => q.Allocated, q => q.Total - 1));
        return id.Value;
    });

    /// <summary>A large firm (no firm ceiling in reach) of the given section.</summary>
    private static Task<Employer> NewEmployerAsync(CorridorAppFactory app, string section) => app.WithDbAsync(async db =>
    {
        var district = await db.OrgUnits.Where(u => u.Level == 3).OrderBy(u => u.Code).FirstAsync();
        var division = section switch { "A" => "01", "B" => "05", "C" => "10", _ => "41" };
        var e = new Employer($"RACE{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", "Race test employer " + section, section, division, district.Id, 1_000);
        db.Employers.Add(e);
        await db.SaveChangesAsync();
        return e;
    });

    private static Task<MigrantWorker> WorkerAsync(CorridorAppFactory app, Guid employerId, int age) => app.WithDbAsync(async db =>
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var w = new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars("Darkhan", "Yessenov", Sex.Male, today.AddYears(-age).AddDays(-10),
            "UZB", TestData.NewPassport("R"), "UZB", today.AddYears(6), "921", MigrationDirection.Inbound, null, "uz", null, null), employerId);
        db.MigrantWorkers.Add(w);
        await db.SaveChangesAsync();
        return w;
    });

    /// <summary>A vacancy whose labour-market test ran in the past and whose certificate was issued today.</summary>
    private static Task<Vacancy> CertifiedVacancyAsync(CorridorAppFactory app, Employer employer, int posts) => app.WithDbAsync(async db =>
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var policy = await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1);
        var v = Vacancy.CarriedOver(employer.Id, employer.IsicSection,
            new VacancyTerms("921", posts, 120_000, 40, employer.OrgUnitId, today.AddDays(10)), today.AddDays(-30), today, policy);
        v.RecordOutcome(0, 0, 0, null, today);
        var decision = v.CheckForCertificate(policy, [], today).Decide(Vacancy.DecisionSubject, v.Id, new { }, DateTime.UtcNow);
        db.AdmissionDecisions.Add(decision);
        v.IssueCertificate(decision, PublicNumber.New('C'), today, policy);
        db.Vacancies.Add(v);
        await db.SaveChangesAsync();
        return v;
    });

    private static Task<int> VersionAsync(CorridorAppFactory app, Guid applicationId) =>
        app.WithDbAsync(db => db.WorkPermitApplications.Where(a => a.Id == applicationId).Select(a => a.Version).SingleAsync());

    private static async Task<string> AddAccountAsync(CorridorAppFactory app, string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@race.corridor";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CorridorUser>>();
        var user = new CorridorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Race " + role };
        Assert.True((await users.CreateAsync(user, CorridorAppFactory.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    private static async Task<string> LinkedAccountAsync(CorridorAppFactory app, string role, Action<CorridorUser> link)
    {
        var email = await AddAccountAsync(app, role);
        await app.WithDbAsync(async db =>
        {
            link(await db.Users.SingleAsync(u => u.Email == email));
            await db.SaveChangesAsync();
        });
        return email;
    }

    private static async Task<HttpClient> TokenClientAsync(CorridorAppFactory app, string email)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = CorridorAppFactory.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["access_token"].ToString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
