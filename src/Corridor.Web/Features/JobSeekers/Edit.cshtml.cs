using System.ComponentModel.DataAnnotations;
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

/// <summary>The job seeker form plus the status and the version the editor started from (optimistic concurrency).</summary>
public sealed class EditJobSeekerForm : JobSeekerForm
{
    [Display(Name = "Status")] public JobSeekerStatus? Status { get; set; }
    public int Version { get; set; }
}

/// <summary>Corrects a job seeker's record or changes their status; the IIN stays as registered.</summary>
public sealed class EditJobSeeker(CorridorDbContext db, CurrentUser user, IValidator<EditJobSeekerForm> validator,
    OrgUnitDirectory units, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EditJobSeekerForm>> GetAsync(Guid id, CancellationToken ct)
    {
        var seeker = await db.NationalJobSeekers.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(j => j.Id == id, ct);
        if (seeker is null) return Failure.NotFound;
        var form = JobSeekerForm.From<EditJobSeekerForm>(seeker, await units.CodeOfAsync(seeker.OrgUnitId, ct));
        form.Status = seeker.Status;
        form.Version = seeker.Version;
        return form;
    }

    public async Task<Outcome<int>> HandleAsync(Guid id, EditJobSeekerForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.JobSeekersManage)) return Failure.Forbidden;
        var seeker = await db.NationalJobSeekers.VisibleTo(user).FirstOrDefaultAsync(j => j.Id == id, ct);
        if (seeker is null) return Failure.NotFound;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);
        if (form.NationalId!.Trim() != seeker.NationalId)
            return Failure.Invalid(nameof(JobSeekerForm.NationalId), l["The IIN cannot be changed after registration."]);
        var (orgUnitId, failure) = await units.ResolveAsync(form.OrgUnitCode, nameof(JobSeekerForm.OrgUnitCode), ct);
        if (failure is not null) return failure;

        return await db.SaveEditAsync(seeker, form.Version, j => j.Update(form.GivenName!, form.FamilyName!, form.Sex!.Value,
            form.DateOfBirth!.Value, form.OccupationCode!, orgUnitId!.Value, form.Status!.Value, form.Phone, form.Email), l, ct);
    }
}

[Authorize(Policy = Permissions.JobSeekersManage)]
public sealed class EditModel(EditJobSeeker handler) : EditPage<EditJobSeekerForm>(handler.GetAsync, handler.HandleAsync);
