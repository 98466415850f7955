using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>
/// One case as the reader may see it. Confidentiality is enforced here, not in the page: for an
/// employer or agency account without the complainant's consent the identity fields and the narrative
/// are never put into the view at all, so neither the HTML nor the JSON can carry them.
/// </summary>
public sealed class GetCase(CorridorDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Outcome<CaseView>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!user.Can(Permissions.CasesView)) return Failure.Forbidden;
        var c = await db.ProtectionCases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        var complaint = c.ComplaintId is { } cid ? await db.Complaints.AsNoTracking().SingleAsync(x => x.Id == cid, ct) : null;
        var identity = CaseAccess.SeesIdentity(user, c, complaint);
        string? name = null, number = null;
        if (identity)
        {
            if (c.WorkerId is { } wid)
            {
                var w = await db.MigrantWorkers.AsNoTracking().Where(x => x.Id == wid)
                    .Select(x => new { x.GivenName, x.FamilyName, x.WorkerNumber }).SingleAsync(ct);
                name = $"{w.GivenName} {w.FamilyName}";
                number = w.WorkerNumber;
            }
            else name = complaint?.ComplainantName;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var triage = CaseAccess.SeesTriage(user);
        return new CaseView(c.Id, c.Number, c.Version, c.Status, c.CategoryList, c.OriginType,
            identity ? complaint?.Channel : null, identity ? complaint?.Language : null, c.OpenedAt, c.ConciliationDeadline, c.DecisionDeadline, c.IsOverdueOn(today), c.Priority,
            c.EmployerId, c.EmployerName, c.AgencyId, c.AgencyName, c.JointlyLiable,
            !identity, name, number, identity ? complaint?.Narrative : null,
            triage && c.ForcedLabour, triage && c.Trafficking, triage ? c.UrgentReferralAt : null,
            triage ? c.TriageItemList : null, triage ? c.Triage : null,
            c.AmountClaimed, c.AmountAwarded, c.PaidByEmployer, c.PaidByAgency, c.PaidFromEscrow, c.AmountRecovered, c.AmountPaidToWorker,
            identity ? c.Outcome : null, c.ClosedAt);
    }
}

/// <summary>
/// Records the triage answers and applies the forced-labour rule (CASE-FORCED-LABOUR). The result is
/// stored with the rule table's version; a first flag puts the case up for urgent referral, audited as a
/// step of its own.
/// </summary>
public sealed class TriageCase(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<TriageResult>> HandleAsync(Guid id, TriageForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.CasesManage)) return Failure.Forbidden;
        var c = await db.ProtectionCases.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        var rule = ForcedLabourRule.Default;
        var unknown = form.Items.Where(i => rule.Find(i) is null).ToList();
        if (unknown.Count > 0) return Failure.Invalid(nameof(form.Items), l["Unknown triage item: {0}.", string.Join(", ", unknown)]);
        db.Entry(c).Property(x => x.Version).OriginalValue = form.Version;
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var referral = c.RecordTriage(form.Items, form.CrossBorder, rule, now);
            db.RecordAction("case.triaged", nameof(ProtectionCase), c.Id, new { items = c.TriageItems, form.CrossBorder, c.ForcedLabour, c.Trafficking, c.TriageRuleVersion });
            if (referral)
                db.RecordAction("case.urgent-referral", nameof(ProtectionCase), c.Id, new { c.Number, c.ForcedLabour, c.Trafficking });
            await db.SaveChangesAsync(ct);
            return c.Triage!;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this case meanwhile. Reload and try again."]);
        }
    }
}

/// <summary>
/// The guarded workflow: conciliation with its deadline (CASE-CONCILIATION days), settlement, escalation
/// to adjudication (CASE-ADJUDICATION days), decision, payments to the worker with their source, closing.
/// </summary>
public sealed class MoveCase(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<CaseStatus>> HandleAsync(Guid id, TransitionForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.CasesManage)) return Failure.Forbidden;
        var c = await db.ProtectionCases.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        var action = form.Action?.Trim().ToLowerInvariant();
        if (action is null || !CaseActions.For(c.Status).Contains(action))
            return Failure.Invalid(nameof(form.Action), l["This action is not open for the case in its current status."]);
        if (action is CaseActions.Settle or CaseActions.Decide or CaseActions.Pay && form.Amount is null)
            return Failure.Invalid(nameof(form.Amount), l["Enter the amount."]);
        if (action == CaseActions.Pay && form.PaidFrom is null)
            return Failure.Invalid(nameof(form.PaidFrom), l["Choose where the money came from."]);
        db.Entry(c).Property(x => x.Version).OriginalValue = form.Version;
        var today = book.Today;
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = (await book.InForceAsync(today, ct))?.Rules ?? PolicyRules.Defaults();
        try
        {
            switch (action)
            {
                case CaseActions.Conciliate: c.StartConciliation(today, rules.GetInt("CASE-CONCILIATION", "days")); break;
                case CaseActions.Settle: c.Settle(form.Amount!.Value, form.Note); break;
                case CaseActions.Escalate: c.Escalate(today, rules.GetInt("CASE-ADJUDICATION", "days")); break;
                case CaseActions.Decide: c.Decide(form.Amount!.Value, form.Note); break;
                case CaseActions.Pay:
                    c.RecordPayment(form.Amount!.Value, form.PaidFrom!.Value);
                    if (form.PaidFrom == PaidFrom.Escrow && await EscrowPayoutAsync(c, form.Amount!.Value, today, ct) is { } refused) return refused;
                    break;
                default: c.Close(form.Note, now); break;
            }
            db.RecordAction("case." + action, nameof(ProtectionCase), c.Id, new
            {
                c.Number, status = c.Status.ToString(), form.Amount, paidFrom = form.PaidFrom?.ToString(), c.ConciliationDeadline, c.DecisionDeadline,
            });
            await db.SaveChangesAsync(ct);
            return c.Status;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this case meanwhile. Reload and try again."]);
        }
    }
    /// <summary>
    /// A payment from the agency's escrow is the ledger's claim-paid entry, added here so it is saved with the case in
    /// the same transaction: the case and the ledger never disagree. Refused when no registered agency is liable,
    /// the worker is not in the register, or the escrow holds less than the amount.
    /// </summary>
    private async Task<Failure?> EscrowPayoutAsync(ProtectionCase c, decimal amount, DateOnly today, CancellationToken ct)
    {
        if (c.AgencyId is not { } agencyId)
            return Failure.Invalid(nameof(TransitionForm.PaidFrom), l["Only a registered agency named in the case has an escrow to pay from."]);
        if (c.WorkerId is not { } workerId)
            return Failure.Invalid(nameof(TransitionForm.PaidFrom), l["An escrow payout goes to a registered worker; this case names none."]);
        var balance = await Corridor.Web.Features.Recruitment.Licensing.AgencyStanding.BalanceAsync(db, agencyId, ct);
        if (amount > balance) return Failure.Invalid(nameof(TransitionForm.Amount), l["The claim is more than the escrow holds."]);
        var entry = new Corridor.Domain.Recruitment.EscrowEntry(agencyId, Corridor.Domain.Recruitment.EscrowEntryKind.ClaimPaid, amount, today,
            c.Number, workerId, null, "Case " + c.Number, user.Name);
        db.EscrowEntries.Add(entry);
        db.RecordAction("agency-escrow.recorded", nameof(Corridor.Domain.Registry.RecruitmentAgency), agencyId,
            new { entryId = entry.Id, kind = entry.Kind.ToString(), amount, entry.Reference, workerId, caseId = c.Id });
        return null;
    }
}

[Authorize(Policy = Permissions.CasesView)]
public sealed class CaseModel(GetCase get, TriageCase triage, MoveCase move, CurrentUser user, CorridorDbContext db) : PageModel
{
    public CaseView Case { get; private set; } = null!;
    /// <summary>Officers only: the trail names the accounts that acted, the complainant's among them.</summary>
    public IReadOnlyList<Corridor.Web.Features.Shared.HistoryEntry> History { get; private set; } = [];
    [BindProperty] public TriageForm Triage { get; set; } = new();
    [BindProperty] public TransitionForm Input { get; set; } = new();
    public bool CanManage => user.Can(Permissions.CasesManage);
    public ForcedLabourRule Rule => ForcedLabourRule.Default;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await get.HandleAsync(id, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (!outcome.IsOk) return NotFound();
        Case = outcome.Value!;
        if (user.Can(Permissions.CasesViewAll)) History = await Corridor.Web.Features.Shared.History.ForAsync(db, nameof(ProtectionCase), id, ct);
        if (Triage.Items.Count == 0 && Case.TriageItems is { } items) Triage.Items = [.. items];
        if (!ModelState.ContainsKey("Triage.CrossBorder")) Triage.CrossBorder = Case.Triage?.CrossBorder ?? true;
        Triage.Version = Input.Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostTriageAsync(Guid id, CancellationToken ct)
    {
        var outcome = await triage.HandleAsync(id, Triage, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.IsOk) return RedirectToPage(new { id });
        outcome.AddTo(ModelState, "Triage");
        return await OnGetAsync(id, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct)
    {
        var outcome = await move.HandleAsync(id, Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.IsOk) return RedirectToPage(new { id });
        outcome.AddTo(ModelState);
        return await OnGetAsync(id, ct);
    }
}
