using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Web.Features.Levies;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Permits;

public sealed record RenewalResult(Guid PermitId, bool Renewed, Guid DecisionId, DecisionOutcome Outcome, IReadOnlyList<RuleResult> Results,
    DateOnly ValidUntil, int RenewalsLeft, int Version);

/// <summary>
/// The employer (or an admission officer) asks to renew an active permit. The rules (<see cref="RenewalRules"/>) are
/// checked by the policy in force today and the decision is stored whatever the outcome; when every rule passes
/// the permit runs to its new end with one renewal fewer, in the same transaction.
/// </summary>
public sealed class RenewPermit(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<RenewalResult>> HandleAsync(Guid id, int version, CancellationToken ct)
    {
        if (!user.Can(Permissions.PermitsView)) return Failure.Forbidden;
        var permit = await db.WorkPermits.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (permit is null) return Failure.NotFound;
        if (!user.Can(Permissions.PermitsDecide) && !(user.Can(Permissions.PermitsApply) && user.EmployerId == permit.EmployerId)) return Failure.Forbidden;
        var today = book.Today;
        if (permit.StatusOn(today) != PermitStatus.Active) return Failure.Conflict(l["Only an active permit can be renewed."]);
        var policy = await book.InForceAsync(today, ct);
        if (policy is null) return Failure.Conflict(l["No admission policy is in force today."]);
        db.Entry(permit).Property(p => p.Version).OriginalValue = version;

        var passport = await db.MigrantWorkers.Where(w => w.Id == permit.WorkerId).Select(w => w.PassportExpiry).SingleAsync(ct);
        var watchlisted = await db.EmployerFlags.AnyAsync(f => f.EmployerId == permit.EmployerId && f.Kind == EmployerFlagKind.Watchlist
            && f.OpenedOn <= today && (f.ClosedOn == null || f.ClosedOn > today), ct);
        var facts = new RenewalFacts(today, permit.ValidUntil, permit.RenewalsLeft, permit.StayCap(policy.Rules), passport, watchlisted,
            await LevyAccount.IsCurrentAsync(db, permit.EmployerId, today, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        var decision = RenewalRules.Check(policy, facts).Decide(RenewalRules.DecisionSubject, permit.Id, new
        {
            facts.Today, permit = permit.Number, facts.ValidUntil, facts.RenewalsLeft, facts.StayCap, facts.PassportExpiry,
            facts.EmployerWatchlisted, facts.LevyCurrent,
        }, now);
        db.AdmissionDecisions.Add(decision);
        var renewed = decision.Outcome == DecisionOutcome.Approved;
        try
        {
            var from = permit.ValidUntil;
            if (renewed) permit.Renew(RenewalRules.NewValidUntil(policy.Rules, facts), today);
            db.RecordAction(renewed ? "permit.renewed" : "permit.renewal-refused", nameof(WorkPermit), permit.Id,
                new { permit.Number, decisionId = decision.Id, from, permit.ValidUntil, permit.RenewalsLeft });
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException e)
        {
            return Failure.Conflict(l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return new RenewalResult(permit.Id, renewed, decision.Id, decision.Outcome, decision.Results, permit.ValidUntil, permit.RenewalsLeft, permit.Version);
    }
}

[Authorize(Policy = Permissions.PermitsView)]
public sealed class RenewModel(RenewPermit handler, CorridorDbContext db) : PageModel
{
    [BindProperty] public int Version { get; set; }
    public RenewalResult? Result { get; private set; }
    public AdmissionDecision? Decision { get; private set; }

    public IActionResult OnGet(Guid id) => RedirectToPage("Details", new { id });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Version, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk)
        {
            Result = outcome.Value!;
            Decision = await db.AdmissionDecisions.AsNoTracking().SingleAsync(d => d.Id == Result.DecisionId, ct);
        }
        else outcome.AddTo(ModelState);
        return Page();
    }
}
