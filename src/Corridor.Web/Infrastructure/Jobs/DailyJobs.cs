using System.Globalization;
using Corridor.Web.Features.Notifications;

namespace Corridor.Web.Infrastructure.Jobs;

public sealed record JobRun(string Name, bool Succeeded, string Summary);

/// <summary>
/// The scheduler: runs every <see cref="IDailyJob"/> once at start and then every day at Jobs:DailyAtUtc
/// (default 02:00), and delivers the notification outbox every Jobs:DeliverySeconds (default 30). Off when
/// Jobs:Enabled is false (tests drive the jobs themselves). Each job runs in its own DI scope; an error is
/// logged and never stops the host or the other jobs. The jobs are safe to repeat, so two instances
/// running them on the same day change nothing twice.
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
            await RunAllAsync(scopes, Today(), log, stoppingToken);
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

    /// <summary>Runs every daily job for <paramref name="today"/>, each in its own scope; a failure is reported, not thrown.</summary>
    public static async Task<IReadOnlyList<JobRun>> RunAllAsync(IServiceScopeFactory scopes, DateOnly today, ILogger log, CancellationToken ct)
    {
        int count;
        await using (var scope = scopes.CreateAsyncScope())
            count = scope.ServiceProvider.GetServices<IDailyJob>().Count();
        var runs = new List<JobRun>();
        for (var i = 0; i < count; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = scope.ServiceProvider.GetServices<IDailyJob>().ElementAt(i);
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
        }
        return runs;
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
