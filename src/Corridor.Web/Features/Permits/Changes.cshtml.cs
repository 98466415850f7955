using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Permits;

/// <summary>The admission officers' queue of changes of employer without consent that the records did not prove, oldest first.</summary>
public sealed class ListEmployerChanges(CorridorDbContext db, CurrentUser user)
{
    public async Task<IReadOnlyList<QueuedEmployerChange>> HandleAsync(CancellationToken ct)
    {
        if (!user.Can(Permissions.PermitsDecide)) return [];
        var rows = await (from c in db.EmployerChanges
                          where c.Status == EmployerChangeStatus.Requested && c.Ground != EmployerChangeGround.EmployerConsent
                          join p in db.WorkPermits on c.PermitId equals p.Id
                          join e in db.Employers on c.EmployerId equals e.Id
                          join w in db.MigrantWorkers on c.WorkerId equals w.Id
                          select new QueuedEmployerChange(c.Id, c.FiledAt, c.Ground, c.UnpaidMonths, c.FiledAs, p.Number, w.WorkerNumber, e.Name))
            .AsNoTracking().ToListAsync(ct);
        return [.. rows.OrderBy(r => r.FiledAt).ThenBy(r => r.Id)];
    }
}

[Authorize(Policy = Permissions.PermitsDecide)]
public sealed class ChangesModel(ListEmployerChanges handler) : PageModel
{
    public IReadOnlyList<QueuedEmployerChange> Items { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Items = await handler.HandleAsync(ct);
}
