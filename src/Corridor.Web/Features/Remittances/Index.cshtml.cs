using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Remittances;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Remittances;

/// <summary>
/// The public comparison (no sign-in): for a corridor's latest quarter, what the family receives from each provider
/// when the worker hands over an amount, fee included, best first. Prices only; nothing about any person.
/// </summary>
public sealed class PublicRemittancePrices(CorridorDbContext db, IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<PublicCorridor>> CorridorsAsync(CancellationToken ct) => CorridorsOf(await LatestAsync(ct));

    public async Task<Outcome<Comparison>> CompareAsync(string? corridor, decimal? amount, CancellationToken ct) =>
        Compare(await LatestAsync(ct), corridor, amount);

    /// <summary>The public page: the corridor list and, when one is chosen, the comparison, from one read of the catalogue.</summary>
    public async Task<(IReadOnlyList<PublicCorridor> Corridors, Outcome<Comparison>? Comparison)> PageAsync(string? corridor, decimal? amount,
        CancellationToken ct)
    {
        var latest = await LatestAsync(ct);
        return (CorridorsOf(latest), string.IsNullOrWhiteSpace(corridor) ? null : Compare(latest, corridor, amount));
    }

    private static IReadOnlyList<PublicCorridor> CorridorsOf(List<RemittanceService> latest) =>
        [.. latest.GroupBy(s => (s.SendingCountry, s.ReceivingCountry))
            .Select(g => new PublicCorridor($"{g.Key.SendingCountry}-{g.Key.ReceivingCountry}", g.Key.SendingCountry, g.Key.ReceivingCountry,
                g.First().SendingCurrency, g.Select(s => s.ReceivingCurrency).FirstOrDefault(c => c is not null), g.First().Period, g.Count(),
                g.Min(s => s.Amount200)))
            .OrderBy(c => c.SendingCountry, StringComparer.Ordinal).ThenBy(c => c.ReceivingCountry, StringComparer.Ordinal)];

    private Outcome<Comparison> Compare(List<RemittanceService> latest, string? corridor, decimal? amount)
    {
        var chosen = CorridorsOf(latest).FirstOrDefault(c => string.Equals(c.Corridor, corridor?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (chosen is null) return Failure.Invalid("corridor", l["Choose a corridor from the list."]);
        if (amount is { } a && (a <= 0 || a > 100_000_000)) return Failure.Invalid("amount", l["Give an amount more than zero."]);
        var pay = amount ?? chosen.Usd200;
        var services = latest.Where(s => s.SendingCountry == chosen.SendingCountry && s.ReceivingCountry == chosen.ReceivingCountry).ToList();
        var quotes = RemittanceCost.Compare(services, pay);
        return new Comparison(chosen, pay, [.. quotes.Select((q, i) => new PriceQuote(i + 1, q.Service.Provider, q.Service.ProviderType, q.Pay,
            q.Service.SendingCurrency, q.Fee, q.Sent, q.Rate, ServiceView.Round(q.FxMargin), q.Received, q.Service.ReceivingCurrency,
            ServiceView.Round(q.CostPercent), q.Service.Speed, q.Service.AccessPoint, q.Service.Transparent, q.Service.Period, q.Service.CollectedOn,
            RemittanceText.IsDemo(q.Service.Source)))]);
    }

    /// <summary>Each corridor's services of its latest quarter (quarters sort as text: 2026_3Q after 2026_2Q).</summary>
    private async Task<List<RemittanceService>> LatestAsync(CancellationToken ct)
    {
        var all = await db.RemittanceServices.AsNoTracking().ToListAsync(ct);
        return [.. all.GroupBy(s => (s.SendingCountry, s.ReceivingCountry))
            .SelectMany(g => { var latest = g.Max(s => s.Period)!; return g.Where(s => s.Period == latest); })];
    }
}

public sealed class CompareQuery
{
    [Display(Name = "Where do you send money?")] public string? Corridor { get; set; }
    [Display(Name = "How much do you pay, fee included?")] public decimal? Amount { get; set; }
}

[AllowAnonymous]
public sealed class IndexModel(PublicRemittancePrices handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public CompareQuery Query { get; set; } = new();
    public IReadOnlyList<PublicCorridor> Corridors { get; private set; } = [];
    public Comparison? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Corridors, var comparison) = await handler.PageAsync(Query.Corridor, Query.Amount, ct);
        if (comparison is not { } outcome) return;
        if (outcome.IsOk)
        {
            Result = outcome.Value;
            Query.Amount ??= Result!.Amount;
        }
        else outcome.AddTo(ModelState, prefix: "Query");
    }
}
