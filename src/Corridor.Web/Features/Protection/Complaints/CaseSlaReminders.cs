using Corridor.Data;
using Corridor.Domain.Notifications;
using Corridor.Domain.Protection;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>
/// Daily: a case past its stage's SLA deadline tells the complainant worker (when known) and the
/// registered employer named. The employer's message carries the case number only — never who
/// complained. The deduplication key holds the stage and its deadline: a rerun adds nothing, and a
/// later stage that runs late is told afresh.
/// </summary>
public sealed class CaseSlaReminders(CorridorDbContext db, TimeProvider clock) : IDailyJob
{
    public const string Topic = "case.overdue";
    public const string EmployerMessage = "Case {0} against your firm is past its deadline of {1}.";
    public const string WorkerMessage = "Your case {0} is past its deadline of {1}; the case officer will take the next step.";

    public string Name => "cases.remind-overdue";

    public async Task<string> RunAsync(DateOnly today, CancellationToken ct)
    {
        var late = await db.ProtectionCases.AsNoTracking().Where(ListCases.Overdue(today))
            .Select(c => new { c.Id, c.Number, c.Status, c.ConciliationDeadline, c.DecisionDeadline, c.EmployerId, c.WorkerId })
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var wanted = new List<Notification>();
        foreach (var c in late)
        {
            var deadline = (c.Status == CaseStatus.Conciliation ? c.ConciliationDeadline : c.DecisionDeadline)!.Value;
            var stage = c.Status == CaseStatus.Conciliation ? "conciliation" : "adjudication";
            var on = deadline.ToString("yyyy-MM-dd");
            if (c.EmployerId is { } employer)
                wanted.Add(new Notification(RecipientKind.Employer, employer, Topic, c.Id, $"case-overdue:{c.Id}:{stage}:{on}:employer", EmployerMessage, [c.Number, on], now));
            if (c.WorkerId is { } worker)
                wanted.Add(new Notification(RecipientKind.Worker, worker, Topic, c.Id, $"case-overdue:{c.Id}:{stage}:{on}:worker", WorkerMessage, [c.Number, on], now));
        }
        var keys = wanted.Select(n => n.DedupKey).ToList();
        var existing = (await db.Notifications.Where(n => keys.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(ct)).ToHashSet();
        var fresh = wanted.Where(n => !existing.Contains(n.DedupKey)).ToList();
        if (fresh.Count > 0)
        {
            db.Notifications.AddRange(fresh);
            await db.SaveChangesAsync(ct);
        }
        return $"{late.Count} overdue cases, {fresh.Count} notifications queued, {wanted.Count - fresh.Count} already queued";
    }
}
