using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Permits;

/// <summary>The worker arrived: an issued permit becomes active.</summary>
public sealed class ActivatePermit(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<int>> HandleAsync(Guid id, int version, CancellationToken ct)
    {
        if (!user.Can(Permissions.PermitsDecide)) return Failure.Forbidden;
        var permit = await db.WorkPermits.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (permit is null) return Failure.NotFound;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await PermitChange.SaveAsync(db, permit, version, p => p.Activate(today), "permit.activated", l, ct);
    }
}

internal static class PermitChange
{
    public static async Task<Outcome<int>> SaveAsync(CorridorDbContext db, WorkPermit permit, int version, Action<WorkPermit> change, string action,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        db.Entry(permit).Property(p => p.Version).OriginalValue = version;
        try
        {
            change(permit);
        }
        catch (DomainException e)
        {
            return e.Field is null ? Failure.Conflict(l[e.Message]) : Failure.Invalid(e.Field == nameof(WorkPermit.CancellationReason) ? "Reason" : e.Field, l[e.Message]);
        }
        db.RecordAction(action, nameof(WorkPermit), permit.Id, new { permit.Number, status = permit.Status.ToString(), permit.CancellationReason });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return permit.Version;
    }
}

[Authorize(Policy = Permissions.PermitsDecide)]
public sealed class ActivateModel(ActivatePermit handler) : PageModel
{
    [BindProperty] public int Version { get; set; }
    public IActionResult OnGet(Guid id) => RedirectToPage("Details", new { id });
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        (await handler.HandleAsync(id, Version, ct)).ToPage(this, _ => RedirectToPage("Details", new { id }));
}
