using Corridor.Testing;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Web.Tests.Notifications;

/// <summary>The scheduler's arithmetic and its promise that one failing job stops neither the others nor the host.</summary>
public sealed class DailyJobsTests
{
    [Theory]
    [InlineData("2026-11-25T01:59:00Z", "2026-11-25T02:00:00Z")]
    [InlineData("2026-11-25T02:00:00Z", "2026-11-26T02:00:00Z")]
    [InlineData("2026-11-25T23:30:00Z", "2026-11-26T02:00:00Z")]
    public void The_next_daily_run_is_the_next_time_of_day_after_now(string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), DailyJobs.NextDailyRun(DateTimeOffset.Parse(now), new TimeOnly(2, 0)));

    private sealed class Broken : IDailyJob
    {
        public string Name => "test.broken";
        public Task<string> RunAsync(DateOnly today, CancellationToken ct) => throw new InvalidOperationException("boom");
    }

    private sealed class Counting : IDailyJob
    {
        public static readonly List<DateOnly> Days = [];
        public string Name => "test.counting";
        public Task<string> RunAsync(DateOnly today, CancellationToken ct)
        {
            lock (Days) Days.Add(today);
            return Task.FromResult("counted");
        }
    }

    [Fact]
    public async Task A_failing_job_is_reported_and_the_next_job_still_runs()
    {
        await using var services = new ServiceCollection().AddScoped<IDailyJob, Broken>().AddScoped<IDailyJob, Counting>().BuildServiceProvider();
        var day = new DateOnly(2026, 11, 25);
        var runs = await DailyJobs.RunAllAsync(services.GetRequiredService<IServiceScopeFactory>(), day, NullLogger.Instance, default);
        Assert.Equal(
            [new JobRun("test.broken", false, "failed: InvalidOperationException: boom"), new JobRun("test.counting", true, "counted")],
            runs);
        Assert.Contains(day, Counting.Days);
    }

    [Theory]
    [InlineData("2026-11-25T01:59:00Z", "2026-11-24")]
    [InlineData("2026-11-25T02:00:00Z", "2026-11-25")]
    [InlineData("2026-11-25T23:30:00Z", "2026-11-25")]
    public void The_last_slot_is_today_once_the_time_of_day_has_passed(string now, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DailyJobs.LastSlotDay(DateTimeOffset.Parse(now), new TimeOnly(2, 0)));

    /// <summary>A restart after today's run must not run the jobs again (national risk scores, statistics); a job that
    /// failed, or a day whose slot passed while the service was down, is caught up.</summary>
    [DatabaseTheory]
    public async Task Runs_are_recorded_and_a_restart_runs_only_what_was_missed(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.WithDbAsync(_ => Task.CompletedTask); // migrate
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var all = await DailyJobs.MissedSinceAsync(scopes, today, default);
        Assert.Contains("permits.expire", all);

        var runs = await DailyJobs.RunAllAsync(scopes, today, NullLogger.Instance, default, name => name == "permits.expire");
        Assert.Equal("permits.expire", Assert.Single(runs).Name);
        await app.WithDbAsync(async db =>
        {
            var run = await db.DailyJobRuns.SingleAsync();
            Assert.Equal(("permits.expire", today, true), (run.Name, run.Day, run.Succeeded));
        });

        var missed = await DailyJobs.MissedSinceAsync(scopes, today, default);
        Assert.DoesNotContain("permits.expire", missed);
        Assert.Equal(all.Count - 1, missed.Count);
        // Tomorrow's slot: everything is due again.
        Assert.Equal(all.Count, (await DailyJobs.MissedSinceAsync(scopes, today.AddDays(1), default)).Count);
    }
}
