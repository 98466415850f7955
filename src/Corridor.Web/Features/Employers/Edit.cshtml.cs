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

/// <summary>The employer form plus the version the editor started from (optimistic concurrency).</summary>
public sealed class EditEmployerForm : EmployerForm
{
    public int Version { get; set; }
}

/// <summary>Corrects an employer's record; the registration number stays as registered.</summary>
public sealed class EditEmployer(CorridorDbContext db, CurrentUser user, IValidator<EmployerForm> validator,
    OrgUnitDirectory units, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EditEmployerForm>> GetAsync(Guid id, CancellationToken ct)
    {
        var employer = await db.Employers.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (employer is null) return Failure.NotFound;
        var form = EmployerForm.From<EditEmployerForm>(employer, await units.CodeOfAsync(employer.OrgUnitId, ct));
        form.Version = employer.Version;
        return form;
    }

    public async Task<Outcome<int>> HandleAsync(Guid id, EditEmployerForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.EmployersManage)) return Failure.Forbidden;
        var employer = await db.Employers.VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (employer is null) return Failure.NotFound;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);
        if (Employer.NormalizeRegistrationNumber(form.RegistrationNumber!) != employer.RegistrationNumber)
            return Failure.Invalid(nameof(EmployerForm.RegistrationNumber), l["The registration number cannot be changed after registration."]);
        var (orgUnitId, failure) = await units.ResolveAsync(form.OrgUnitCode, nameof(EmployerForm.OrgUnitCode), ct);
        if (failure is not null) return failure;

        return await db.SaveEditAsync(employer, form.Version, e => e.Update(form.Name!, form.IsicSection!, form.IsicDivision!,
            orgUnitId!.Value, form.NationalEmployees!.Value, form.Address, form.Phone, form.Email), l, ct);
    }
}

[Authorize(Policy = Permissions.EmployersManage)]
public sealed class EditModel(EditEmployer handler) : EditPage<EditEmployerForm>(handler.GetAsync, handler.HandleAsync);
