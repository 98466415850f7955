using Corridor.Domain.Recruitment;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Recruitment;

/// <summary>The demo country shows every finding of the fee check and every case status, made by the app's own check.</summary>
public sealed class FeeDemoDataTests
{
    [DatabaseTheory]
    public async Task The_demo_data_covers_every_finding_source_and_case_status(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();

        var costs = await app.WithDbAsync(db => db.RecruitmentCosts.AsNoTracking().ToListAsync());
        // Contract substitution also opens violation cases in the demo; these are the fee cases.
        var cases = await app.WithDbAsync(db => db.ViolationCases.AsNoTracking()
            .Where(c => c.Kind == ViolationKind.FeeOverCap || c.Kind == ViolationKind.FeeWhereCapIsZero).ToListAsync());
        Assert.Equal([FeeFinding.WithinCap, FeeFinding.OverCap, FeeFinding.CapIsZero, FeeFinding.NeedsWage],
            costs.Select(c => c.Finding).Distinct().Order());
        Assert.Equal([CostSource.Agency, CostSource.WorkerDeclaration], costs.Select(c => c.Source).Distinct().Order());
        Assert.Equal([ViolationCaseStatus.Open, ViolationCaseStatus.Closed], cases.Select(c => c.Status).Distinct().Order());
        Assert.Equal([ViolationKind.FeeOverCap, ViolationKind.FeeWhereCapIsZero], cases.Select(c => c.Kind).Distinct().Order());
        Assert.All(costs.Where(c => c.ViolationCaseId is not null), c => Assert.Contains(cases, v => v.Id == c.ViolationCaseId));
        Assert.Equal(2, await app.WithDbAsync(db => db.FeeCapExceptions.CountAsync()));
        Assert.NotEmpty(await app.WithDbAsync(db => db.FirstMonthEarnings.ToListAsync()));

        // The demo worker sees the case their declaration opened; the demo agency sees it without the worker's name.
        var worker = await app.AccountAsync("worker");
        // Other demo parts (SDG 10.7.1 declarations) may give the same worker cases against other agencies: take the
        // one against the demo agency.
        var agency = await app.AccountAsync("agency");
        var mine = cases.OrderBy(c => c.Number).First(c => c.WorkerId == worker.WorkerId && c.AgencyId == agency.AgencyId);
        var workerPage = await (await app.BrowserClientAsync("worker")).GetStringAsync($"/recruitment/cases/{mine.Id}");
        var agencyPage = await (await app.BrowserClientAsync("agency")).GetStringAsync($"/recruitment/cases/{mine.Id}");
        var name = await app.WithDbAsync(db => db.MigrantWorkers.Where(w => w.Id == worker.WorkerId).Select(w => w.FamilyName).SingleAsync());
        Assert.Contains(name, workerPage);
        Assert.DoesNotContain(name, agencyPage);
        Assert.Contains(mine.Number, agencyPage);
    }
}
