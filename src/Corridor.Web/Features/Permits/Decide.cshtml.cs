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

public sealed record PermitDecisionResult(Guid ApplicationId, PermitApplicationStatus Status, bool AwaitingSecondOfficer, Guid? PermitId, string? PermitNumber);

/// <summary>
/// An officer decides a queued application: approve, refuse, or ask the employer for information.
/// Approving despite a failed rule is an override: the first officer writes a justification, and a
/// second, different officer confirms it; only then is the quota slot taken and the permit issued.
/// </summary>
public sealed class DecidePermitApplication(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<PermitDecisionResult>> HandleAsync(Guid id, PermitDecisionForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.PermitsDecide)) return Failure.Forbidden;
        var application = await db.WorkPermitApplications.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return Failure.NotFound;
        var errors = new Errors();
        if (form.Action is not { } action || !Enum.IsDefined(action)) errors.Add(nameof(form.Action), l["Choose a decision."]);
        if (form.Justification is { Length: > 2000 }) errors.Add(nameof(form.Justification), l["At most {0} characters.", 2000]);
        if (errors.Any) return errors.ToFailure();
        if (!application.InQueue) return Failure.Conflict(l["Only an application in the officers' queue can be decided."]);
        db.Entry(application).Property(a => a.Version).OriginalValue = form.Version;

        var today = book.Today;
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            WorkPermit? permit = null;
            var approvedNow = false;
            switch (form.Action!.Value)
            {
                case PermitDecisionAction.Approve:
                    approvedNow = application.Approve(user.Name, form.Justification, now);
                    if (approvedNow)
                    {
                        var policy = await book.InForceAsync(today, ct);
                        if (policy is null) return Failure.Conflict(l["No admission policy is in force today."]);
                        var section = await db.Employers.Where(e => e.Id == application.EmployerId).Select(e => e.IsicSection).SingleAsync(ct);
                        permit = await PermitIssuance.IssueAsync(db, application, section, policy, today, now, ct);
                        if (permit is null) return Failure.Conflict(l["No quota left for sector {0} in {1}.", section, today.Year]);
                    }
                    break;
                case PermitDecisionAction.Refuse:
                    application.Refuse(user.Name, form.Justification ?? "", now);
                    break;
                default:
                    application.RequestInformation(user.Name, form.Justification ?? "", now);
                    break;
            }
            var awaiting = form.Action == PermitDecisionAction.Approve && !approvedNow;
            db.RecordAction(awaiting ? "permit-application.override-proposed" : "permit-application." + application.Status.ToString().ToLowerInvariant(),
                nameof(WorkPermitApplication), application.Id,
                new { officer = user.Name, justification = application.Justification, secondOfficer = application.OverrideSecondOfficer, permit = permit?.Number });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new PermitDecisionResult(application.Id, application.Status, awaiting, permit?.Id, permit?.Number);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? nameof(form.Justification), l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
    }
}

/// <summary>An application with its decision; officers decide from here.</summary>
[Authorize(Policy = Permissions.PermitsView)]
public sealed class DecideModel(DecidePermitApplication handler, CorridorDbContext db, CurrentUser user) : PageModel
{
    public ApplicationView Application { get; private set; } = null!;
    public AdmissionDecision? Decision { get; private set; }
    public bool CanDecide => user.Can(Permissions.PermitsDecide) && Application.Status is PermitApplicationStatus.Referred or PermitApplicationStatus.InformationRequested;
    [BindProperty] public PermitDecisionForm Input { get; set; } = new();
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var a = await PermitQueries.ApplicationAsync(db, user, id, ct);
        if (a is null) return NotFound();
        Application = a;
        Decision = a.DecisionId is { } d ? await db.AdmissionDecisions.AsNoTracking().SingleAsync(x => x.Id == d, ct) : null;
        // The route's id is model-bound too, so ModelState is never empty here; only a posted form brings its own version.
        if (!ModelState.ContainsKey("Input.Version")) Input.Version = a.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk)
        {
            if (outcome.Value!.PermitId is { } pid) return RedirectToPage("Details", new { id = pid });
            return RedirectToPage("Decide", new { id });
        }
        outcome.AddTo(ModelState);
        return await OnGetAsync(id, ct);
    }
}
