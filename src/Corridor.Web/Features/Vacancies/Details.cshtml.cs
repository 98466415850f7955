using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Vacancies;

public sealed record MatchingJobSeeker(Guid Id, string GivenName, string FamilyName, string OccupationCode, DateOnly RegisteredOn, string? Phone);

public sealed record VacancyDetails(
    Guid Id, Guid EmployerId, string EmployerName, string EmployerRegistrationNumber, string OccupationCode, string IsicSection,
    int Posts, decimal MonthlyWage, int WeeklyHours, string? OrgUnitCode, string? OrgUnitName, DateOnly StartDate,
    VacancyStatus Status, DateOnly AdvertisingFrom, int AdvertisingDays, DateOnly AdvertisingEndsOn, int PolicySetNumber,
    DateOnly? OutcomeRecordedOn, int NationalReferrals, int Interviews, int Hires, string? ReasonsNotHired,
    string? CertificateNumber, DateOnly? CertificateIssuedOn, DateOnly? CertificateValidUntil, int? CertifiedPosts,
    int Version, DateTime CreatedAt, DateTime UpdatedAt)
{
    /// <summary>The decisions on this vacancy, newest first.</summary>
    public IReadOnlyList<AdmissionDecision> Decisions { get; init; } = [];
    /// <summary>National job seekers to refer (officers only; null for the employer).</summary>
    public IReadOnlyList<MatchingJobSeeker>? Matches { get; init; }
    /// <summary>The employer's flags (officers only).</summary>
    public IReadOnlyList<EmployerFlag>? Flags { get; init; }
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];
}

/// <summary>
/// One vacancy with its outcome, certificate and decisions; for officers also the national job seekers
/// to refer (same ISCO minor group, same region, still looking) and the employer's flags.
/// </summary>
public sealed class GetVacancy(CorridorDbContext db, CurrentUser user, OrgUnitDirectory units)
{
    public const int MatchesShown = 25;

    public async Task<Outcome<VacancyDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        var v = await db.Vacancies.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return Failure.NotFound;
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == v.EmployerId)
            .Select(e => new { e.Name, e.RegistrationNumber }).FirstAsync(ct);
        var decisions = await db.AdmissionDecisions.AsNoTracking()
            .Where(d => d.Subject == Vacancy.DecisionSubject && d.SubjectId == v.Id)
            .OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).ToListAsync(ct);
        var officer = user.Can(Permissions.VacanciesViewAll);
        return new VacancyDetails(v.Id, v.EmployerId, employer.Name, employer.RegistrationNumber, v.OccupationCode, v.IsicSection,
            v.Posts, v.MonthlyWage, v.WeeklyHours, await units.CodeOfAsync(v.OrgUnitId, ct), await units.NameOfAsync(v.OrgUnitId, ct),
            v.StartDate, v.Status, v.AdvertisingFrom, v.AdvertisingDays, v.AdvertisingEndsOn, v.PolicySetNumber,
            v.OutcomeRecordedOn, v.NationalReferrals, v.Interviews, v.Hires, v.ReasonsNotHired,
            v.CertificateNumber, v.CertificateIssuedOn, v.CertificateValidUntil, v.CertifiedPosts, v.Version, v.CreatedAt, v.UpdatedAt)
        {
            Decisions = decisions,
            Matches = officer && user.Can(Permissions.JobSeekersView) ? await MatchesAsync(v, ct) : null,
            Flags = officer ? await db.EmployerFlags.AsNoTracking().Where(f => f.EmployerId == v.EmployerId)
                .OrderByDescending(f => f.OpenedOn).ToListAsync(ct) : null,
            History = await History.ForAsync(db, nameof(Vacancy), v.Id, ct),
        };
    }

    /// <summary>Active job seekers in the vacancy's ISCO minor group (or sub-major group, for a two-digit code) living in its region.</summary>
    private async Task<IReadOnlyList<MatchingJobSeeker>> MatchesAsync(Vacancy v, CancellationToken ct)
    {
        var group = v.OccupationCode.Length > 3 ? v.OccupationCode[..3] : v.OccupationCode;
        var path = await db.OrgUnits.Where(u => u.Id == v.OrgUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "";
        // "/KZ/KZ-AKM/KZ-AKM-01/" → the region "/KZ/KZ-AKM/"
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var region = parts.Length >= 2 ? $"/{parts[0]}/{parts[1]}/" : path;
        return await db.NationalJobSeekers.AsNoTracking()
            .Where(j => j.Status == JobSeekerStatus.Active && j.OccupationCode.StartsWith(group)
                && db.OrgUnits.Any(u => u.Id == j.OrgUnitId && u.Path.StartsWith(region)))
            .OrderBy(j => j.RegisteredOn).ThenBy(j => j.Id).Take(MatchesShown)
            .Select(j => new MatchingJobSeeker(j.Id, j.GivenName, j.FamilyName, j.OccupationCode, j.RegisteredOn, j.Phone))
            .ToListAsync(ct);
    }
}

[Authorize(Policy = Permissions.VacanciesView)]
public sealed class DetailsModel(GetVacancy handler, CurrentUser user, TimeProvider clock) : PageModel
{
    public VacancyDetails Vacancy { get; private set; } = null!;
    public bool CanEdit => user.Can(Permissions.VacanciesPost) && Vacancy.Status is VacancyStatus.Advertising or VacancyStatus.CertificateIssued;
    public bool CanDecide => user.Can(Permissions.VacanciesDecide) && Vacancy.Status == VacancyStatus.Advertising;
    public bool CanManageFlags => user.Can(Permissions.EmployerFlagsManage);
    public bool IsOfficer => user.Can(Permissions.VacanciesViewAll);
    public DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Vacancy = outcome.Value!;
        return Page();
    }
}
