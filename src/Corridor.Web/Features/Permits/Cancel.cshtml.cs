using Corridor.Data;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Permits;

/// <summary>An officer cancels a permit that has not ended, with the reason.</summary>
public sealed class CancelPermit(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<int>> HandleAsync(Guid id, CancelPermitForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.PermitsDecide)) return Failure.Forbidden;
        var permit = await db.WorkPermits.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (permit is null) return Failure.NotFound;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await PermitChange.SaveAsync(db, permit, form.Version, p => p.Cancel(form.Reason ?? "", today), "permit.cancelled", l, ct);
    }
}

[Authorize(Policy = Permissions.PermitsDecide)]
public sealed class CancelModel(CancelPermit handler) : PageModel
{
    [BindProperty] public CancelPermitForm Input { get; set; } = new();
    public IActionResult OnGet(Guid id) => RedirectToPage("Details", new { id });
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        (await handler.HandleAsync(id, Input, ct)).ToPage(this, _ => RedirectToPage("Details", new { id }));
}
