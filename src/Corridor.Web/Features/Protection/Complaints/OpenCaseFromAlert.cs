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
