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
/// A change of employer is filed on an active permit: by the employer (releasing the worker, with consent), by
/// the worker, or by an admission officer on the worker's behalf. The rules are checked and the decision stored
/// whatever the outcome: consent given by the employer, or a ground the ministry's records prove (open flags), is
/// granted at once and the permit reads "seeking new employer"; a worker's consent request waits for the employer;
/// any other ground goes to the admission officers' queue. The employer has no say over a grounded request.
/// </summary>
public sealed class FileEmployerChange(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EmployerChangeResult>> HandleAsync(Guid permitId, EmployerChangeForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.PermitsView)) return Failure.Forbidden;
        var permit = await db.WorkPermits.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == permitId, ct);
        if (permit is null) return Failure.NotFound;
        EmployerChangeFiler filer;
        if (user.Can(Permissions.PermitsDecide)) filer = EmployerChangeFiler.Officer;
        else if (user.Can(Permissions.PermitsApply) && user.EmployerId == permit.EmployerId) filer = EmployerChangeFiler.Employer;
        else if (user.WorkerId == permit.WorkerId && user.WorkerId is not null) filer = EmployerChangeFiler.Worker;
        else return Failure.Forbidden;
        if (filer == EmployerChangeFiler.Employer) form.Ground ??= EmployerChangeGround.EmployerConsent;

        var today = book.Today;
        var policy = await book.InForceAsync(today, ct);
        if (policy is null) return Failure.Conflict(l["No admission policy is in force today."]);
        var errors = new Errors();
        if (form.Ground is not { } ground || !Enum.IsDefined(ground)) errors.Add(nameof(form.Ground), l["Choose the ground for the change."]);
        else if (filer == EmployerChangeFiler.Employer && ground != EmployerChangeGround.EmployerConsent)
            errors.Add(nameof(form.Ground), l["An employer can only release a worker with its consent."]);
        else if (ground == EmployerChangeGround.UnpaidWages)
        {
            var min = EmployerChangeRules.MinimumUnpaidMonths(policy.Rules);
            if (form.UnpaidMonths is null) errors.Add(nameof(form.UnpaidMonths), l["Enter the number of months of unpaid wages."]);
            else if (form.UnpaidMonths < min)
                errors.Add(nameof(form.UnpaidMonths), l["Policy TRANSFER-UNPAID-WAGES needs at least {0} months of unpaid wages.", min]);
            else if (form.UnpaidMonths > 120) errors.Add(nameof(form.UnpaidMonths), l["At most {0}.", 120]);
        }
        if (form.Statement is { Length: > 2000 }) errors.Add(nameof(form.Statement), l["At most {0} characters.", 2000]);
        if (errors.Any) return errors.ToFailure();
        if (permit.StatusOn(today) != PermitStatus.Active)
            return Failure.Conflict(l["Only an active permit can be released for a change of employer."]);
        if (await db.EmployerChanges.AnyAsync(c => c.PermitId == permit.Id && c.Status == EmployerChangeStatus.Requested, ct))
            return Failure.Conflict(l["A request to change employer is already open for this permit."]);

        var flags = await db.EmployerFlags.AsNoTracking().Where(f => f.EmployerId == permit.EmployerId && f.OpenedOn <= today
            && (f.ClosedOn == null || f.ClosedOn > today)).Select(f => f.Kind).Distinct().ToListAsync(ct);
        var facts = new EmployerChangeFacts(today, form.Ground!.Value, form.UnpaidMonths, flags.Contains(EmployerFlagKind.WageArrears),
            flags.Contains(EmployerFlagKind.Abuse), flags.Contains(EmployerFlagKind.Watchlist));
        var now = clock.GetUtcNow().UtcDateTime;
        var days = policy.Rules.GetInt("TRANSFER-JOB-SEARCH", "days");
        try
        {
            var change = new EmployerChange(permit, facts.Ground, form.Statement, form.UnpaidMonths, filer, user.Name, policy.Rules, now);
            // A ground the records do not prove is referred to an officer, never refused by the system.
            var decision = EmployerChangeRules.Check(policy, facts).Decide(EmployerChange.DecisionSubject, change.Id, new
            {
                facts.Today, permit = permit.Number, ground = facts.Ground.ToString(), facts.UnpaidMonths, filer = filer.ToString(),
                facts.WageArrearsOnRecord, facts.AbuseOnRecord, facts.WatchlistOnRecord,
            }, now, referInsteadOfRefuse: true);
            var granted = change.Decided(decision, permit, today, days, now);
            db.AdmissionDecisions.Add(decision);
            db.EmployerChanges.Add(change);
            db.RecordAction(granted ? "employer-change.granted" : "employer-change.requested", nameof(EmployerChange), change.Id,
                new { permit = permit.Number, ground = change.Ground.ToString(), filer = filer.ToString(), decisionId = decision.Id, automatic = granted });
            if (granted) RecordRelease(db, permit, change);
            await db.SaveChangesAsync(ct);
            return new EmployerChangeResult(change.Id, permit.Id, change.Status, change.GrantedAutomatically, decision.Id, decision.Results,
                permit.Status, permit.SeekingUntil);
        }
        catch (DomainException e)
        {
            return e.Field is null ? Failure.Conflict(l[e.Message]) : Failure.Invalid(e.Field, l[e.Message]);
        }
    }

    internal static void RecordRelease(CorridorDbContext db, WorkPermit permit, EmployerChange change) =>
        db.RecordAction("permit.released", nameof(WorkPermit), permit.Id,
            new { permit.Number, change = change.Id, ground = change.Ground.ToString(), permit.SeekingUntil });
}

[Authorize(Policy = Permissions.PermitsView)]
public sealed class ChangeEmployerModel(FileEmployerChange handler, GetPermit permits, CurrentUser user) : PageModel
{
    [BindProperty] public EmployerChangeForm Input { get; set; } = new();
    public PermitDetails Permit { get; private set; } = null!;
    public bool IsEmployer => user.EmployerId is not null && !user.Can(Permissions.PermitsDecide);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await permits.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Permit = outcome.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return RedirectToPage("Change", new { id = outcome.Value!.Id });
        outcome.AddTo(ModelState);
        return await OnGetAsync(id, ct);
    }
}
