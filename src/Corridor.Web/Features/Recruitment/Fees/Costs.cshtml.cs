using Corridor.Data;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Fees;

internal static class CostQueries
{
    public static IQueryable<CostView> Project(CorridorDbContext db, IQueryable<RecruitmentCost> q) =>
        q.Select(c => new CostView(c.Id, c.WorkerId,
            db.MigrantWorkers.Where(w => w.Id == c.WorkerId).Select(w => w.WorkerNumber).FirstOrDefault(),
            db.MigrantWorkers.Where(w => w.Id == c.WorkerId).Select(w => w.GivenName + " " + w.FamilyName).FirstOrDefault(),
            c.AgencyId, db.RecruitmentAgencies.Where(a => a.Id == c.AgencyId).Select(a => a.Name).First(), c.JobOrderId,
            c.DestinationCountry, c.OccupationCode, c.CategoryCode, c.Amount, c.Currency, c.PaidOn, c.ReceiptNumber, c.Source, c.EnteredBy,
            c.BasicMonthlyWage, c.WageCurrency, c.CapRuleId, c.CapMonths, c.CapSource, c.CapAmount, c.CheckedTotal, c.Finding, c.ViolationCaseId, c.CreatedAt));
}

/// <summary>Recruitment costs the account may see, newest payment first.</summary>
public sealed class ListRecruitmentCosts(CorridorDbContext db, CurrentUser user)
{
    public Task<Paged<CostView>> HandleAsync(CostListQuery q, CancellationToken ct)
    {
        var query = db.RecruitmentCosts.AsNoTracking().VisibleTo(user);
        if (q.AgencyId is { } agency) query = query.Where(c => c.AgencyId == agency);
        if (q.WorkerId is { } worker) query = query.Where(c => c.WorkerId == worker);
        if (q.Source is { } source) query = query.Where(c => c.Source == source);
        return CostQueries.Project(db, query.OrderByDescending(c => c.PaidOn).ThenByDescending(c => c.Id)).ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

/// <summary>
/// One worker's recruitment costs, per agency and category: the agency's receipts beside what the worker declared,
/// so a contradiction shows at a glance; with the first-month earnings. For the worker and the regulator only —
/// an agency never sees the declarations about it.
/// </summary>
public sealed class GetWorkerCosts(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<WorkerCostsView>> HandleAsync(Guid workerId, CancellationToken ct)
    {
        var allowed = user.Can(Permissions.RecruitmentCostsViewAll) || (user.Can(Permissions.RecruitmentCostsView) && user.WorkerId == workerId);
        if (!allowed) return Failure.NotFound;
        var worker = await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == workerId)
            .Select(w => new { w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName }).FirstOrDefaultAsync(ct);
        if (worker is null) return Failure.NotFound;
        var records = await CostQueries.Project(db, db.RecruitmentCosts.AsNoTracking().VisibleTo(user).Where(c => c.WorkerId == workerId))
            .ToListAsync(ct);
        var culture = FeeChoices.Culture;
        // Amounts are summed here, not in SQL: SQLite stores decimals as text.
        var agencies = records.GroupBy(r => (r.AgencyId, r.AgencyName)).OrderBy(g => g.Key.AgencyName)
            .Select(g => new AgencyAccount(g.Key.AgencyId, g.Key.AgencyName,
                [.. g.GroupBy(r => (r.Category, r.Currency))
                    .OrderBy(c => CostCategories.All.ToList().FindIndex(x => x.Code == c.Key.Category)).ThenBy(c => c.Key.Currency)
                    .Select(c => new SideBySideLine(FeeChoices.CategoryName(c.Key.Category, culture), c.Key.Currency,
                        c.Where(r => r.Source == CostSource.Agency).Sum(r => r.Amount), c.Where(r => r.Source == CostSource.WorkerDeclaration).Sum(r => r.Amount)))],
                [.. g.OrderBy(r => r.PaidOn).ThenBy(r => r.RecordedAt)]))
            .ToList();
        var earnings = await db.FirstMonthEarnings.AsNoTracking().Where(e => e.WorkerId == workerId).OrderBy(e => e.Month).ThenBy(e => e.Id)
            .Select(e => new EarningsView(e.Id, e.WorkerId, e.Month, e.Amount, e.Currency, e.Source, e.EnteredBy)).ToListAsync(ct);
        return new WorkerCostsView(workerId, worker.WorkerNumber, worker.Name, agencies, earnings);
    }
}

[Authorize(Policy = Permissions.RecruitmentCostsView)]
public sealed class CostsModel(ListRecruitmentCosts handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public CostListQuery Query { get; set; } = new();
    public Paged<CostView> Result { get; private set; } = new([], 1, 25, 0);
    public bool CanRecord => user.Can(Permissions.RecruitmentCostsRecord);
    public bool CanDeclare => user.Can(Permissions.RecruitmentCostsDeclare);
    public Guid? MyWorkerId => user.WorkerId;

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}

[Authorize(Policy = Permissions.RecruitmentCostsView)]
public sealed class WorkerCostsModel(GetWorkerCosts handler) : PageModel
{
    public WorkerCostsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        View = outcome.Value!;
        return Page();
    }
}
