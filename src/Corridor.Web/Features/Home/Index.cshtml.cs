using Corridor.Data;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Home;

/// <summary>The start page: what the signed-in account can reach, with counts of what it may see.</summary>
[AllowAnonymous]
public sealed class IndexModel(CorridorDbContext db, CurrentUser user) : PageModel
{
    public int? Employers { get; private set; }
    public int? Agencies { get; private set; }
    public int? Workers { get; private set; }
    public int? JobSeekers { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!user.IsAuthenticated) return;
        if (user.Can(Permissions.EmployersView)) Employers = await db.Employers.VisibleTo(user).CountAsync(ct);
        if (user.Can(Permissions.AgenciesView)) Agencies = await db.RecruitmentAgencies.VisibleTo(user).CountAsync(ct);
        if (user.Can(Permissions.WorkersView)) Workers = await db.MigrantWorkers.VisibleTo(user).CountAsync(ct);
        if (user.Can(Permissions.JobSeekersView)) JobSeekers = await db.NationalJobSeekers.VisibleTo(user).CountAsync(ct);
    }
}
