using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>Open cases by category and age band, by status, overdue and flagged: counts only, no names.</summary>
public sealed class CaseDashboardReport(CorridorDbContext db, TimeProvider clock)
{
    public static readonly string[] AgeBands = ["0–30", "31–90", "91–180", "181+"];

    public static int Band(int ageDays) => ageDays switch { <= 30 => 0, <= 90 => 1, <= 180 => 2, _ => 3 };

    public async Task<CaseDashboard> HandleAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.ProtectionCases.AsNoTracking().Where(c => c.Status != CaseStatus.Closed)
            .Select(c => new { c.Categories, c.OpenedAt, c.Status, c.ConciliationDeadline, c.DecisionDeadline, c.ForcedLabour, c.Trafficking })
            .ToListAsync(ct);
        var rows = open.Select(c => new
        {
            Categories = Complaint.ParseCategories(c.Categories),
            Band = Band(today.DayNumber - DateOnly.FromDateTime(c.OpenedAt).DayNumber),
            c.Status,
            Overdue = (c.Status == CaseStatus.Conciliation && c.ConciliationDeadline < today) || (c.Status == CaseStatus.Adjudication && c.DecisionDeadline < today),
            Flagged = c.ForcedLabour || c.Trafficking,
        }).ToList();
        var byCategory = Enum.GetValues<ComplaintCategory>().Select(cat =>
        {
            var inCat = rows.Where(r => r.Categories.Contains(cat)).ToList();
            return new CategoryRow(cat, inCat.Count, [.. Enumerable.Range(0, AgeBands.Length).Select(b => inCat.Count(r => r.Band == b))]);
        }).ToList();
        return new CaseDashboard(today, rows.Count, rows.Count(r => r.Overdue), rows.Count(r => r.Flagged), AgeBands, byCategory,
            [.. AgeBands.Select((b, i) => new AgeBandCount(b, rows.Count(r => r.Band == i)))],
            [.. Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Closed).Select(s => new AgeBandCount(s.ToString(), rows.Count(r => r.Status == s)))]);
    }
}

[Authorize(Policy = Permissions.CasesDashboard)]
public sealed class DashboardModel(CaseDashboardReport report) : PageModel
{
    public CaseDashboard Report { get; private set; } = null!;
    public async Task OnGetAsync(CancellationToken ct) => Report = await report.HandleAsync(ct);
}
