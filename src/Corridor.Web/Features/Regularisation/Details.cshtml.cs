using Corridor.Data;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Regularisation;

/// <summary>One window with its criteria; those without <see cref="Permissions.RegularisationView"/> see it only while open.</summary>
public sealed class GetWindow(CorridorDbContext db, CurrentUser user, PolicyBook book)
{
    public async Task<Outcome<WindowSummary>> HandleAsync(Guid id, CancellationToken ct)
    {
        var w = await db.RegularisationWindows.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (w is null || (!user.Can(Permissions.RegularisationView) && !w.IsOpenOn(book.Today))) return Failure.NotFound;
        return ListWindows.Summary(w, book.Today);
    }
}

[Authorize]
public sealed class DetailsModel(GetWindow get) : PageModel
{
    public WindowSummary Window { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await get.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Window = outcome.Value!;
        return Page();
    }
}
