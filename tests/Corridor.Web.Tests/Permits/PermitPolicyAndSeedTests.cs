using Corridor.Testing;
using Corridor.Domain.Admission;
using Corridor.Domain.Policy;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Permits;

/// <summary>Issue: PERMIT-AUTO-APPROVE 0 sends passing applications to an officer; the demo country has permits in every status. Its own app: it changes the policy in force.</summary>
public sealed class PermitPolicyAndSeedTests(SeededApps apps) : IClassFixture<SeededApps>
{
    /// <summary>The app of the provider the running test uses (xunit makes one class instance per test).</summary>
    private CorridorAppFactory app = null!;

    [DatabaseTheory]
    public async Task The_demo_country_has_permits_in_every_status_and_a_queue(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var statuses = await app.WithDbAsync(db => db.WorkPermits.Select(p => p.Status).Distinct().ToListAsync());
        foreach (var s in Enum.GetValues<PermitStatus>()) Assert.Contains(s, statuses);
        Assert.True(await app.WithDbAsync(db => db.WorkPermitApplications.CountAsync(a => a.Status == PermitApplicationStatus.Referred)) >= 2);
        var demoWorker = (await app.AccountAsync("worker")).WorkerId;
        Assert.True(await app.WithDbAsync(db => db.WorkPermits.AnyAsync(p => p.WorkerId == demoWorker && p.Status == PermitStatus.Active)));
    }

    [DatabaseTheory]
    public async Task With_automatic_approval_off_a_passing_application_is_referred(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        await app.WithDbAsync(async db =>
        {
            var current = await db.PolicySets.Where(p => p.Status == PolicySetStatus.Active).OrderByDescending(p => p.Number).FirstAsync();
            var settings = current.Rules.Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
            settings["PERMIT-AUTO-APPROVE"] = new RuleSetting(RuleCatalogue.Find("PERMIT-AUTO-APPROVE")!.DefaultCitation, new Dictionary<string, decimal> { ["enabled"] = 0 });
            var next = PolicySet.Draft(await db.PolicySets.MaxAsync(p => p.Number) + 1, "Officers review every permit", app.Today(),
                new PolicyRules(settings), new Officer(Guid.NewGuid(), "drafter"));
            next.Activate(new Officer(Guid.NewGuid(), "checker"), app.Today(), DateTime.UtcNow, 0);
            db.PolicySets.Add(next);
            await db.SaveChangesAsync();
        });
        var e = await app.NewPermitEmployerAsync();
        var result = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id), await app.VacancyAsync(e.Employer));
        Assert.Equal("Referred", result.Status());
        var decision = await app.StoredDecisionAsync(result);
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.All(decision.Results, r => Assert.True(r.Passed));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("permitId").ValueKind);
    }
}
