using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Quotas;

public sealed record SlotApproved(Guid QuotaId, int Allocated, int Remaining);

/// <summary>
/// An admission officer approves one slot of a quota for an employer (a case decided individually).
/// Exact under concurrency: when two officers take the last slot at the same moment, the database's
/// conditional update lets one through and the other gets a clear refusal.
/// </summary>
public sealed class ApproveSlot(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<SlotApproved>> HandleAsync(Guid quotaId, ApproveSlotForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.QuotasAllocate)) return Failure.Forbidden;
        var quota = await db.NationalQuotas.AsNoTracking().FirstOrDefaultAsync(q => q.Id == quotaId, ct);
        if (quota is null) return Failure.NotFound;
        var errors = new Errors();
        if (form.EmployerId is not { } employerId || !await db.Employers.AnyAsync(e => e.Id == employerId, ct))
            errors.Add(nameof(form.EmployerId), l["Choose an employer."]);
        if (string.IsNullOrWhiteSpace(form.Reason)) errors.Add(nameof(form.Reason), l["Give the reason for the record."]);
        else if (form.Reason.Length > 1000) errors.Add(nameof(form.Reason), l["At most {0} characters.", 1000]);
        if (errors.Any) return errors.ToFailure();

        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await QuotaCounter.TryTakeAsync(db, quotaId, 1, now, ct) == 0)
            return Failure.Conflict(l["No quota left for sector {0} in {1}: all {2} slots are allocated.", quota.IsicSection, quota.Year, quota.Total]);
        // ExecuteUpdate bypasses SaveChanges, so the audit event is recorded explicitly, in the same transaction.
        db.RecordAction("quota.slot-approved", nameof(NationalQuota), quotaId, new { employer = form.EmployerId, reason = form.Reason!.Trim(), slots = 1 });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        var after = await db.NationalQuotas.AsNoTracking().Where(q => q.Id == quotaId).Select(q => new { q.Allocated, q.Total }).SingleAsync(ct);
        return new SlotApproved(quotaId, after.Allocated, after.Total - after.Allocated);
    }
}
