using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Vacancies;

/// <summary>
/// Ends a vacancy: withdrawn while still advertised (no certificate), or closed once the employer's
/// hiring is over (with or without a certificate). Either way it leaves the job board; both are final.
/// </summary>
public sealed class EndVacancy(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<int>> HandleAsync(Guid id, bool withdraw, int version, CancellationToken ct)
    {
        if (!user.Can(Permissions.VacanciesPost)) return Failure.Forbidden;
        var vacancy = await db.Vacancies.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (vacancy is null) return Failure.NotFound;
        return await db.SaveEditAsync(vacancy, version, v =>
        {
            if (withdraw) v.Withdraw(); else v.Close();
        }, l, ct);
    }
}

[Authorize(Policy = Permissions.VacanciesPost)]
public sealed class WithdrawModel(EndVacancy handler) : PageModel
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public bool Withdraw { get; set; }

    public IActionResult OnGet(Guid id) => RedirectToPage("Details", new { id });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        (await handler.HandleAsync(id, Withdraw, Version, ct)).ToPage(this, _ => RedirectToPage("Details", new { id }));
}
