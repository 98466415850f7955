using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Corridor.Domain.Common;
using Corridor.Domain.Forecasts;
using Corridor.Testing;
using Corridor.Web.Features.Forecasts;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Forecasts;

/// <summary>The real UN files load as published: WPP population figures to the thousandth, the DESA matrix with UN names mapped.</summary>
public sealed class UnDataTests
{
    private static string Data => UnTestData.Folder!;

    private static async Task<T> ImportAsync<T>(CorridorAppFactory app, Func<UnDataImport, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UnDataImport>());
    }

    [UnDataTheory]
    public async Task The_loaded_WPP_figure_for_world_males_aged_20_24_in_2020_is_308286_775_thousand(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.WithDbAsync(db => db.PopulationFigures.AnyAsync()); // starts the app and migrates
        var rows = await ImportAsync(app, i => i.WppAsync(Path.Combine(Data, UnData.WppFolder), new HashSet<int> { PopulationFigure.World }, default));

        var figure = await app.WithDbAsync(db => db.PopulationFigures.AsNoTracking()
            .SingleAsync(f => f.LocationCode == 900 && f.Sex == Sex.Male && f.AgeGroup == "20-24" && f.Year == 2020));
        Assert.Equal(308_286.775m, figure.Thousands);
        Assert.False(figure.Projected);
        Assert.Equal("World", figure.LocationName);
        Assert.True(await app.WithDbAsync(db => db.PopulationFigures.AnyAsync(f => f.LocationCode == 900 && f.Year == 2050 && f.Projected)));

        // Importing again replaces the load: the same rows, not twice as many; one audit event per import.
        Assert.Equal(rows, await ImportAsync(app, i => i.WppAsync(Path.Combine(Data, UnData.WppFolder), new HashSet<int> { 900 }, default)));
        Assert.Equal(rows, await app.WithDbAsync(db => db.PopulationFigures.CountAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "wpp imported")));
    }

    [UnDataTheory]
    public async Task The_UN_DESA_matrix_loads_with_ISO_codes_skips_regions_reports_unmapped_names_and_reimports_the_same(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(AppExtensions.Small);
        var path = Path.Combine(Data, UnData.MigrantStockFile);

        var first = await ImportAsync(app, i => i.MigrantStockAsync(path, default));
        var again = await ImportAsync(app, i => i.MigrantStockAsync(path, default));

        Assert.Equal(first.Rows, again.Rows);
        Assert.Equal(first.Rows, await app.WithDbAsync(db => db.MigrantStocks.CountAsync()));
        Assert.Contains("Channel Islands", first.Unmapped); // no ISO 3166 code of its own
        Assert.Contains("Caribbean", first.SkippedAggregates);
        Assert.Contains("South America", first.SkippedAggregates);
        Assert.DoesNotContain("Republic of Moldova", first.Unmapped);
        // Uzbekistan-born migrants in Kazakhstan, 2019, as published; Moldovans in Russia through the UN name.
        Assert.Equal(294_395, await app.WithDbAsync(db => db.MigrantStocks.Where(s => s.Year == 2019 && s.Destination == "KAZ" && s.Origin == "UZB").Select(s => s.Persons).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.MigrantStocks.AnyAsync(s => s.Destination == "RUS" && s.Origin == "MDA")));

        var analyst = await app.ApiClientAsync("analyst");
        var report = await (await analyst.GetAsync("/api/v1/statistics/corridors")).JsonAsync();
        Assert.Equal("KAZ", report.GetProperty("country").GetString());
        var origins = report.GetProperty("origins").EnumerateArray().ToList();
        Assert.Equal(10, origins.Count);
        var latest = origins.Select(o => o.GetProperty("latest").GetInt64()).ToList();
        Assert.Equal(latest.OrderDescending(), latest);
        Assert.Contains(origins, o => o.GetProperty("country").GetString() == "UZB" && o.GetProperty("latest").GetInt64() == 294_395);
        Assert.Contains(report.GetProperty("operational").EnumerateArray(), o => o.GetProperty("inboundWorkers").GetInt32() > 0);

        var page = await (await app.BrowserClientAsync("analyst")).GetAsync("/statistics/corridors");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<svg role=\"img\"", html);
        Assert.Contains("294", html);
        var csv = await (await app.BrowserClientAsync("analyst")).GetAsync("/statistics/corridors?table=origins&format=csv");
        Assert.Contains("294395", await csv.Content.ReadAsStringAsync());
    }
}
