using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Protection;

/// <summary>What the risk score of one employer is computed from, counted over the look-back period.</summary>
public sealed record RiskFactors(string IsicSection, int Complaints, int WageAlerts, int PriorViolations, int ForeignWorkers, int NationalEmployees);

/// <summary>One line of a risk score: the factor (catalogue parameter key), its value, the weight and the points.</summary>
public sealed record RiskItem(string Key, decimal Value, decimal Weight, decimal Points);

public sealed record RiskBreakdown(decimal Total, IReadOnlyList<RiskItem> Items);

/// <summary>
/// The INSP-RISK-WEIGHTS rule: a weighted sum of sector risk (INSP-SECTOR-RISK level of the ISIC section),
/// complaints, wage-protection alerts and prior violations (counts in the look-back), the migrant share of the
/// workforce (0–1) and the size band (1: under 10, 2: 10–49, 3: 50–249, 4: 250 and more). Pure and exact
/// (decimal arithmetic), so a breakdown can be re-read and checked by hand.
/// </summary>
public static class RiskScoring
{
    public const string WeightsRule = "INSP-RISK-WEIGHTS";
    public const string SectorRule = "INSP-SECTOR-RISK";
    public const string PlanRule = "INSP-PLAN";

    public static int SizeBand(int workforce) => workforce switch { < 10 => 1, < 50 => 2, < 250 => 3, _ => 4 };

    public static decimal SectorRisk(PolicyRules rules, string isicSection)
    {
        var section = isicSection.Trim().ToUpperInvariant();
        return RuleCatalogue.Find(SectorRule)!.Parameters.Any(p => p.Key == section) ? rules.Get(SectorRule, section) : 1;
    }

    public static DateOnly LookbackFrom(PolicyRules rules, DateOnly day) => day.AddMonths(-rules.GetInt(WeightsRule, "lookbackMonths"));

    public static RiskBreakdown Score(PolicyRules rules, RiskFactors f)
    {
        var workforce = f.ForeignWorkers + f.NationalEmployees;
        var share = workforce == 0 ? 0m : Math.Round((decimal)f.ForeignWorkers / workforce, 4, MidpointRounding.AwayFromZero);
        var items = new List<RiskItem>();
        void Add(string key, decimal value)
        {
            var weight = rules.Get(WeightsRule, key);
            items.Add(new RiskItem(key, value, weight, Math.Round(value * weight, 2, MidpointRounding.AwayFromZero)));
        }
        Add("sectorRisk", SectorRisk(rules, f.IsicSection));
        Add("complaints", f.Complaints);
        Add("wageAlerts", f.WageAlerts);
        Add("priorViolations", f.PriorViolations);
        Add("migrantShare", share);
        Add("size", SizeBand(workforce));
        return new RiskBreakdown(items.Sum(i => i.Points), items);
    }
}

/// <summary>The latest risk score of an employer, recomputed by the daily job under the policy in force.</summary>
public sealed class RiskScore : Entity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private RiskScore() { }

    public RiskScore(Guid employerId) => EmployerId = employerId;

    public Guid EmployerId { get; private set; }
    public decimal Score { get; private set; }
    public string BreakdownJson { get; private set; } = "[]";
    public DateOnly ComputedOn { get; private set; }
    /// <summary>The number of the policy set whose weights were used.</summary>
    public int PolicyVersion { get; private set; }

    public IReadOnlyList<RiskItem> Breakdown => FromJson(BreakdownJson);

    public static IReadOnlyList<RiskItem> FromJson(string json) => JsonSerializer.Deserialize<List<RiskItem>>(json, Json) ?? [];

    public bool IsSame(RiskBreakdown breakdown, int policyVersion) =>
        policyVersion == PolicyVersion && BreakdownJson == JsonSerializer.Serialize(breakdown.Items, Json);

    public void Set(RiskBreakdown breakdown, DateOnly on, int policyVersion)
    {
        Score = breakdown.Total;
        BreakdownJson = JsonSerializer.Serialize(breakdown.Items, Json);
        ComputedOn = on;
        PolicyVersion = policyVersion;
    }
}

public enum RiskSignalKind
{
    /// <summary>A complaint against the employer (from the complaints register, a hotline or a union).</summary>
    Complaint = 1,
    /// <summary>A wage-protection alert (late, short or missing pay found by payroll reconciliation).</summary>
    WageAlert = 2,
}

/// <summary>
/// A count of complaints or wage-protection alerts against an employer on a day, fed by an officer or by a job
/// (the complaints and payroll registers, once they exist); the risk score counts those in its look-back.
/// </summary>
public sealed class RiskSignal : Entity
{
    private RiskSignal() { }

    public RiskSignal(Guid employerId, RiskSignalKind kind, DateOnly reportedOn, int count, string source)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("Unknown kind of signal.", nameof(Kind));
        if (count < 1) throw new DomainException("The number must be at least 1.", nameof(Count));
        if (string.IsNullOrWhiteSpace(source)) throw new DomainException("Give the source of the signal.", nameof(Source));
        EmployerId = employerId;
        Kind = kind;
        ReportedOn = reportedOn;
        Count = count;
        Source = source.Trim();
    }

    public Guid EmployerId { get; private set; }
    public RiskSignalKind Kind { get; private set; }
    public DateOnly ReportedOn { get; private set; }
    public int Count { get; private set; }
    public string Source { get; private set; } = "";
}
