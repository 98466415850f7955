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

/// <summary>
/// Registers a private recruitment agency under its licence number, which is unique and never changes.
/// It starts as Applied, or (a legacy record) as Licensed with its validity and the reason; see <see cref="RegisterAgencyForm"/>.
/// </summary>
public sealed class RegisterAgency(CorridorDbContext db, CurrentUser user, IValidator<RegisterAgencyForm> validator,
    OrgUnitDirectory units, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(RegisterAgencyForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.AgenciesManage)) return Failure.Forbidden;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);

        var number = RecruitmentAgency.NormalizeLicenceNumber(form.LicenceNumber!);
        if (await db.RecruitmentAgencies.AnyAsync(a => a.LicenceNumber == number, ct))
            return Failure.Invalid(nameof(AgencyForm.LicenceNumber), l["An agency with this licence number is already registered."]);
        var (orgUnitId, failure) = await units.ResolveAsync(form.OrgUnitCode, nameof(AgencyForm.OrgUnitCode), ct);
        if (failure is not null) return failure;

        return await db.SaveNewAsync(() =>
        {
            var agency = new RecruitmentAgency(number, form.Name!, form.Country!, form.Status!.Value,
                form.LicenceValidUntil, orgUnitId, form.Address, form.Phone, form.Email);
            if (agency.Status == LicenceStatus.Licensed)
                db.RecordAction("agency-licence.recorded", nameof(RecruitmentAgency), agency.Id,
                    new { agency.LicenceNumber, agency.LicenceValidUntil, reason = form.Reason!.Trim() });
            return agency;
        }, l, ct);
    }
}

[Authorize(Policy = Permissions.AgenciesManage)]
public sealed class RegisterModel(RegisterAgency handler) : RegisterPage<RegisterAgencyForm>(handler.HandleAsync);
