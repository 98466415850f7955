using Corridor.Domain.Admission;
using Corridor.Domain.Policy;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Vacancies;

/// <summary>
/// Every number is the policy's: a new set with a six-month certificate applies to decisions taken after
/// it comes into force, while earlier decisions and certificates keep their policy version. Own app,
/// because it changes the policy in force.
/// </summary>
public sealed class PolicyChangeTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task A_new_policy_applies_only_to_later_decisions()
    {
        var employer = await app.NewEmployerAsync();
        var before = await app.PostVacancyAsync(employer, "711");
        var after = await app.PostVacancyAsync(employer, "712");
        app.Advance(14);
        await app.RecordOutcomeAsync(before, 0, 0);
        await app.RecordOutcomeAsync(after, 0, 0);
        var first = await app.RequestCertificateAsync(before);
        Assert.Equal(app.Today().AddMonths(3), (await app.VacancyAsync(before)).CertificateValidUntil);

        await app.WithDbAsync(async db =>
        {
            var rules = PolicyRules.Defaults().Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
            rules["LMT-CERTIFICATE"] = rules["LMT-CERTIFICATE"] with { Values = new Dictionary<string, decimal> { ["validityMonths"] = 6 } };
            var next = await db.PolicySets.MaxAsync(p => p.Number) + 1;
            var set = PolicySet.Draft(next, "Six-month certificates", app.Today(), new PolicyRules(rules), new Officer(Guid.NewGuid(), "maker"));
            set.Activate(new Officer(Guid.NewGuid(), "checker"), app.Today(), app.Clock.GetUtcNow().UtcDateTime, 0);
            db.PolicySets.Add(set);
            await db.SaveChangesAsync();
        });
        var newNumber = await app.WithDbAsync(db => db.PolicySets.MaxAsync(p => p.Number));

        var second = await app.RequestCertificateAsync(after);

        Assert.Equal(1, first.GetProperty("policySetNumber").GetInt32());
        Assert.Equal(newNumber, second.GetProperty("policySetNumber").GetInt32());
        Assert.Equal(app.Today().AddMonths(6), (await app.VacancyAsync(after)).CertificateValidUntil);
        // The earlier decision and certificate are as they were.
        Assert.Equal(app.Today().AddMonths(3), (await app.VacancyAsync(before)).CertificateValidUntil);
        Assert.Equal(1, (await app.DecisionsAsync(before)).Single().PolicySetNumber);
        Assert.Equal(newNumber, (await app.DecisionsAsync(after)).Single().PolicySetNumber);
        Assert.Equal(DecisionOutcome.Approved, (await app.DecisionsAsync(after)).Single().Outcome);
    }
}
