using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>
/// A case as its worker follows it: status and next step, what was awarded and recovered, and where the money paid
/// to them came from (the employer, the agency, or the agency's escrow). Nothing of the ministry's triage.
/// </summary>
public sealed record WorkerCaseView(Guid Id, string Number, CaseStatus Status, string NextStep, IReadOnlyList<ComplaintCategory> Categories,
    DateTime OpenedAt, string? Employer, decimal AmountClaimed, decimal? AmountAwarded, decimal PaidByEmployer, decimal PaidByAgency,
    decimal PaidFromEscrow, decimal AmountRecovered, decimal AmountPaidToWorker);

/// <summary>The signed-in worker's own cases, newest first (those filed by them and those opened from their payroll alerts).</summary>
public sealed class ListWorkerCases(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<IReadOnlyList<WorkerCaseView>>> HandleAsync(CancellationToken ct)
    {
        if (!user.Can(Permissions.CasesView) || user.WorkerId is not { } worker) return Failure.Forbidden;
        var cases = await db.ProtectionCases.AsNoTracking().Where(c => c.WorkerId == worker)
            .OrderByDescending(c => c.OpenedAt).Take(50).ToListAsync(ct);
        return cases.Select(c => new WorkerCaseView(c.Id, c.Number, c.Status, CaseAccess.NextStep(c.Status), c.CategoryList, c.OpenedAt, c.EmployerName,
            c.AmountClaimed, c.AmountAwarded, c.PaidByEmployer, c.PaidByAgency, c.PaidFromEscrow, c.AmountRecovered, c.AmountPaidToWorker)).ToList();
    }
}
