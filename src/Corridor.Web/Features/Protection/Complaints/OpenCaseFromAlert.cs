using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Protection;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>
/// Opens a case without a complaint, from a wage-protection (payroll) alert: the escalation ladder's
/// step "refer to a case". One case per alert — a second call returns the first case — so the ladder may
/// be rerun safely. The caller saves nothing else in between; this saves the case itself.
/// </summary>
public sealed class OpenCaseFromAlert(CorridorDbContext db, TimeProvider clock)
{
    public async Task<ProtectionCase> HandleAsync(Guid alertId, Guid employerId, Guid? workerId, IReadOnlyCollection<ComplaintCategory> categories,
        decimal amountClaimed, CancellationToken ct)
    {
        var existing = await db.ProtectionCases.FirstOrDefaultAsync(c => c.OriginType == CaseOrigin.PayrollAlert && c.OriginId == alertId, ct);
        if (existing is not null) return existing;
        if (categories.Count == 0) throw new DomainException("Choose at least one category.", "Categories");
        var employerName = await db.Employers.Where(e => e.Id == employerId).Select(e => e.Name).SingleAsync(ct);
        var number = PublicNumber.New('K');
        while (await db.ProtectionCases.AnyAsync(c => c.Number == number, ct)) number = PublicNumber.New('K');
        var @case = new ProtectionCase(number, CaseOrigin.PayrollAlert, alertId, null, string.Join(',', categories.Distinct().Order()),
            new ComplaintParties(employerId, employerName, null, null), workerId, amountClaimed, clock.GetUtcNow().UtcDateTime);
        db.ProtectionCases.Add(@case);
        db.RecordAction("case.opened-from-alert", nameof(ProtectionCase), @case.Id, new { @case.Number, alertId });
        await db.SaveChangesAsync(ct);
        return @case;
    }
}

/// <summary>
/// A case officer opens a case from one payroll alert about a worker: the categories follow the rule that failed and
/// the amount claimed is what the line fell short by. Opening it again returns the same case.
/// </summary>
public sealed class OpenCaseForPayrollAlert(CorridorDbContext db, Corridor.Web.Infrastructure.Auth.CurrentUser user, OpenCaseFromAlert opener,
    Microsoft.Extensions.Localization.IStringLocalizer<Corridor.Web.SharedResource> l)
{
    public async Task<Corridor.Web.Infrastructure.Http.Outcome<CaseOpened>> HandleAsync(Guid alertId, CancellationToken ct)
    {
        if (!user.Can(Corridor.Web.Infrastructure.Auth.Permissions.CasesManage)) return Corridor.Web.Infrastructure.Http.Failure.Forbidden;
        var alert = await db.PayrollAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId, ct);
        if (alert is null) return Corridor.Web.Infrastructure.Http.Failure.NotFound;
        if (alert.WorkerId is null)
            return Corridor.Web.Infrastructure.Http.Failure.Invalid("AlertId", l["A case is opened for a worker; this alert is about the employer's month."]);
        var c = await opener.HandleAsync(alert.Id, alert.EmployerId, alert.WorkerId, [Category(alert.RuleId)], Claim(alert), ct);
        return new CaseOpened(c.Id, c.Number);
    }

    /// <summary>The complaint category a failed wage-protection rule stands for.</summary>
    public static ComplaintCategory Category(string ruleId) => ruleId switch
    {
        "WPS-UNPAID" => ComplaintCategory.UnpaidWages,
        "WPS-LATE" => ComplaintCategory.LateWages,
        "WPS-EQUAL-TREATMENT" => ComplaintCategory.Discrimination,
        _ => ComplaintCategory.Underpayment,
    };

    /// <summary>What the worker was short: expected less paid for money rules, the forbidden deduction itself, nothing for lateness.</summary>
    public static decimal Claim(PayrollAlert a) => a.RuleId switch
    {
        "WPS-LATE" => 0,
        "WPS-DEDUCTION-FORBIDDEN" => a.Actual ?? 0,
        "WPS-DEDUCTION-CAP" => Math.Max(0, (a.Actual ?? 0) - (a.Expected ?? 0)),
        _ => Math.Max(0, (a.Expected ?? 0) - (a.Actual ?? 0)),
    };
}

public sealed record CaseOpened(Guid Id, string Number);
