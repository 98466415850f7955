using Corridor.Data;
using Corridor.Domain.Remittances;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Remittances;

/// <summary>
/// The catalogue of one quarter (the latest unless asked): every service with its costs, each corridor's simple
/// average, SmaRT and flags against the SDG 10.c.1 targets, and the global average over services (methods §2.1–2.2).
/// </summary>
public sealed class RemittanceCatalogue(CorridorDbContext db)
{
    public async Task<CatalogueView> HandleAsync(CatalogueQuery q, CancellationToken ct)
    {
        var periods = (await db.RemittanceServices.AsNoTracking().Select(s => s.Period).Distinct().ToListAsync(ct))
            .OrderByDescending(p => p, StringComparer.Ordinal).ToList();
        var period = !string.IsNullOrWhiteSpace(q.Period) && periods.Contains(q.Period.Trim().ToUpperInvariant()) ? q.Period.Trim().ToUpperInvariant() : periods.FirstOrDefault();
        if (period is null) return new CatalogueView(null, [], 0, 0, null, null, [], []);
        var services = await db.RemittanceServices.AsNoTracking().Where(s => s.Period == period).ToListAsync(ct);
        var summary = RemittanceCost.Summarise(services);
        var corridors = summary.CorridorCosts.Select(CorridorView.Of).ToList();
        var items = services.Select(ServiceView.Of);
        if (!string.IsNullOrWhiteSpace(q.Corridor))
        {
            var corridor = q.Corridor.Trim().ToUpperInvariant();
            items = items.Where(s => $"{s.SendingCountry}-{s.ReceivingCountry}" == corridor);
        }
        return new CatalogueView(period, periods, summary.Services, summary.Corridors,
            summary.GlobalAverage200 is { } g2 ? ServiceView.Round(g2) : null, summary.GlobalAverage500 is { } g5 ? ServiceView.Round(g5) : null,
            corridors, [.. items.OrderBy(s => s.SendingCountry).ThenBy(s => s.ReceivingCountry).ThenBy(s => s.TotalCost200).ThenBy(s => s.Provider)]);
    }

    public static ReportTable CorridorTable(CatalogueView v, IStringLocalizer l) => new("remittance-corridors", l["Corridors"],
        [
            new ReportColumn("corridor", l["Corridor"]), new ReportColumn("services", l["Services"], true),
            new ReportColumn("qualifying", l["Qualifying for SmaRT"], true), new ReportColumn("average200", l["Average cost, USD 200 (%)"], true),
            new ReportColumn("average500", l["Average cost, USD 500 (%)"], true), new ReportColumn("smart200", l["SmaRT (%)"], true),
            new ReportColumn("above5", l["Average above 5 %"]), new ReportColumn("above3", l["Average above the 3 % target"]),
            new ReportColumn("smartAbove5OrNone", l["SmaRT above 5 % or none"]),
        ],
        [.. v.CorridorCosts.Select(c => (IReadOnlyList<object?>)[RemittanceText.CorridorName(c.SendingCountry, c.ReceivingCountry), c.Services, c.Qualifying,
            c.Average200, c.Average500, c.Smart200, YesNo(l, c.Above5), YesNo(l, c.Above3), YesNo(l, c.SmartAbove5OrNone)])]);

    public static ReportTable ServiceTable(CatalogueView v, IStringLocalizer l) => new("remittance-services", l["Services"],
        [
            new ReportColumn("corridor", l["Corridor"]), new ReportColumn("provider", l["Provider"]), new ReportColumn("type", l["Type of provider"]),
            new ReportColumn("currency", l["Sending currency"]), new ReportColumn("amount200", l["USD 200 in the sending currency"], true),
            new ReportColumn("fee200", l["Fee for USD 200"], true), new ReportColumn("rate200", l["Exchange rate applied for USD 200"], true),
            new ReportColumn("interbank", l["Interbank exchange rate"], true), new ReportColumn("fxMargin200", l["FX margin, USD 200 (%)"], true),
            new ReportColumn("totalCost200", l["Total cost, USD 200 (%)"], true), new ReportColumn("fee500", l["Fee for USD 500"], true),
            new ReportColumn("totalCost500", l["Total cost, USD 500 (%)"], true), new ReportColumn("speed", l["Speed"]),
            new ReportColumn("accessPoint", l["Access point"]), new ReportColumn("qualifies", l["Qualifies for SmaRT"]),
            new ReportColumn("collectedOn", l["Collected on"]), new ReportColumn("source", l["Source"]),
        ],
        [.. v.Items.Select(s => (IReadOnlyList<object?>)[RemittanceText.CorridorName(s.SendingCountry, s.ReceivingCountry), s.Provider,
            RemittanceText.ProviderType(l, s.ProviderType), s.SendingCurrency, s.Amount200, s.Fee200, s.Rate200, s.InterbankRate, s.FxMargin200,
            s.TotalCost200, s.Fee500, s.TotalCost500, RemittanceText.Speed(l, s.Speed), s.AccessPoint, YesNo(l, s.QualifiesForSmart), s.CollectedOn,
            s.Source])]);

    private static string YesNo(IStringLocalizer l, bool value) => value ? l["Yes"] : l["No"];
}

[Authorize(Policy = Permissions.RemittancesCatalogue)]
public sealed class CatalogueModel(RemittanceCatalogue handler, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public CatalogueQuery Query { get; set; } = new();
    public CatalogueView View { get; private set; } = null!;
    public ReportTable Corridors { get; private set; } = null!;
    public ReportTable Services { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? table, string? format, CancellationToken ct)
    {
        View = await handler.HandleAsync(Query, ct);
        Corridors = RemittanceCatalogue.CorridorTable(View, l);
        Services = RemittanceCatalogue.ServiceTable(View, l);
        if (ReportTable.IsDownloadFormat(format)) return (table == Services.Name ? Services : Corridors).Download(format!);
        return Page();
    }
}
