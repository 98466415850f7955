using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Permits;

/// <summary>One permit the caller may see; its status as the clock sees it (past its end reads expired).</summary>
public sealed class GetPermit(CorridorDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Outcome<PermitDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        var p = await db.WorkPermits.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return Failure.NotFound;
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == p.EmployerId).Select(e => e.Name).SingleAsync(ct);
        var worker = await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == p.WorkerId)
            .Select(w => new { w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName }).SingleAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new PermitDetails(p.Id, p.Number, p.StatusOn(today), p.Status, p.ValidFrom, p.ValidUntil, p.OccupationCode, p.EmployerId, employer,
            p.WorkerId, worker.WorkerNumber, worker.Name, p.VerificationCode, p.RenewalsLeft, p.IssuedOn, p.ActivatedOn, p.EndedOn,
            p.CancellationReason, p.ApplicationId, p.Version, p.StayStart, p.ReleasedOn, p.SeekingEnds, p.ContinuesPermitId);
    }
}

[Authorize(Policy = Permissions.PermitsView)]
public sealed class DetailsModel(GetPermit handler, CurrentUser user, CorridorDbContext db) : PageModel
{
    public PermitDetails Permit { get; private set; } = null!;
    public IReadOnlyList<EmployerChangeView> Changes { get; private set; } = [];
    public bool CanDecide => user.Can(Permissions.PermitsDecide);
    private bool Active => Permit.Status == PermitStatus.Active;
    private bool OwnEmployer => !CanDecide && user.Can(Permissions.PermitsApply) && user.EmployerId == Permit.EmployerId;
    private bool NoOpenRequest => !Changes.Any(c => c.Status == EmployerChangeStatus.Requested);
    /// <summary>The employer releases the worker (change of employer with consent).</summary>
    public bool CanRelease => Active && OwnEmployer && NoOpenRequest;
    /// <summary>The worker asks, or an admission officer files on the worker's behalf.</summary>
    public bool CanAskChange => Active && NoOpenRequest && (CanDecide || (user.WorkerId is { } w && w == Permit.WorkerId));
    public bool CanRenew => Active && (OwnEmployer || CanDecide) && Permit.RenewalsLeft > 0;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Permit = outcome.Value!;
        Changes = await EmployerChangeQueries.ForPermitAsync(db, user, id, ct);
        return Page();
    }
}
