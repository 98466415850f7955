using Corridor.Data;
using Corridor.Domain.Forecasts;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Forecasts;

/// <summary>One corridor of the UN DESA matrix: the partner country and the stock at each UN year.</summary>
public sealed record CorridorStock(string Country, string Name, IReadOnlyDictionary<int, long> ByYear, long Latest);

/// <summary>What the registries hold today for one partner country.</summary>
public sealed record OperationalFigure(string Country, string Name, int InboundWorkers, int ActivePermits, int OutboundWorkers);

public sealed record CorridorReport(string Country, string CountryName, IReadOnlyList<int> Years, IReadOnlyList<CorridorStock> Origins,
    IReadOnlyList<CorridorStock> Destinations, IReadOnlyList<OperationalFigure> Operational, bool HasData);

/// <summary>The deployment's country: configuration Deployment:Country (ISO alpha-3), Kazakhstan by default.</summary>
public sealed class DeploymentCountry(IConfiguration config)
{
    public string Code => (config["Deployment:Country"] ?? "KAZ").Trim().ToUpperInvariant();
}

/// <summary>
/// Top origin and destination corridors of a country from the UN DESA migrant stock, 1990–2019, next to the registry's
/// own figures today (migrant workers by citizenship, permits in force, nationals working abroad by destination),
/// read directly from the registries.
/// </summary>
public sealed class ListCorridors(CorridorDbContext db, DeploymentCountry deployment)
{
    public async Task<CorridorReport> HandleAsync(string? country, int top, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(country) ? deployment.Code : country.Trim().ToUpperInvariant();
        top = Math.Clamp(top, 1, 50);
        var inbound = await db.MigrantStocks.AsNoTracking().Where(s => s.Destination == code)
            .Select(s => new { s.Year, Partner = s.Origin, s.Persons }).ToListAsync(ct);
        var outbound = await db.MigrantStocks.AsNoTracking().Where(s => s.Origin == code)
            .Select(s => new { s.Year, Partner = s.Destination, s.Persons }).ToListAsync(ct);
        var years = inbound.Select(s => s.Year).Concat(outbound.Select(s => s.Year)).Distinct().Order().ToList();
        List<CorridorStock> Top(IEnumerable<(int Year, string Partner, long Persons)> cells)
        {
            var latest = years.Count == 0 ? 0 : years[^1];
            return [.. cells.GroupBy(c => c.Partner)
                .Select(g => new CorridorStock(g.Key, Name(g.Key), g.ToDictionary(c => c.Year, c => c.Persons),
                    g.Where(c => c.Year == latest).Sum(c => c.Persons)))
                .OrderByDescending(c => c.Latest).ThenBy(c => c.Country, StringComparer.Ordinal).Take(top)];
        }
        var origins = Top(inbound.Select(s => (s.Year, s.Partner, s.Persons)));
        var destinations = Top(outbound.Select(s => (s.Year, s.Partner, s.Persons)));

        var workers = await db.MigrantWorkers.AsNoTracking()
            .GroupBy(w => new { w.Direction, Country = w.Direction == MigrationDirection.Inbound ? w.Citizenship : w.DestinationCountry })
            .Select(g => new { g.Key.Direction, g.Key.Country, Count = g.Count() }).ToListAsync(ct);
        var permits = await (from p in db.WorkPermits.AsNoTracking()
                             where p.Status == Corridor.Domain.Admission.PermitStatus.Active
                             join w in db.MigrantWorkers.AsNoTracking() on p.WorkerId equals w.Id
                             group p by w.Citizenship into g
                             select new { Country = g.Key, Count = g.Count() }).ToListAsync(ct);
        var partners = workers.Where(w => w.Country is not null).Select(w => w.Country!)
            .Concat(permits.Select(p => p.Country)).Concat(origins.Select(o => o.Country)).Concat(destinations.Select(d => d.Country))
            .Where(c => c != code).Distinct();
        var operational = partners.Select(c => new OperationalFigure(c, Name(c),
                workers.Where(w => w.Direction == MigrationDirection.Inbound && w.Country == c).Sum(w => w.Count),
                permits.Where(p => p.Country == c).Sum(p => p.Count),
                workers.Where(w => w.Direction == MigrationDirection.Outbound && w.Country == c).Sum(w => w.Count)))
            .Where(o => o.InboundWorkers + o.ActivePermits + o.OutboundWorkers > 0)
            .OrderByDescending(o => o.InboundWorkers + o.OutboundWorkers).ThenBy(o => o.Country, StringComparer.Ordinal).ToList();
        return new CorridorReport(code, Name(code), years, origins, destinations, operational, inbound.Count + outbound.Count > 0);
    }

    private static string Name(string code) =>
        ReferenceData.Countries.TryGetValue(code, out var c) ? c.Name(System.Globalization.CultureInfo.CurrentUICulture.Name) : code;
}

[Authorize(Policy = Permissions.ForecastsView)]
public sealed class CorridorsModel(ListCorridors handler, IStringLocalizer<SharedResource> l) : PageModel
{
    public CorridorReport Report { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }

    public async Task<IActionResult> OnGetAsync(string? table, string? format, CancellationToken ct)
    {
        Report = await handler.HandleAsync(Country, 10, ct);
        if (ReportTable.IsDownloadFormat(format))
            return (table switch { "destinations" => Destinations, "registry" => Registry, _ => Origins }).Download(format!);
        return Page();
    }

    public ReportTable Origins => Stocks("origins", l["Migrants living in {0} by country of origin (UN DESA)", Report.CountryName], Report.Origins);
    public ReportTable Destinations => Stocks("destinations", l["Emigrants from {0} by country of destination (UN DESA)", Report.CountryName], Report.Destinations);

    public ReportTable Registry => new("registry", l["Registry today by partner country"],
        [new("country", l["Country"]), new("inboundWorkers", l["Migrant workers in the registry (citizens of)"], true),
         new("activePermits", l["Work permits in force (citizens of)"], true), new("outboundWorkers", l["Nationals registered for work abroad (destination)"], true)],
        [.. Report.Operational.Select(o => (IReadOnlyList<object?>)[o.Name, o.InboundWorkers, o.ActivePermits, o.OutboundWorkers])]);

    private ReportTable Stocks(string name, string title, IReadOnlyList<CorridorStock> rows) =>
        new(name, title, [new("country", l["Country"]), .. Report.Years.Select(y => new ReportColumn(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture), true))],
            [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, .. Report.Years.Select(y => (object?)r.ByYear.GetValueOrDefault(y))])]);

    public Microsoft.AspNetCore.Html.IHtmlContent Chart(string title, IReadOnlyList<CorridorStock> rows) =>
        SvgChart.Lines(title, [.. Report.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. rows.Take(5).Select(r => new ChartSeries(r.Name, [.. Report.Years.Select(y => (double)r.ByYear.GetValueOrDefault(y))]))],
            l["Persons"]);
}
