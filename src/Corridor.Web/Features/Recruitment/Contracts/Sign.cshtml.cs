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
/// The worker accepts their approved contract on the worker portal, in the language they read; or the regulator
/// records a signature the worker made on paper.
/// </summary>
public sealed class SignContract(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ContractStepResult>> HandleAsync(Guid id, SignContractForm form, CancellationToken ct)
    {
        var method = form.Method ?? (user.WorkerId is not null ? SignatureMethod.Portal : SignatureMethod.Paper);
        if (!Enum.IsDefined(method)) return Failure.Invalid(nameof(form.Method), l["Say how the contract was signed."]);
        var allowed = method == SignatureMethod.Portal ? user.Can(Permissions.ContractsSign) && user.WorkerId is not null : user.Can(Permissions.ContractsReview);
        if (!allowed) return Failure.Forbidden;
        var c = await db.EmploymentContracts.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        // A worker signs only their own contract; anything else is not found.
        if (c is null || method == SignatureMethod.Portal && c.WorkerId != user.WorkerId) return Failure.NotFound;
        db.Entry(c).Property(x => x.Version).OriginalValue = form.Version;
        try
        {
            c.Sign(method, user.Name, c.Terms.WorkerLanguage, clock.GetUtcNow().UtcDateTime);
            db.RecordAction("contract.signed", nameof(EmploymentContract), c.Id, new { c.Number, c.VersionNumber, method = method.ToString(), language = c.SignedLanguage });
            await db.SaveChangesAsync(ct);
            return new ContractStepResult(c.Id, c.Number, c.Status, c.Version, c.Findings, [], c.SubstitutionCaseId);
        }
        catch (DomainException e)
        {
            return Failure.Conflict(l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
    }
}

[Authorize(Policy = Permissions.ContractsView)]
public sealed class SignModel(SignContract handler) : PageModel
{
    [BindProperty] public SignContractForm Input { get; set; } = new();
    public IActionResult OnGet(Guid id) => RedirectToPage("Details", new { id });
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        (await handler.HandleAsync(id, Input, ct)).ToPage(this, _ => RedirectToPage("Details", new { id }));
}
