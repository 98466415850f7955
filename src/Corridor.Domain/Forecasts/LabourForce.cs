using System.Text.Json;
using Corridor.Domain.Common;

namespace Corridor.Domain.Forecasts;

/// <summary>The ILO's labour-force age groups: 15–19 … 60–64 and 65+ (methods.md §8.1).</summary>
public static class LabourAgeGroups
{
    public static readonly IReadOnlyList<string> All =
        ["15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65+"];

    /// <summary>The labour-force group a UN age group belongs to ("70-74" → "65+"), or null under 15.</summary>
    public static string? Of(string unAgeGroup)
    {
        if (All.Contains(unAgeGroup)) return unAgeGroup;
        var digits = new string(unAgeGroup.TakeWhile(char.IsDigit).ToArray());
        if (!int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var from)) return null;
        return from >= 65 ? "65+" : null;
    }

    public static string Key(Sex sex, string group) => $"{(sex == Sex.Female ? "F" : "M")}:{group}";
}

/// <summary>
/// A version of the labour-force participation rates (%, by sex and age group) the projection uses: entered from
/// the national labour force survey, or the defaults marked as such. A change is a new version, never an edit, so
/// a saved scenario can always be re-run with the rates it used.
/// </summary>
public sealed class ParticipationRateSet : Entity
{
    private static readonly JsonSerializerOptions Json = new();

    private ParticipationRateSet() { }

    public ParticipationRateSet(int number, IReadOnlyDictionary<string, decimal> rates, string source, bool isDefault, string enteredBy)
    {
        if (number < 1) throw new DomainException("Rate set numbers start at 1.", nameof(Number));
        if (string.IsNullOrWhiteSpace(source)) throw new DomainException("Say where the rates come from.", nameof(Source));
        foreach (var sex in new[] { Sex.Female, Sex.Male })
            foreach (var g in LabourAgeGroups.All)
            {
                var key = LabourAgeGroups.Key(sex, g);
                if (!rates.TryGetValue(key, out var r)) throw new DomainException("A rate is required.", key);
                if (r is < 0 or > 100) throw new DomainException("A rate is a percentage between 0 and 100.", key);
            }
        Number = number;
        RatesJson = JsonSerializer.Serialize(rates.ToDictionary(kv => kv.Key, kv => kv.Value), Json);
        Source = source.Trim();
        IsDefault = isDefault;
        EnteredBy = enteredBy;
    }

    public int Number { get; private set; }
    public string RatesJson { get; private set; } = "{}";
    public string Source { get; private set; } = "";
    /// <summary>The built-in defaults rather than survey figures: pages say so.</summary>
    public bool IsDefault { get; private set; }
    public string EnteredBy { get; private set; } = "";

    public IReadOnlyDictionary<string, decimal> Rates => JsonSerializer.Deserialize<Dictionary<string, decimal>>(RatesJson, Json) ?? [];

    public const string DefaultSource =
        "Default, approximate: rounded to the shape of the ILO modelled estimates (ILOSTAT, labour force participation rate by sex and age, Kazakhstan, 2019). Replace with the national labour force survey.";

    /// <summary>Approximate ILO modelled estimates for Kazakhstan (2019), rounded; a starting point, not survey data.</summary>
    public static IReadOnlyDictionary<string, decimal> Defaults()
    {
        decimal[] male = [12, 60, 88, 93, 93, 92, 90, 86, 75, 45, 12];
        decimal[] female = [8, 48, 72, 78, 82, 84, 83, 76, 50, 20, 6];
        var rates = new Dictionary<string, decimal>();
        for (var i = 0; i < LabourAgeGroups.All.Count; i++)
        {
            rates[LabourAgeGroups.Key(Sex.Male, LabourAgeGroups.All[i])] = male[i];
            rates[LabourAgeGroups.Key(Sex.Female, LabourAgeGroups.All[i])] = female[i];
        }
        return rates;
    }
}

/// <summary>How the participation rates move from the base year to 2050.</summary>
public enum RatePath
{
    /// <summary>Held at the rate set's values.</summary>
    Constant = 1,
    /// <summary>Moved in a straight line to the analyst's target for each group in the target year.</summary>
    LinearToTarget = 2,
}

/// <summary>Labour demand of one ISIC section: employment in the base year (thousands) and its growth, % a year.</summary>
public sealed record SectorDemand(string Section, decimal BaseEmployment, decimal GrowthPercent);

/// <summary>One 5-year step of a projection (all figures in thousands of persons).</summary>
public sealed record ProjectionStep(int Year, decimal Population15Plus, decimal LabourForce, decimal LabourForceFemale,
    decimal LabourForceMale, decimal? ChangeFromPrevious, decimal LabourDemand, decimal LabourForceGrowth, decimal DemandGrowth, decimal Gap,
    IReadOnlyDictionary<string, decimal> DemandBySection);

/// <summary>
/// The labour-force projection (methods.md §8.2): LF(s,a,t) = POP(s,a,t) × LFPR(s,a,t) / 100, summed over sex and age,
/// for every 5-year step; and the implied gap against a labour-demand path:
/// gap(t) = (demand(t) − demand(base)) − (LF(t) − LF(base)), the new jobs the growth of the national labour force does
/// not cover (positive = shortage). Demand(t) = Σ base employment × (1 + growth/100)^(t − base).
/// </summary>
public static class LabourForceProjection
{
    public const int TargetYear = 2050;

    public static decimal RateIn(decimal baseRate, decimal? target, RatePath path, int baseYear, int year, int targetYear = TargetYear)
    {
        if (path == RatePath.Constant || target is null || year <= baseYear) return baseRate;
        if (year >= targetYear) return target.Value;
        return baseRate + (target.Value - baseRate) * (year - baseYear) / (targetYear - baseYear);
    }

    public static decimal DemandIn(SectorDemand sector, int baseYear, int year) =>
        sector.BaseEmployment * (decimal)Math.Pow(1 + (double)sector.GrowthPercent / 100, year - baseYear);

    /// <param name="population">Population in thousands keyed by (sex, labour age group, year); UN groups already summed into 65+.</param>
    public static IReadOnlyList<ProjectionStep> Project(int baseYear, int endYear, IReadOnlyDictionary<(Sex Sex, string Group, int Year), decimal> population,
        IReadOnlyDictionary<string, decimal> rates, RatePath path, IReadOnlyDictionary<string, decimal> targets, IReadOnlyList<SectorDemand> demand)
    {
        var steps = new List<ProjectionStep>();
        decimal? previous = null, baseLf = null, baseDemand = null;
        for (var year = baseYear; year <= endYear; year += 5)
        {
            decimal pop = 0, female = 0, male = 0;
            foreach (var sex in new[] { Sex.Female, Sex.Male })
                foreach (var g in LabourAgeGroups.All)
                {
                    var p = population.GetValueOrDefault((sex, g, year));
                    var key = LabourAgeGroups.Key(sex, g);
                    var rate = RateIn(rates.GetValueOrDefault(key), targets.TryGetValue(key, out var t) ? t : null, path, baseYear, year);
                    pop += p;
                    var lf = p * rate / 100m;
                    if (sex == Sex.Female) female += lf; else male += lf;
                }
            var total = female + male;
            var bySection = demand.ToDictionary(d => d.Section, d => DemandIn(d, baseYear, year));
            var demandTotal = bySection.Values.Sum();
            baseLf ??= total;
            baseDemand ??= demandTotal;
            var lfGrowth = total - baseLf.Value;
            var demandGrowth = demandTotal - baseDemand.Value;
            steps.Add(new ProjectionStep(year, pop, total, female, male, previous is null ? null : total - previous, demandTotal,
                lfGrowth, demandGrowth, demandGrowth - lfGrowth, bySection));
            previous = total;
        }
        return steps;
    }

    /// <summary>Sums the UN 5-year groups (thousands) into the labour-force groups, dropping ages under 15.</summary>
    public static Dictionary<(Sex Sex, string Group, int Year), decimal> Group(IEnumerable<PopulationFigure> figures)
    {
        var result = new Dictionary<(Sex, string, int), decimal>();
        foreach (var f in figures)
            if (LabourAgeGroups.Of(f.AgeGroup) is { } g)
                result[(f.Sex, g, f.Year)] = result.GetValueOrDefault((f.Sex, g, f.Year)) + f.Thousands;
        return result;
    }

    /// <summary>
    /// The unmet demand a year brings, per section, in persons: the growth of the gap over the 5-year step that holds
    /// <paramref name="year"/>, divided by 5, shared among sections by their demand growth over that step (sections whose
    /// demand does not grow get none). Zero when the gap does not grow.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> AnnualUnmetDemand(IReadOnlyList<ProjectionStep> steps, int year)
    {
        var from = steps.LastOrDefault(s => s.Year <= year);
        var to = from is null ? null : steps.FirstOrDefault(s => s.Year > from.Year);
        if (from is null || to is null) return new Dictionary<string, decimal>();
        var annualGap = (to.Gap - from.Gap) / (to.Year - from.Year) * 1000m;
        var growth = to.DemandBySection.ToDictionary(kv => kv.Key, kv => Math.Max(0, kv.Value - from.DemandBySection.GetValueOrDefault(kv.Key)));
        var totalGrowth = growth.Values.Sum();
        return growth.ToDictionary(kv => kv.Key, kv => annualGap <= 0 || totalGrowth == 0 ? 0 : annualGap * kv.Value / totalGrowth);
    }
}

/// <summary>A projection an analyst saved: its country, rate set, rate path and targets, and the labour-demand path.</summary>
public sealed class LabourForceScenario : Entity
{
    private static readonly JsonSerializerOptions Json = new();

    private LabourForceScenario() { }

    public LabourForceScenario(string name, string country, int baseYear, int rateSetNumber, RatePath path,
        IReadOnlyDictionary<string, decimal> targets, IReadOnlyList<SectorDemand> demand, string savedBy)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Give the scenario a name.", nameof(Name));
        if (baseYear is < 1950 or > 2050 || baseYear % 5 != 0) throw new DomainException("The base year is a multiple of 5 between 1950 and 2050.", nameof(BaseYear));
        if (demand.Count == 0) throw new DomainException("Enter the employment of at least one sector.", nameof(DemandJson));
        Name = name.Trim();
        Country = country;
        BaseYear = baseYear;
        RateSetNumber = rateSetNumber;
        Path = path;
        TargetsJson = JsonSerializer.Serialize(targets.ToDictionary(kv => kv.Key, kv => kv.Value), Json);
        DemandJson = JsonSerializer.Serialize(demand, Json);
        SavedBy = savedBy;
    }

    public string Name { get; private set; } = "";
    /// <summary>ISO 3166 alpha-3 of the country projected.</summary>
    public string Country { get; private set; } = "";
    public int BaseYear { get; private set; }
    public int RateSetNumber { get; private set; }
    public RatePath Path { get; private set; }
    public string TargetsJson { get; private set; } = "{}";
    public string DemandJson { get; private set; } = "[]";
    public string SavedBy { get; private set; } = "";

    public IReadOnlyDictionary<string, decimal> Targets => JsonSerializer.Deserialize<Dictionary<string, decimal>>(TargetsJson, Json) ?? [];
    public IReadOnlyList<SectorDemand> Demand => JsonSerializer.Deserialize<List<SectorDemand>>(DemandJson, Json) ?? [];
}
