using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Domain.Protection;
using Corridor.Domain.Reference;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Shared;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Protection.Payroll;

/// <summary>One sector's month: migrant workers owed wages, those paid in full and on time, employers compliant.</summary>
public sealed record SectorMonth(string Section, string Month, int Employers, int CompliantEmployers, int Workers, int PaidInFull)
{
    /// <summary>Null when no migrant worker was owed wages in the sector that month.</summary>
    public decimal? PaidInFullPercent => Workers == 0 ? null : decimal.Round(PaidInFull * 100m / Workers, 1);
}

public sealed record SectorComplianceView(IReadOnlyList<string> Months, IReadOnlyList<string> Sections, IReadOnlyList<SectorMonth> Rows, decimal MinimumPercent);

/// <summary>
/// Wage-protection compliance by economic sector (ISIC section of the employer) and month, for the months whose wages
/// have fallen due: the share of migrant workers paid in full and on time (WPS-COMPLIANCE), computed from the same
/// per-employer months as the employer's compliance page.
/// </summary>
public sealed class GetSectorCompliance(CorridorDbContext db, CurrentUser user, PayrollCompliance compliance, PolicyBook book, TimeProvider clock)
{
    public const int DefaultMonths = 6;

    public async Task<Outcome<SectorComplianceView>> HandleAsync(int months, CancellationToken ct)
    {
        if (!user.Can(Permissions.PayrollViewAll)) return Failure.Forbidden;
        months = Math.Clamp(months, 1, 24);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var policy = WagePolicy.From((await book.InForceAsync(today, ct))?.Rules ?? PolicyRules.Defaults());
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        if (today <= PayrollRules.DueOn(last, policy)) last = last.AddMonths(-1);
        var sections = await db.Employers.AsNoTracking().Select(e => new { e.Id, e.IsicSection }).ToDictionaryAsync(e => e.Id, e => e.IsicSection, ct);
        var rows = new List<SectorMonth>();
        var periods = Enumerable.Range(0, months).Select(i => last.AddMonths(i - months + 1)).ToList();
        // One register for all the months (each month would otherwise load every employer and worker again).
        var register = await PayrollRegister.LoadAsync(db, ct);
        foreach (var period in periods)
        {
            var month = PayrollViews.Month(period);
            var byEmployer = await compliance.ForPeriodAsync(period, null, policy, ct, register);
            rows.AddRange(byEmployer.GroupBy(m => sections.GetValueOrDefault(m.EmployerId) ?? "?").Select(g => new SectorMonth(g.Key, month,
                g.Count(), g.Count(m => m.Compliant), g.Sum(m => m.Workers), g.Sum(m => m.PaidInFull))));
        }
        var used = rows.Select(r => r.Section).Distinct().Order(StringComparer.Ordinal).ToList();
        return new SectorComplianceView([.. periods.Select(PayrollViews.Month)], used,
            [.. rows.OrderBy(r => r.Section, StringComparer.Ordinal).ThenBy(r => r.Month, StringComparer.Ordinal)], policy.CompliancePercent);
    }
}

/// <summary>The sector chart (one line per sector) and its downloadable table.</summary>
public static class SectorComplianceCharts
{
    public const string Table = "payroll-compliance-by-sector";

    public static string SectorName(string section) =>
        ReferenceData.Isic.TryGetValue(section, out var item) ? item.Title(System.Globalization.CultureInfo.CurrentUICulture.Name) : section;

    public static IHtmlContent Chart(SectorComplianceView v, IStringLocalizer l) =>
        SvgChart.Lines(l["Migrant workers paid in full and on time, by sector (%)"], v.Months,
            [.. v.Sections.Select(s => new ChartSeries(s, [.. v.Months.Select(m =>
                v.Rows.FirstOrDefault(r => r.Section == s && r.Month == m)?.PaidInFullPercent is { } p ? (double)p : double.NaN)]))],
            "%");

    public static ReportTable TableFor(SectorComplianceView v, IStringLocalizer l) => new(Table, l["Payroll compliance by sector and month"],
        [new("sector", l["Sector (ISIC)"]), new("sectorName", l["Sector"]), new("month", l["Month"]), new("employers", l["Employers"], true), new("compliantEmployers", l["Compliant employers"], true),
         new("workers", l["Migrant workers"], true), new("paidInFull", l["Paid in full and on time"], true), new("paidInFullPercent", l["Share (%)"], true)],
        [.. v.Rows.Select(r => (IReadOnlyList<object?>)[r.Section, SectorName(r.Section), r.Month, r.Employers, r.CompliantEmployers, r.Workers, r.PaidInFull, r.PaidInFullPercent])]);
}
