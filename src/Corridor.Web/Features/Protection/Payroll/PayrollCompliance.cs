using Corridor.Data;
using Corridor.Domain.Protection;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Payroll;

/// <summary>
/// One employer's month under WPS-COMPLIANCE: the migrant workers it had to pay (a permit active in the month, or a
/// line filed), how many were paid in full and on time, and whether that share reaches the policy's minimum.
/// </summary>
public sealed record ComplianceMonth(Guid EmployerId, DateOnly Period, int Workers, int PaidInFull, bool Filed, bool Compliant, DateOnly DueOn)
{
    public decimal SharePercent => Workers == 0 ? 100m : decimal.Round(PaidInFull * 100m / Workers, 1);
}

/// <summary>
/// Computes compliance from the stored lines and alerts. The latest file an employer filed for a month replaces the
/// earlier ones for that employer (a correction is a new file); an employer that filed nothing for a month that has
/// fallen due has every expected worker unpaid.
/// </summary>
public sealed class PayrollCompliance(CorridorDbContext db, RegisteredTerms registeredTerms)
{
    internal async Task<IReadOnlyList<ComplianceMonth>> ForPeriodAsync(DateOnly period, Guid? employerId, WagePolicy policy, CancellationToken ct,
        PayrollRegister? register = null)
    {
        var last = period.AddMonths(1).AddDays(-1);
        register ??= await PayrollRegister.LoadAsync(db, ct, employerId);
        var terms = await registeredTerms.LoadAsync(register, employerId is { } e ? [e] : null, period, last, ct);

        var lines = db.PayrollLines.AsNoTracking().Where(l => l.Period == period && l.WorkerId != null);
        if (employerId is { } only) lines = lines.Where(l => l.EmployerId == only);
        var filed = await lines.Select(l => new { l.EmployerId, l.BatchId }).Distinct().ToListAsync(ct);
        var batchIds = filed.Select(f => f.BatchId).Distinct().ToList();
        var submitted = await db.PayrollBatches.AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .Select(b => new { b.Id, b.SubmittedAt }).ToDictionaryAsync(b => b.Id, b => b.SubmittedAt, ct);
        // The latest file per employer for the month.
        var latest = filed.GroupBy(f => f.EmployerId)
            .ToDictionary(g => g.Key, g => g.MaxBy(f => submitted.GetValueOrDefault(f.BatchId))!.BatchId);

        var paid = new Dictionary<Guid, HashSet<Guid>>();
        await foreach (var l in lines.Select(l => new { l.EmployerId, l.BatchId, WorkerId = l.WorkerId!.Value }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (latest[l.EmployerId] != l.BatchId) continue;
            if (!paid.TryGetValue(l.EmployerId, out var set)) paid[l.EmployerId] = set = [];
            set.Add(l.WorkerId);
        }

        var failing = new Dictionary<Guid, HashSet<Guid>>();
        var rules = PayrollRules.NotPaidInFull.ToList();
        var alerts = db.PayrollAlerts.AsNoTracking().Where(a => a.Period == period && a.WorkerId != null && rules.Contains(a.RuleId));
        if (employerId is { } only2) alerts = alerts.Where(a => a.EmployerId == only2);
        await foreach (var a in alerts.Select(a => new { a.EmployerId, a.BatchId, WorkerId = a.WorkerId!.Value }).AsAsyncEnumerable().WithCancellation(ct))
        {
            // Alerts of a superseded file no longer count; the job's unpaid alerts count only while nothing is filed.
            var current = latest.TryGetValue(a.EmployerId, out var batch) ? a.BatchId == batch : a.BatchId is null;
            if (!current) continue;
            if (!failing.TryGetValue(a.EmployerId, out var set)) failing[a.EmployerId] = set = [];
            set.Add(a.WorkerId);
        }

        var employers = new HashSet<Guid>(terms.Employers.Select(i => register.EmployerIds[i]));
        employers.UnionWith(paid.Keys);
        if (employerId is { } one) employers.IntersectWith([one]);
        var due = PayrollRules.DueOn(period, policy);
        var result = new List<ComplianceMonth>(employers.Count);
        foreach (var employer in employers)
        {
            var workers = new HashSet<Guid>(terms.ActiveIn(register.EmployerIndex(employer), period).Select(t => register.WorkerIds[t.Worker]));
            var paidSet = paid.GetValueOrDefault(employer) ?? [];
            workers.UnionWith(paidSet);
            var isFiled = latest.ContainsKey(employer);
            var bad = failing.GetValueOrDefault(employer) ?? [];
            // Nothing filed: every expected worker is unpaid, whether or not the job has written its alerts yet.
            var inFull = isFiled ? workers.Count(w => paidSet.Contains(w) && !bad.Contains(w)) : 0;
            if (workers.Count == 0 && !isFiled) continue;
            result.Add(new ComplianceMonth(employer, period, workers.Count, inFull, isFiled, PayrollRules.Compliant(workers.Count, inFull, policy), due));
        }
        return result;
    }
}
