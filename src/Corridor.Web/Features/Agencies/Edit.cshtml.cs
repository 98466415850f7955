using Corridor.Data;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Agencies;

/// <summary>The agency form plus the version the editor started from (optimistic concurrency).</summary>
public sealed class EditAgencyForm : AgencyForm
{
    public int Version { get; set; }
}

/// <summary>Corrects an agency's particulars; the licence number stays as registered and the status changes only through licensing.</summary>
public sealed class EditAgency(CorridorDbContext db, CurrentUser user, IValidator<AgencyForm> validator,
    OrgUnitDirectory units, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EditAgencyForm>> GetAsync(Guid id, CancellationToken ct)
    {
        var agency = await db.RecruitmentAgencies.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null) return Failure.NotFound;
        var form = AgencyForm.From<EditAgencyForm>(agency, await units.CodeOfAsync(agency.OrgUnitId, ct));
        form.Version = agency.Version;
        return form;
    }

    public async Task<Outcome<int>> HandleAsync(Guid id, EditAgencyForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.AgenciesManage)) return Failure.Forbidden;
        var agency = await db.RecruitmentAgencies.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null) return Failure.NotFound;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);
        if (RecruitmentAgency.NormalizeLicenceNumber(form.LicenceNumber!) != agency.LicenceNumber)
            return Failure.Invalid(nameof(AgencyForm.LicenceNumber), l["The licence number cannot be changed after registration."]);
        var (orgUnitId, failure) = await units.ResolveAsync(form.OrgUnitCode, nameof(AgencyForm.OrgUnitCode), ct);
        if (failure is not null) return failure;

        return await db.SaveEditAsync(agency, form.Version, a => a.Update(form.Name!, form.Country!,
            orgUnitId, form.Address, form.Phone, form.Email), l, ct);
    }
}

[Authorize(Policy = Permissions.AgenciesManage)]
public sealed class EditModel(EditAgency handler) : EditPage<EditAgencyForm>(handler.GetAsync, handler.HandleAsync);
