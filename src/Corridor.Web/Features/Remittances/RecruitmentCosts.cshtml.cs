using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Remittances;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Remittances;

/// <summary>One group of the SDG 10.7.1 table; an empty origin, destination or sex means "all".</summary>
public sealed record RecruitmentCostRow(string? Origin, string? Destination, Sex? Sex, int N, int ExcludedCurrency, int PositiveCost,
    decimal? MeanAll, decimal? MeanPositive, decimal? RatioOfMeans, decimal? Median, decimal? ZeroCostSharePercent, string? Currency, bool SmallCell)
{
    /// <summary>The variant labelled "SDG 10.7.1" (see <see cref="RecruitmentCostVariants"/>).</summary>
    public decimal? Sdg1071 => MeanPositive;
}

public sealed record RecruitmentCostReport(string SdgVariant, int SmallCellThreshold, int Workers, int ExcludedCurrency, IReadOnlyList<RecruitmentCostRow> Rows);

/// <summary>
/// SDG 10.7.1 from what the recruitment module holds (methods §1): for every worker with first-month earnings on record,
/// the cost is the sum of what the worker declared paying (zero when nothing was declared), the earnings those of the
/// earliest month recorded. Numerator and denominator come from the same worker and must be in the same currency:
/// a worker who declared any amount in another currency is left out and counted, never converted.
/// </summary>
public sealed class RecruitmentCostIndicatorReport(CorridorDbContext db, IConfiguration config)
{
    /// <summary>Groups with fewer workers are marked; they stay inside the ministry (analysts only) and must be suppressed before publication.</summary>
    public const int SmallCell = 5;

    public async Task<RecruitmentCostReport> HandleAsync(CancellationToken ct)
    {
        var home = config["Deployment:Country"] ?? "KAZ";
        var earnings = await (from e in db.FirstMonthEarnings.AsNoTracking()
                              join w in db.MigrantWorkers.AsNoTracking() on e.WorkerId equals w.Id
                              select new { e.WorkerId, e.Month, e.CreatedAt, e.Amount, e.Currency, w.Sex, w.Citizenship, w.DestinationCountry }).ToListAsync(ct);
        var costs = (await db.RecruitmentCosts.AsNoTracking().Where(c => c.Source == CostSource.WorkerDeclaration)
                .Select(c => new { c.WorkerId, c.Amount, c.Currency, c.DestinationCountry, c.PaidOn }).ToListAsync(ct))
            .ToLookup(c => c.WorkerId);
        var workers = new List<(string Origin, string Destination, Sex Sex, WorkerCostRatio? Ratio)>();
        foreach (var first in earnings.GroupBy(e => e.WorkerId).Select(g => g.OrderBy(e => e.Month).ThenByDescending(e => e.CreatedAt).First()))
        {
            var paid = costs[first.WorkerId].ToList();
            var destination = first.DestinationCountry ?? paid.OrderBy(c => c.PaidOn).Select(c => c.DestinationCountry).FirstOrDefault() ?? home;
            var ratio = paid.All(c => c.Currency == first.Currency) ? new WorkerCostRatio(paid.Sum(c => c.Amount), first.Amount, first.Currency) : null;
            workers.Add((first.Citizenship, destination, first.Sex, ratio));
        }

        var rows = new List<RecruitmentCostRow>();
        void Add(string? origin, string? destination, Sex? sex, IEnumerable<(string Origin, string Destination, Sex Sex, WorkerCostRatio? Ratio)> group)
        {
            var list = group.ToList();
            var v = RecruitmentCostVariants.Of([.. list.Where(x => x.Ratio is not null).Select(x => x.Ratio!)]);
            rows.Add(new RecruitmentCostRow(origin, destination, sex, v.N, list.Count(x => x.Ratio is null), v.PositiveCost, R(v.MeanAll), R(v.MeanPositive),
                R(v.RatioOfMeans), R(v.Median), v.ZeroCostShare is { } z ? R(z * 100) : null, v.Currency, v.N < SmallCell));
        }
        Add(null, null, null, workers);
        foreach (var sex in Enum.GetValues<Sex>()) Add(null, null, sex, workers.Where(w => w.Sex == sex));
        foreach (var corridor in workers.GroupBy(w => (w.Origin, w.Destination)).OrderBy(g => g.Key.Origin).ThenBy(g => g.Key.Destination))
        {
            Add(corridor.Key.Origin, corridor.Key.Destination, null, corridor);
            foreach (var sex in Enum.GetValues<Sex>()) Add(corridor.Key.Origin, corridor.Key.Destination, sex, corridor.Where(w => w.Sex == sex));
        }
        return new RecruitmentCostReport(RecruitmentCostVariants.SdgVariant, SmallCell, workers.Count, workers.Count(w => w.Ratio is null), rows);
    }

    private static decimal? R(decimal? v) => v is { } x ? decimal.Round(x, 2, MidpointRounding.AwayFromZero) : null;

    public static ReportTable Table(RecruitmentCostReport r, IStringLocalizer l) => new("sdg-10-7-1", l["SDG 10.7.1 by corridor and sex"],
        [
            new ReportColumn("origin", l["Origin"]), new ReportColumn("destination", l["Destination"]), new ReportColumn("sex", l["Sex"]),
            new ReportColumn("n", l["Workers (n)"], true), new ReportColumn("excludedCurrency", l["Left out: currencies differ"], true),
            new ReportColumn("positiveCost", l["Workers who paid"], true),
            new ReportColumn("sdg1071", l["SDG 10.7.1: mean of ratios, workers who paid (months)"], true),
            new ReportColumn("meanAll", l["Mean of ratios, all workers (months)"], true),
            new ReportColumn("ratioOfMeans", l["Ratio of means (months)"], true), new ReportColumn("median", l["Median ratio (months)"], true),
            new ReportColumn("zeroCostShare", l["Paid nothing (%)"], true), new ReportColumn("currency", l["Currency"]),
            new ReportColumn("smallCell", l["Small cell (n < 5)"]),
        ],
        [.. r.Rows.Select(x => (IReadOnlyList<object?>)[x.Origin is null ? l["All"].Value : Shared.Choices.CountryName(x.Origin),
            x.Destination is null ? l["All"].Value : Shared.Choices.CountryName(x.Destination), x.Sex is { } s ? l[s.ToString()].Value : l["Both sexes"].Value,
            x.N, x.ExcludedCurrency, x.PositiveCost, x.MeanPositive, x.MeanAll, x.RatioOfMeans, x.Median, x.ZeroCostSharePercent, x.Currency,
            x.SmallCell ? l["Yes"].Value : l["No"].Value])]);
}

[Authorize(Policy = Permissions.RecruitmentCostStatistics)]
public sealed class RecruitmentCostsModel(RecruitmentCostIndicatorReport handler, IStringLocalizer<SharedResource> l) : PageModel
{
    public RecruitmentCostReport Report { get; private set; } = null!;
    public ReportTable Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        Report = await handler.HandleAsync(ct);
        Table = RecruitmentCostIndicatorReport.Table(Report, l);
        if (ReportTable.IsDownloadFormat(format)) return Table.Download(format!);
        return Page();
    }
}
