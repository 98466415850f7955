using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Home;

/// <summary>The start page: what the signed-in account can reach, with counts of what it may see.</summary>
[AllowAnonymous]
public sealed class IndexModel(CorridorDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public int? Employers { get; private set; }
    public int? Agencies { get; private set; }
    public int? Workers { get; private set; }
    public int? JobSeekers { get; private set; }
    public int? VacanciesAdvertising { get; private set; }
    public int? ApplicationsInQueue { get; private set; }
    public int? PermitsInForce { get; private set; }
    public int? LevyStatementsUnpaid { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!user.IsAuthenticated) return;
        if (user.Can(Permissions.EmployersView)) Employers = await db.Employers.VisibleTo(user).CountAsync(ct);
        if (user.Can(Permissions.AgenciesView)) Agencies = await db.RecruitmentAgencies.VisibleTo(user).CountAsync(ct);
        if (user.Can(Permissions.WorkersView)) Workers = await db.MigrantWorkers.VisibleTo(user).CountAsync(ct);
        if (user.Can(Permissions.JobSeekersView)) JobSeekers = await db.NationalJobSeekers.VisibleTo(user).CountAsync(ct);
        // The admission work waiting for this account, each count limited to what it may see.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (user.Can(Permissions.VacanciesView))
            VacanciesAdvertising = await db.Vacancies.VisibleTo(user).CountAsync(v => v.Status == VacancyStatus.Advertising, ct);
        if (user.Can(Permissions.PermitsDecide))
            ApplicationsInQueue = await db.WorkPermitApplications.VisibleTo(user)
                .CountAsync(a => a.Status == PermitApplicationStatus.Referred || a.Status == PermitApplicationStatus.InformationRequested, ct);
        if (user.Can(Permissions.PermitsView))
            PermitsInForce = await db.WorkPermits.VisibleTo(user)
                .CountAsync(p => (p.Status == PermitStatus.Issued || p.Status == PermitStatus.Active) && p.ValidUntil >= today, ct);
        if (user.Can(Permissions.LeviesView))
            LevyStatementsUnpaid = await db.LevyStatements.VisibleTo(user).CountAsync(s => s.Status != LevyStatementStatus.Paid, ct);
    }
}
