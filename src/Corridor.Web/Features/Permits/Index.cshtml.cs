using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Permits;

public sealed class PermitListQuery
{
    public PermitStatus? Status { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Permits the caller may see: an employer its own, a worker their own, officers all; newest first.</summary>
public sealed class ListPermits(CorridorDbContext db, CurrentUser user)
{
    public Task<Paged<PermitSummary>> HandleAsync(PermitListQuery query, CancellationToken ct)
    {
        var q = db.WorkPermits.VisibleTo(user).AsNoTracking();
        if (query.Status is { } s) q = q.Where(p => p.Status == s);
        return q.OrderByDescending(p => p.ValidFrom).ThenBy(p => p.Number).Summaries(db).ToPagedAsync(query.Page, query.PageSize, ct);
    }
}

[Authorize(Policy = Permissions.PermitsView)]
public sealed class IndexModel(ListPermits handler, CurrentUser user, TimeProvider clock) : PageModel
{
    public Paged<PermitSummary> Permits { get; private set; } = null!;
    public bool CanApply => user.Can(Permissions.PermitsApply) && user.EmployerId is not null;
    public bool CanDecide => user.Can(Permissions.PermitsDecide);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery] PermitListQuery query, CancellationToken ct) =>
        Permits = await handler.HandleAsync(query, ct);
}
