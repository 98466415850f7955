using System.Globalization;
using System.Text;
using Corridor.Domain.Reference;

namespace Corridor.Domain.Forecasts;

/// <summary>
/// One cell of the UN DESA International Migrant Stock origin × destination matrix: persons born in (or citizens of)
/// <see cref="Origin"/> living in <see cref="Destination"/> at mid-year <see cref="Year"/>. Official statistics loaded
/// whole by an import (one audited action per import), not edited record by record, so it is not an <c>Entity</c>.
/// </summary>
public sealed class MigrantStock
{
    private MigrantStock() { }

    public MigrantStock(int year, string destination, string origin, long persons)
    {
        Year = year;
        Destination = destination;
        Origin = origin;
        Persons = persons;
    }

    public int Year { get; private set; }
    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string Destination { get; private set; } = "";
    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string Origin { get; private set; } = "";
    public long Persons { get; private set; }
}

/// <summary>
/// The names the UN uses in its tables mapped to ISO 3166 alpha-3: first the reference list's English names, then
/// the UN's own spellings (M49 names such as "Republic of Moldova"). Regions and other aggregates are not countries
/// and are skipped on purpose; anything else that does not map is reported by the import.
/// </summary>
public static class UnCountryNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Bolivia (Plurinational State of)"] = "BOL",
        ["British Virgin Islands"] = "VGB",
        ["China, Hong Kong SAR"] = "HKG",
        ["China, Macao SAR"] = "MAC",
        ["China, Taiwan Province of China"] = "TWN",
        ["Dem. People's Republic of Korea"] = "PRK",
        ["Democratic People's Republic of Korea"] = "PRK",
        ["Democratic Republic of the Congo"] = "COD",
        ["Iran (Islamic Republic of)"] = "IRN",
        ["Micronesia (Fed. States of)"] = "FSM",
        ["Republic of Korea"] = "KOR",
        ["Republic of Moldova"] = "MDA",
        ["Saint Helena"] = "SHN",
        ["State of Palestine"] = "PSE",
        ["Turkey"] = "TUR",
        ["United Republic of Tanzania"] = "TZA",
        ["United States Virgin Islands"] = "VIR",
        ["Venezuela (Bolivarian Republic of)"] = "VEN",
        ["Wallis and Futuna Islands"] = "WLF",
        ["Lao People's Democratic Republic"] = "LAO",
        ["Russian Federation"] = "RUS",
        ["Syrian Arab Republic"] = "SYR",
        ["Viet Nam"] = "VNM",
        ["Czechia"] = "CZE",
        ["Côte d'Ivoire"] = "CIV",
        ["Curaçao"] = "CUW",
        ["Réunion"] = "REU",
        ["Kyrgyzstan"] = "KGZ",
    };

    /// <summary>UN regions and groupings that appear as rows of the UN tables; they are not countries.</summary>
    public static readonly IReadOnlySet<string> Aggregates = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "World", "Africa", "Asia", "Europe", "Oceania", "Latin America and the Caribbean", "Northern America",
        "Caribbean", "Central America", "South America", "Melanesia", "Micronesia", "Polynesia",
        "Australia and New Zealand", "Eastern Africa", "Middle Africa", "Northern Africa", "Southern Africa", "Western Africa",
        "Central Asia", "Eastern Asia", "South-Eastern Asia", "Southern Asia", "Western Asia",
        "Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe",
        "More developed regions", "Less developed regions", "Least developed countries", "Other", "Other North",
        "Other South", "Sub-Saharan Africa", "High-income countries", "Middle-income countries", "Low-income countries",
    };

    private static readonly Lazy<Dictionary<string, string>> ByName = new(() =>
        ReferenceData.Countries.Values.ToDictionary(c => c.NameEn, c => c.Alpha3, StringComparer.OrdinalIgnoreCase));

    /// <summary>The alpha-3 code of a UN country name, or null.</summary>
    public static string? ToAlpha3(string name)
    {
        var n = name.Trim();
        if (Aliases.TryGetValue(n, out var a)) return a;
        return ByName.Value.TryGetValue(n, out var c) ? c : null;
    }

    public static bool IsAggregate(string name) => Aggregates.Contains(name.Trim());
}

/// <summary>What a read of the UN DESA file found: the stock cells and what was left out, and why.</summary>
public sealed record MigrantStockFile(IReadOnlyList<MigrantStock> Cells, int MissingCells, IReadOnlyList<string> SkippedAggregates,
    IReadOnlyList<string> Unmapped);

/// <summary>
/// Reads the origin × destination CSV ("Year,Dest,&lt;origin names…&gt;"): ".." is missing (not stored), "-" is nil (zero);
/// zero cells are not stored. A line whose year is not a number is rejected with its line number.
/// </summary>
public static class MigrantStockReader
{
    public static MigrantStockFile Read(TextReader reader)
    {
        var header = ReadCsvLine(reader) ?? throw new FormatException("The file is empty.");
        if (header.Count < 3 || !header[0].Equals("Year", StringComparison.OrdinalIgnoreCase))
            throw new FormatException("The first line must start with Year,Dest and then the origin countries.");
        var skipped = new SortedSet<string>(StringComparer.Ordinal);
        var unmapped = new SortedSet<string>(StringComparer.Ordinal);
        string? Map(string name)
        {
            if (UnCountryNames.IsAggregate(name)) { skipped.Add(name.Trim()); return null; }
            var code = UnCountryNames.ToAlpha3(name);
            if (code is null) unmapped.Add(name.Trim());
            return code;
        }
        var origins = header.Skip(2).Select(Map).ToList();
        var cells = new Dictionary<(int, string, string), long>();
        var missing = 0;
        var line = 1;
        while (ReadCsvLine(reader) is { } row)
        {
            line++;
            if (row.Count == 1 && row[0].Length == 0) continue;
            if (!int.TryParse(row[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                throw new FormatException($"Line {line}: the year \"{row[0]}\" is not a number.");
            if (row.Count < 2 || Map(row[1]) is not { } destination) continue;
            for (var i = 2; i < row.Count && i - 2 < origins.Count; i++)
            {
                if (origins[i - 2] is not { } origin) continue;
                var value = row[i].Trim();
                if (value is ".." or "") { missing++; continue; }
                if (value == "-") continue;
                if (!long.TryParse(value.Replace(" ", ""), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var persons) || persons < 0)
                    throw new FormatException($"Line {line}: \"{value}\" is not a number of persons.");
                if (persons == 0) continue;
                // Two UN names for one country (rare) add up rather than overwrite.
                cells[(year, destination, origin)] = cells.GetValueOrDefault((year, destination, origin)) + persons;
            }
        }
        return new MigrantStockFile([.. cells.Select(c => new MigrantStock(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Value))],
            missing, [.. skipped], [.. unmapped]);
    }

    /// <summary>One RFC 4180 record (quoted fields may hold commas), or null at the end.</summary>
    private static List<string>? ReadCsvLine(TextReader reader)
    {
        var first = reader.Peek();
        if (first < 0) return null;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0) { fields.Add(field.ToString()); return fields; }
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r') { }
            else if (ch == '\n') { fields.Add(field.ToString()); return fields; }
            else field.Append(ch);
        }
    }
}
