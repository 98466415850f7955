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
/// The regulator approves a submitted contract (only when no mandatory finding failed) or returns it with what must be
/// fixed. Approving an amendment supersedes the version it amends.
/// </summary>
public sealed class ReviewContract(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ContractStepResult>> HandleAsync(Guid id, ReviewContractForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ContractsReview)) return Failure.Forbidden;
        var c = await db.EmploymentContracts.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        var errors = new FieldErrors();
        if (form.Action is not { } action || !Enum.IsDefined(action)) errors.Add(nameof(form.Action), l["Choose a decision."]);
        if (form.Note is { Length: > 2000 }) errors.Add(nameof(form.Note), l["At most {0} characters.", 2000]);
        if (form.Action == ReviewAction.Return && string.IsNullOrWhiteSpace(form.Note)) errors.Add(nameof(form.Note), l["Say what must be fixed."]);
        if (errors.Any) return errors.ToFailure();
        db.Entry(c).Property(x => x.Version).OriginalValue = form.Version;
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (form.Action == ReviewAction.Approve)
            {
                c.Approve(user.Name, form.Note, now);
                if (c.Kind == ContractKind.Amendment)
                {
                    var previous = await db.EmploymentContracts.SingleAsync(x => x.Id == c.PreviousVersionId, ct);
                    previous.SupersededBy(c);
                }
            }
            else c.Return(user.Name, form.Note ?? "", now);
            db.RecordAction(form.Action == ReviewAction.Approve ? "contract.approved" : "contract.returned", nameof(EmploymentContract), c.Id,
                new { c.Number, c.VersionNumber, note = c.ReviewNote });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new ContractStepResult(c.Id, c.Number, c.Status, c.Version, c.Findings, [], c.SubstitutionCaseId);
        }
        catch (DomainException e)
        {
            return e.Field is null ? Failure.Conflict(l[e.Message]) : Failure.Invalid(nameof(form.Note), l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
    }
}

[Authorize(Policy = Permissions.ContractsReview)]
public sealed class ReviewModel(ReviewContract handler) : PageModel
{
    [BindProperty] public ReviewContractForm Input { get; set; } = new();
    public IActionResult OnGet(Guid id) => RedirectToPage("Details", new { id });
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        (await handler.HandleAsync(id, Input, ct)).ToPage(this, _ => RedirectToPage("Details", new { id }));
}
