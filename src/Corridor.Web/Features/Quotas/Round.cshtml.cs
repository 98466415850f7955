using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Quotas;

/// <summary>
/// A round with its requests in ranking order and each employer's points breakdown. Officers and
/// analysts see the whole ranking; an employer sees only its own requests.
/// </summary>
public sealed class GetRound(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<RoundDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!user.Can(Permissions.QuotasView)) return Failure.Forbidden;
        var round = await db.QuotaRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return Failure.NotFound;
        var quota = await db.NationalQuotas.AsNoTracking().SingleAsync(q => q.Id == round.QuotaId, ct);
        var requests = await db.QuotaRequests.AsNoTracking().Where(r => r.RoundId == id).ToListAsync(ct);
        var names = await db.Employers.AsNoTracking().Where(e => requests.Select(r => r.EmployerId).Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, ct);

        // Ranked: requests that passed the firm ceiling; those refused at request time follow, unranked.
        var ranked = Ranking.Order(requests.Where(Competes));
        var rows = ranked.Select((r, i) => Row(r, i + 1, names))
            .Concat(requests.Where(r => !Competes(r)).OrderBy(r => r.RequestedAt).ThenBy(r => r.Id).Select(r => Row(r, null, names)));
        if (!user.Can(Permissions.QuotasAllocate) && !user.Can(Permissions.QuotasManage) && user.EmployerId is { } own)
            rows = rows.Where(r => r.EmployerId == own);
        else if (!user.Can(Permissions.EmployersViewAll))
            rows = [];

        return new RoundDetails(round.Id, quota.Id, quota.Year, quota.IsicSection, round.Number, round.Released, round.Allocated,
            round.FromReserve, round.OpensOn, round.ClosesOn, round.Status, quota.Remaining,
            requests.Where(Competes).Sum(r => r.Requested), [.. rows]);
    }

    /// <summary>Competes for slots: not refused at request time by the firm ceiling.</summary>
    internal static bool Competes(QuotaRequest r) => !r.OverCeiling;

    private static RankedRequest Row(QuotaRequest r, int? rank, Dictionary<Guid, string> names) =>
        new(rank, r.Id, r.EmployerId, names.GetValueOrDefault(r.EmployerId, ""), r.Requested, r.Granted, r.OriginCountry, r.Status,
            r.Points, r.Breakdown, r.RequestedAt, r.DecisionId, r.Note);
}

/// <summary>
/// Allocates a round by ranking: grants in rank order until the released slots run out, partly grants
/// the last one, refuses the rest. Points are re-scored on the day of allocation so a flag recorded
/// since the request counts. Every grant takes slots through the atomic quota update.
/// </summary>
public sealed class AllocateRound(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<RoundDetails>> HandleAsync(Guid id, GetRound get, CancellationToken ct)
    {
        if (!user.Can(Permissions.QuotasAllocate)) return Failure.Forbidden;
        var round = await db.QuotaRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return Failure.NotFound;
        var quota = await db.NationalQuotas.AsNoTracking().SingleAsync(q => q.Id == round.QuotaId, ct);
        var policy = await book.InForceAsync(book.Today, ct);
        if (policy is null) return Failure.Conflict(l["No policy set is in force."]);
        var now = clock.GetUtcNow().UtcDateTime;

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            // Claim the round first: a second officer allocating the same round at once gets a refusal, not a second allocation.
            var claimed = await db.QuotaRounds.Where(r => r.Id == id && r.Status != QuotaRoundStatus.Allocated)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, QuotaRoundStatus.Allocated)
                    .SetProperty(r => r.Version, r => r.Version + 1).SetProperty(r => r.UpdatedAt, now), ct);
            if (claimed == 0) return Failure.Conflict(l["Round {0} was already allocated.", round.Number]);

            var requests = await db.QuotaRequests.Where(r => r.RoundId == id && r.Status == QuotaRequestStatus.Requested).ToListAsync(ct);
            var employerIds = requests.Select(r => r.EmployerId).Distinct().ToList();
            var flags = await db.EmployerFlags.AsNoTracking().Where(f => employerIds.Contains(f.EmployerId)).ToListAsync(ct);
            foreach (var r in requests)
                r.Score(Ranking.Score(policy.Rules, r.Housing, r.Training, r.Safety, flags.Where(f => f.EmployerId == r.EmployerId), book.Today));

            var roundLeft = round.Released - round.Allocated;
            var results = new List<object>();
            foreach (var r in Ranking.Order(requests))
            {
                var granted = await TakeAsync(quota.Id, Math.Min(r.Requested, roundLeft), now, ct);
                roundLeft -= granted;
                // A fixed English text, so the page can translate it; the round and sector are on the page.
                r.Grant(granted, granted == r.Requested ? null : QuotaRequest.NoQuotaLeft);
                results.Add(new { request = r.Id, r.EmployerId, r.Points, r.Requested, granted });
            }
            var total = round.Released - round.Allocated - roundLeft;
            await db.QuotaRounds.Where(x => x.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Allocated, x => x.Allocated + total), ct);
            db.RecordAction("quota.round-allocated", nameof(QuotaRound), id,
                new { quota = quota.Id, round.Number, policy = policy.Number, granted = total, results });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return await get.HandleAsync(id, ct);
    }

    /// <summary>As many of <paramref name="wanted"/> slots as the quota still has, each attempt an atomic conditional update.</summary>
    private async Task<int> TakeAsync(Guid quotaId, int wanted, DateTime now, CancellationToken ct)
    {
        while (wanted > 0)
        {
            if (await QuotaCounter.TryTakeAsync(db, quotaId, wanted, now, ct) == 1) return wanted;
            // Someone took slots meanwhile (a single-slot approval): try what is left, which the next update checks again.
            var left = await db.NationalQuotas.Where(q => q.Id == quotaId).Select(q => q.Total - q.Allocated).SingleAsync(ct);
            wanted = Math.Min(wanted - 1, left);
        }
        return 0;
    }
}

[Authorize(Policy = Permissions.QuotasView)]
public sealed class RoundModel(GetRound get, AllocateRound allocate, CurrentUser user, PolicyBook book) : PageModel
{
    public RoundDetails Round { get; private set; } = null!;
    /// <summary>A breakdown line's label as the rule catalogue names it (e.g. "Bonus: decent housing provided").</summary>
    public static string PointLabel(string key) =>
        Corridor.Domain.Policy.RuleCatalogue.Find(Ranking.RuleId)?.Parameters.FirstOrDefault(p => p.Key == key)?.Label ?? key;

    public bool CanAllocate => user.Can(Permissions.QuotasAllocate) && Round.Status != QuotaRoundStatus.Allocated;
    public bool CanRequest => user.Can(Permissions.QuotasRequest) && user.EmployerId is not null
        && Round.Status == QuotaRoundStatus.Open && Round.OpensOn <= book.Today && book.Today <= Round.ClosesOn;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await get.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Round = outcome.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAllocateAsync(Guid id, CancellationToken ct)
    {
        var outcome = await allocate.HandleAsync(id, get, ct);
        if (outcome.IsOk) return RedirectToPage("Round", new { id });
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState);
        return await OnGetAsync(id, ct);
    }
}
