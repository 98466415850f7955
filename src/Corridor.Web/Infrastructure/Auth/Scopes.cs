using Corridor.Domain.Admission;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Protection;
using Corridor.Domain.Registry;

namespace Corridor.Web.Infrastructure.Auth;

/// <summary>
/// Ownership in one place: which rows of each registry an account may see. Every list, detail and edit
/// handler starts from these, so a record that is not yours is simply not found (404), and its
/// existence is not revealed.
/// </summary>
public static class Scopes
{
    public static IQueryable<MigrantWorker> VisibleTo(this IQueryable<MigrantWorker> q, CurrentUser user) =>
        user.Can(Permissions.WorkersViewAll) ? q
        : user.EmployerId is { } employer ? q.Where(w => w.CurrentEmployerId == employer)
        : user.AgencyId is { } agency ? q.Where(w => w.AgencyId == agency)
        : user.WorkerId is { } worker ? q.Where(w => w.Id == worker)
        : q.Where(_ => false);

    public static IQueryable<Employer> VisibleTo(this IQueryable<Employer> q, CurrentUser user) =>
        user.Can(Permissions.EmployersViewAll) ? q
        : user.EmployerId is { } employer ? q.Where(e => e.Id == employer)
        : q.Where(_ => false);

    public static IQueryable<RecruitmentAgency> VisibleTo(this IQueryable<RecruitmentAgency> q, CurrentUser user) =>
        user.Can(Permissions.AgenciesViewAll) ? q
        : user.AgencyId is { } agency ? q.Where(a => a.Id == agency)
        : q.Where(_ => false);

    public static IQueryable<NationalJobSeeker> VisibleTo(this IQueryable<NationalJobSeeker> q, CurrentUser user) =>
        user.Can(Permissions.JobSeekersView) ? q : q.Where(_ => false);

    public static IQueryable<Vacancy> VisibleTo(this IQueryable<Vacancy> q, CurrentUser user) =>
        user.Can(Permissions.VacanciesViewAll) ? q
        : user.Can(Permissions.VacanciesView) && user.EmployerId is { } employer ? q.Where(v => v.EmployerId == employer)
        : q.Where(_ => false);

    public static IQueryable<WorkPermit> VisibleTo(this IQueryable<WorkPermit> q, CurrentUser user) =>
        user.Can(Permissions.PermitsViewAll) ? q
        : !user.Can(Permissions.PermitsView) ? q.Where(_ => false)
        : user.EmployerId is { } employer ? q.Where(p => p.EmployerId == employer)
        : user.WorkerId is { } worker ? q.Where(p => p.WorkerId == worker)
        : q.Where(_ => false);

    public static IQueryable<WorkPermitApplication> VisibleTo(this IQueryable<WorkPermitApplication> q, CurrentUser user) =>
        user.Can(Permissions.PermitsViewAll) ? q
        : !user.Can(Permissions.PermitsView) ? q.Where(_ => false)
        : user.EmployerId is { } employer ? q.Where(a => a.EmployerId == employer)
        : user.WorkerId is { } worker ? q.Where(a => a.WorkerId == worker)
        : q.Where(_ => false);

    public static IQueryable<LevyStatement> VisibleTo(this IQueryable<LevyStatement> q, CurrentUser user) =>
        user.Can(Permissions.LeviesViewAll) ? q
        : user.Can(Permissions.LeviesView) && user.EmployerId is { } employer ? q.Where(s => s.EmployerId == employer)
        : q.Where(_ => false);

    /// <summary>An agency sees the contracts it drafted, a national employer its own, a worker their own.</summary>
    public static IQueryable<EmploymentContract> VisibleTo(this IQueryable<EmploymentContract> q, CurrentUser user) =>
        user.Can(Permissions.ContractsViewAll) ? q
        : !user.Can(Permissions.ContractsView) ? q.Where(_ => false)
        : user.EmployerId is { } employer ? q.Where(c => c.EmployerId == employer)
        : user.AgencyId is { } agency ? q.Where(c => c.AgencyId == agency)
        : user.WorkerId is { } worker ? q.Where(c => c.WorkerId == worker)
        : q.Where(_ => false);

    /// <summary>An agency sees the clearances of its contracts, a worker their own.</summary>
    public static IQueryable<DeploymentClearance> VisibleTo(this IQueryable<DeploymentClearance> q, CurrentUser user) =>
        user.Can(Permissions.ClearancesViewAll) ? q
        : !user.Can(Permissions.ClearancesView) ? q.Where(_ => false)
        : user.AgencyId is { } agency ? q.Where(c => c.AgencyId == agency)
        : user.WorkerId is { } worker ? q.Where(c => c.WorkerId == worker)
        : q.Where(_ => false);

    /// <summary>A party sees the cases against it; a worker their own; what a party sees of each is cut further by the handler.</summary>
    public static IQueryable<ProtectionCase> VisibleTo(this IQueryable<ProtectionCase> q, CurrentUser user) =>
        user.Can(Permissions.CasesViewAll) ? q
        : !user.Can(Permissions.CasesView) ? q.Where(_ => false)
        : user.EmployerId is { } employer ? q.Where(c => c.EmployerId == employer)
        : user.AgencyId is { } agency ? q.Where(c => c.AgencyId == agency)
        : user.WorkerId is { } worker ? q.Where(c => c.WorkerId == worker)
        : q.Where(_ => false);

    /// <summary>Licensing records (applications, escrow) of the agencies the account may see through <see cref="Permissions.LicensingView"/>.</summary>
    public static IQueryable<RecruitmentAgency> LicensingVisibleTo(this IQueryable<RecruitmentAgency> q, CurrentUser user) =>
        !user.Can(Permissions.LicensingView) ? q.Where(_ => false)
        : user.AgencyId is { } agency ? q.Where(a => a.Id == agency)
        : q;

    public static IQueryable<Corridor.Domain.Recruitment.JobOrder> VisibleTo(this IQueryable<Corridor.Domain.Recruitment.JobOrder> q, CurrentUser user) =>
        user.Can(Permissions.JobOrdersViewAll) ? q
        : user.Can(Permissions.JobOrdersView) && user.AgencyId is { } agency ? q.Where(o => o.AgencyId == agency)
        : q.Where(_ => false);
}
