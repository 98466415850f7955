using Corridor.Web.Infrastructure.Jobs;
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
}
