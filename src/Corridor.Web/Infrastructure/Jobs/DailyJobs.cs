using System.Globalization;
using Corridor.Data;
using Corridor.Domain.Operations;
using Corridor.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Infrastructure.Jobs;

public sealed record JobRun(string Name, bool Succeeded, string Summary);

/// <summary>
/// The scheduler: runs every <see cref="IDailyJob"/> every day at Jobs:DailyAtUtc (default 02:00), and delivers the notification outbox every Jobs:DeliverySeconds (default 30). Off when
/// Jobs:Enabled is false (tests drive the jobs themselves). Each job runs in its own DI scope; an error is
/// logged and never stops the host or the other jobs. The jobs are safe to repeat, so two instances
/// running them on the same day change nothing twice. Every run is recorded (<see cref="DailyJobRun"/>); at start
/// only the jobs that have not succeeded since the last daily slot run (catch-up after downtime), so a restart does
/// not recompute national risk scores or statistics again.
/// </summary>
public sealed class DailyJobs(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config, ILogger<DailyJobs> log) : BackgroundService
{
    public bool Enabled => config.GetValue("Jobs:Enabled", true);
    public TimeOnly DailyAt => TimeOnly.TryParseExact(config["Jobs:DailyAtUtc"] ?? "02:00", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : new TimeOnly(2, 0);
    public TimeSpan DeliveryEvery => TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Jobs:DeliverySeconds", 30)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        try
        {
            await Task.Yield(); // let the host finish starting before the first run
            var missed = await MissedSinceAsync(scopes, LastSlotDay(clock.GetUtcNow(), DailyAt), stoppingToken);
            if (missed.Count > 0) await RunAllAsync(scopes, Today(), log, stoppingToken, missed.Contains);
            var next = NextDailyRun(clock.GetUtcNow(), DailyAt);
            while (!stoppingToken.IsCancellationRequested)
            {
                await DeliverAsync(scopes, log, stoppingToken);
                var now = clock.GetUtcNow();
                if (now >= next)
                {
                    await RunAllAsync(scopes, Today(), log, stoppingToken);
                    next = NextDailyRun(clock.GetUtcNow(), DailyAt);
                    continue;
                }
                var wait = next - now < DeliveryEvery ? next - now : DeliveryEvery;
                await Task.Delay(wait, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The first time of day <paramref name="at"/> (UTC) after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextDailyRun(DateTimeOffset now, TimeOnly at)
    {
        var utc = now.UtcDateTime;
        var today = new DateTimeOffset(DateOnly.FromDateTime(utc).ToDateTime(at), TimeSpan.Zero);
        return today > now ? today : today.AddDays(1);
    }

    /// <summary>The day of the latest daily slot at or before <paramref name="now"/>.</summary>
    public static DateOnly LastSlotDay(DateTimeOffset now, TimeOnly at)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        return TimeOnly.FromDateTime(now.UtcDateTime) >= at ? day : day.AddDays(-1);
    }

    /// <summary>The names of the jobs with no successful run for <paramref name="slotDay"/> or later.</summary>
    public static async Task<IReadOnlySet<string>> MissedSinceAsync(IServiceScopeFactory scopes, DateOnly slotDay, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var names = scope.ServiceProvider.GetServices<IDailyJob>().Select(j => j.Name).ToHashSet();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var done = await db.DailyJobRuns.AsNoTracking().Where(r => r.Succeeded && r.Day >= slotDay)
            .Select(r => r.Name).Distinct().ToListAsync(ct);
        names.ExceptWith(done);
        return names;
    }

    /// <summary>Runs every daily job for <paramref name="today"/> (or those <paramref name="due"/> selects), each in
    /// its own scope, and records each run; a failure is reported and recorded, not thrown.</summary>
    public static async Task<IReadOnlyList<JobRun>> RunAllAsync(IServiceScopeFactory scopes, DateOnly today, ILogger log, CancellationToken ct,
        Func<string, bool>? due = null)
    {
        int count;
        await using (var scope = scopes.CreateAsyncScope())
            count = scope.ServiceProvider.GetServices<IDailyJob>().Count();
        var runs = new List<JobRun>();
        for (var i = 0; i < count; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = scope.ServiceProvider.GetServices<IDailyJob>().ElementAt(i);
            if (due is not null && !due(job.Name)) continue;
            var clock = scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            var started = clock.GetUtcNow().UtcDateTime;
            try
            {
                var summary = await job.RunAsync(today, ct);
                log.LogInformation("Daily job {Job} for {Day:yyyy-MM-dd}: {Summary}", job.Name, today, summary);
                runs.Add(new JobRun(job.Name, true, summary));
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                log.LogError(e, "Daily job {Job} for {Day:yyyy-MM-dd} failed.", job.Name, today);
                runs.Add(new JobRun(job.Name, false, $"failed: {e.GetType().Name}: {e.Message}"));
            }
            await RecordAsync(scopes, new DailyJobRun(job.Name, today, started, clock.GetUtcNow().UtcDateTime, runs[^1].Succeeded, runs[^1].Summary), log, ct);
        }
        return runs;
    }

    /// <summary>Records a run in a fresh scope (the job's own context may hold a failed transaction). A host without
    /// a database (the scheduler's unit tests) records nothing.</summary>
    private static async Task RecordAsync(IServiceScopeFactory scopes, DailyJobRun run, ILogger log, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (scope.ServiceProvider.GetService<CorridorDbContext>() is not { } db) return;
            db.DailyJobRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Recording the run of daily job {Job} failed.", run.Name);
        }
    }

    /// <summary>Delivers the due notifications; a failure is logged, not thrown.</summary>
    public static async Task<DeliveryResult?> DeliverAsync(IServiceScopeFactory scopes, ILogger log, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverAsync(ct);
            if (result.Delivered + result.Failed > 0)
                log.LogInformation("Outbox: {Delivered} notification(s) delivered, {Failed} failed.", result.Delivered, result.Failed);
            return result;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Delivering the notification outbox failed.");
            return null;
        }
    }
}

public static class JobsSetup
{
    /// <summary>The daily scheduler; it does nothing when Jobs:Enabled is false.</summary>
    public static IServiceCollection AddCorridorJobs(this IServiceCollection services)
    {
        services.AddHostedService<DailyJobs>();
        return services;
    }
}
