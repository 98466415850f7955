using Corridor.Data;
using Corridor.Domain.Audit;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Audit;

/// <summary>The latest audit events, and a button that verifies the whole chain.</summary>
[Authorize(Policy = Permissions.AuditVerify)]
public sealed class IndexModel(CorridorDbContext db, VerifyAuditChain verify) : PageModel
{
    public IReadOnlyList<AuditEvent> Latest { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Latest = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).Take(50).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Verification = await verify.HandleAsync(ct: ct);
        await OnGetAsync(ct);
        return Page();
    }
}
