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

namespace Corridor.Web.Features.Workers;

public sealed record WorkerDetails(
    Guid Id, string WorkerNumber, string GivenName, string FamilyName, Sex Sex, DateOnly DateOfBirth,
    string Citizenship, string PassportNumber, string PassportIssuingCountry, DateOnly PassportExpiry,
    string OccupationCode, MigrationDirection Direction, string? DestinationCountry, string PreferredLanguage,
    string? Phone, string? Email, Guid? EmployerId, string? EmployerName, string? EmployerRegistrationNumber,
    Guid? AgencyId, string? AgencyName, string? AgencyLicenceNumber,
    int Version, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<HistoryEntry> History);

/// <summary>One worker's record and its history, if the account may see it.</summary>
public sealed class GetWorker(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<WorkerDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        var w = await db.MigrantWorkers.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (w is null) return Failure.NotFound;
        // The public numbers too, as the edit form takes them: a client's GET → change → PUT keeps the links.
        var employer = await db.Employers.Where(e => e.Id == w.CurrentEmployerId).Select(e => new { e.Name, e.RegistrationNumber }).FirstOrDefaultAsync(ct);
        var agency = await db.RecruitmentAgencies.Where(a => a.Id == w.AgencyId).Select(a => new { a.Name, a.LicenceNumber }).FirstOrDefaultAsync(ct);
        var history = await History.ForAsync(db, nameof(MigrantWorker), w.Id, ct);
        return new WorkerDetails(w.Id, w.WorkerNumber, w.GivenName, w.FamilyName, w.Sex, w.DateOfBirth, w.Citizenship,
            w.PassportNumber, w.PassportIssuingCountry, w.PassportExpiry, w.OccupationCode, w.Direction, w.DestinationCountry,
            w.PreferredLanguage, w.Phone, w.Email, w.CurrentEmployerId, employer?.Name, employer?.RegistrationNumber,
            w.AgencyId, agency?.Name, agency?.LicenceNumber,
            w.Version, w.CreatedAt, w.UpdatedAt, history);
    }
}

[Authorize(Policy = Permissions.WorkersView)]
public sealed class DetailsModel(GetWorker handler, CurrentUser user, Corridor.Web.Features.Recruitment.Clearance.ListClearances clearances,
    Corridor.Web.Features.Recruitment.Clearance.GetClearance clearance) : PageModel
{
    public WorkerDetails Worker { get; private set; } = null!;
    public bool CanEdit => user.Can(Permissions.WorkersEdit);
    /// <summary>The worker's latest deployment clearance the account may see, with its requirement list.</summary>
    public Corridor.Web.Features.Recruitment.Clearance.ClearanceView? Clearance { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Worker = outcome.Value!;
        if (user.Can(Permissions.ClearancesView))
        {
            var latest = await clearances.HandleAsync(new() { WorkerId = id, PageSize = 1 }, ct);
            if (latest.Items.FirstOrDefault() is { } row) Clearance = (await clearance.HandleAsync(row.Id, ct)).Value;
        }
        return Page();
    }
}
