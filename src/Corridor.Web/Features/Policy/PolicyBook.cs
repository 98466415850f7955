using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Policy;

/// <summary>Which policy sets exist for whom, and which one is in force on a day.</summary>
public sealed class PolicyBook(CorridorDbContext db, CurrentUser user, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Everyone — the public too — may read active sets; consultations are for staff and social partners; drafts for policy staff.</summary>
    public IQueryable<PolicySet> Visible()
    {
        var sets = db.PolicySets.AsNoTracking();
        if (user.Can(Permissions.PolicyViewDrafts)) return sets;
        if (user.Can(Permissions.PolicyView))
            return sets.Where(s => s.Status == PolicySetStatus.Active || s.Status == PolicySetStatus.OpenForComment);
        return sets.Where(s => s.Status == PolicySetStatus.Active);
    }

    /// <summary>The active set with the latest effective date on or before <paramref name="day"/>; null before the first one.</summary>
    public Task<PolicySet?> InForceAsync(DateOnly day, CancellationToken ct) =>
        db.PolicySets.AsNoTracking()
            .Where(s => s.Status == PolicySetStatus.Active && s.EffectiveFrom <= day)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Number)
            .FirstOrDefaultAsync(ct);

    public Officer Me => new(user.UserId, user.Name);
}
