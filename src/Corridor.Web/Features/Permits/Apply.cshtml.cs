using Corridor.Web.Features.Levies;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Quotas;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Permits;

public sealed record PermitApplicationResult(Guid ApplicationId, PermitApplicationStatus Status, Guid DecisionId, DecisionOutcome Outcome,
    IReadOnlyList<RuleResult> Results, Guid? PermitId, string? PermitNumber);

/// <summary>
/// An employer applies for a work permit for one of its workers against one of its certified vacancies.
/// Every rule is checked by the policy in force today and the decision is stored whatever the outcome.
/// A failure of a rule that is a matter of judgement (age, passport, firm ceiling) goes to an officer,
/// who may override it with a justification and a second officer; any other failure refuses. A passing
/// application is approved automatically when PERMIT-AUTO-APPROVE allows, taking the quota slot
/// atomically and issuing the permit in the same transaction.
/// </summary>
public sealed class ApplyForPermit(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>Rules whose failure an officer may weigh; the others are legal minima or preconditions.</summary>
    public static readonly IReadOnlySet<string> Referable = new HashSet<string> { "PERMIT-AGE", "PERMIT-PASSPORT", "PERMIT-CEILING" };

    public async Task<Outcome<PermitApplicationResult>> HandleAsync(PermitApplicationForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.PermitsApply) || user.EmployerId is not { } employerId) return Failure.Forbidden;
        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employerId, ct);
        if (employer is null) return Failure.Forbidden;
        var today = book.Today;

        var errors = new Errors();
        MigrantWorker? worker = null;
        if (string.IsNullOrWhiteSpace(form.WorkerNumber)) errors.Add(nameof(form.WorkerNumber), l["Enter the worker number."]);
        else
        {
            var number = form.WorkerNumber.Trim().ToUpperInvariant();
            // A worker released by another employer and still within the job search may be taken on by any employer.
            worker = await db.MigrantWorkers.AsNoTracking().FirstOrDefaultAsync(w => w.WorkerNumber == number && (w.CurrentEmployerId == employerId
                || db.WorkPermits.Any(p => p.WorkerId == w.Id && p.Status == PermitStatus.SeekingEmployer && p.EmployerId != employerId
                    && p.SeekingUntil >= today && p.ValidUntil >= today)), ct);
            if (worker is null) errors.Add(nameof(form.WorkerNumber), l["None of your workers has this number."]);
        }
        Vacancy? vacancy = null;
        if (form.VacancyId is not { } vacancyId) errors.Add(nameof(form.VacancyId), l["Choose a vacancy."]);
        else
        {
            vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vacancyId && v.EmployerId == employerId, ct);
            if (vacancy is null) errors.Add(nameof(form.VacancyId), l["Choose one of your vacancies."]);
        }
        if (form.MonthlyWage is not > 0) errors.Add(nameof(form.MonthlyWage), l["The wage must be more than zero."]);
        else if (form.MonthlyWage > 100_000_000) errors.Add(nameof(form.MonthlyWage), l["At most {0}.", 100_000_000]);
        if (form.WeeklyHours is not (>= 1 and <= 80)) errors.Add(nameof(form.WeeklyHours), l["Between 1 and 80 hours a week."]);
        if (form.RequestedStart is { } s && (s < today || s > today.AddYears(1)))
            errors.Add(nameof(form.RequestedStart), l["The start must be between today and one year from now."]);
        if (errors.Any) return errors.ToFailure();

        var policy = await book.InForceAsync(today, ct);
        if (policy is null) return Failure.Conflict(l["No admission policy is in force today."]);
        var start = form.RequestedStart ?? today;
        var now = clock.GetUtcNow().UtcDateTime;

        var taken = await db.WorkPermitApplications.CountAsync(a => a.VacancyId == vacancy!.Id && a.Status == PermitApplicationStatus.Approved, ct);
        var quota = await db.NationalQuotas.AsNoTracking().FirstOrDefaultAsync(q => q.Year == today.Year && q.IsicSection == employer.IsicSection, ct);
        var byOrigin = await db.MigrantWorkers.AsNoTracking()
            .Where(w => w.CurrentEmployerId == employerId && w.Direction == MigrationDirection.Inbound && w.Id != worker!.Id)
            .GroupBy(w => w.Citizenship).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var watchlisted = await db.EmployerFlags.AnyAsync(f => f.EmployerId == employerId && f.Kind == EmployerFlagKind.Watchlist
            && f.OpenedOn <= today && (f.ClosedOn == null || f.ClosedOn > today), ct);
        var holdsPermit = await db.WorkPermits.AnyAsync(p => p.WorkerId == worker!.Id
            && ((p.Status == PermitStatus.Approved || p.Status == PermitStatus.Issued || p.Status == PermitStatus.Active) && p.ValidUntil >= today
                // A permit seeking a new employer is "in force" only against the employer that released the worker.
                || p.Status == PermitStatus.SeekingEmployer && p.EmployerId == employerId && p.SeekingUntil >= today && p.ValidUntil >= today), ct);
        var facts = new PermitFacts(today, PermitRules.ValidUntil(policy.Rules, start), worker!.DateOfBirth, worker.PassportExpiry,
            vacancy!.CertificateNumber, vacancy.CertificateValidOn(today), (vacancy.CertifiedPosts ?? 0) - taken, employer.IsicSection,
            quota?.Remaining, new FirmWorkforce(employer.IsicSection, employer.NationalEmployees, byOrigin.Values.Sum(), byOrigin, 1, worker.Citizenship),
            await LevyAccount.IsCurrentAsync(db, employerId, today, ct), watchlisted, holdsPermit, form.MonthlyWage!.Value, form.WeeklyHours!.Value);

        try
        {
            var application = new WorkPermitApplication(employerId, worker.Id, vacancy.Id, vacancy.OccupationCode, form.MonthlyWage.Value,
                form.WeeklyHours.Value, start, now);
            var checks = PermitRules.Check(policy, facts);
            var refer = checks.Results.Where(r => !r.Passed).All(r => Referable.Contains(r.RuleId));
            var decision = checks.Decide(WorkPermitApplication.DecisionSubject, application.Id, new
            {
                facts.Today, facts.PermitEnds, worker = worker.WorkerNumber, vacancy = vacancy.Id, facts.CertificateNumber, facts.FreeCertifiedPosts,
                facts.IsicSection, facts.QuotaRemaining, facts.Firm.NationalEmployees, facts.Firm.ForeignWorkers, facts.LevyCurrent,
                facts.EmployerWatchlisted, facts.WorkerHoldsActivePermit, facts.MonthlyWage, facts.WeeklyHours,
            }, now, referInsteadOfRefuse: refer);
            application.Decided(decision, PermitRules.AutoApprove(policy.Rules));
            db.AdmissionDecisions.Add(decision);
            db.WorkPermitApplications.Add(application);

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            WorkPermit? permit = null;
            if (application.Status == PermitApplicationStatus.Approved)
            {
                var issued = await PermitIssuance.IssueAsync(db, application, employer.IsicSection, policy, today, now, ct);
                if (issued is null) return Failure.Conflict(l["No quota left for sector {0} in {1}.", employer.IsicSection, today.Year]);
                permit = issued;
            }
            db.RecordAction("permit-application." + application.Status.ToString().ToLowerInvariant(), nameof(WorkPermitApplication), application.Id,
                new { decisionId = decision.Id, policySet = decision.PolicySetNumber, permit = permit?.Number });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new PermitApplicationResult(application.Id, application.Status, decision.Id, decision.Outcome, decision.Results, permit?.Id, permit?.Number);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }
}

/// <summary>
/// Issuing a permit on an approved application: one quota slot taken atomically, then the permit, in the caller's
/// transaction. When the worker holds a permit seeking a new employer (change of employer), the new permit continues
/// that stay (same stay start for the maximum-stay cap, same renewals left), the old permit becomes Transferred and
/// the worker's current employer becomes the new one — all in the same transaction.
/// </summary>
internal static class PermitIssuance
{
    /// <summary>Null when no quota slot is left (nothing is changed).</summary>
    public static async Task<WorkPermit?> IssueAsync(CorridorDbContext db, WorkPermitApplication application, string isicSection,
        PolicySet policy, DateOnly today, DateTime now, CancellationToken ct)
    {
        var quotaId = await db.NationalQuotas.Where(q => q.Year == today.Year && q.IsicSection == isicSection).Select(q => (Guid?)q.Id).FirstOrDefaultAsync(ct);
        if (quotaId is null || await QuotaCounter.TryTakeAsync(db, quotaId.Value, 1, now, ct) == 0) return null;
        // ExecuteUpdate bypasses SaveChanges, so the slot's audit event is recorded explicitly.
        db.RecordAction("quota.slot-taken", nameof(NationalQuota), quotaId.Value, new { application = application.Id, slots = 1 });
        var from = application.RequestedStart < today ? today : application.RequestedStart;
        var permit = new WorkPermit(application, from, policy);
        while (await db.WorkPermits.AnyAsync(p => p.Number == permit.Number, ct)) permit = new WorkPermit(application, from, policy);
        var seeking = await db.WorkPermits.Where(p => p.WorkerId == application.WorkerId && p.Status == PermitStatus.SeekingEmployer
            && p.EmployerId != application.EmployerId).OrderByDescending(p => p.ReleasedOn).FirstOrDefaultAsync(ct);
        if (seeking is not null && seeking.StatusOn(today) == PermitStatus.SeekingEmployer)
        {
            permit.ContinuesStayOf(seeking, policy.Rules);
            seeking.Transferred(today);
            var worker = await db.MigrantWorkers.SingleAsync(w => w.Id == application.WorkerId, ct);
            worker.AssignTo(application.EmployerId, worker.AgencyId);
            db.RecordAction("permit.transferred", nameof(WorkPermit), seeking.Id,
                new { seeking.Number, newPermit = permit.Number, newEmployer = application.EmployerId });
        }
        permit.Issue(today);
        application.PermitIssued(permit);
        db.WorkPermits.Add(permit);
        return permit;
    }
}

[Authorize(Policy = Permissions.PermitsApply)]
public sealed class ApplyModel(ApplyForPermit handler, CorridorDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty] public PermitApplicationForm Input { get; set; } = new();
    public List<SelectListItem> Vacancies { get; private set; } = [];
    public PermitApplicationResult? Result { get; private set; }
    public AdmissionDecision? Decision { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk)
        {
            Result = outcome.Value!;
            Decision = await db.AdmissionDecisions.AsNoTracking().SingleAsync(d => d.Id == Result.DecisionId, ct);
            ModelState.Clear();
        }
        else outcome.AddTo(ModelState);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var mine = user.EmployerId ?? Guid.Empty;
        var list = await db.Vacancies.AsNoTracking().Where(v => v.EmployerId == mine && v.Status == VacancyStatus.CertificateIssued)
            .OrderBy(v => v.CertificateNumber).ToListAsync(ct);
        Vacancies = [.. list.Where(v => v.CertificateValidOn(today))
            .Select(v => new SelectListItem($"{v.CertificateNumber} · {v.OccupationCode} · {v.CertificateValidUntil:yyyy-MM-dd}", v.Id.ToString()))];
    }
}
