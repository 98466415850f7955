using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Permits;

/// <summary>
/// The daily expiry: issued and active permits past their end, and permits seeking a new employer past the
/// job search (or past their end), become Expired. Pages already read them as expired by the clock
/// (<see cref="WorkPermit.StatusOn"/>); this makes the stored status and the audit trail agree. Repeating it on
/// the same day changes nothing more.
/// </summary>
public sealed class ExpirePermits(CorridorDbContext db) : IDailyJob
{
    public string Name => "permits.expire";

    public async Task<string> RunAsync(DateOnly today, CancellationToken ct)
    {
        var due = await db.WorkPermits
            .Where(p => ((p.Status == PermitStatus.Issued || p.Status == PermitStatus.Active) && p.ValidUntil < today)
                || (p.Status == PermitStatus.SeekingEmployer && (p.SeekingUntil < today || p.ValidUntil < today)))
            .OrderBy(p => p.Number).ToListAsync(ct);
        var seeking = 0;
        foreach (var permit in due)
        {
            var wasSeeking = permit.Status == PermitStatus.SeekingEmployer;
            var reason = wasSeeking && permit.SeekingUntil < permit.ValidUntil
                ? $"The job-search period ended on {permit.SeekingUntil:yyyy-MM-dd} without a new employer."
                : $"The permit's validity ended on {permit.ValidUntil:yyyy-MM-dd}.";
            permit.Expire(today);
            if (wasSeeking) seeking++;
            db.RecordAction("permit.expired", nameof(WorkPermit), permit.Id, new { permit.Number, reason });
        }
        if (due.Count > 0) await db.SaveChangesAsync(ct);
        return $"{due.Count} permits expired ({seeking} at the end of a job search).";
    }
}
