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

namespace Corridor.Web.Features.Employers;

public sealed record EmployerDetails(
    Guid Id, string RegistrationNumber, string Name, string IsicSection, string IsicDivision, string? OrgUnitCode,
    string? OrgUnitName, int NationalEmployees, string? Address, string? Phone, string? Email,
    int Version, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<HistoryEntry> History);

/// <summary>One employer's record and its history, if the account may see it.</summary>
public sealed class GetEmployer(CorridorDbContext db, CurrentUser user, OrgUnitDirectory units)
{
    public async Task<Outcome<EmployerDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        var e = await db.Employers.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return Failure.NotFound;
        var history = await History.ForAsync(db, nameof(Employer), e.Id, ct);
        return new EmployerDetails(e.Id, e.RegistrationNumber, e.Name, e.IsicSection, e.IsicDivision,
            await units.CodeOfAsync(e.OrgUnitId, ct), await units.NameOfAsync(e.OrgUnitId, ct), e.NationalEmployees,
            e.Address, e.Phone, e.Email, e.Version, e.CreatedAt, e.UpdatedAt, history);
    }
}

[Authorize(Policy = Permissions.EmployersView)]
public sealed class DetailsModel(GetEmployer handler, ListWorkers workers, CurrentUser user) : PageModel
{
    public EmployerDetails Employer { get; private set; } = null!;
    /// <summary>The employer's workers the account may see; null when it may see none.</summary>
    public LinkedWorkers? Workers { get; private set; }
    public bool CanEdit => user.Can(Permissions.EmployersManage);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Employer = outcome.Value!;
        Workers = await workers.LinkedAsync(employerId: id, agencyId: null, ct);
        return Page();
    }
}
