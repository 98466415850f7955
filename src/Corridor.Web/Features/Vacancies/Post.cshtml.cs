using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Vacancies;

/// <summary>
/// Posts a vacancy: it goes on the public job board and the job seekers' matching list at once, and its
/// advertising period is the one the policy in force today gives the employer's sector.
/// </summary>
public sealed class PostVacancy(CorridorDbContext db, CurrentUser user, IValidator<VacancyForm> validator, VacancyParties parties,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(VacancyForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.VacanciesPost)) return Failure.Forbidden;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);
        var (employer, employerFailure) = await parties.EmployerAsync(form.EmployerRegistrationNumber, ct);
        if (employerFailure is not null) return employerFailure;
        var (unit, unitFailure) = await parties.OrgUnitAsync(form.OrgUnitCode, ct);
        if (unitFailure is not null) return unitFailure;
        var (policy, policyFailure) = await parties.PolicyAsync(ct);
        if (policyFailure is not null) return policyFailure;

        return await db.SaveNewAsync(() => Vacancy.Post(employer!.Id, employer.IsicSection, form.ToTerms(unit!.Value), parties.Today, policy!), l, ct);
    }
}

[Authorize(Policy = Permissions.VacanciesPost)]
public sealed class PostModel(PostVacancy handler) : RegisterPage<VacancyForm>(handler.HandleAsync);
