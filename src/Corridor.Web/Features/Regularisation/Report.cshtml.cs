using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Regularisation;

/// <summary>
/// Outcomes of one window by sex, by origin and by both, with the registration rate against the
/// window's estimates of the irregular population (DESIGN §2.3: every statistic by sex).
/// </summary>
public sealed class ReportRegularisation(CorridorDbContext db, PolicyBook book)
{
    public const string Formula = "Registration rate = applied ÷ estimated irregular population × 100";

    public async Task<Outcome<RegularisationReport>> HandleAsync(Guid windowId, CancellationToken ct)
    {
        var w = await db.RegularisationWindows.AsNoTracking().FirstOrDefaultAsync(x => x.Id == windowId, ct);
        if (w is null) return Failure.NotFound;
        var counts = await db.RegularisationApplications.AsNoTracking().Where(a => a.WindowId == windowId)
            .GroupBy(a => new { a.Citizenship, a.Sex, a.Status })
            .Select(g => new Count(g.Key.Citizenship, g.Key.Sex, g.Key.Status, g.Count())).ToListAsync(ct);
        var estimates = w.Estimates;

        ReportRow Row(string? country, Sex? sex)
        {
            var c = counts.Where(x => (country is null || x.Country == country) && (sex is null || x.Sex == sex)).ToList();
            var e = estimates.Where(x => (country is null || x.Country == country) && (sex is null || x.Sex == sex)).ToList();
            int? estimate = e.Count == 0 ? null : e.Sum(x => x.Estimate);
            var applied = c.Sum(x => x.N);
            return new ReportRow(country, sex, applied, c.Where(x => x.Status == RegularisationStatus.Approved).Sum(x => x.N),
                c.Where(x => x.Status == RegularisationStatus.Refused).Sum(x => x.N), estimate,
                estimate is > 0 ? Math.Round(applied * 100m / estimate.Value, 1, MidpointRounding.AwayFromZero) : null);
        }

        var countries = counts.Select(x => x.Country).Concat(estimates.Select(x => x.Country)).Distinct().Order().ToList();
        var sexes = Enum.GetValues<Sex>();
        return new RegularisationReport(w.Id, w.Title, w.OpensOn, w.ClosesOn, w.StatusOn(book.Today), Formula, Row(null, null),
            [.. sexes.Select(s => Row(null, s))], [.. countries.Select(c => Row(c, null))],
            [.. countries.SelectMany(c => sexes.Select(s => Row(c, s)))]);
    }

    private sealed record Count(string Country, Sex Sex, RegularisationStatus Status, int N);
}

[Authorize(Policy = Permissions.RegularisationView)]
public sealed class ReportModel(ReportRegularisation handler) : PageModel
{
    public RegularisationReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Report = outcome.Value!;
        return Page();
    }
}
