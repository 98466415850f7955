using Corridor.Domain.Admission;
using Corridor.Domain.Policy;
using Corridor.Testing;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Levies;

/// <summary>
/// A seeded app whose clock is moved 70 days on: the demo policy set 1 takes effect on the seed day, so
/// the next two months (<see cref="First"/>, <see cref="Second"/>) have begun and have a policy in force
/// on their first day. Policy set 90, effective from <see cref="Second"/>, doubles every levy rate.
/// </summary>
public sealed class LevyApp : CorridorAppFactory, IAsyncLifetime
{
    public IReadOnlyList<DemoLogin> Logins { get; private set; } = [];
    public DateOnly First { get; private set; }
    public DateOnly Second => First.AddMonths(1);
    public const int ChangedPolicy = 90;

    public LevyApp() : this(TestProvider.Sqlite) { }

    internal LevyApp(TestProvider provider) : base(provider) { }

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    /// <summary>Seeds, adds policy set 90 and moves the clock (what xunit's InitializeAsync does for a class fixture).</summary>
    public async Task StartAsync()
    {
        Logins = await SeedAsync();
        var seedDay = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        First = new DateOnly(seedDay.Year, seedDay.Month, 1).AddMonths(1);
        await WithDbAsync(async db =>
        {
            var settings = PolicyRules.Defaults().Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
            foreach (var id in new[] { "LEVY-SERVICES", "LEVY-MANUFACTURING", "LEVY-CONSTRUCTION" })
                settings[id] = settings[id] with
                {
                    Values = settings[id].Values.ToDictionary(kv => kv.Key, kv => kv.Key.EndsWith("Skilled", StringComparison.Ordinal) ? kv.Value * 2 : kv.Value),
                };
            var set = PolicySet.Draft(ChangedPolicy, "Levies doubled", Second, new PolicyRules(settings), new Officer(Guid.NewGuid(), "drafter"));
            set.Activate(new Officer(Guid.NewGuid(), "checker"), seedDay, DateTime.UtcNow, 0);
            db.PolicySets.Add(set);
            await db.SaveChangesAsync();
        });
        Clock.Advance(TimeSpan.FromDays(70));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public Task<PolicyRules> RulesAsync(int number) =>
        WithDbAsync(async db => (await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == number)).Rules);
}

/// <summary>A <see cref="LevyApp"/> on each provider, started on first use, for classes whose tests run on both databases.</summary>
public sealed class LevyApps() : Support.ProviderApps<LevyApp>(async provider =>
{
    var app = new LevyApp(provider);
    try
    {
        await app.StartAsync();
        return app;
    }
    catch
    {
        app.Dispose();
        throw;
    }
});
