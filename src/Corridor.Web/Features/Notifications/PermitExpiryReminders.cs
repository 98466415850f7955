using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Notifications;
using Corridor.Domain.Policy;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Notifications;

/// <summary>
/// Daily: reminds the employer and the worker that a permit in force is about to expire, at the days
/// PERMIT-EXPIRY-REMINDERS sets (90, 30, 7 by default). Only the most urgent period reached is sent, so a
/// permit first seen 6 days before its end gets the 7-day reminder alone. The deduplication key holds the
/// period and the end date: a rerun adds nothing, and a renewed permit (new end date) is reminded afresh.
/// </summary>
public sealed class PermitExpiryReminders(CorridorDbContext db, PolicyBook book, TimeProvider clock, ILogger<PermitExpiryReminders> log) : IDailyJob
{
    public const string Topic = "permit.expiry";
    public const string RuleId = "PERMIT-EXPIRY-REMINDERS";
    // English templates, keys of the resource file; rendered in the reader's language when shown.
    public const string EmployerMessage = "Work permit {0} of worker {1} expires on {2}, in {3} days.";
    public const string WorkerMessage = "Your work permit {0} expires on {1}, in {2} days.";

    public string Name => "permits.remind-expiry";

    public static string DedupKey(Guid permitId, int days, DateOnly validUntil, RecipientKind kind) =>
        $"permit-expiry:{permitId}:{days}:{validUntil:yyyy-MM-dd}:{kind.ToString().ToLowerInvariant()}";

    /// <summary>The reminder periods, shortest first.</summary>
    public static int[] Periods(PolicyRules rules) =>
        [.. new[] { "firstDays", "secondDays", "thirdDays" }.Select(k => rules.GetInt(RuleId, k)).Where(d => d > 0).Distinct().Order()];

    public async Task<string> RunAsync(DateOnly today, CancellationToken ct)
    {
        var policy = await book.InForceAsync(today, ct);
        var periods = Periods(policy?.Rules ?? PolicyRules.Defaults());
        var horizon = today.AddDays(periods[^1]);
        // In force: issued or active and not past its end (a permit past its end reads expired before the job flips it).
        var permits = await db.WorkPermits.AsNoTracking()
            .Where(p => (p.Status == PermitStatus.Issued || p.Status == PermitStatus.Active) && p.ValidUntil >= today && p.ValidUntil <= horizon)
            .Join(db.MigrantWorkers, p => p.WorkerId, w => w.Id, (p, w) => new { p.Id, p.Number, p.EmployerId, p.WorkerId, p.ValidUntil, w.WorkerNumber })
            .ToListAsync(ct);

        var wanted = new List<Func<DateTime, Notification>>();
        var keys = new List<string>();
        foreach (var p in permits)
        {
            var days = p.ValidUntil.DayNumber - today.DayNumber;
            var period = periods.First(d => days <= d);
            var until = p.ValidUntil.ToString("yyyy-MM-dd");
            var left = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var employerKey = DedupKey(p.Id, period, p.ValidUntil, RecipientKind.Employer);
            var workerKey = DedupKey(p.Id, period, p.ValidUntil, RecipientKind.Worker);
            keys.Add(employerKey);
            keys.Add(workerKey);
            wanted.Add(now => new Notification(RecipientKind.Employer, p.EmployerId, Topic, p.Id, employerKey, EmployerMessage, [p.Number, p.WorkerNumber, until, left], now));
            wanted.Add(now => new Notification(RecipientKind.Worker, p.WorkerId, Topic, p.Id, workerKey, WorkerMessage, [p.Number, until, left], now));
        }

        var queued = 0;
        var already = 0;
        // A parallel run may insert the same keys between our read and our write: the unique index refuses
        // the whole save, so read again and write only what is still missing.
        for (var attempt = 1; ; attempt++)
        {
            var existing = await ExistingKeysAsync(keys, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var fresh = wanted.Select(make => make(now)).Where(n => !existing.Contains(n.DedupKey)).ToList();
            already = keys.Count - fresh.Count;
            if (fresh.Count == 0) break;
            db.Notifications.AddRange(fresh);
            try
            {
                await db.SaveChangesAsync(ct);
                queued = fresh.Count;
                break;
            }
            catch (DbUpdateException e) when (attempt < 3)
            {
                foreach (var n in fresh) db.Entry(n).State = EntityState.Detached;
                log.LogWarning(e, "Another run queued permit-expiry reminders at the same moment; retrying ({Attempt}).", attempt);
            }
        }
        return $"{queued} reminder(s) queued for {permits.Count} permit(s) expiring within {periods[^1]} days; {already} already queued.";
    }

    private async Task<HashSet<string>> ExistingKeysAsync(List<string> keys, CancellationToken ct)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
            found.UnionWith(await db.Notifications.AsNoTracking().Where(n => chunk.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(ct));
        return found;
    }
}
