using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Quotas;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Permits;

/// <summary>
/// Deciding a change of employer that waits: an admission officer grants or refuses a request without consent
/// (a refusal needs a written reason the worker reads); the employer confirms a worker's request for a change
/// with consent. The employer cannot refuse a request made on a ground — only an officer decides those.
/// </summary>
public sealed class DecideEmployerChange(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EmployerChangeResult>> HandleAsync(Guid id, EmployerChangeDecisionForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.PermitsView)) return Failure.Forbidden;
        var change = await db.EmployerChanges.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (change is null) return Failure.NotFound;
        var officer = user.Can(Permissions.PermitsDecide);
        var employer = !officer && user.Can(Permissions.PermitsApply) && user.EmployerId == change.EmployerId;
        if (!officer && !employer) return Failure.Forbidden;
        var errors = new Errors();
        if (form.Action is not { } action || !Enum.IsDefined(action)) errors.Add(nameof(form.Action), l["Choose a decision."]);
        else if (action == EmployerChangeAction.Refuse && string.IsNullOrWhiteSpace(form.Reason))
            errors.Add(nameof(form.Reason), l["Give the reason for the refusal."]);
        if (form.Reason is { Length: > 2000 }) errors.Add(nameof(form.Reason), l["At most {0} characters.", 2000]);
        if (errors.Any) return errors.ToFailure();
        // The employer only confirms its own consent; a request on a ground is not the employer's to decide.
        if (employer && (form.Action != EmployerChangeAction.Grant || !change.AwaitingEmployer)) return Failure.Forbidden;
        if (officer && !change.InOfficersQueue)
            return Failure.Conflict(l["Only a request in the officers' queue can be decided."]);

        var permit = await db.WorkPermits.SingleAsync(p => p.Id == change.PermitId, ct);
        var today = book.Today;
        var policy = await book.InForceAsync(today, ct);
        if (policy is null) return Failure.Conflict(l["No admission policy is in force today."]);
        var days = policy.Rules.GetInt("TRANSFER-JOB-SEARCH", "days");
        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(change).Property(c => c.Version).OriginalValue = form.Version;
        try
        {
            if (form.Action == EmployerChangeAction.Refuse) change.Refuse(user.Name, form.Reason ?? "", now);
            else if (employer) change.ConfirmConsent(permit, user.Name, today, days, now);
            else
            {
                if (permit.StatusOn(today) != PermitStatus.Active)
                    return Failure.Conflict(l["Only an active permit can be released for a change of employer."]);
                change.GrantByOfficer(permit, user.Name, form.Reason, today, days, now);
            }
            db.RecordAction("employer-change." + change.Status.ToString().ToLowerInvariant(), nameof(EmployerChange), change.Id,
                new { by = user.Name, reason = change.Reason, permit = permit.Number });
            if (change.Status == EmployerChangeStatus.Granted) FileEmployerChange.RecordRelease(db, permit, change);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException e)
        {
            return e.Field is null ? Failure.Conflict(l[e.Message]) : Failure.Invalid(e.Field, l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return new EmployerChangeResult(change.Id, permit.Id, change.Status, change.GrantedAutomatically, change.DecisionId, [],
            permit.Status, permit.SeekingUntil);
    }
}

/// <summary>One change of employer: the worker reads the reasons, an officer decides, the employer confirms consent.</summary>
[Authorize(Policy = Permissions.PermitsView)]
public sealed class ChangeModel(DecideEmployerChange handler, CorridorDbContext db, CurrentUser user) : PageModel
{
    public EmployerChangeView Change { get; private set; } = null!;
    public AdmissionDecision? Decision { get; private set; }
    [BindProperty] public EmployerChangeDecisionForm Input { get; set; } = new();
    public bool CanDecide => user.Can(Permissions.PermitsDecide) && Change.InOfficersQueue;
    public bool CanConfirm => !user.Can(Permissions.PermitsDecide) && user.Can(Permissions.PermitsApply) && Change.AwaitingEmployer;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var c = await EmployerChangeQueries.ViewAsync(db, user, id, ct);
        if (c is null) return NotFound();
        Change = c;
        Decision = c.DecisionId is { } d && c.Results.Count > 0 ? await db.AdmissionDecisions.AsNoTracking().SingleAsync(x => x.Id == d, ct) : null;
        if (!ModelState.Any()) Input.Version = c.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return RedirectToPage("Change", new { id });
        outcome.AddTo(ModelState);
        return await OnGetAsync(id, ct);
    }
}
