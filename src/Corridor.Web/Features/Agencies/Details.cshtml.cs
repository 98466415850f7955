using Corridor.Data;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Features.Workers;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Agencies;

public sealed record AgencyDetails(
    Guid Id, string LicenceNumber, string Name, string Country, LicenceStatus Status, DateOnly? LicenceValidUntil,
    string? OrgUnitCode, string? OrgUnitName, string? Address, string? Phone, string? Email,
    int Version, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<HistoryEntry> History);

/// <summary>One agency's record and its history, if the account may see it.</summary>
public sealed class GetAgency(CorridorDbContext db, CurrentUser user, OrgUnitDirectory units)
{
    public async Task<Outcome<AgencyDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        var a = await db.RecruitmentAgencies.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Failure.NotFound;
        var history = await History.ForAsync(db, nameof(RecruitmentAgency), a.Id, ct);
        return new AgencyDetails(a.Id, a.LicenceNumber, a.Name, a.Country, a.Status, a.LicenceValidUntil,
            await units.CodeOfAsync(a.OrgUnitId, ct), await units.NameOfAsync(a.OrgUnitId, ct), a.Address, a.Phone, a.Email,
            a.Version, a.CreatedAt, a.UpdatedAt, history);
    }
}

[Authorize(Policy = Permissions.AgenciesView)]
public sealed class DetailsModel(GetAgency handler, ListWorkers workers, CurrentUser user,
    Corridor.Web.Features.Recruitment.Licensing.AgencyStanding standing, TimeProvider clock) : PageModel
{
    public AgencyDetails Agency { get; private set; } = null!;
    /// <summary>The workers the agency recruited that the account may see; null when it may see none.</summary>
    public LinkedWorkers? Workers { get; private set; }
    public bool CanEdit => user.Can(Permissions.AgenciesManage);
    /// <summary>Whether the agency may deploy today; for those who see licensing records.</summary>
    public Corridor.Domain.Recruitment.DeploymentStanding? Standing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Agency = outcome.Value!;
        Workers = await workers.LinkedAsync(employerId: null, agencyId: id, ct);
        if (user.Can(Permissions.LicensingView))
            Standing = await standing.ForAsync(id, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        return Page();
    }
}
