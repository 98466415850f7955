using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Corridor.Data;
using Corridor.Domain.Statistics;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Statistics;

/// <summary>The dashboard's and the API's filters. Empty means "all".</summary>
public sealed class StatisticsFilter
{
    [Display(Name = "Indicator")] public string? Indicator { get; set; }
    /// <summary>2025, 2025Q1 or 202503; empty: the latest year with figures.</summary>
    [Display(Name = "Period")] public string? Period { get; set; }
    [Display(Name = "Sex")] public string? Sex { get; set; }
    [Display(Name = "Origin (citizenship)")] public string? Citizenship { get; set; }
    [Display(Name = "Sector (ISIC section)")] public string? Isic { get; set; }
    [Display(Name = "Occupation (ISCO-08 major group)")] public string? Isco { get; set; }
    [Display(Name = "Region")] public string? Region { get; set; }
    [Display(Name = "Category")] public string? Category { get; set; }
    /// <summary>The dimension the table breaks the figures down by.</summary>
    [Display(Name = "Break down by")] public string? By { get; set; }
}

/// <summary>One cell of a breakdown: a dimension value and sex, with its value (null when suppressed as a small cell).</summary>
public sealed record DimCell(string Key, string Sex, long Value);

/// <summary>A fact row as the API returns it; <see cref="Value"/> is null when the cell is suppressed.</summary>
public sealed record StatisticsRow(string Indicator, string Period, string Region, string Sex, string AgeGroup, string Citizenship,
    string Isco, string SkillLevel, string Isic, string Category, long? Value);

public sealed record BreakdownRow(string Key, long? Female, long? Male, long? Other, long? Total);

public sealed record StatisticsView(IndicatorDefinition Indicator, Period? Period, StatisticsFilter Filter, string By,
    IReadOnlyList<BreakdownRow> Breakdown, IReadOnlyList<(string Period, long? Female, long? Male, long? Total)> Series,
    long? Total, long? Female, long? Male, bool Suppressed);

/// <summary>
/// Reads the analytics table (never the operational records). Small-cell rule: a count from 1 to
/// <see cref="SmallCell"/> − 1 is not published to anyone outside the ministry (accounts without
/// statistics.small-cells); it is shown as suppressed. Zero is not suppressed.
/// </summary>
public sealed class QueryStatistics(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public const int SmallCell = 5;

    public static readonly string[] Breakdowns = ["sex", "region", "age", "citizenship", "isco", "skill", "isic", "category"];

    public bool SeesSmallCells => user.Can(Permissions.StatisticsSmallCells);

    public long? Publish(long value) => SeesSmallCells || value == 0 || value >= SmallCell ? value : null;

    public async Task<Outcome<(IndicatorDefinition Indicator, Period? Period, IQueryable<StatisticsValue> Rows)>> FilterAsync(
        StatisticsFilter f, bool withPeriod, CancellationToken ct)
    {
        var indicator = string.IsNullOrWhiteSpace(f.Indicator) ? Indicators.All[0] : Indicators.Find(f.Indicator);
        if (indicator is null) return Failure.Invalid(nameof(f.Indicator), l["There is no such indicator."]);
        f.Indicator = indicator.Code;
        Period? period = null;
        if (!string.IsNullOrWhiteSpace(f.Period))
        {
            if (!Domain.Statistics.Period.TryParse(f.Period, out var p)) return Failure.Invalid(nameof(f.Period), l["Give the period as 2025, 2025Q1 or 202503."]);
            period = p;
        }
        else
        {
            var latest = await db.StatisticsValues.AsNoTracking().Where(v => v.Indicator == indicator.Code && v.PeriodType == PeriodType.Year)
                .MaxAsync(v => (string?)v.Period, ct);
            if (latest is not null) period = Domain.Statistics.Period.Parse(latest);
        }
        if (period is { } chosen) f.Period = chosen.Code;
        if (f.Sex is { Length: > 0 } sex && sex is not ("F" or "M" or Dimensions.Unknown))
            return Failure.Invalid(nameof(f.Sex), l["Sex is F or M."]);
        var q = db.StatisticsValues.AsNoTracking().Where(v => v.Indicator == indicator.Code);
        if (withPeriod && period is { } pp)
        {
            var code = pp.Code;
            q = q.Where(v => v.Period == code);
        }
        else if (period is { } pt)
        {
            var type = pt.Type;
            q = q.Where(v => v.PeriodType == type);
        }
        if (Value(f.Sex) is { } s) q = q.Where(v => v.Sex == s);
        if (Value(f.Citizenship) is { } c) q = q.Where(v => v.Citizenship == c);
        if (Value(f.Isic) is { } i) q = q.Where(v => v.Isic == i);
        if (Value(f.Isco) is { } o) q = q.Where(v => v.Isco == o);
        if (Value(f.Region) is { } r) q = q.Where(v => v.Region == r);
        if (Value(f.Category) is { } k) q = q.Where(v => v.Category == k);
        return (indicator, period, q);
    }

    private static string? Value(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToUpperInvariant() is var u && u.Length <= 3 ? u : s.Trim();

    public async Task<Outcome<StatisticsView>> DashboardAsync(StatisticsFilter f, CancellationToken ct)
    {
        var by = Breakdowns.Contains(f.By) ? f.By! : "region";
        f.By = by;
        var filtered = await FilterAsync(f, withPeriod: true, ct);
        if (!filtered.IsOk) return new Failure(filtered.Status, filtered.Errors, filtered.Message);
        var (indicator, period, rows) = filtered.Value;
        var cells = period is null ? [] : await GroupBy(rows, by).ToListAsync(ct);
        var breakdown = cells.GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g)).ToList();
        var totals = Row("", cells);

        var series = new List<(string, long?, long?, long?)>();
        if (period is not null)
        {
            var seriesFilter = await FilterAsync(f, withPeriod: false, ct);
            var raw = await seriesFilter.Value.Rows.GroupBy(v => new { v.Period, v.Sex })
                .Select(g => new DimCell(g.Key.Period, g.Key.Sex, g.Sum(v => v.Value))).ToListAsync(ct);
            series.AddRange(raw.GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => { var r = Row(g.Key, g); return (g.Key, r.Female, r.Male, r.Total); }));
        }
        return new StatisticsView(indicator, period, f, by, breakdown, series, totals.Total, totals.Female, totals.Male, !SeesSmallCells);
    }

    private BreakdownRow Row(string key, IEnumerable<DimCell> cells)
    {
        long female = 0, male = 0, other = 0;
        foreach (var c in cells)
            switch (c.Sex)
            {
                case "F": female += c.Value; break;
                case "M": male += c.Value; break;
                default: other += c.Value; break;
            }
        return new BreakdownRow(key, Publish(female), Publish(male), Publish(other), Publish(female + male + other));
    }

    /// <summary>The filtered fact rows, one per disaggregation, small cells suppressed (the API's data and its files).</summary>
    public async Task<Outcome<IReadOnlyList<StatisticsRow>>> RowsAsync(StatisticsFilter f, CancellationToken ct)
    {
        var filtered = await FilterAsync(f, withPeriod: true, ct);
        if (!filtered.IsOk) return new Failure(filtered.Status, filtered.Errors, filtered.Message);
        if (filtered.Value.Period is null) return Array.Empty<StatisticsRow>();
        var list = await filtered.Value.Rows
            .OrderBy(v => v.Region).ThenBy(v => v.Sex).ThenBy(v => v.AgeGroup).ThenBy(v => v.Citizenship).ThenBy(v => v.Isco)
            .ThenBy(v => v.Isic).ThenBy(v => v.Category)
            .Select(v => new { v.Indicator, v.Period, v.Region, v.Sex, v.AgeGroup, v.Citizenship, v.Isco, v.SkillLevel, v.Isic, v.Category, v.Value })
            .ToListAsync(ct);
        return list.Select(v => new StatisticsRow(v.Indicator, v.Period, v.Region, v.Sex, v.AgeGroup, v.Citizenship, v.Isco, v.SkillLevel,
            v.Isic, v.Category, Publish(v.Value))).ToList();
    }

    private static IQueryable<DimCell> GroupBy(IQueryable<StatisticsValue> q, string by) => by switch
    {
        "sex" => q.GroupBy(v => v.Sex).Select(g => new DimCell(g.Key, g.Key, g.Sum(v => v.Value))),
        "age" => q.GroupBy(v => new { K = v.AgeGroup, v.Sex }).Select(g => new DimCell(g.Key.K, g.Key.Sex, g.Sum(v => v.Value))),
        "citizenship" => q.GroupBy(v => new { K = v.Citizenship, v.Sex }).Select(g => new DimCell(g.Key.K, g.Key.Sex, g.Sum(v => v.Value))),
        "isco" => q.GroupBy(v => new { K = v.Isco, v.Sex }).Select(g => new DimCell(g.Key.K, g.Key.Sex, g.Sum(v => v.Value))),
        "skill" => q.GroupBy(v => new { K = v.SkillLevel, v.Sex }).Select(g => new DimCell(g.Key.K, g.Key.Sex, g.Sum(v => v.Value))),
        "isic" => q.GroupBy(v => new { K = v.Isic, v.Sex }).Select(g => new DimCell(g.Key.K, g.Key.Sex, g.Sum(v => v.Value))),
        "category" => q.GroupBy(v => new { K = v.Category, v.Sex }).Select(g => new DimCell(g.Key.K, g.Key.Sex, g.Sum(v => v.Value))),
        _ => q.GroupBy(v => new { K = v.Region, v.Sex }).Select(g => new DimCell(g.Key.K, g.Key.Sex, g.Sum(v => v.Value))),
    };

    /// <summary>Distinct codes of a dimension present for an indicator (the filter lists).</summary>
    public async Task<IReadOnlyList<string>> CodesAsync(string indicator, string dimension, CancellationToken ct)
    {
        var q = db.StatisticsValues.AsNoTracking().Where(v => v.Indicator == indicator && v.PeriodType == PeriodType.Year);
        var codes = dimension switch
        {
            "citizenship" => q.Select(v => v.Citizenship),
            "isic" => q.Select(v => v.Isic),
            "isco" => q.Select(v => v.Isco),
            "category" => q.Select(v => v.Category),
            _ => q.Select(v => v.Region),
        };
        return (await codes.Distinct().ToListAsync(ct)).Where(c => c is not (Dimensions.NotApplicable)).Order(StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<string>> PeriodsAsync(string indicator, CancellationToken ct) =>
        (await db.StatisticsValues.AsNoTracking().Where(v => v.Indicator == indicator).Select(v => v.Period).Distinct().ToListAsync(ct))
        .OrderByDescending(p => p, StringComparer.Ordinal).ToList();

    // ---- Files -------------------------------------------------------------------------------------

    /// <summary>The breakdown as a downloadable table: the same rows the page shows.</summary>
    public ReportTable BreakdownTable(StatisticsView v) => new($"{v.Indicator.Code}-{v.Period?.Code}-by-{v.By}",
        l["{0}, {1}, by {2}", l[v.Indicator.Name], v.Period?.Code ?? "", l[ByName(v.By)]],
        [new ReportColumn(v.By, l[ByName(v.By)]), new ReportColumn("female", l["Women"], true), new ReportColumn("male", l["Men"], true),
         new ReportColumn("notRecorded", l["Not recorded or not applicable"], true), new ReportColumn("total", l["Total"], true)],
        [.. v.Breakdown.Select(r => (IReadOnlyList<object?>)[r.Key, Cell(r.Female), Cell(r.Male), Cell(r.Other), Cell(r.Total)])]);

    public ReportTable SeriesTable(StatisticsView v) => new($"{v.Indicator.Code}-series",
        l["{0} over time", l[v.Indicator.Name]],
        [new ReportColumn("period", l["Period"]), new ReportColumn("female", l["Women"], true), new ReportColumn("male", l["Men"], true),
         new ReportColumn("total", l["Total"], true)],
        [.. v.Series.Select(s => (IReadOnlyList<object?>)[s.Period, Cell(s.Female), Cell(s.Male), Cell(s.Total)])]);

    /// <summary>A suppressed cell reads "&lt;5" on the page and in the files; it is never a number.</summary>
    public static object? Cell(long? value) => value is { } v ? v : "<" + SmallCell;

    public static string ByName(string by) => by switch
    {
        "sex" => "Sex",
        "age" => "Age group",
        "citizenship" => "Citizenship",
        "isco" => "Occupation (ISCO-08 major group)",
        "skill" => "Skill level (ISCO-08)",
        "isic" => "Sector (ISIC section)",
        "category" => "Category",
        _ => "Region",
    };

    public static ReportTable RowsTable(string name, IReadOnlyList<StatisticsRow> rows) => new(name, name,
        [new("indicator", "indicator"), new("period", "period"), new("region", "region"), new("sex", "sex"), new("ageGroup", "ageGroup"),
         new("citizenship", "citizenship"), new("isco", "isco"), new("skillLevel", "skillLevel"), new("isic", "isic"),
         new("category", "category"), new("value", "value", true)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Indicator, r.Period, r.Region, r.Sex, r.AgeGroup, r.Citizenship, r.Isco, r.SkillLevel,
            r.Isic, r.Category, Cell(r.Value)])]);

    public const string SdmxDataflow = "ILO:DF_CORRIDOR_MIG(1.0)";

    /// <summary>
    /// SDMX 2.1 CSV (one observation per row: DATAFLOW, the dimensions, TIME_PERIOD, OBS_VALUE) with ILOSTAT-like
    /// codes (<see cref="Dimensions"/>). A suppressed cell has no OBS_VALUE and CONF_STATUS "C" (confidential).
    /// </summary>
    public static byte[] ToSdmxCsv(IReadOnlyList<StatisticsRow> rows, string refArea)
    {
        var b = new StringBuilder();
        b.Append("DATAFLOW,REF_AREA,INDICATOR,FREQ,SEX,AGE,CITIZENSHIP,OCU_ISCO08,OCU_SKILL,ECO_ISIC4,REGION,CATEGORY,TIME_PERIOD,OBS_VALUE,CONF_STATUS\r\n");
        foreach (var r in rows)
        {
            var p = Domain.Statistics.Period.Parse(r.Period);
            var freq = p.Type switch { PeriodType.Year => "A", PeriodType.Quarter => "Q", _ => "M" };
            string[] fields =
            [
                SdmxDataflow, refArea, r.Indicator, freq, Dimensions.SdmxSex(r.Sex), Dimensions.SdmxAge(r.AgeGroup), r.Citizenship,
                Dimensions.SdmxIsco(r.Isco), Dimensions.SdmxSkill(r.SkillLevel), Dimensions.SdmxIsic(r.Isic), r.Region, r.Category, p.SdmxCode,
                r.Value?.ToString(CultureInfo.InvariantCulture) ?? "", r.Value is null ? "C" : "F",
            ];
            b.Append(string.Join(',', fields.Select(Csv))).Append("\r\n");
        }
        return new UTF8Encoding(false).GetBytes(b.ToString());
    }

    private static string Csv(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
