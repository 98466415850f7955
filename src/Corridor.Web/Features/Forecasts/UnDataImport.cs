using System.Security.Cryptography;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Forecasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Corridor.Web.Features.Forecasts;

/// <summary>Where the UN files are: ../shared/data next to the repository (or next to any folder above it).</summary>
public static class UnData
{
    public const string MigrantStockFile = "un-desa-migrant-stock-2019-origin-destination.csv";
    public const string WppFolder = "wpp2019";

    /// <summary>The first shared/data folder holding the UN files, looking from each start folder upwards; null when there is none.</summary>
    public static string? Locate(params string?[] starts)
    {
        foreach (var start in starts.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (File.Exists(Path.Combine(candidate, MigrantStockFile))) return candidate;
            }
        }
        return null;
    }
}

public sealed record MigrantStockImport(int Rows, int MissingCells, IReadOnlyList<string> SkippedAggregates, IReadOnlyList<string> Unmapped);

/// <summary>
/// Loads the UN files. Each import replaces what the previous one loaded (so running it twice gives the same table) in
/// one transaction, and leaves one audit event naming the file, its SHA-256 and the counts: the figures are official
/// statistics, not records anyone edits, so they are not audited row by row.
/// </summary>
public sealed class UnDataImport(CorridorDbContext db)
{
    private const int RowsPerStatement = 400;

    /// <param name="onlyCountry">Keep only the corridors to and from this country (alpha-3): the demo's quick load.</param>
    public async Task<MigrantStockImport> MigrantStockAsync(string path, CancellationToken ct, string? onlyCountry = null)
    {
        MigrantStockFile file;
        using (var reader = new StreamReader(path)) file = MigrantStockReader.Read(reader);
        if (onlyCountry is not null)
            file = file with { Cells = [.. file.Cells.Where(c => c.Destination == onlyCountry || c.Origin == onlyCountry)] };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.MigrantStocks.ExecuteDeleteAsync(ct);
        await InsertAsync(file.Cells, ct);
        db.RecordAction("un-migrant-stock imported", "MigrantStock", "UN DESA International Migrant Stock 2019",
            new { file = Path.GetFileName(path), sha256 = Sha256(path), onlyCountry, rows = file.Cells.Count, file.MissingCells, file.SkippedAggregates, file.Unmapped });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new MigrantStockImport(file.Cells.Count, file.MissingCells, file.SkippedAggregates, file.Unmapped);
    }

    /// <summary>popM/popF (estimates) and popMprojMed/popFprojMed (medium variant) from <paramref name="folder"/>; only
    /// <paramref name="locations"/> (UN M49 codes) when given.</summary>
    public async Task<int> WppAsync(string folder, IReadOnlySet<int>? locations, CancellationToken ct)
    {
        (string File, Sex Sex, bool Projected)[] parts =
            [("popM", Sex.Male, false), ("popF", Sex.Female, false), ("popMprojMed", Sex.Male, true), ("popFprojMed", Sex.Female, true)];
        var paths = parts.Select(p => (p, Path: FindFile(folder, p.File))).ToList();
        var missing = paths.Where(p => p.Path is null).Select(p => p.p.File).ToList();
        if (missing.Count > 0) throw new FileNotFoundException($"Not found in {folder}: {string.Join(", ", missing)} (.tsv or .txt).");
        var figures = new List<PopulationFigure>();
        foreach (var (p, path) in paths)
        {
            using var reader = new StreamReader(path!);
            figures.AddRange(WppReader.Read(reader, p.Sex, p.Projected, locations));
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (locations is null) await db.PopulationFigures.ExecuteDeleteAsync(ct);
        else
        {
            var codes = locations.ToList();
            await db.PopulationFigures.Where(f => codes.Contains(f.LocationCode)).ExecuteDeleteAsync(ct);
        }
        await InsertAsync(figures, ct);
        db.RecordAction("wpp imported", "PopulationFigure", "UN World Population Prospects 2019",
            new
            {
                folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)),
                files = paths.ToDictionary(p => Path.GetFileName(p.Path!), p => Sha256(p.Path!)),
                locations = locations?.Order().ToList(),
                rows = figures.Count,
            });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return figures.Count;
    }

    private static string? FindFile(string folder, string name) =>
        new[] { ".tsv", ".txt" }.Select(ext => Path.Combine(folder, name + ext)).FirstOrDefault(File.Exists);

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// Multi-row INSERTs with parameters, named from the EF model and converted by each column's own mapping (enums as
    /// text, SQLite decimals as text), so both providers store exactly what EF would.
    /// </summary>
    private async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var props = entity.GetProperties().ToList();
        var columns = string.Join(", ", props.Select(p => "\"" + p.GetColumnName(table) + "\""));
        var converters = props.Select(p => p.GetTypeMapping().Converter).ToList();
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var batch = rows.Skip(start).Take(RowsPerStatement).ToList();
            var values = new List<object>(batch.Count * props.Count);
            var tuples = new List<string>(batch.Count);
            foreach (var row in batch)
            {
                var placeholders = new string[props.Count];
                for (var i = 0; i < props.Count; i++)
                {
                    var value = props[i].PropertyInfo!.GetValue(row);
                    if (converters[i] is { } c) value = c.ConvertToProvider(value);
                    placeholders[i] = "{" + values.Count + "}";
                    values.Add(value!);
                }
                tuples.Add("(" + string.Join(", ", placeholders) + ")");
            }
            var sql = $"INSERT INTO \"{table.Name}\" ({columns}) VALUES {string.Join(", ", tuples)}";
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
    }
}
