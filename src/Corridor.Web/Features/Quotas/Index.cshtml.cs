using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Reference;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Quotas;

/// <summary>The national quotas of a year per sector, with their rounds.</summary>
public sealed class ListQuotas(CorridorDbContext db)
{
    public async Task<IReadOnlyList<QuotaSummary>> HandleAsync(int? year, CancellationToken ct)
    {
        var quotas = await db.NationalQuotas.AsNoTracking().Where(q => year == null || q.Year == year)
            .OrderByDescending(q => q.Year).ThenBy(q => q.IsicSection).ToListAsync(ct);
        var ids = quotas.Select(q => q.Id).ToList();
        var rounds = await db.QuotaRounds.AsNoTracking().Where(r => ids.Contains(r.QuotaId)).OrderBy(r => r.Number).ToListAsync(ct);
        var roundIds = rounds.Select(r => r.Id).ToList();
        // Demand counts only; who asked is on the round page, where ownership applies.
        var demand = await db.QuotaRequests.AsNoTracking().Where(r => roundIds.Contains(r.RoundId))
            .GroupBy(r => r.RoundId).Select(g => new { g.Key, Count = g.Count(), Workers = g.Sum(r => r.Requested) }).ToListAsync(ct);
        return [.. quotas.Select(q => new QuotaSummary(q.Id, q.Year, q.IsicSection, q.Total, q.Reserve, q.Allocated, q.Remaining,
            q.PolicySetNumber, q.Version,
            [.. rounds.Where(r => r.QuotaId == q.Id).Select(r =>
            {
                var d = demand.FirstOrDefault(x => x.Key == r.Id);
                return new QuotaRoundSummary(r.Id, r.Number, r.Released, r.Allocated, r.FromReserve, r.OpensOn, r.ClosesOn, r.Status,
                    d?.Count ?? 0, d?.Workers ?? 0);
            })]))];
    }
}

/// <summary>A policy officer sets a year's quota for a sector; the reserve defaults to the policy set's share.</summary>
public sealed class CreateQuota(CorridorDbContext db, CurrentUser user, PolicyBook book, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(CreateQuotaForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.QuotasManage)) return Failure.Forbidden;
        var errors = new Errors();
        if (form.Year is not { } year || year < 2000 || year > 2100) errors.Add(nameof(form.Year), l["Give a year between 2000 and 2100."]);
        if (!ReferenceData.IsIsicSection(form.IsicSection)) errors.Add(nameof(form.IsicSection), l["Choose an ISIC section."]);
        if (form.Total is not > 0) errors.Add(nameof(form.Total), l["The quota must be at least 1."]);
        else if (form.Reserve is { } r && (r < 0 || r > form.Total)) errors.Add(nameof(form.Reserve), l["The reserve must be between 0 and the quota."]);
        if (errors.Any) return errors.ToFailure();
        var section = form.IsicSection!.Trim().ToUpperInvariant();
        if (await db.NationalQuotas.AnyAsync(q => q.Year == form.Year && q.IsicSection == section, ct))
            return Failure.Invalid(nameof(form.IsicSection), l["This sector already has a quota for that year."]);
        var policy = await book.InForceAsync(book.Today, ct);
        if (policy is null) return Failure.Conflict(l["No policy set is in force."]);
        var reserve = form.Reserve ?? NationalQuota.ReserveFor(form.Total!.Value, policy.Rules);
        try
        {
            var quota = new NationalQuota(form.Year!.Value, section, form.Total!.Value, reserve, policy.Number);
            db.NationalQuotas.Add(quota);
            await db.SaveChangesAsync(ct);
            return quota.Id;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        catch (DbUpdateException)
        {
            return Failure.Invalid(nameof(form.IsicSection), l["This sector already has a quota for that year."]);
        }
    }
}

/// <summary>
/// Releases part of a quota as a round. Ordinary rounds together release at most the quota less its
/// reserve; rounds drawing on the reserve release at most the reserve.
/// </summary>
public sealed class OpenRound(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(OpenRoundForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.QuotasManage)) return Failure.Forbidden;
        var quota = form.QuotaId is { } id ? await db.NationalQuotas.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct) : null;
        var errors = new Errors();
        if (quota is null) errors.Add(nameof(form.QuotaId), l["Choose a quota."]);
        if (form.Released is not > 0) errors.Add(nameof(form.Released), l["Release at least 1 slot."]);
        if (form.OpensOn is null) errors.Add(nameof(form.OpensOn), l["Give the first day of the round."]);
        if (form.ClosesOn is null) errors.Add(nameof(form.ClosesOn), l["Give the last day of the round."]);
        else if (form.OpensOn is { } o && form.ClosesOn < o) errors.Add(nameof(form.ClosesOn), l["A round cannot close before it opens."]);
        if (errors.Any) return errors.ToFailure();

        var rounds = await db.QuotaRounds.AsNoTracking().Where(r => r.QuotaId == quota!.Id).ToListAsync(ct);
        var pool = form.FromReserve ? quota!.Reserve : quota!.Total - quota.Reserve;
        var left = pool - rounds.Where(r => r.FromReserve == form.FromReserve).Sum(r => r.Released);
        if (form.Released > left)
            return Failure.Invalid(nameof(form.Released), l["At most {0} slots are left to release.", Math.Max(left, 0)]);
        var round = new QuotaRound(quota.Id, rounds.Count == 0 ? 1 : rounds.Max(r => r.Number) + 1, form.Released!.Value,
            form.OpensOn!.Value, form.ClosesOn!.Value, form.FromReserve);
        db.QuotaRounds.Add(round);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Failure.Conflict(l["Someone else opened a round of this quota at the same moment. Reload and try again."]);
        }
        return round.Id;
    }
}

[Authorize(Policy = Permissions.QuotasView)]
public sealed class IndexModel(ListQuotas list, CreateQuota create, OpenRound open, CurrentUser user, PolicyBook book) : PageModel
{
    public IReadOnlyList<QuotaSummary> Quotas { get; private set; } = [];
    public bool CanManage => user.Can(Permissions.QuotasManage);
    public IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> QuotaChoices =>
        Quotas.Select(q => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{q.Year} {q.IsicSection} ({q.Total})", q.Id.ToString()));
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public CreateQuotaForm Input { get; set; } = new();
    [BindProperty] public OpenRoundForm Round { get; set; } = new();
    /// <summary>The annual quotas (QUOTA-ANNUAL) of the policy set in force for sections that have no quota this year yet.</summary>
    public IReadOnlyList<(string Section, int Total)> PolicyQuotas { get; private set; } = [];
    public int? PolicyNumber { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= book.Today.Year;
        Input.Year = Year;
        Round.OpensOn = book.Today;
        Round.ClosesOn = book.Today.AddDays(30);
        Quotas = await list.HandleAsync(Year, ct);
        await LoadPolicyQuotasAsync(ct);
    }

    private async Task LoadPolicyQuotasAsync(CancellationToken ct)
    {
        if (await book.InForceAsync(book.Today, ct) is not { } policy) return;
        PolicyNumber = policy.Number;
        var rules = policy.Rules;
        PolicyQuotas = [.. ReferenceData.IsicSections.Select(s => (s.Code, Total: rules.GetInt(Corridor.Domain.Forecasts.QuotaRecommendation.AnnualRule, s.Code)))
            .Where(x => x.Total > 0 && Quotas.All(q => q.IsicSection != x.Code))];
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var outcome = await create.HandleAsync(Input, ct);
        if (outcome.IsOk) return RedirectToPage("Index", new { year = Input.Year });
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState);
        Quotas = await list.HandleAsync(Year ??= book.Today.Year, ct);
        await LoadPolicyQuotasAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOpenRoundAsync(CancellationToken ct)
    {
        var outcome = await open.HandleAsync(Round, ct);
        if (outcome.IsOk) return Redirect($"/quotas/rounds/{outcome.Value}");
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState, prefix: "Round");
        Quotas = await list.HandleAsync(Year ??= book.Today.Year, ct);
        await LoadPolicyQuotasAsync(ct);
        return Page();
    }
}
