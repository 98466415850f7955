using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Corridor.Domain.Recruitment;

/// <summary>
/// A category of the ILO definition of recruitment fees and related costs (2018, approved by the Governing Body
/// in 2019). <see cref="Counts"/> says whether amounts of the category count towards the fee cap: per the ILO all
/// of them do; the flag is kept so a country's policy may differ. <see cref="Illegitimate"/> costs (bribes,
/// kickbacks, bonds) are never allowed, whatever the cap.
/// </summary>
public sealed record CostCategory(string Code, bool Counts, bool Illegitimate, string NameEn, string NameRu, string ExamplesEn, string ExamplesRu)
{
    public string Name(string culture) => culture.StartsWith("ru", StringComparison.Ordinal) ? NameRu : NameEn;
    public string Examples(string culture) => culture.StartsWith("ru", StringComparison.Ordinal) ? ExamplesRu : ExamplesEn;
}

/// <summary>The embedded code list Reference/Data/recruitment-cost-categories.csv, in its order.</summary>
public static class CostCategories
{
    private static readonly Lazy<IReadOnlyList<CostCategory>> List = new(Read);

    public static IReadOnlyList<CostCategory> All => List.Value;

    public static CostCategory? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(c => string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<CostCategory> Read()
    {
        using var stream = typeof(CostCategories).Assembly.GetManifestResourceStream("Corridor.Reference.recruitment-cost-categories.csv")
            ?? throw new InvalidOperationException("Reference data 'recruitment-cost-categories.csv' is not embedded.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<CostCategory>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
            rows.Add(new CostCategory(csv.GetField("code")!, bool.Parse(csv.GetField("counts")!), bool.Parse(csv.GetField("illegitimate")!),
                csv.GetField("name_en")!, csv.GetField("name_ru")!, csv.GetField("examples_en")!, csv.GetField("examples_ru")!));
        return rows;
    }
}

/// <summary>ISO 4217 currency codes in use (funds and precious metals left out: nobody pays a recruiter in them).</summary>
public static class Currencies
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND",
        "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF",
        "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD",
        "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW",
        "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
        "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN",
        "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN",
        "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES",
        "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
    };

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code.Trim().ToUpperInvariant());
}
