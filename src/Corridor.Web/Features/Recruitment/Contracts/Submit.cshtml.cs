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
/// The drafter submits a draft (or a fixed, returned contract): the standards check runs against the policy in force
/// and is stored with the contract; an amendment is also compared with the version it amends, and a worse term opens
/// a substitution case in the same transaction.
/// </summary>
public sealed class SubmitContract(CorridorDbContext db, CurrentUser user, ContractChecker checker, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ContractStepResult>> HandleAsync(Guid id, int version, CancellationToken ct)
    {
        var c = await db.EmploymentContracts.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        if (!user.IsDrafter(c)) return Failure.Forbidden;
        if (!c.IsEditable) return Failure.Conflict(l["Only a draft or a returned contract can be submitted."]);
        var check = await checker.CheckAsync(c.Particulars, ct);
        if (check is null) return Failure.Conflict(l["No admission policy is in force today."]);
        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            c.Submit(check.Value.Findings, check.Value.PolicySetNumber, now);
            IReadOnlyList<ContractChange> changes = [];
            ViolationCase? opened = null;
            if (c.Kind == ContractKind.Amendment) (changes, opened) = await ContractAccess.CompareWithPreviousAsync(db, c, now, ct);
            db.RecordAction("contract.submitted", nameof(EmploymentContract), c.Id, new
            {
                c.Number, c.VersionNumber, policySet = c.PolicySetNumber,
                failing = c.Findings.Where(f => !f.Passed).Select(f => f.RuleId), @case = opened?.Number,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new ContractStepResult(c.Id, c.Number, c.Status, c.Version, c.Findings, changes, opened?.Id);
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

[Authorize(Policy = Permissions.ContractsDraft)]
public sealed class SubmitModel(SubmitContract handler) : PageModel
{
    [BindProperty] public int Version { get; set; }
    public IActionResult OnGet(Guid id) => RedirectToPage("Details", new { id });
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        (await handler.HandleAsync(id, Version, ct)).ToPage(this, _ => RedirectToPage("Details", new { id }));
}
