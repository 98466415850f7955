namespace Corridor.Web.Infrastructure.Jobs;

/// <summary>A job the daily scheduler runs (and `corridor jobs run` runs on demand); safe to repeat on the same day.</summary>
public interface IDailyJob
{
    /// <summary>Short name for logs and the CLI, e.g. "permits.expire".</summary>
    string Name { get; }

    /// <summary>Runs for <paramref name="today"/>; returns a one-line summary of what it changed.</summary>
    Task<string> RunAsync(DateOnly today, CancellationToken ct);
}
