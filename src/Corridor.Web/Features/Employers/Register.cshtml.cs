using Corridor.Data;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Employers;

/// <summary>Registers an employer under its registration number, which is unique and never changes.</summary>
public sealed class RegisterEmployer(CorridorDbContext db, CurrentUser user, IValidator<EmployerForm> validator,
    OrgUnitDirectory units, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(EmployerForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.EmployersManage)) return Failure.Forbidden;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);

        var number = Employer.NormalizeRegistrationNumber(form.RegistrationNumber!);
        if (await db.Employers.AnyAsync(e => e.RegistrationNumber == number, ct))
            return Failure.Invalid(nameof(EmployerForm.RegistrationNumber), l["An employer with this registration number is already registered."]);
        var (orgUnitId, failure) = await units.ResolveAsync(form.OrgUnitCode, nameof(EmployerForm.OrgUnitCode), ct);
        if (failure is not null) return failure;

        return await db.SaveNewAsync(() => new Employer(number, form.Name!, form.IsicSection!, form.IsicDivision!, orgUnitId!.Value,
            form.NationalEmployees!.Value, form.Address, form.Phone, form.Email), l, ct);
    }
}

[Authorize(Policy = Permissions.EmployersManage)]
public sealed class RegisterModel(RegisterEmployer handler) : RegisterPage<EmployerForm>(handler.HandleAsync);
