using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Contracts;

/// <summary>The drafter changes a draft or a returned contract (a returned one goes back to draft, to be submitted again).</summary>
public sealed class ChangeContract(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ContractForm>> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await db.EmploymentContracts.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        if (!user.IsDrafter(c)) return Failure.Forbidden;
        var number = await db.MigrantWorkers.Where(w => w.Id == c.WorkerId).Select(w => w.WorkerNumber).SingleAsync(ct);
        return ContractForm.From(c, number);
    }

    public async Task<Outcome<ContractStepResult>> HandleAsync(Guid id, ContractForm form, CancellationToken ct)
    {
        var c = await db.EmploymentContracts.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        if (!user.IsDrafter(c)) return Failure.Forbidden;
        if (!c.IsEditable) return Failure.Conflict(l["Only a draft or a returned contract can be changed."]);
        var particulars = form.ToParticulars(c.AgencyId, c.EmployerId, l);
        if (!particulars.IsOk) return new Failure(particulars.Status, particulars.Errors, particulars.Message);
        db.Entry(c).Property(x => x.Version).OriginalValue = form.Version;
        try
        {
            c.Change(particulars.Value!);
            db.RecordAction("contract.changed", nameof(EmploymentContract), c.Id, new { c.Number, c.VersionNumber });
            await db.SaveChangesAsync(ct);
            return new ContractStepResult(c.Id, c.Number, c.Status, c.Version, [], [], null);
        }
        catch (DomainException e)
        {
            return ContractAccess.Invalid(e, l);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
    }
}

[Authorize(Policy = Permissions.ContractsDraft)]
public sealed class EditModel(ChangeContract handler, CurrentUser user) : PageModel, IContractFormPage
{
    [BindProperty] public ContractForm Input { get; set; } = new();
    public bool AskWorker => false;
    public bool ForNationalEmployer => user.AgencyId is null && user.EmployerId is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        (await handler.LoadAsync(id, ct)).ToPage(this, form => { Input = form; ContractFormPages.Pad(Input); return Page(); });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        ContractFormPages.Pad(Input);
        return outcome.ToPage(this, _ => RedirectToPage("Details", new { id }));
    }
}
