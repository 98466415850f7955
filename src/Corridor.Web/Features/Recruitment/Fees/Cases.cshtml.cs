using Corridor.Data;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Fees;

/// <summary>
/// Violation cases the account may see (the regulator all, an agency those against it, a worker those from its
/// own declarations), newest first, filtered by kind, status and agency. An agency never sees the name of a
/// worker whose declaration opened or fed a case.
/// </summary>
public sealed class ListViolationCases(CorridorDbContext db, CurrentUser user)
{
    public async Task<Paged<CaseSummary>> HandleAsync(CaseListQuery q, CancellationToken ct)
    {
        var query = db.ViolationCases.AsNoTracking().VisibleTo(user, db);
        if (q.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (q.Status is { } status) query = query.Where(c => c.Status == status);
        if (q.AgencyId is { } agency) query = query.Where(c => c.AgencyId == agency);
        var page = await query.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id)
            .Select(c => new CaseSummary(c.Id, c.Number, c.Kind, c.Status, c.AgencyId,
                db.RecruitmentAgencies.Where(a => a.Id == c.AgencyId).Select(a => a.Name).FirstOrDefault(),
                c.WorkerId, db.MigrantWorkers.Where(w => w.Id == c.WorkerId).Select(w => w.GivenName + " " + w.FamilyName).FirstOrDefault(),
                c.RuleId, c.OpenedAt))
            .ToPagedAsync(q.Page, q.PageSize, ct);
        if (!FeeScopes.HidesWorker(user)) return page;
        var ids = page.Items.Select(c => c.Id).ToList();
        var declared = (await db.RecruitmentCosts.AsNoTracking()
            .Where(r => r.ViolationCaseId != null && ids.Contains(r.ViolationCaseId.Value) && r.Source == CostSource.WorkerDeclaration)
            .Select(r => r.ViolationCaseId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        return page with { Items = [.. page.Items.Select(c => declared.Contains(c.Id) ? c with { WorkerId = null, WorkerName = null } : c)] };
    }
}

[Authorize(Policy = Permissions.ViolationCasesView)]
public sealed class CasesModel(ListViolationCases handler, CorridorDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public CaseListQuery Query { get; set; } = new();
    public Paged<CaseSummary> Result { get; private set; } = new([], 1, 25, 0);
    public bool SeesAll => user.Can(Permissions.ViolationCasesViewAll);
    public IEnumerable<SelectListItem> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await handler.HandleAsync(Query, ct);
        if (SeesAll)
            Agencies = (await db.RecruitmentAgencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
                .Select(a => new SelectListItem(a.Name, a.Id.ToString()));
    }
}
