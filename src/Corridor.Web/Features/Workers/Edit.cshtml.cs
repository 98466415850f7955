using Corridor.Data;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Workers;

/// <summary>The worker form plus the version the editor started from (optimistic concurrency).</summary>
public sealed class EditWorkerForm : WorkerForm
{
    public int Version { get; set; }
}

/// <summary>Corrects a worker's record. A save based on a stale version is refused, never silently lost.</summary>
public sealed class EditWorker(CorridorDbContext db, CurrentUser user, IValidator<WorkerForm> validator, WorkerLinks links,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EditWorkerForm>> GetAsync(Guid id, CancellationToken ct)
    {
        var worker = await db.MigrantWorkers.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (worker is null) return Failure.NotFound;
        var employer = await db.Employers.Where(e => e.Id == worker.CurrentEmployerId).Select(e => e.RegistrationNumber).FirstOrDefaultAsync(ct);
        var agency = await db.RecruitmentAgencies.Where(a => a.Id == worker.AgencyId).Select(a => a.LicenceNumber).FirstOrDefaultAsync(ct);
        var form = WorkerForm.From<EditWorkerForm>(worker, employer, agency);
        form.Version = worker.Version;
        return form;
    }

    public async Task<Outcome<int>> HandleAsync(Guid id, EditWorkerForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.WorkersEdit)) return Failure.Forbidden;
        var worker = await db.MigrantWorkers.VisibleTo(user).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (worker is null) return Failure.NotFound;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);
        var (employerId, agencyId, failure) = await links.ResolveAsync(form, id, ct);
        if (failure is not null) return failure;

        var mayAssign = user.Can(Permissions.WorkersViewAll);
        return await db.SaveEditAsync(worker, form.Version, w =>
        {
            w.Update(form.ToParticulars());
            if (mayAssign) w.AssignTo(employerId, agencyId);
        }, l, ct);
    }
}

[Authorize(Policy = Permissions.WorkersEdit)]
public sealed class EditModel(EditWorker handler) : EditPage<EditWorkerForm>(handler.GetAsync, handler.HandleAsync);
