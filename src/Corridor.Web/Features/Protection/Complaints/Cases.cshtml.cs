using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>
/// The cases an account may see, most urgent first: likely trafficking, then likely forced labour, then
/// overdue, then oldest. Only officers get the complainant's name in the list; parties never do.
/// </summary>
public sealed class ListCases(CorridorDbContext db, CurrentUser user, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<Paged<CaseSummary>>> HandleAsync(CaseListQuery q, CancellationToken ct)
    {
        if (!user.Can(Permissions.CasesView)) return Failure.Forbidden;
        var today = Today;
        var query = db.ProtectionCases.AsNoTracking().VisibleTo(user);
        if (q.Category is { } category)
        {
            var name = category.ToString();
            query = query.Where(c => ("," + c.Categories + ",").Contains("," + name + ","));
        }
        if (q.Status is { } status) query = query.Where(c => c.Status == status);
        if (q.Overdue == true) query = query.Where(Overdue(today));
        if (q.Flagged == true) query = query.Where(c => c.ForcedLabour || c.Trafficking);
        var officer = user.Can(Permissions.CasesViewAll);
        var page = await query
            .OrderByDescending(c => c.Priority)
            .ThenByDescending(c => (c.Status == CaseStatus.Conciliation && c.ConciliationDeadline < today)
                || (c.Status == CaseStatus.Adjudication && c.DecisionDeadline < today) ? 1 : 0)
            .ThenBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Number, c.Status, c.Categories, c.OpenedAt, c.ConciliationDeadline, c.DecisionDeadline, c.Priority,
                c.ForcedLabour, c.Trafficking, c.EmployerName, c.AgencyName, c.AmountClaimed, c.AmountAwarded, c.AmountPaidToWorker,
                Complainant = officer
                    ? db.MigrantWorkers.Where(w => w.Id == c.WorkerId).Select(w => w.GivenName + " " + w.FamilyName + " (" + w.WorkerNumber + ")").FirstOrDefault()
                      ?? db.Complaints.Where(x => x.Id == c.ComplaintId).Select(x => x.ComplainantName).FirstOrDefault()
                    : null,
            })
            .ToPagedAsync(q.Page, q.PageSize, ct);
        return new Paged<CaseSummary>([.. page.Items.Select(c =>
        {
            var deadline = c.Status == CaseStatus.Conciliation ? c.ConciliationDeadline : c.Status == CaseStatus.Adjudication ? c.DecisionDeadline : null;
            return new CaseSummary(c.Id, c.Number, c.Status, Complaint.ParseCategories(c.Categories), c.OpenedAt,
                today.DayNumber - DateOnly.FromDateTime(c.OpenedAt).DayNumber, deadline, deadline < today, c.Priority,
                c.ForcedLabour, c.Trafficking, c.EmployerName, c.AgencyName, c.Complainant, c.AmountClaimed, c.AmountAwarded, c.AmountPaidToWorker);
        })], page.Page, page.PageSize, page.Total);
    }

    public static System.Linq.Expressions.Expression<Func<ProtectionCase, bool>> Overdue(DateOnly today) =>
        c => (c.Status == CaseStatus.Conciliation && c.ConciliationDeadline < today)
            || (c.Status == CaseStatus.Adjudication && c.DecisionDeadline < today);
}

[Authorize(Policy = Permissions.CasesView)]
public sealed class CasesModel(ListCases handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public CaseListQuery Query { get; set; } = new();
    public Paged<CaseSummary> Result { get; private set; } = new([], 1, 25, 0);
    public bool Officer => user.Can(Permissions.CasesViewAll);
    public bool CanFile => user.Can(Permissions.ComplaintsFile);
    public bool CanDashboard => user.Can(Permissions.CasesDashboard);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Query, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) Result = outcome.Value!;
        else outcome.AddTo(ModelState, "Query");
        return Page();
    }
}
