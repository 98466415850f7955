using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Levies;

/// <summary>
/// Levy statements the account may see (an employer its own, the fund and officers all), newest month
/// first, with the balance and whether each is in arrears today.
/// </summary>
public sealed class ListLevyStatements(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<Paged<LevyStatementSummary>>> HandleAsync(LevyListQuery q, CancellationToken ct)
    {
        var query = db.LevyStatements.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(q.Month))
        {
            if (LevyMonth.Parse(q.Month) is not { } period) return Failure.Invalid(nameof(q.Month), l["Give the month as YYYY-MM, e.g. 2026-11."]);
            query = query.Where(s => s.Period == period);
        }
        if (q.EmployerId is { } employerId) query = query.Where(s => s.EmployerId == employerId);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = SearchText.Normalize(q.Q);
            query = query.Where(s => db.Employers.Any(e => e.Id == s.EmployerId && e.SearchKey.Contains(term)));
        }
        var today = Today;
        var grace = await LevyAccount.GraceDaysAsync(db, today, ct);
        var lastDue = today.AddDays(-grace - 1);
        if (q.Arrears == true) query = query.Where(s => s.Status != LevyStatementStatus.Paid && s.DueOn <= lastDue);
        return await query.OrderByDescending(s => s.Period).ThenBy(s => s.Id)
            .Select(s => new LevyStatementSummary(s.Id, s.EmployerId,
                db.Employers.Where(e => e.Id == s.EmployerId).Select(e => e.Name).First(),
                db.Employers.Where(e => e.Id == s.EmployerId).Select(e => e.RegistrationNumber).First(),
                s.Period, s.Total, s.AmountPaid, s.DueOn, s.Status, s.PolicySetNumber,
                s.Status != LevyStatementStatus.Paid && s.DueOn <= lastDue))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

[Authorize(Policy = Permissions.LeviesView)]
public sealed class IndexModel(ListLevyStatements handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public LevyListQuery Query { get; set; } = new();
    public Paged<LevyStatementSummary> Result { get; private set; } = new([], 1, 25, 0);
    public bool CanManage => user.Can(Permissions.LeviesManage);
    public bool SeesAll => user.Can(Permissions.LeviesViewAll);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Query, ct);
        if (outcome.IsOk) Result = outcome.Value!;
        else outcome.AddTo(ModelState, prefix: "Query");
    }
}
