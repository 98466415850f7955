using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Permits;

public sealed record QueuedApplication(Guid Id, DateTime SubmittedAt, PermitApplicationStatus Status, string EmployerName, string WorkerNumber,
    string OccupationCode, string? OverrideProposedBy);

/// <summary>The admission officers' queue: referred applications and those awaiting information, oldest first.</summary>
public sealed class ListPermitQueue(CorridorDbContext db, CurrentUser user)
{
    public async Task<IReadOnlyList<QueuedApplication>> HandleAsync(CancellationToken ct)
    {
        if (!user.Can(Permissions.PermitsDecide)) return [];
        var rows = await (from a in db.WorkPermitApplications
                          where a.Status == PermitApplicationStatus.Referred || a.Status == PermitApplicationStatus.InformationRequested
                          join e in db.Employers on a.EmployerId equals e.Id
                          join w in db.MigrantWorkers on a.WorkerId equals w.Id
                          select new QueuedApplication(a.Id, a.SubmittedAt, a.Status, e.Name, w.WorkerNumber, a.OccupationCode, a.OverrideProposedBy))
            .AsNoTracking().ToListAsync(ct);
        return [.. rows.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)];
    }
}

[Authorize(Policy = Permissions.PermitsDecide)]
public sealed class QueueModel(ListPermitQueue handler) : PageModel
{
    public IReadOnlyList<QueuedApplication> Items { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Items = await handler.HandleAsync(ct);
}
