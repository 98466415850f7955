using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Shared;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>Open cases by category and age band, by status, overdue and flagged, and the overdue list: counts and case numbers, no names.</summary>
public sealed class CaseDashboardReport(CorridorDbContext db, TimeProvider clock)
{
    public static readonly string[] AgeBands = ["0–30", "31–90", "91–180", "181+"];

    public static int Band(int ageDays) => ageDays switch { <= 30 => 0, <= 90 => 1, <= 180 => 2, _ => 3 };

    public async Task<CaseDashboard> HandleAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.ProtectionCases.AsNoTracking().Where(c => c.Status != CaseStatus.Closed)
            .Select(c => new { c.Id, c.Number, c.Categories, c.OpenedAt, c.Status, c.ConciliationDeadline, c.DecisionDeadline, c.ForcedLabour, c.Trafficking })
            .ToListAsync(ct);
        var rows = open.Select(c => new
        {
            c.Id,
            c.Number,
            Categories = Complaint.ParseCategories(c.Categories),
            Band = Band(today.DayNumber - DateOnly.FromDateTime(c.OpenedAt).DayNumber),
            c.Status,
            Deadline = c.Status == CaseStatus.Conciliation ? c.ConciliationDeadline : c.Status == CaseStatus.Adjudication ? c.DecisionDeadline : null,
            Flagged = c.ForcedLabour || c.Trafficking,
        }).Select(r => new { r.Id, r.Number, r.Categories, r.Band, r.Status, r.Deadline, r.Flagged, Overdue = r.Deadline < today }).ToList();
        var byCategory = Enum.GetValues<ComplaintCategory>().Select(cat =>
        {
            var inCat = rows.Where(r => r.Categories.Contains(cat)).ToList();
            return new CategoryRow(cat, inCat.Count, [.. Enumerable.Range(0, AgeBands.Length).Select(b => inCat.Count(r => r.Band == b))]);
        }).ToList();
        var overdue = rows.Where(r => r.Overdue)
            .Select(r => new OverdueCase(r.Id, r.Number, r.Status, r.Categories, r.Deadline!.Value, today.DayNumber - r.Deadline.Value.DayNumber))
            .OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
        return new CaseDashboard(today, rows.Count, overdue.Count, rows.Count(r => r.Flagged), AgeBands, byCategory,
            [.. AgeBands.Select((b, i) => new AgeBandCount(b, rows.Count(r => r.Band == i)))],
            [.. Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Closed).Select(s => new AgeBandCount(s.ToString(), rows.Count(r => r.Status == s)))],
            overdue);
    }
}

/// <summary>The dashboard's charts and downloadable tables, built from the report with the reader's language.</summary>
public static class CaseDashboardCharts
{
    public const string OpenTable = "open-cases-by-category", OverdueTable = "overdue-cases";

    /// <summary>Categories with at least one open case, in the catalogue's order.</summary>
    public static IReadOnlyList<CategoryRow> OpenCategories(CaseDashboard r) => [.. r.ByCategory.Where(c => c.Open > 0)];

    public static IHtmlContent OpenChart(CaseDashboard r, IStringLocalizer l)
    {
        var cats = OpenCategories(r);
        return SvgChart.StackedBars(l["Open cases by category and age (days)"], [.. cats.Select(c => l[ProtectionText.Category(c.Category)].Value)],
            [.. r.AgeBands.Select((band, i) => new ChartSeries(l["{0} days", band], [.. cats.Select(c => (double)c.ByAgeBand[i])]))], l["Open cases"]);
    }

    public static ReportTable OpenTableFor(CaseDashboard r, IStringLocalizer l) => new(OpenTable, l["Open cases by category and age (days)"],
        [new("category", l["Category"]), new("open", l["Open"], true), .. r.AgeBands.Select((b, i) => new ReportColumn("days" + b.Replace("–", "-"), l["{0} days", b], true))],
        [.. r.ByCategory.Select(c => (IReadOnlyList<object?>)[l[ProtectionText.Category(c.Category)].Value, c.Open, .. c.ByAgeBand.Cast<object?>()])]);

    /// <summary>Overdue cases per category, stacked by the stage whose deadline passed.</summary>
    public static IHtmlContent OverdueChart(CaseDashboard r, IStringLocalizer l)
    {
        var cats = Enum.GetValues<ComplaintCategory>().Where(c => r.OverdueCases.Any(o => o.Categories.Contains(c))).ToList();
        CaseStatus[] stages = [CaseStatus.Conciliation, CaseStatus.Adjudication];
        return SvgChart.StackedBars(l["Overdue cases by category"], [.. cats.Select(c => l[ProtectionText.Category(c)].Value)],
            [.. stages.Select(s => new ChartSeries(l[s.ToString()], [.. cats.Select(c => (double)r.OverdueCases.Count(o => o.Stage == s && o.Categories.Contains(c)))]))],
            l["Overdue cases"]);
    }

    public static ReportTable OverdueTableFor(CaseDashboard r, IStringLocalizer l) => new(OverdueTable, l["Overdue cases"],
        [new("case", l["Case"]), new("stage", l["Stage"]), new("categories", l["Categories"]), new("deadline", l["Deadline"]), new("daysOverdue", l["Days overdue"], true)],
        [.. r.OverdueCases.Select(o => (IReadOnlyList<object?>)[o.Number, l[o.Stage.ToString()].Value,
            string.Join(", ", o.Categories.Select(c => l[ProtectionText.Category(c)].Value)), o.Deadline, o.DaysOverdue])]);
}

[Authorize(Policy = Permissions.CasesDashboard)]
public sealed class DashboardModel(CaseDashboardReport report, IStringLocalizer<SharedResource> l, CurrentUser user) : PageModel
{
    public CaseDashboard Report { get; private set; } = null!;
    public ReportTable OpenTable { get; private set; } = null!;
    public ReportTable OverdueTable { get; private set; } = null!;
    /// <summary>Case links only for those who may open a case; the analyst sees the numbers.</summary>
    public bool LinksCases => user.Can(Permissions.CasesViewAll);

    public async Task<IActionResult> OnGetAsync(string? table, string? format, CancellationToken ct)
    {
        Report = await report.HandleAsync(ct);
        OpenTable = CaseDashboardCharts.OpenTableFor(Report, l);
        OverdueTable = CaseDashboardCharts.OverdueTableFor(Report, l);
        if (ReportTable.IsDownloadFormat(format))
            return (table == CaseDashboardCharts.OverdueTable ? OverdueTable : OpenTable).Download(format!);
        return Page();
    }
}
