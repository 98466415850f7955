using Corridor.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Testing;

public static class PolicyChanges
{
    /// <summary>
    /// Activates a new policy set, effective on the app's today, equal to the set in force except for the given
    /// values — the way a ministry changes a number (drafted and activated by two different officers).
    /// </summary>
    public static Task<PolicySet> ActivatePolicyAsync(this CorridorAppFactory app, params (string Rule, string Key, decimal Value)[] changes) =>
        app.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
            var current = await db.PolicySets.Where(p => p.Status == PolicySetStatus.Active).OrderByDescending(p => p.EffectiveFrom)
                .ThenByDescending(p => p.Number).FirstOrDefaultAsync();
            var settings = (current?.Rules ?? PolicyRules.Defaults()).Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
            foreach (var (rule, key, value) in changes)
            {
                var old = settings[rule];
                settings[rule] = old with { Values = new Dictionary<string, decimal>(old.Values) { [key] = value } };
            }
            var number = (await db.PolicySets.Select(p => (int?)p.Number).MaxAsync() ?? 0) + 1;
            var next = PolicySet.Draft(number, "Test change: " + string.Join(", ", changes.Select(c => $"{c.Rule}.{c.Key}={c.Value}")),
                today, new PolicyRules(settings), new Officer(Guid.NewGuid(), "drafter"));
            next.Activate(new Officer(Guid.NewGuid(), "checker"), today, app.Clock.GetUtcNow().UtcDateTime, 0);
            db.PolicySets.Add(next);
            await db.SaveChangesAsync();
            return next;
        });
}
