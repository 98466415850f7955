using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Corridor.Domain.Reference;

public sealed record Country(string Alpha3, string Alpha2, string Numeric, string NameEn, string NameRu)
{
    public string Name(string culture) => culture.StartsWith("ru", StringComparison.Ordinal) ? NameRu : NameEn;
}

/// <summary>An entry of a classification (ISIC Rev.4 or ISCO-08).</summary>
public sealed record ClassificationItem(string Code, string Level, string? Parent, string TitleEn, string TitleRu, int? SkillLevel)
{
    public string Title(string culture) => culture.StartsWith("ru", StringComparison.Ordinal) ? TitleRu : TitleEn;
}

public sealed record OrgUnitRow(string Code, string? ParentCode, int Level, string NameEn, string NameRu);

public sealed record PersonName(string Country, string Sex, string Kind, string Latin, string Cyrillic);

/// <summary>
/// The code lists bundled with Corridor (ISO 3166-1, ISIC Rev.4, ISCO-08) and the demo country's
/// geography. They are read once from embedded CSV files (Reference/Data, see its README) and kept in
/// memory: they change with a new standard, not with daily work, and validation must not hit the database.
/// </summary>
public static class ReferenceData
{
    private static readonly Lazy<IReadOnlyDictionary<string, Country>> CountryIndex = new(() =>
        Read("countries", r => new Country(r["alpha3"], r["alpha2"], r["numeric"], r["name_en"], r["name_ru"]))
            .ToDictionary(c => c.Alpha3, StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<IReadOnlyDictionary<string, ClassificationItem>> IsicIndex = new(() =>
        ReadClassification("isic4").ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<IReadOnlyDictionary<string, ClassificationItem>> IscoIndex = new(() =>
        ReadClassification("isco08").ToDictionary(c => c.Code, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, Country> Countries => CountryIndex.Value;
    public static IReadOnlyDictionary<string, ClassificationItem> Isic => IsicIndex.Value;
    public static IReadOnlyDictionary<string, ClassificationItem> Isco => IscoIndex.Value;

    public static IEnumerable<ClassificationItem> IsicSections => Isic.Values.Where(i => i.Level == "section");
    public static IEnumerable<ClassificationItem> IsicDivisions(string section) =>
        Isic.Values.Where(i => i.Level == "division" && string.Equals(i.Parent, section, StringComparison.OrdinalIgnoreCase));

    public static bool IsCountry(string? alpha3) => alpha3 is not null && Countries.ContainsKey(alpha3.Trim());
    public static bool IsIscoCode(string? code) => code is not null && Isco.ContainsKey(code.Trim());

    public static bool IsIsicSection(string? code) =>
        code is not null && Isic.TryGetValue(code.Trim(), out var s) && s.Level == "section";
    public static bool IsIsicDivision(string? code) =>
        code is not null && Isic.TryGetValue(code.Trim(), out var d) && d.Level == "division";

    /// <summary>True when the division exists and belongs to the section.</summary>
    public static bool IsIsicDivisionOf(string? division, string? section) =>
        division is not null && section is not null
        && Isic.TryGetValue(division.Trim(), out var d) && d.Level == "division"
        && string.Equals(d.Parent, section.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>ISCO-08 skill level (1–4) of an occupation code, from the group itself or its nearest parent.</summary>
    public static int? SkillLevel(string code)
    {
        for (var c = code; c.Length > 0; c = c[..^1])
            if (Isco.TryGetValue(c, out var item) && item.SkillLevel is { } level) return level;
        return null;
    }

    public static IReadOnlyList<OrgUnitRow> KazakhstanOrgUnits() =>
        Read("kz-org-units", r => new OrgUnitRow(r["code"], NullIfEmpty(r["parent_code"]),
            int.Parse(r["level"], CultureInfo.InvariantCulture), r["name_en"], r["name_ru"]));

    public static IReadOnlyList<PersonName> Names() =>
        Read("names", r => new PersonName(r["country"], r["sex"], r["kind"], r["latin"], r["cyrillic"]));

    private static List<ClassificationItem> ReadClassification(string name) =>
        Read(name, r => new ClassificationItem(r["code"], r["level"], NullIfEmpty(r["parent"]), r["title_en"], r["title_ru"],
            r.TryGetValue("skill_level", out var s) && int.TryParse(s, out var level) ? level : null));

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static List<T> Read<T>(string name, Func<IReadOnlyDictionary<string, string>, T> map)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream($"Corridor.Reference.{name}.csv")
            ?? throw new InvalidOperationException($"Reference data '{name}.csv' is not embedded.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<T>();
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++) row[header[i]] = csv.GetField(i) ?? "";
            rows.Add(map(row));
        }
        return rows;
    }
}
