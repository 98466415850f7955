using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Inspections;

/// <summary>
/// Every input of the risk score, one method each, counted per employer for a period. Complaints are the
/// complaint cases against the employer; wage-protection alerts come from the payroll reconciliation. Both add
/// the <see cref="RiskSignal"/> records officers or other systems report through /api/v1/protection/risk/signals
/// and the employer flags that stand for them.
/// </summary>
public sealed class RiskInputs(CorridorDbContext db)
{
    /// <summary>
    /// Complaint cases against the employer opened in the period, open or decided (one dismissed at intake, closed
    /// without conciliation, had no basis and does not count), plus complaint signals and findings of abuse recorded
    /// as employer flags. Cases opened from a payroll alert are counted once, as wage alerts.
    /// </summary>
    public async Task<Dictionary<Guid, int>> ComplaintsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var signals = await SignalsAsync(RiskSignalKind.Complaint, from, to, ct);
        var abuse = await db.EmployerFlags.AsNoTracking()
            .Where(f => f.Kind == EmployerFlagKind.Abuse && f.OpenedOn > from && f.OpenedOn <= to)
            .GroupBy(f => f.EmployerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        // The window is (from, to] in days: cases opened from the start of the day after 'from' to the end of 'to'.
        DateTime start = from.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var cases = await db.ProtectionCases.AsNoTracking()
            .Where(c => c.EmployerId != null && c.OriginType == CaseOrigin.Complaint && c.OpenedAt >= start && c.OpenedAt < end
                && !(c.Status == CaseStatus.Closed && c.ConciliationDeadline == null && c.AmountAwarded == null))
            .GroupBy(c => c.EmployerId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Merge(Merge(signals, abuse.Select(a => (a.Key, a.Count))), cases.Select(c => (c.Key, c.Count)));
    }

    /// <summary>
    /// Payroll alerts for months in the period, counted as worker-months with a problem (a worker with three failed
    /// rules in a month, or the same month filed twice, counts once; an employer-level alert once per rule and month),
    /// plus wage-alert signals and wage-arrears flags an officer recorded directly (those opened by an inspection are
    /// counted once, as violations).
    /// </summary>
    public async Task<Dictionary<Guid, int>> WageAlertsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var signals = await SignalsAsync(RiskSignalKind.WageAlert, from, to, ct);
        var fromInspections = db.InspectionFindings.Where(x => x.EmployerFlagId != null).Select(x => x.EmployerFlagId);
        var flags = await db.EmployerFlags.AsNoTracking()
            .Where(f => f.Kind == EmployerFlagKind.WageArrears && f.OpenedOn > from && f.OpenedOn <= to && !fromInspections.Contains(f.Id))
            .GroupBy(f => f.EmployerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var inWindow = db.PayrollAlerts.AsNoTracking().Where(a => a.Period > from && a.Period <= to);
        var workerMonths = await inWindow.Where(a => a.WorkerId != null).Select(a => new { a.EmployerId, a.WorkerId, a.Period }).Distinct()
            .GroupBy(a => a.EmployerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var employerMonths = await inWindow.Where(a => a.WorkerId == null).Select(a => new { a.EmployerId, a.RuleId, a.Period }).Distinct()
            .GroupBy(a => a.EmployerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Merge(Merge(Merge(signals, flags.Select(a => (a.Key, a.Count))), workerMonths.Select(a => (a.Key, a.Count))),
            employerMonths.Select(a => (a.Key, a.Count)));
    }

    /// <summary>Violations found by inspections in the period.</summary>
    public async Task<Dictionary<Guid, int>> PriorViolationsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.InspectionFindings.AsNoTracking().Where(x => x.FoundOn > from && x.FoundOn <= to)
            .GroupBy(x => x.EmployerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        .ToDictionary(x => x.Key, x => x.Count);

    /// <summary>Inbound migrant workers currently employed by each employer.</summary>
    public async Task<Dictionary<Guid, int>> MigrantWorkersAsync(CancellationToken ct) =>
        (await db.MigrantWorkers.AsNoTracking().Where(w => w.Direction == MigrationDirection.Inbound && w.CurrentEmployerId != null)
            .GroupBy(w => w.CurrentEmployerId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        .ToDictionary(x => x.Key, x => x.Count);

    private async Task<Dictionary<Guid, int>> SignalsAsync(RiskSignalKind kind, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.RiskSignals.AsNoTracking().Where(s => s.Kind == kind && s.ReportedOn > from && s.ReportedOn <= to)
            .GroupBy(s => s.EmployerId).Select(g => new { g.Key, Count = g.Sum(s => s.Count) }).ToListAsync(ct))
        .ToDictionary(x => x.Key, x => x.Count);

    private static Dictionary<Guid, int> Merge(Dictionary<Guid, int> into, IEnumerable<(Guid Key, int Count)> more)
    {
        foreach (var (key, count) in more) into[key] = into.GetValueOrDefault(key) + count;
        return into;
    }
}

/// <summary>
/// Recomputes every employer's risk score under the policy in force (INSP-RISK-WEIGHTS, INSP-SECTOR-RISK) and
/// stores it with its breakdown; one row per employer, updated in place when it changes (ComputedOn is the day of the
/// last change), so a repeated run changes nothing more.
/// </summary>
public sealed class RiskScoresJob(CorridorDbContext db, RiskInputs inputs) : IDailyJob
{
    public string Name => "protection.risk-scores";

    public async Task<string> RunAsync(DateOnly today, CancellationToken ct)
    {
        var policy = await db.PolicySets.AsNoTracking()
            .Where(s => s.Status == Corridor.Domain.Policy.PolicySetStatus.Active && s.EffectiveFrom <= today)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Number).FirstOrDefaultAsync(ct);
        if (policy is null) return "no policy in force; nothing computed.";
        var from = RiskScoring.LookbackFrom(policy.Rules, today);
        var complaints = await inputs.ComplaintsAsync(from, today, ct);
        var alerts = await inputs.WageAlertsAsync(from, today, ct);
        var violations = await inputs.PriorViolationsAsync(from, today, ct);
        var migrants = await inputs.MigrantWorkersAsync(ct);
        var scores = await db.RiskScores.ToDictionaryAsync(s => s.EmployerId, ct);
        var employers = await db.Employers.AsNoTracking().Select(e => new { e.Id, e.IsicSection, e.NationalEmployees }).ToListAsync(ct);
        var changed = 0;
        foreach (var e in employers)
        {
            var breakdown = RiskScoring.Score(policy.Rules, new RiskFactors(e.IsicSection, complaints.GetValueOrDefault(e.Id),
                alerts.GetValueOrDefault(e.Id), violations.GetValueOrDefault(e.Id), migrants.GetValueOrDefault(e.Id), e.NationalEmployees));
            if (!scores.TryGetValue(e.Id, out var score))
            {
                score = new RiskScore(e.Id);
                db.RiskScores.Add(score);
            }
            // An unchanged score is not rewritten: the audit trail records changes, not daily recomputations.
            else if (score.IsSame(breakdown, policy.Number)) continue;
            score.Set(breakdown, today, policy.Number);
            changed++;
        }
        if (changed > 0) await db.SaveChangesAsync(ct);
        return $"{changed} of {employers.Count} risk scores computed under policy {policy.Number}.";
    }
}
