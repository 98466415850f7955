using System.Globalization;
using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Protection.Payroll;

public sealed record PayrollBatchView(Guid Id, string FileName, string Sha256, int LineCount, int AlertCount, string SubmittedBy,
    Guid? SubmitterEmployerId, DateTime SubmittedAt, int? PolicySetNumber);

public sealed record PayrollAlertView(Guid Id, Guid? BatchId, int? LineNumber, Guid? WorkerId, string? WorkerNumber, Guid EmployerId,
    string Period, string RuleId, decimal? Expected, decimal? Actual, string Message);

public sealed record EscalationView(string Step, DateOnly TakenOn, int OverdueDays, int Workers, int PaidInFull);

public sealed record ComplianceView(Guid EmployerId, string EmployerName, string RegistrationNumber, string Period, int Workers, int PaidInFull,
    decimal SharePercent, decimal MinimumPercent, bool Filed, bool Compliant, DateOnly DueOn, IReadOnlyDictionary<string, int> AlertsByRule,
    IReadOnlyList<EscalationView> Steps);

public sealed record PayslipView(string Period, string EmployerName, string OccupationCode, decimal BasicWage, decimal Allowances, decimal? OvertimeHours,
    decimal OvertimePay, decimal Gross, IReadOnlyList<DeductionView> Deductions, decimal NetPaid, string Currency, DateOnly PaymentDate,
    string PaymentChannel, IReadOnlyList<string> Alerts);

public sealed record DeductionView(string Reason, decimal Amount);

public sealed class PayrollQuery
{
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

public sealed class ComplianceQuery
{
    public Guid? EmployerId { get; set; }
    /// <summary>Or the employer's registration number (officers).</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "Employer")]
    public string? Employer { get; set; }
    /// <summary>yyyy-MM; default: the latest month whose wages have fallen due.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "Month")]
    public string? Month { get; set; }
}

public static class PayrollViews
{
    public static string StepName(EscalationStep step) => step switch
    {
        EscalationStep.FirstReminder => "first reminder",
        EscalationStep.SecondReminder => "second reminder",
        EscalationStep.PermitSuspension => "new permits suspended",
        EscalationStep.InspectionRequested => "inspection requested",
        EscalationStep.Referral => "referral",
        _ => "resolved",
    };

    public static string Month(DateOnly period) => period.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string Money(decimal? amount) => amount?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Batches an account may see: all with payroll.view-all; an employer those it submitted or holding its lines.</summary>
    public static IQueryable<PayrollBatch> VisibleTo(this IQueryable<PayrollBatch> q, CorridorDbContext db, CurrentUser user) =>
        user.Can(Permissions.PayrollViewAll) ? q
        : user.Can(Permissions.PayrollView) && user.EmployerId is { } employer
            ? q.Where(b => b.SubmitterEmployerId == employer || db.PayrollLines.Any(l => l.BatchId == b.Id && l.EmployerId == employer))
        : q.Where(_ => false);

    public static IQueryable<PayrollAlert> VisibleTo(this IQueryable<PayrollAlert> q, CurrentUser user) =>
        user.Can(Permissions.PayrollViewAll) ? q
        : user.Can(Permissions.PayrollView) && user.EmployerId is { } employer ? q.Where(a => a.EmployerId == employer)
        : q.Where(_ => false);

    public static PayrollBatchView View(PayrollBatch b) =>
        new(b.Id, b.FileName, b.Sha256, b.LineCount, b.AlertCount, b.SubmittedBy, b.SubmitterEmployerId, b.SubmittedAt, b.PolicySetNumber);
}

/// <summary>Submits a payroll file: an employer its own lines; an officer (payroll.submit-batch) a batch for many employers.</summary>
public sealed class SubmitPayroll(PayrollImport import, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<PayrollImportResult>> HandleAsync(Stream? csv, string? fileName, CancellationToken ct)
    {
        if (!user.Can(Permissions.PayrollSubmit)) return Failure.Forbidden;
        PayrollSubmitter submitter;
        if (user.Can(Permissions.PayrollSubmitBatch)) submitter = PayrollSubmitter.Officer(user.Name);
        else if (user.EmployerId is { } employer) submitter = PayrollSubmitter.Employer(employer, user.Name);
        else return Failure.Forbidden;
        if (csv is null) return Failure.Invalid("File", l["Choose the payroll file (CSV)."]);
        return await import.ImportAsync(csv, fileName ?? "payroll.csv", submitter, ct);
    }
}

public sealed class ListPayrollBatches(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<Paged<PayrollBatchView>>> HandleAsync(PayrollQuery q, CancellationToken ct)
    {
        if (!user.Can(Permissions.PayrollView)) return Failure.Forbidden;
        var page = await db.PayrollBatches.AsNoTracking().VisibleTo(db, user).OrderByDescending(b => b.SubmittedAt).ToPagedAsync(q.Page, q.PageSize, ct);
        return new Paged<PayrollBatchView>([.. page.Items.Select(PayrollViews.View)], page.Page, page.PageSize, page.Total);
    }
}

public sealed class GetPayrollBatch(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<PayrollBatchView>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!user.Can(Permissions.PayrollView)) return Failure.Forbidden;
        var batch = await db.PayrollBatches.AsNoTracking().VisibleTo(db, user).FirstOrDefaultAsync(b => b.Id == id, ct);
        return batch is null ? Failure.NotFound : PayrollViews.View(batch);
    }
}

/// <summary>The alerts of a batch, by line; an employer sees only those about itself.</summary>
public sealed class ListPayrollAlerts(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<Paged<PayrollAlertView>>> HandleAsync(Guid batchId, PayrollQuery q, CancellationToken ct)
    {
        if (!user.Can(Permissions.PayrollView)) return Failure.Forbidden;
        if (!await db.PayrollBatches.AsNoTracking().VisibleTo(db, user).AnyAsync(b => b.Id == batchId, ct)) return Failure.NotFound;
        var query = db.PayrollAlerts.AsNoTracking().VisibleTo(user).Where(a => a.BatchId == batchId)
            .OrderBy(a => a.LineNumber == null).ThenBy(a => a.LineNumber).ThenBy(a => a.RuleId)
            .GroupJoin(db.MigrantWorkers, a => a.WorkerId, w => w.Id, (a, ws) => new { a, ws })
            .SelectMany(x => x.ws.DefaultIfEmpty(), (x, w) => new { x.a, WorkerNumber = w == null ? null : w.WorkerNumber });
        var page = await query.ToPagedAsync(q.Page, q.PageSize, ct);
        return new Paged<PayrollAlertView>([.. page.Items.Select(x => new PayrollAlertView(x.a.Id, x.a.BatchId, x.a.LineNumber, x.a.WorkerId, x.WorkerNumber,
            x.a.EmployerId, PayrollViews.Month(x.a.Period), x.a.RuleId, x.a.Expected, x.a.Actual, x.a.Message))], page.Page, page.PageSize, page.Total);
    }
}

/// <summary>An employer's compliance for a month, with the alerts by rule and the escalation steps taken.</summary>
public sealed class GetPayrollCompliance(CorridorDbContext db, CurrentUser user, PayrollCompliance compliance, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ComplianceView>> HandleAsync(ComplianceQuery q, CancellationToken ct)
    {
        if (!user.Can(Permissions.PayrollView)) return Failure.Forbidden;
        var employerId = user.Can(Permissions.PayrollViewAll)
            ? q.EmployerId ?? (q.Employer is { Length: > 0 } number
                ? await db.Employers.Where(e => e.RegistrationNumber == number.Trim()).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct) ?? Guid.Empty
                : null)
            : user.EmployerId;
        if (employerId is null) return Failure.Invalid(nameof(q.EmployerId), l["Choose the employer."]);
        if (user.EmployerId is { } own && !user.Can(Permissions.PayrollViewAll) && q.EmployerId is { } asked && asked != own) return Failure.NotFound;
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == employerId).Select(e => new { e.Id, e.Name, e.RegistrationNumber }).FirstOrDefaultAsync(ct);
        if (employer is null) return Failure.NotFound;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rules = (await book.InForceAsync(today, ct))?.Rules ?? PolicyRules.Defaults();
        var policy = WagePolicy.From(rules);
        DateOnly period;
        if (q.Month is { Length: > 0 })
        {
            if (PayrollViews.ParseMonth(q.Month) is not { } m) return Failure.Invalid(nameof(q.Month), l["Give the month as YYYY-MM."]);
            period = m;
        }
        else
        {
            period = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            if (today <= PayrollRules.DueOn(period, policy)) period = period.AddMonths(-1);
        }
        var month = (await compliance.ForPeriodAsync(period, employer.Id, policy, ct)).FirstOrDefault()
            ?? new ComplianceMonth(employer.Id, period, 0, 0, false, true, PayrollRules.DueOn(period, policy));
        var byRule = await db.PayrollAlerts.AsNoTracking().Where(a => a.EmployerId == employer.Id && a.Period == period)
            .GroupBy(a => a.RuleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // The step is stored by name: put the ladder in its order here.
        var steps = (await db.WageEscalations.AsNoTracking().Where(s => s.EmployerId == employer.Id && s.Period == period).ToListAsync(ct))
            .OrderBy(s => s.Step).ToList();
        return new ComplianceView(employer.Id, employer.Name, employer.RegistrationNumber, PayrollViews.Month(period), month.Workers, month.PaidInFull,
            month.SharePercent, policy.CompliancePercent, month.Filed, month.Compliant, month.DueOn, byRule,
            [.. steps.Select(s => new EscalationView(PayrollViews.StepName(s.Step), s.TakenOn, s.OverdueDays, s.Workers, s.PaidInFull))]);
    }
}

/// <summary>A worker's own payslips: the payroll lines filed for them, newest month first, with what the reconciliation found.</summary>
public sealed class ListPayslips(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<IReadOnlyList<PayslipView>>> HandleAsync(CancellationToken ct)
    {
        if (!user.Can(Permissions.PayslipsView) || user.WorkerId is not { } worker) return Failure.Forbidden;
        var lines = await db.PayrollLines.AsNoTracking().Where(x => x.WorkerId == worker)
            .Join(db.Employers, x => x.EmployerId, e => e.Id, (x, e) => new { Line = x, e.Name })
            .OrderByDescending(x => x.Line.Period).ThenByDescending(x => x.Line.Id).Take(60).ToListAsync(ct);
        var alerts = (await db.PayrollAlerts.AsNoTracking().Where(a => a.WorkerId == worker && a.LineNumber != null)
            .Select(a => new { a.BatchId, a.LineNumber, a.RuleId }).ToListAsync(ct))
            .ToLookup(a => (a.BatchId, a.LineNumber), a => a.RuleId);
        return lines.Select(x => new PayslipView(PayrollViews.Month(x.Line.Period), x.Name, x.Line.OccupationCode, x.Line.BasicWage, x.Line.Allowances,
            x.Line.OvertimeHours, x.Line.OvertimePay ?? 0, x.Line.Gross, [.. x.Line.DeductionList().Select(d => new DeductionView(PayrollRules.Reason(d.Reason), d.Amount))],
            x.Line.NetPaid, x.Line.Currency, x.Line.PaymentDate, x.Line.PaymentChannel.ToString().ToLowerInvariant(),
            [.. alerts[((Guid?)x.Line.BatchId, (int?)x.Line.LineNumber)]])).ToList();
    }
}
