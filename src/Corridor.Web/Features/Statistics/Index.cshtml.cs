using Corridor.Data;
using Corridor.Domain.Statistics;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Statistics;

/// <summary>
/// The analyst's dashboard: one indicator for one period, filtered by sex, origin, sector, occupation and region,
/// broken down by a chosen dimension, with its series over time; every table downloads as CSV and XLSX, the
/// rows also as SDMX-CSV. Reads only the analytics table.
/// </summary>
[Authorize(Policy = Permissions.StatisticsView)]
public class IndexModel(QueryStatistics query, RebuildStatistics rebuild, StatisticsRebuildRunner runner, CurrentUser user, CorridorDbContext db,
    IConfiguration config, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public StatisticsFilter Query { get; set; } = new();
    public StatisticsView? View { get; private set; }
    public ReportTable? Breakdown { get; private set; }
    public ReportTable? Series { get; private set; }
    public RebuildSummary? LastRun { get; private set; }
    /// <summary>A run still marked Running after <see cref="RebuildStatistics.Stale"/> died with its process: it is shown as
    /// interrupted, and the page stops reloading itself.</summary>
    public bool RebuildRunning { get; private set; }
    public RebuildSummary? LastSucceeded { get; private set; }
    public IReadOnlyList<string> Periods { get; private set; } = [];
    public IReadOnlyList<string> Citizenships { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public IReadOnlyList<string> Sectors { get; private set; } = [];
    public IReadOnlyList<string> Occupations { get; private set; } = [];
    public IReadOnlyList<string> Categories { get; private set; } = [];
    public bool CanRebuild => user.Can(Permissions.StatisticsRebuild);
    public bool SeesSmallCells => query.SeesSmallCells;
    /// <summary>Set by the per-indicator page: the indicator is fixed by the route.</summary>
    public virtual string? FixedIndicator => null;
    public virtual bool IsIndicatorPage => false;

    public async Task<IActionResult> OnGetAsync(string? table, string? format, CancellationToken ct)
    {
        if (IsIndicatorPage && FixedIndicator is null) return NotFound();
        if (FixedIndicator is { } fixedCode) Query.Indicator = fixedCode;
        var runs = await db.StatisticsRebuilds.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(1).ToListAsync(ct);
        LastRun = runs.Select(RebuildStatistics.Summary).FirstOrDefault();
        LastSucceeded = (await db.StatisticsRebuilds.AsNoTracking().Where(r => r.Status == RebuildStatus.Succeeded)
            .OrderByDescending(r => r.FinishedAt).Take(1).ToListAsync(ct)).Select(RebuildStatistics.Summary).FirstOrDefault();
        // Progress without JavaScript: the browser reloads the page while a rebuild runs.
        RebuildRunning = LastRun is { Status: RebuildStatus.Running } r && r.StartedAt > clock.GetUtcNow().UtcDateTime - RebuildStatistics.Stale;
        if (RebuildRunning && format is null) Response.Headers["Refresh"] = "3";

        var outcome = await query.DashboardAsync(Query, ct);
        if (!outcome.IsOk)
        {
            outcome.AddTo(ModelState, prefix: "Query");
            return Page();
        }
        View = outcome.Value!;
        Breakdown = query.BreakdownTable(View);
        Series = query.SeriesTable(View);
        if (format == "sdmx-csv")
        {
            var rows = await query.RowsAsync(Query, ct);
            return File(QueryStatistics.ToSdmxCsv(rows.Value ?? [], StatisticsApi.RefArea(config)), StatisticsApi.SdmxContentType,
                $"{View.Indicator.Code}-{View.Period?.Code}.sdmx.csv");
        }
        if (ReportTable.IsDownloadFormat(format)) return (table == Series.Name ? Series : Breakdown).Download(format!);

        var code = View.Indicator.Code;
        Periods = await query.PeriodsAsync(code, ct);
        Citizenships = await query.CodesAsync(code, "citizenship", ct);
        Regions = await query.CodesAsync(code, "region", ct);
        Sectors = await query.CodesAsync(code, "isic", ct);
        Occupations = await query.CodesAsync(code, "isco", ct);
        Categories = await query.CodesAsync(code, "category", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken ct)
    {
        if (!CanRebuild) return Forbid();
        var started = await rebuild.StartAsync(user.Name, ct);
        if (!started.IsOk)
        {
            TempData["Message"] = started.Message;
            return RedirectToPage();
        }
        runner.Start(started.Value!.Id);
        return Redirect("/statistics");
    }
}
