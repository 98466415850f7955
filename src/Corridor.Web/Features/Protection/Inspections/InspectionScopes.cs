using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Inspections;

/// <summary>
/// Who sees which employers' risk, plan and inspections: an officer linked to an org unit (an inspector's
/// region) sees the employers under it, an officer without one the whole country, an employer account only
/// its own inspections. What is not visible is not found.
/// </summary>
public sealed class InspectionScope(CorridorDbContext db, CurrentUser user)
{
    private string? _path;
    private bool _loaded;

    /// <summary>The materialised path of the account's org unit; "/" for the whole country.</summary>
    public async Task<string> PathAsync(CancellationToken ct)
    {
        if (!_loaded)
        {
            _path = user.OrgUnitId is { } id
                ? await db.OrgUnits.Where(u => u.Id == id).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "/#none#/"
                : "/";
            _loaded = true;
        }
        return _path!;
    }

    /// <summary>Employers whose risk and plan the account may see (officers only).</summary>
    public async Task<IQueryable<Employer>> EmployersAsync(string permission, CancellationToken ct)
    {
        if (!user.Can(permission) || user.EmployerId is not null || user.AgencyId is not null || user.WorkerId is not null)
            return db.Employers.Where(_ => false);
        var path = await PathAsync(ct);
        return path == "/" ? db.Employers
            : db.Employers.Where(e => db.OrgUnits.Any(u => u.Id == e.OrgUnitId && u.Path.StartsWith(path)));
    }

    public async Task<IQueryable<Inspection>> InspectionsAsync(CancellationToken ct)
    {
        if (!user.Can(Permissions.InspectionsView)) return db.Inspections.Where(_ => false);
        if (user.EmployerId is { } employer) return db.Inspections.Where(i => i.EmployerId == employer);
        var employers = await EmployersAsync(Permissions.InspectionsView, ct);
        return db.Inspections.Where(i => employers.Any(e => e.Id == i.EmployerId));
    }
}

/// <summary>
/// The debarments in force, for the admission and recruitment checks. Sanctions are the source of truth; a
/// permit debarment of an employer also keeps a Watchlist employer flag for its period, which PERMIT-NOT-BANNED
/// and LMT-NOT-WATCHLISTED already read.
/// </summary>
public sealed class Sanctions(CorridorDbContext db)
{
    /// <summary>Whether the employer or agency with this id is debarred (from permits or deployments) on the day.</summary>
    public Task<bool> DebarredAsync(Guid partyId, DateOnly day, CancellationToken ct) =>
        db.Sanctions.AnyAsync(s => s.PartyId == partyId && (s.Kind == SanctionKind.DebarmentPermits || s.Kind == SanctionKind.DebarmentDeployments)
            && s.From <= day && s.To >= day, ct);

    /// <summary>Whether the party is debarred in this way on the day.</summary>
    public Task<bool> DebarredAsync(Guid partyId, SanctionKind kind, DateOnly day, CancellationToken ct) =>
        db.Sanctions.AnyAsync(s => s.PartyId == partyId && s.Kind == kind && s.From <= day && s.To >= day, ct);
}
