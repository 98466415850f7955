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

public sealed record JobSeekerDetails(
    Guid Id, string NationalId, string GivenName, string FamilyName, Sex Sex, DateOnly DateOfBirth, string OccupationCode,
    string? OrgUnitCode, string? OrgUnitName, JobSeekerStatus Status, DateOnly RegisteredOn, string? Phone, string? Email,
    int Version, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<HistoryEntry> History);

/// <summary>One job seeker's record and its history, if the account may see it.</summary>
public sealed class GetJobSeeker(CorridorDbContext db, CurrentUser user, OrgUnitDirectory units)
{
    public async Task<Outcome<JobSeekerDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        var j = await db.NationalJobSeekers.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (j is null) return Failure.NotFound;
        var history = await History.ForAsync(db, nameof(NationalJobSeeker), j.Id, ct);
        return new JobSeekerDetails(j.Id, j.NationalId, j.GivenName, j.FamilyName, j.Sex, j.DateOfBirth, j.OccupationCode,
            await units.CodeOfAsync(j.OrgUnitId, ct), await units.NameOfAsync(j.OrgUnitId, ct), j.Status, j.RegisteredOn,
            j.Phone, j.Email, j.Version, j.CreatedAt, j.UpdatedAt, history);
    }
}

[Authorize(Policy = Permissions.JobSeekersView)]
public sealed class DetailsModel(GetJobSeeker handler, CurrentUser user) : PageModel
{
    public JobSeekerDetails JobSeeker { get; private set; } = null!;
    public bool CanEdit => user.Can(Permissions.JobSeekersManage);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        JobSeeker = outcome.Value!;
        return Page();
    }
}
