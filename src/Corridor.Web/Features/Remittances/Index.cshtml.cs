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
    public async Task<IReadOnlyList<PublicCorridor>> CorridorsAsync(CancellationToken ct)
    {
        var services = await LatestAsync(null, ct);
        return [.. services.GroupBy(s => (s.SendingCountry, s.ReceivingCountry))
            .Select(g => new PublicCorridor($"{g.Key.SendingCountry}-{g.Key.ReceivingCountry}", g.Key.SendingCountry, g.Key.ReceivingCountry,
                g.First().SendingCurrency, g.Select(s => s.ReceivingCurrency).FirstOrDefault(c => c is not null), g.First().Period, g.Count(),
                g.Min(s => s.Amount200)))
            .OrderBy(c => c.SendingCountry, StringComparer.Ordinal).ThenBy(c => c.ReceivingCountry, StringComparer.Ordinal)];
    }

    public async Task<Outcome<Comparison>> CompareAsync(string? corridor, decimal? amount, CancellationToken ct)
    {
        var corridors = await CorridorsAsync(ct);
        var chosen = corridors.FirstOrDefault(c => string.Equals(c.Corridor, corridor?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (chosen is null) return Failure.Invalid("corridor", l["Choose a corridor from the list."]);
        if (amount is { } a && (a <= 0 || a > 100_000_000)) return Failure.Invalid("amount", l["Give an amount more than zero."]);
        var pay = amount ?? chosen.Usd200;
        var services = await LatestAsync((chosen.SendingCountry, chosen.ReceivingCountry), ct);
        var quotes = RemittanceCost.Compare(services, pay);
        return new Comparison(chosen, pay, [.. quotes.Select((q, i) => new PriceQuote(i + 1, q.Service.Provider, q.Service.ProviderType, q.Pay,
            q.Service.SendingCurrency, q.Fee, q.Sent, q.Rate, ServiceView.Round(q.FxMargin), q.Received, q.Service.ReceivingCurrency,
            ServiceView.Round(q.CostPercent), q.Service.Speed, q.Service.AccessPoint, q.Service.Transparent, q.Service.Period, q.Service.CollectedOn,
            RemittanceText.IsDemo(q.Service.Source)))]);
    }

    /// <summary>Each corridor's services of its latest quarter (quarters sort as text: 2026_3Q after 2026_2Q).</summary>
    private async Task<List<RemittanceService>> LatestAsync((string Sending, string Receiving)? corridor, CancellationToken ct)
    {
        var q = db.RemittanceServices.AsNoTracking();
        if (corridor is { } c) q = q.Where(s => s.SendingCountry == c.Sending && s.ReceivingCountry == c.Receiving);
        var all = await q.ToListAsync(ct);
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
        Corridors = await handler.CorridorsAsync(ct);
        if (string.IsNullOrWhiteSpace(Query.Corridor)) return;
        var outcome = await handler.CompareAsync(Query.Corridor, Query.Amount, ct);
        if (outcome.IsOk)
        {
            Result = outcome.Value;
            Query.Amount ??= Result!.Amount;
        }
        else outcome.AddTo(ModelState, prefix: "Query");
    }
}
