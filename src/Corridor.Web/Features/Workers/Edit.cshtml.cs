using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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

        db.Entry(worker).Property(w => w.Version).OriginalValue = form.Version;
        try
        {
            worker.Update(form.ToParticulars());
            if (user.Can(Permissions.WorkersViewAll)) worker.AssignTo(employerId, agencyId);
            await db.SaveChangesAsync(ct);
            return worker.Version;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
    }
}

[Authorize(Policy = Permissions.WorkersEdit)]
public sealed class EditModel(EditWorker handler) : PageModel
{
    [BindProperty] public EditWorkerForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.GetAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Input = outcome.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        if (outcome.IsOk) return RedirectToPage("Details", new { id });
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState);
        return Page();
    }
}
