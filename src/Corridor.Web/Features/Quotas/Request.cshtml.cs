using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Quotas;

public sealed record QuotaRequestResult(Guid Id, QuotaRequestStatus Status, int Points, IReadOnlyList<PointItem> Breakdown,
    Guid DecisionId, DecisionOutcome Outcome, IReadOnlyList<RuleResult> Results);

/// <summary>
/// An employer requests workers in an open round. The firm ceiling is checked now against the
/// employer's current foreign workers and stored as an admission decision; over the ceiling the request
/// is refused with its reasons and never enters the ranking.
/// </summary>
public sealed class RequestWorkers(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<QuotaRequestResult>> HandleAsync(Guid roundId, QuotaRequestForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.QuotasRequest) || user.EmployerId is not { } employerId) return Failure.Forbidden;
        var round = await db.QuotaRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null) return Failure.NotFound;
        var errors = new Errors();
        if (form.Requested is not > 0) errors.Add(nameof(form.Requested), l["Request at least 1 worker."]);
        else if (form.Requested > 10_000) errors.Add(nameof(form.Requested), l["At most {0}.", 10_000]);
        if (!string.IsNullOrWhiteSpace(form.OriginCountry) && !ReferenceData.IsCountry(form.OriginCountry.Trim().ToUpperInvariant()))
            errors.Add(nameof(form.OriginCountry), l["Choose a country from the list."]);
        if (errors.Any) return errors.ToFailure();
        if (!round.AcceptsRequestsOn(book.Today))
            return Failure.Invalid("", l["Round {0} does not accept requests today.", round.Number]);
        if (await db.QuotaRequests.AnyAsync(r => r.RoundId == roundId && r.EmployerId == employerId && !r.OverCeiling, ct))
            return Failure.Invalid("", l["You already have a request in this round."]);

        var employer = await db.Employers.AsNoTracking().SingleAsync(e => e.Id == employerId, ct);
        var quota = await db.NationalQuotas.AsNoTracking().SingleAsync(q => q.Id == round.QuotaId, ct);
        if (employer.IsicSection != quota.IsicSection)
            return Failure.Invalid("", l["This round is for sector {0}; your firm is registered in sector {1}.", quota.IsicSection, employer.IsicSection]);
        var policy = await book.InForceAsync(book.Today, ct);
        if (policy is null) return Failure.Conflict(l["No policy set is in force."]);

        // Permits come later: today a firm's foreign workers are the inbound migrant workers it employs.
        var byOrigin = await db.MigrantWorkers.AsNoTracking()
            .Where(w => w.CurrentEmployerId == employerId && w.Direction == MigrationDirection.Inbound)
            .GroupBy(w => w.Citizenship).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var flags = await db.EmployerFlags.AsNoTracking().Where(f => f.EmployerId == employerId).ToListAsync(ct);
        try
        {
            var request = new QuotaRequest(roundId, employerId, form.Requested!.Value, form.OriginCountry, form.Housing, form.Training,
                form.Safety, clock.GetUtcNow().UtcDateTime);
            request.Score(Ranking.Score(policy.Rules, form.Housing, form.Training, form.Safety, flags, book.Today));
            var firm = new FirmWorkforce(employer.IsicSection, employer.NationalEmployees, byOrigin.Values.Sum(), byOrigin,
                request.Requested, request.OriginCountry);
            var decision = FirmCeiling.Check(new RuleChecks(policy), firm)
                .Decide("QuotaRequest", request.Id, new
                {
                    round = round.Id, round.Number, quota.Year, quota.IsicSection, employer = employerId,
                    firm.NationalEmployees, firm.ForeignWorkers, firm.ForeignByOrigin, firm.Requested, firm.OriginCountry,
                }, clock.GetUtcNow().UtcDateTime);
            request.Decided(decision);
            db.AdmissionDecisions.Add(decision);
            db.QuotaRequests.Add(request);
            await db.SaveChangesAsync(ct);
            return new QuotaRequestResult(request.Id, request.Status, request.Points, request.Breakdown, decision.Id, decision.Outcome,
                decision.Results);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }
}

[Authorize(Policy = Permissions.QuotasRequest)]
public sealed class RequestModel(RequestWorkers handler, GetRound get, CorridorDbContext db) : PageModel
{
    public RoundDetails Round { get; private set; } = null!;
    [BindProperty] public QuotaRequestForm Input { get; set; } = new();
    public AdmissionDecision? Decision { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await get.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Round = outcome.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk)
        {
            // Granted or not, the employer reads the ceiling decision with its reasons right here.
            Decision = await db.AdmissionDecisions.AsNoTracking().SingleAsync(d => d.Id == outcome.Value!.DecisionId, ct);
            ModelState.Clear();
        }
        else outcome.AddTo(ModelState);
        return await OnGetAsync(id, ct);
    }
}
