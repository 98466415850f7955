using Corridor.Data;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.JobSeekers;

/// <summary>Registers a national with the employment service as an active job seeker, once per IIN.</summary>
public sealed class RegisterJobSeeker(CorridorDbContext db, CurrentUser user, IValidator<JobSeekerForm> validator,
    OrgUnitDirectory units, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(JobSeekerForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.JobSeekersManage)) return Failure.Forbidden;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);

        var iin = form.NationalId!.Trim();
        if (await db.NationalJobSeekers.AnyAsync(j => j.NationalId == iin, ct))
            return Failure.Invalid(nameof(JobSeekerForm.NationalId), l["A job seeker with this IIN is already registered."]);
        var (orgUnitId, failure) = await units.ResolveAsync(form.OrgUnitCode, nameof(JobSeekerForm.OrgUnitCode), ct);
        if (failure is not null) return failure;

        return await db.SaveNewAsync(() => new NationalJobSeeker(iin, form.GivenName!, form.FamilyName!, form.Sex!.Value,
            form.DateOfBirth!.Value, form.OccupationCode!, orgUnitId!.Value, clock.Today(), form.Phone, form.Email), l, ct);
    }
}

[Authorize(Policy = Permissions.JobSeekersManage)]
public sealed class RegisterModel(RegisterJobSeeker handler) : RegisterPage<JobSeekerForm>(handler.HandleAsync);
