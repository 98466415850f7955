using Corridor.Data;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Vacancies;

/// <summary>Records what came of the advertising: nationals referred, interviewed, hired, and why the others were not.</summary>
public sealed class RecordVacancyOutcome(CorridorDbContext db, CurrentUser user, VacancyParties parties, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<OutcomeForm>> GetAsync(Guid id, CancellationToken ct)
    {
        var v = await db.Vacancies.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return Failure.NotFound;
        return new OutcomeForm
        {
            NationalReferrals = v.OutcomeRecordedOn is null ? null : v.NationalReferrals,
            Interviews = v.OutcomeRecordedOn is null ? null : v.Interviews,
            Hires = v.OutcomeRecordedOn is null ? null : v.Hires,
            ReasonsNotHired = v.ReasonsNotHired, Version = v.Version,
        };
    }

    public async Task<Outcome<int>> HandleAsync(Guid id, OutcomeForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.VacanciesDecide)) return Failure.Forbidden;
        var vacancy = await db.Vacancies.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (vacancy is null) return Failure.NotFound;
        var missing = new Dictionary<string, string[]>();
        if (form.NationalReferrals is null) missing[nameof(form.NationalReferrals)] = [l["Enter a number (0 if none)."]];
        if (form.Interviews is null) missing[nameof(form.Interviews)] = [l["Enter a number (0 if none)."]];
        if (form.Hires is null) missing[nameof(form.Hires)] = [l["Enter a number (0 if none)."]];
        if (missing.Count > 0) return new Failure(OutcomeStatus.Invalid, missing);

        return await db.SaveEditAsync(vacancy, form.Version, v =>
            v.RecordOutcome(form.NationalReferrals!.Value, form.Interviews!.Value, form.Hires!.Value, form.ReasonsNotHired, parties.Today), l, ct);
    }
}

[Authorize(Policy = Permissions.VacanciesDecide)]
public sealed class RecordOutcomeModel(RecordVacancyOutcome handler) : PageModel
{
    [BindProperty] public OutcomeForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        (await handler.GetAsync(id, ct)).ToPage(this, form => { Input = form; return Page(); });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        (await handler.HandleAsync(id, Input, ct)).ToPage(this, _ => RedirectToPage("Details", new { id }));
}
