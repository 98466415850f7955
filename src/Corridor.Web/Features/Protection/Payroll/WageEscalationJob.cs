using System.Globalization;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Notifications;
using Corridor.Domain.Policy;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Payroll;

/// <summary>
/// Daily: for each recent month whose wages have fallen due (period end + WPS-LATE days), records WPS-UNPAID alerts for
/// employers that filed nothing, computes each employer's compliance (WPS-COMPLIANCE) and takes the ladder's steps
/// (WPS-ESCALATION: reminders at 3 and 10 days, new-permit suspension at 17, inspection requested at 30, referral at 60).
/// Each step is a stored, audited record, notified to the employer and shown on its compliance page. The suspension
/// opens a Watchlist employer flag, which PERMIT-NOT-BANNED (and LMT-NOT-WATCHLISTED) read. When the month becomes
/// compliant the ladder stops: a Resolved step is recorded and the suspension's flag is closed. Safe to repeat.
/// </summary>
public sealed class WageEscalationJob(CorridorDbContext db, PolicyBook book, PayrollCompliance compliance, RegisteredTerms registeredTerms, TimeProvider clock)
    : IDailyJob
{
    public const string Topic = "payroll.escalation";
    /// <summary>Months looked back: the referral at 60 days falls about three months after the month paid.</summary>
    public const int MonthsBack = 4;
    public const string StepMessage = "Wages for {0}: {1} of {2} workers paid in full and on time. Step taken: {3}.";

    public string Name => "payroll.escalate";

    public async Task<string> RunAsync(DateOnly today, CancellationToken ct)
    {
        var set = await book.InForceAsync(today, ct);
        var rules = set?.Rules ?? PolicyRules.Defaults();
        var policy = WagePolicy.From(rules);
        var days = EscalationDays.From(rules);
        int unpaid = 0, steps = 0, resolved = 0, months = 0;
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var register = await PayrollRegister.LoadAsync(db, ct);
        for (var k = MonthsBack; k >= 1; k--)
        {
            var period = thisMonth.AddMonths(-k);
            var due = PayrollRules.DueOn(period, policy);
            if (today <= due) continue;
            months++;
            unpaid += await RecordUnpaidAsync(register, period, ct);
            var overdue = today.DayNumber - due.DayNumber;
            var taken = await db.WageEscalations.Where(s => s.Period == period).ToListAsync(ct);
            var byEmployer = taken.ToLookup(s => s.EmployerId);
            foreach (var m in await compliance.ForPeriodAsync(period, null, policy, ct, register))
            {
                var done = byEmployer[m.EmployerId].ToList();
                if (done.Any(s => s.Step == EscalationStep.Resolved)) continue;
                if (m.Compliant)
                {
                    if (done.Count == 0) continue;
                    var flagId = done.FirstOrDefault(s => s.FlagId is not null)?.FlagId;
                    if (flagId is { } id && await db.EmployerFlags.FirstOrDefaultAsync(f => f.Id == id, ct) is { ClosedOn: null } flag) flag.Close(today);
                    Take(new WageEscalation(m.EmployerId, period, EscalationStep.Resolved, today, overdue, m.Workers, m.PaidInFull), m);
                    resolved++;
                    continue;
                }
                foreach (var step in days.DueAfter(overdue).Where(s => done.All(d => d.Step != s)))
                {
                    Guid? flagId = null;
                    if (step == EscalationStep.PermitSuspension)
                    {
                        var flag = new EmployerFlag(m.EmployerId, EmployerFlagKind.Watchlist, today,
                            $"Wage protection: wages for {period:yyyy-MM} not paid in full and on time ({m.PaidInFull} of {m.Workers} workers); new permits suspended (WPS-ESCALATION).");
                        db.EmployerFlags.Add(flag);
                        flagId = flag.Id;
                    }
                    Take(new WageEscalation(m.EmployerId, period, step, today, overdue, m.Workers, m.PaidInFull, flagId), m);
                    steps++;
                }
            }
            await db.SaveChangesAsync(ct);
        }
        return $"{months} month(s) due; {unpaid} unpaid alert(s) for employers that filed nothing; {steps} step(s) taken; {resolved} month(s) resolved.";
    }

    private void Take(WageEscalation step, ComplianceMonth m)
    {
        db.WageEscalations.Add(step);
        var month = step.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        db.Notifications.Add(new Notification(RecipientKind.Employer, step.EmployerId, Topic, step.Id,
            $"payroll-escalation:{step.EmployerId}:{month}:{step.Step}", StepMessage,
            [month, m.PaidInFull.ToString(CultureInfo.InvariantCulture), m.Workers.ToString(CultureInfo.InvariantCulture), PayrollViews.StepName(step.Step)],
            clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>WPS-UNPAID for each worker with an active permit at an employer that filed nothing for the month (once).</summary>
    private async Task<int> RecordUnpaidAsync(PayrollRegister register, DateOnly period, CancellationToken ct)
    {
        var last = period.AddMonths(1).AddDays(-1);
        var terms = await registeredTerms.LoadAsync(register, null, period, last, ct);
        var filed = (await db.PayrollLines.AsNoTracking().Where(l => l.Period == period).Select(l => l.EmployerId).Distinct().ToListAsync(ct)).ToHashSet();
        var recorded = (await db.PayrollAlerts.AsNoTracking().Where(a => a.Period == period && a.BatchId == null && a.RuleId == "WPS-UNPAID")
            .Select(a => a.EmployerId).Distinct().ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var employerIndex in terms.Employers)
        {
            var employer = register.EmployerIds[employerIndex];
            if (filed.Contains(employer) || recorded.Contains(employer)) continue;
            foreach (var (workerIndex, t) in terms.ActiveIn(employerIndex, period))
            {
                var worker = register.WorkerIds[workerIndex];
                var f = PayrollRules.Unpaid(t, period);
                db.PayrollAlerts.Add(new PayrollAlert
                {
                    Id = Guid.CreateVersion7(), EmployerId = employer, WorkerId = worker, Period = period, RuleId = f.RuleId,
                    Expected = f.Expected, Actual = f.Actual, Message = f.Message, CreatedAt = now,
                });
                added++;
            }
        }
        return added;
    }
}
