using Corridor.Data;
using Corridor.Domain.Forecasts;
using Corridor.Web.Features.Shared;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Forecasts;

public sealed record ShortageReport(DateOnly From, DateOnly To, decimal? OverallMeanWage, IReadOnlyList<ShortageEntry> Entries);

/// <summary>
/// The evidence per occupation (ISCO-08) and sector (ISIC section) over the last months: vacancies posted, posts
/// advertised, nationals referred and hired, posts certified as not filled by nationals (the labour market test),
/// work-permit applications and the mean offered wage; ranked by <see cref="ShortageList"/>.
/// </summary>
public sealed class ListShortages(CorridorDbContext db, TimeProvider clock)
{
    public async Task<ShortageReport> HandleAsync(int months, CancellationToken ct)
    {
        months = Math.Clamp(months, 1, 60);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddMonths(-months);
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => v.CreatedAt >= since)
            .Select(v => new { v.OccupationCode, v.IsicSection, v.Posts, v.NationalReferrals, v.Hires, v.CertifiedPosts, v.MonthlyWage, v.OutcomeRecordedOn })
            .ToListAsync(ct);
        var applications = await (from a in db.WorkPermitApplications.AsNoTracking()
                                  where a.SubmittedAt >= since
                                  join e in db.Employers.AsNoTracking() on a.EmployerId equals e.Id
                                  group a by new { a.OccupationCode, e.IsicSection } into g
                                  select new { g.Key.OccupationCode, g.Key.IsicSection, Count = g.Count() }).ToListAsync(ct);
        var keys = vacancies.Select(v => (v.OccupationCode, v.IsicSection)).Concat(applications.Select(a => (a.OccupationCode, a.IsicSection))).Distinct();
        var evidence = keys.Select(k =>
        {
            var vs = vacancies.Where(v => v.OccupationCode == k.OccupationCode && v.IsicSection == k.IsicSection).ToList();
            // Referrals and hires count only where the advertising's outcome was recorded.
            var tested = vs.Where(v => v.OutcomeRecordedOn is not null).ToList();
            return new OccupationEvidence(k.OccupationCode, k.IsicSection, vs.Count, tested.Sum(v => v.Posts), tested.Sum(v => v.NationalReferrals),
                tested.Sum(v => v.Hires), vs.Sum(v => v.CertifiedPosts ?? 0),
                applications.Where(a => a.OccupationCode == k.OccupationCode && a.IsicSection == k.IsicSection).Sum(a => a.Count),
                vs.Count == 0 ? null : Math.Round(vs.Average(v => v.MonthlyWage), 0));
        }).ToList();
        decimal? overall = vacancies.Count == 0 ? null : vacancies.Average(v => v.MonthlyWage);
        return new ShortageReport(DateOnly.FromDateTime(since), DateOnly.FromDateTime(now), overall is null ? null : Math.Round(overall.Value, 0),
            ShortageList.Rank(evidence, overall));
    }
}

[Authorize(Policy = Permissions.ForecastsView)]
public sealed class ShortagesModel(ListShortages handler, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Months { get; set; } = 12;
    public ShortageReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        Report = await handler.HandleAsync(Months, ct);
        if (ReportTable.IsDownloadFormat(format)) return Table.Download(format!);
        return Page();
    }

    public ReportTable Table => new("shortage-occupations", l["Shortage occupation list"],
        [new("rank", l["Rank"], true), new("occupation", l["Occupation (ISCO-08)"]), new("occupationTitle", l["Occupation"]),
         new("sector", l["Sector"]), new("vacancies", l["Vacancies"], true), new("postsAdvertised", l["Posts advertised (tested)"], true),
         new("nationalReferrals", l["Nationals referred"], true), new("nationalHires", l["Nationals hired"], true),
         new("nationalFillRate", l["Filled by nationals (%)"], true), new("unfilledPosts", l["Posts nationals did not fill"], true),
         new("permitApplications", l["Work-permit applications"], true), new("meanOfferedWage", l["Mean offered wage"], true),
         new("wageIndex", l["Wage index (all vacancies = 100)"], true), new("score", l["Score"], true), new("shortage", l["Shortage"])],
        [.. Report.Entries.Select(e => (IReadOnlyList<object?>)[e.Rank, e.Evidence.Occupation, Choices.OccupationName(e.Evidence.Occupation),
            e.Evidence.Section, e.Evidence.Vacancies, e.Evidence.PostsAdvertised, e.Evidence.NationalReferrals, e.Evidence.NationalHires,
            e.NationalFillRatePercent, e.Evidence.UnfilledPosts, e.Evidence.PermitApplications, e.Evidence.MeanOfferedWage, e.WageIndex, e.Score,
            e.Shortage ? l["Yes"].Value : l["No"].Value])]);
}
