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
/// The drafter starts an amendment of the latest approved, signed or registered version: a new draft version linked to
/// it. When the amendment is submitted it is compared with that version; a term worse for the worker opens a case.
/// </summary>
public sealed class AmendContract(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ContractStepResult>> HandleAsync(Guid id, ContractForm form, CancellationToken ct)
    {
        var c = await db.EmploymentContracts.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        if (!user.IsDrafter(c)) return Failure.Forbidden;
        if (await db.EmploymentContracts.AnyAsync(x => x.PreviousVersionId == c.Id, ct))
            return Failure.Conflict(l["This version already has a later one; amend the latest version."]);
        var particulars = form.ToParticulars(c.AgencyId, c.EmployerId, l);
        if (!particulars.IsOk) return new Failure(particulars.Status, particulars.Errors, particulars.Message);
        try
        {
            var amendment = c.Amend(particulars.Value!, clock.GetUtcNow().UtcDateTime);
            db.EmploymentContracts.Add(amendment);
            db.RecordAction("contract.amendment-drafted", nameof(EmploymentContract), amendment.Id,
                new { amendment.Number, amendment.VersionNumber, amends = c.Id });
            await db.SaveChangesAsync(ct);
            return new ContractStepResult(amendment.Id, amendment.Number, amendment.Status, amendment.Version, [], [], null);
        }
        catch (DomainException e)
        {
            return e.Field is null ? Failure.Conflict(l[e.Message]) : ContractAccess.Invalid(e, l);
        }
    }
}

[Authorize(Policy = Permissions.ContractsDraft)]
public sealed class AmendModel(AmendContract handler, ChangeContract loader, CurrentUser user) : PageModel, IContractFormPage
{
    [BindProperty] public ContractForm Input { get; set; } = new();
    public bool AskWorker => false;
    public bool ForNationalEmployer => user.AgencyId is null && user.EmployerId is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        (await loader.LoadAsync(id, ct)).ToPage(this, form => { Input = form; ContractFormPages.Pad(Input); return Page(); });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        ContractFormPages.Pad(Input);
        return outcome.ToPage(this, r => RedirectToPage("Details", new { id = r.Id }));
    }
}
