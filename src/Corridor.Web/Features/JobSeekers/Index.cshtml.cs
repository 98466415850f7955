using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.JobSeekers;

public sealed record JobSeekerSummary(Guid Id, string NationalId, string GivenName, string FamilyName, Sex Sex,
    DateOnly DateOfBirth, string OccupationCode, string? OrgUnitName, JobSeekerStatus Status, DateOnly RegisteredOn);

/// <summary>Filters of the job seeker list; every one is optional.</summary>
public sealed class JobSeekerListQuery
{
    /// <summary>Part of a name or the IIN.</summary>
    [Display(Name = "Name or IIN")] public string? Q { get; set; }
    [Display(Name = "Sex")] public Sex? Sex { get; set; }
    /// <summary>ISCO-08 code; also matches the groups below it.</summary>
    [Display(Name = "Occupation sought (ISCO-08)")] public string? Occupation { get; set; }
    [Display(Name = "Status")] public JobSeekerStatus? Status { get; set; }
    /// <summary>Org-unit code: a district, or a region for everything in it.</summary>
    [Display(Name = "Region or district")] public string? OrgUnit { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Searches the national job seekers, a page at a time.</summary>
public sealed class ListJobSeekers(CorridorDbContext db, CurrentUser user, OrgUnitDirectory units)
{
    public async Task<Paged<JobSeekerSummary>> HandleAsync(JobSeekerListQuery q, CancellationToken ct)
    {
        var query = db.NationalJobSeekers.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = SearchText.Normalize(q.Q);
            query = query.Where(j => j.SearchKey.Contains(term));
        }
        if (q.Sex is { } sex) query = query.Where(j => j.Sex == sex);
        if (!string.IsNullOrWhiteSpace(q.Occupation)) query = query.Where(j => j.OccupationCode.StartsWith(q.Occupation.Trim()));
        if (q.Status is { } status) query = query.Where(j => j.Status == status);
        if (!string.IsNullOrWhiteSpace(q.OrgUnit))
        {
            var within = await units.WithinAsync(q.OrgUnit, ct);
            query = query.Where(j => within.Contains(j.OrgUnitId));
        }
        var ru = OrgUnitDirectory.Russian;
        return await query.OrderBy(j => j.FamilyName).ThenBy(j => j.GivenName).ThenBy(j => j.Id)
            .Select(j => new JobSeekerSummary(j.Id, j.NationalId, j.GivenName, j.FamilyName, j.Sex, j.DateOfBirth, j.OccupationCode,
                db.OrgUnits.Where(u => u.Id == j.OrgUnitId).Select(u => ru ? u.NameRu : u.Name).FirstOrDefault(), j.Status, j.RegisteredOn))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

[Authorize(Policy = Permissions.JobSeekersView)]
public sealed class IndexModel(ListJobSeekers handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public JobSeekerListQuery Query { get; set; } = new();
    public Paged<JobSeekerSummary> Result { get; private set; } = null!;
    public bool CanRegister => user.Can(Permissions.JobSeekersManage);

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
