using Corridor.Domain.Admission;
using Corridor.Testing;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests;

/// <summary>`corridor jobs run [--date]`: every daily job once for the day, then the outbox, one line per job.</summary>
public class JobsCliTests
{
    [DatabaseTheory]
    public async Task Jobs_run_queues_and_delivers_the_reminders_for_the_day_and_repeats_safely(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(new DemoSize(Employers: 5, Workers: 30, Agencies: 3, JobSeekers: 0));
        var permit = await app.WithDbAsync(db => db.WorkPermits.AsNoTracking()
            .Where(p => p.Status == PermitStatus.Active || p.Status == PermitStatus.Issued)
            .OrderBy(p => p.ValidUntil).FirstAsync());
        var day = permit.ValidUntil.AddDays(-30).ToString("yyyy-MM-dd");

        var first = await CliTests.CorridorAsync(provider, app.ConnectionString, "jobs", "run", "--date", day);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(@"permits\.remind-expiry: [1-9]\d* reminder\(s\) queued", first.Output);
        Assert.Matches(@"outbox: [1-9]\d* notification\(s\) delivered, 0 failed\.", first.Output);
        var sent = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.SubjectId == permit.Id).ToListAsync());
        Assert.Equal(2, sent.Count);
        Assert.All(sent, n => Assert.NotNull(n.DeliveredAt));

        var again = await CliTests.CorridorAsync(provider, app.ConnectionString, "jobs", "run", "--date", day);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("permits.remind-expiry: 0 reminder(s) queued", again.Output);
        Assert.Contains("outbox: 0 notification(s) delivered, 0 failed.", again.Output);

        var bad = await CliTests.CorridorAsync(provider, app.ConnectionString, "jobs", "run", "--date", "25.11.2026");
        Assert.Equal(2, bad.ExitCode);
    }
}
