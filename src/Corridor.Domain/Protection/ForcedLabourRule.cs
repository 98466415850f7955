using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Corridor.Domain.Protection;

/// <summary>The 11 ILO indicators of forced labour (ILO SAP-FL, 2012), for identification and screening.</summary>
public enum IloIndicator
{
    AbuseOfVulnerability = 1,
    Deception = 2,
    RestrictionOfMovement = 3,
    Isolation = 4,
    PhysicalAndSexualViolence = 5,
    IntimidationAndThreats = 6,
    RetentionOfIdentityDocuments = 7,
    WithholdingOfWages = 8,
    DebtBondage = 9,
    AbusiveWorkingAndLivingConditions = 10,
    ExcessiveOvertime = 11,
}

/// <summary>The three dimensions of the employment relationship ("Hard to see, harder to count", ILO 2012).</summary>
public enum ForcedLabourDimension
{
    UnfreeRecruitment = 1,
    WorkUnderDuress = 2,
    ImpossibilityOfLeaving = 3,
}

/// <summary>C29 Art. 2(1) has two conjunctive elements: work not offered voluntarily, and menace of a penalty.</summary>
public enum TriageItemKind
{
    Involuntariness = 1,
    Penalty = 2,
}

public enum TriageItemStrength
{
    Medium = 1,
    Strong = 2,
}

/// <summary>One question of the triage: the dimension it belongs to, which element it evidences, and how strongly.</summary>
public sealed record TriageItem(string Code, ForcedLabourDimension Dimension, TriageItemKind Kind, TriageItemStrength Strength,
    IloIndicator Indicator, string Description);

/// <summary>One dimension's verdict and the answered items that produced it.</summary>
public sealed record DimensionResult(ForcedLabourDimension Dimension, bool Positive,
    IReadOnlyList<string> InvoluntarinessItems, IReadOnlyList<string> PenaltyItems, bool HasStrong);

/// <summary>The rule's result, kept with the version of the item table it was computed from.</summary>
public sealed record TriageResult(string RuleVersion, bool ForcedLabour, bool Trafficking, bool CrossBorder,
    IReadOnlyList<DimensionResult> Dimensions)
{
    /// <summary>A likely forced-labour or trafficking case goes for urgent referral.</summary>
    public bool Flagged => ForcedLabour || Trafficking;
}

/// <summary>
/// The survey decision rule for adults of "Hard to see, harder to count" (ILO 2012), methods.md §4.3:
/// a dimension is positive when it has at least one involuntariness item AND at least one penalty item,
/// and at least one of them is strong; forced labour when any dimension is positive; trafficking when
/// unfree recruitment is positive together with a movement element (recruited across a border).
/// Which item belongs where is configuration data (the item table), not code: the defaults are an
/// ILLUSTRATIVE table embedded as forced-labour-items.csv, and a ministry may load its own.
/// </summary>
public sealed class ForcedLabourRule
{
    private readonly Dictionary<string, TriageItem> _byCode;

    public ForcedLabourRule(IEnumerable<TriageItem> items, string version)
    {
        Items = [.. items];
        _byCode = Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        Version = version;
    }

    public IReadOnlyList<TriageItem> Items { get; }
    /// <summary>Name plus a fingerprint of the table, so a stored result says exactly which table decided it.</summary>
    public string Version { get; }

    public TriageItem? Find(string code) => _byCode.GetValueOrDefault(code);

    private static readonly Lazy<ForcedLabourRule> Embedded = new(() =>
    {
        using var stream = typeof(ForcedLabourRule).Assembly.GetManifestResourceStream("Corridor.Protection.forced-labour-items.csv")
            ?? throw new InvalidOperationException("forced-labour-items.csv is not embedded.");
        using var reader = new StreamReader(stream);
        return FromCsv(reader.ReadToEnd(), "ILO-2012-illustrative");
    });

    /// <summary>The default table (illustrative, per methods.md §4.6: strong/medium labels are not the guideline's own).</summary>
    public static ForcedLabourRule Default => Embedded.Value;

    public static ForcedLabourRule FromCsv(string text, string name)
    {
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture));
        var items = new List<TriageItem>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            items.Add(new TriageItem(
                csv.GetField("code")!.Trim(),
                Enum.Parse<ForcedLabourDimension>(csv.GetField("dimension")!, true),
                Enum.Parse<TriageItemKind>(csv.GetField("kind")!, true),
                Enum.Parse<TriageItemStrength>(csv.GetField("strength")!, true),
                Enum.Parse<IloIndicator>(csv.GetField("indicator")!, true),
                csv.GetField("description")!.Trim()));
        }
        if (items.Count == 0) throw new InvalidOperationException("The forced-labour item table is empty.");
        if (items.GroupBy(i => i.Code).Any(g => g.Count() > 1)) throw new InvalidOperationException("Duplicate item codes in the forced-labour table.");
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))))[..8].ToLowerInvariant();
        return new ForcedLabourRule(items, $"{name}/{hash}");
    }

    /// <summary>Applies the rule to the items answered "yes". Unknown codes are refused, not ignored.</summary>
    public TriageResult Evaluate(IEnumerable<string> answeredYes, bool crossBorder)
    {
        var yes = new List<TriageItem>();
        foreach (var code in answeredYes.Distinct(StringComparer.Ordinal))
            yes.Add(Find(code) ?? throw new Common.DomainException("Unknown triage item.", "Items"));
        var dimensions = Enum.GetValues<ForcedLabourDimension>().Select(d =>
        {
            var inDimension = yes.Where(i => i.Dimension == d).ToList();
            var involuntary = inDimension.Where(i => i.Kind == TriageItemKind.Involuntariness).ToList();
            var penalty = inDimension.Where(i => i.Kind == TriageItemKind.Penalty).ToList();
            var strong = inDimension.Any(i => i.Strength == TriageItemStrength.Strong);
            return new DimensionResult(d, involuntary.Count > 0 && penalty.Count > 0 && strong,
                [.. involuntary.Select(i => i.Code)], [.. penalty.Select(i => i.Code)], strong);
        }).ToList();
        var forcedLabour = dimensions.Any(d => d.Positive);
        var trafficking = crossBorder && dimensions.Single(d => d.Dimension == ForcedLabourDimension.UnfreeRecruitment).Positive;
        return new TriageResult(Version, forcedLabour, trafficking, crossBorder, dimensions);
    }
}
