using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Vacancies;

/// <summary>
/// Changes a vacancy's offer. A lower wage, another occupation or another number of posts restarts the
/// advertising today (and clears the outcome and any certificate); a save from a stale version is refused.
/// </summary>
public sealed class EditVacancy(CorridorDbContext db, CurrentUser user, IValidator<VacancyForm> validator, VacancyParties parties,
    OrgUnitDirectory units, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EditVacancyForm>> GetAsync(Guid id, CancellationToken ct)
    {
        var v = await db.Vacancies.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return Failure.NotFound;
        return new EditVacancyForm
        {
            OccupationCode = v.OccupationCode, Posts = v.Posts, MonthlyWage = v.MonthlyWage, WeeklyHours = v.WeeklyHours,
            OrgUnitCode = await units.CodeOfAsync(v.OrgUnitId, ct), StartDate = v.StartDate, Version = v.Version,
        };
    }

    public async Task<Outcome<int>> HandleAsync(Guid id, EditVacancyForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.VacanciesPost)) return Failure.Forbidden;
        var vacancy = await db.Vacancies.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (vacancy is null) return Failure.NotFound;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);
        var (unit, unitFailure) = await parties.OrgUnitAsync(form.OrgUnitCode, ct);
        if (unitFailure is not null) return unitFailure;
        var (policy, policyFailure) = await parties.PolicyAsync(ct);
        if (policyFailure is not null) return policyFailure;

        return await db.SaveEditAsync(vacancy, form.Version, v =>
        {
            if (v.Change(form.ToTerms(unit!.Value), parties.Today, policy!))
                db.RecordAction("vacancy.advertising-restarted", nameof(Vacancy), v.Id,
                    new { v.AdvertisingFrom, v.AdvertisingDays, v.PolicySetNumber });
        }, l, ct);
    }
}

[Authorize(Policy = Permissions.VacanciesPost)]
public sealed class EditModel(EditVacancy handler) : EditPage<EditVacancyForm>(handler.GetAsync, handler.HandleAsync);
