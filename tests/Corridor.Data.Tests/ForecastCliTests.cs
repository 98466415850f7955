using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests;

/// <summary>`corridor import un-migrant-stock` and `corridor import wpp` as operations run them, on constructed files.</summary>
public class ForecastCliTests
{
    [DatabaseTheory]
    public async Task The_UN_imports_report_what_they_skip_replace_their_previous_load_and_refuse_a_bad_file_whole(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.WithDbAsync(db => db.MigrantStocks.AnyAsync()); // migrated
        var folder = Directory.CreateTempSubdirectory("corridor-un-").FullName;
        try
        {
            var csv = Path.Combine(folder, "stock.csv");
            // ".." under Channel Islands is not counted missing: the column is not loaded at all.
            await File.WriteAllTextAsync(csv, "Year,Dest,Uzbekistan,Channel Islands,Caribbean\n2019,Kazakhstan,294395,3,7\n2019,Caribbean,1,1,1\n2015,Kazakhstan,281713,..,1\n");

            var first = await CliTests.CorridorAsync(provider, app.ConnectionString, "import", "un-migrant-stock", csv);
            var again = await CliTests.CorridorAsync(provider, app.ConnectionString, "import", "un-migrant-stock", csv);

            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Contains("Loaded 2 corridor figures (0 missing cells)", first.Output);
            Assert.Contains("Skipped regions and aggregates: Caribbean", first.Output);
            Assert.Contains("do not map to an ISO 3166 code (not loaded): Channel Islands", first.Output);
            Assert.True(again.ExitCode == 0, again.ToString());
            Assert.Equal(2, await app.WithDbAsync(db => db.MigrantStocks.CountAsync()));

            var bad = Path.Combine(folder, "bad.csv");
            await File.WriteAllTextAsync(bad, "Year,Dest,Uzbekistan\n2019,Kazakhstan,1\n2019,Kyrgyzstan,lots\n");
            var refused = await CliTests.CorridorAsync(provider, app.ConnectionString, "import", "un-migrant-stock", bad);
            Assert.True(refused.ExitCode == 1, refused.ToString());
            Assert.Contains("Line 3", refused.Error);
            Assert.Equal(294_395, await app.WithDbAsync(db => db.MigrantStocks.Where(s => s.Year == 2019).Select(s => s.Persons).SingleAsync()));

            var wpp = Directory.CreateDirectory(Path.Combine(folder, "wpp")).FullName;
            foreach (var (file, years) in new[] { ("popM", "2020"), ("popF", "2020"), ("popMprojMed", "2025"), ("popFprojMed", "2025") })
                await File.WriteAllTextAsync(Path.Combine(wpp, file + ".tsv"),
                    $"country_code\tname\tage\t{years}\n900\tWorld\t20-24\t308286.775\n398\tKazakhstan\t20-24\t600.5\n");
            var loaded = await CliTests.CorridorAsync(provider, app.ConnectionString, "import", "wpp", wpp, "--locations", "398");
            Assert.True(loaded.ExitCode == 0, loaded.ToString());
            Assert.Contains("Loaded 4 population figures", loaded.Output);
            Assert.Equal([398], await app.WithDbAsync(db => db.PopulationFigures.Select(f => f.LocationCode).Distinct().ToListAsync()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
