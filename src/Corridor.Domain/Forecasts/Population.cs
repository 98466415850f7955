using System.Globalization;
using Corridor.Domain.Common;
using Corridor.Domain.Reference;

namespace Corridor.Domain.Forecasts;

/// <summary>
/// UN World Population Prospects: the population of one country or area (UN M49 code) of one sex and 5-year age
/// group at mid-year, in thousands; estimates up to 2020, medium-variant projection from 2025. Loaded whole by an
/// import, like <see cref="MigrantStock"/>.
/// </summary>
public sealed class PopulationFigure
{
    private PopulationFigure() { }

    public PopulationFigure(int locationCode, string locationName, Sex sex, string ageGroup, int year, decimal thousands, bool projected)
    {
        LocationCode = locationCode;
        LocationName = locationName;
        Sex = sex;
        AgeGroup = ageGroup;
        Year = year;
        Thousands = thousands;
        Projected = projected;
    }

    /// <summary>UN M49 code: the ISO 3166 numeric code for countries, 900 for the world.</summary>
    public int LocationCode { get; private set; }
    public string LocationName { get; private set; } = "";
    public Sex Sex { get; private set; }
    /// <summary>"0-4" … "95-99", "100+", as the UN writes them.</summary>
    public string AgeGroup { get; private set; } = "";
    public int Year { get; private set; }
    public decimal Thousands { get; private set; }
    /// <summary>Medium-variant projection (2025 on) rather than an estimate.</summary>
    public bool Projected { get; private set; }

    public const int World = 900;

    /// <summary>The M49 code of a country (ISO numeric), or null.</summary>
    public static int? LocationOf(string alpha3) =>
        ReferenceData.Countries.TryGetValue(alpha3, out var c) && int.TryParse(c.Numeric, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>
/// Reads the WPP 2019 tab-separated files (country_code, name, age, then one column per year, thousands), keeping
/// only the locations asked for (all when <paramref name="locations"/> is null).
/// </summary>
public static class WppReader
{
    public static IEnumerable<PopulationFigure> Read(TextReader reader, Sex sex, bool projected, IReadOnlySet<int>? locations)
    {
        var header = reader.ReadLine()?.Split('\t') ?? throw new FormatException("The file is empty.");
        if (header.Length < 4 || header[0] != "country_code" || header[2] != "age")
            throw new FormatException("The first line must be country_code, name, age and then the years.");
        var years = header.Skip(3).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToArray();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            var f = text.Split('\t');
            if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
                throw new FormatException($"Line {line}: the country code \"{f[0]}\" is not a number.");
            if (locations is not null && !locations.Contains(code)) continue;
            for (var i = 0; i < years.Length && i + 3 < f.Length; i++)
            {
                if (f[i + 3].Length == 0) continue;
                if (!decimal.TryParse(f[i + 3], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    throw new FormatException($"Line {line}: \"{f[i + 3]}\" is not a number.");
                yield return new PopulationFigure(code, f[1], sex, f[2].Trim(), years[i], value, projected);
            }
        }
    }
}
