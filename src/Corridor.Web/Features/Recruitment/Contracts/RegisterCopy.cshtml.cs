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

/// <summary>
/// The labour attaché (or the regulator) registers the contract as it stands at destination. The copy is compared with
/// the signed contract field by field; any term worse for the worker opens a contract-substitution case against the
/// agency (and the national employer) in the same transaction.
/// </summary>
public sealed class RegisterDestinationCopy(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ContractForm>> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!user.Can(Permissions.ContractsRegister)) return Failure.Forbidden;
        var c = await db.EmploymentContracts.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        var number = await db.MigrantWorkers.Where(w => w.Id == c.WorkerId).Select(w => w.WorkerNumber).SingleAsync(ct);
        return ContractForm.From(c, number);
    }

    public async Task<Outcome<ContractStepResult>> HandleAsync(Guid id, ContractForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ContractsRegister)) return Failure.Forbidden;
        var signed = await db.EmploymentContracts.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (signed is null) return Failure.NotFound;
        if (signed.Status != ContractStatus.Signed) return Failure.Conflict(l["Only a signed contract can be registered at destination."]);
        var particulars = form.ToParticulars(signed.AgencyId, signed.EmployerId, l);
        if (!particulars.IsOk) return new Failure(particulars.Status, particulars.Errors, particulars.Message);
        db.Entry(signed).Property(x => x.Version).OriginalValue = form.Version;
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var copy = signed.RegisterDestinationCopy(particulars.Value!, user.Name, now);
            db.EmploymentContracts.Add(copy);
            var (changes, opened) = await ContractAccess.CompareWithPreviousAsync(db, copy, now, ct);
            db.RecordAction("contract.registered-at-destination", nameof(EmploymentContract), copy.Id,
                new { copy.Number, copy.VersionNumber, of = signed.Id, worse = copy.WorseThanPrevious, @case = opened?.Number });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new ContractStepResult(copy.Id, copy.Number, copy.Status, copy.Version, [], changes, opened?.Id);
        }
        catch (DomainException e)
        {
            return e.Field is null ? Failure.Conflict(l[e.Message]) : ContractAccess.Invalid(e, l);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
    }
}

[Authorize(Policy = Permissions.ContractsRegister)]
public sealed class RegisterCopyModel(RegisterDestinationCopy handler) : PageModel, IContractFormPage
{
    [BindProperty] public ContractForm Input { get; set; } = new();
    public bool AskWorker => false;
    public bool ForNationalEmployer => false;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        (await handler.LoadAsync(id, ct)).ToPage(this, form => { Input = form; ContractFormPages.Pad(Input); return Page(); });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        ContractFormPages.Pad(Input);
        return outcome.ToPage(this, r => RedirectToPage("Details", new { id = r.Id }));
    }
}
