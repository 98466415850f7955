using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Jobs;

/// <summary>A job as the public sees it: the offer and the employer's name, nothing of the test or its decisions.</summary>
public sealed record JobSummary(Guid Id, string OccupationCode, string? District, string? Region, decimal MonthlyWage, int WeeklyHours,
    int Posts, DateOnly StartDate, string EmployerName, DateOnly AdvertisedSince);

public sealed class JobQuery
{
    [Display(Name = "Occupation (ISCO-08)")] public string? Occupation { get; set; }
    [Display(Name = "Region or district")] public string? Region { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>The public job board: every vacancy under advertising, for nationals to apply to; no sign-in.</summary>
public sealed class ListJobs(CorridorDbContext db, OrgUnitDirectory units)
{
    public async Task<Paged<JobSummary>> HandleAsync(JobQuery q, CancellationToken ct)
    {
        var query = db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Advertising);
        if (!string.IsNullOrWhiteSpace(q.Occupation)) query = query.Where(v => v.OccupationCode.StartsWith(q.Occupation.Trim()));
        if (!string.IsNullOrWhiteSpace(q.Region))
        {
            var within = await units.WithinAsync(q.Region, ct);
            query = query.Where(v => within.Contains(v.OrgUnitId));
        }
        var ru = OrgUnitDirectory.Russian;
        return await query.OrderByDescending(v => v.AdvertisingFrom).ThenByDescending(v => v.Id)
            .Select(v => new JobSummary(v.Id, v.OccupationCode,
                db.OrgUnits.Where(u => u.Id == v.OrgUnitId).Select(u => ru ? u.NameRu : u.Name).FirstOrDefault(),
                db.OrgUnits.Where(u => u.Id == v.OrgUnitId).SelectMany(u => db.OrgUnits.Where(p => p.Id == u.ParentId))
                    .Select(p => ru ? p.NameRu : p.Name).FirstOrDefault(),
                v.MonthlyWage, v.WeeklyHours, v.Posts, v.StartDate,
                db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.Name).First(), v.AdvertisingFrom))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

[AllowAnonymous]
public sealed class IndexModel(ListJobs handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public JobQuery Query { get; set; } = new();
    public Paged<JobSummary> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
