using Corridor.Domain.Admission;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Forecasts;

/// <summary>One employer as the firm ceiling sees it: its section, national employees and foreign workers today.</summary>
public sealed record FirmHeadcount(string IsicSection, int NationalEmployees, int ForeignWorkers);

/// <summary>One line of the recommendation with every input it rests on.</summary>
public sealed record QuotaRecommendationLine(string Section, decimal UnmetDemand, string DemandSource, decimal SharePercent, int Raw,
    int? CeilingHeadroom, int Recommended, bool BoundByCeiling, int Employers);

/// <summary>
/// Next year's recommended quota per ISIC section = ⌊projected unmet demand × QUOTA-RECOMMENDATION share⌋, bounded by
/// the room the firm ceilings leave: Σ over the section's employers of max(0, most foreign workers the ceiling allows
/// − foreign workers today). A share ceiling p % (CEIL-SERVICES, CEIL-MANUFACTURING) allows ⌊p × nationals ÷ (100 − p)⌋
/// (the largest f with f ÷ (nationals + f) ≤ p %); CEIL-CONSTRUCTION allows ⌊nationals ÷ nationals-per-foreign-worker⌋.
/// Sections without a firm ceiling (A, B, D, E) and share ceilings of 100 % are not bounded.
/// </summary>
public static class QuotaRecommendation
{
    public const string ShareRule = "QUOTA-RECOMMENDATION";
    public const string AnnualRule = "QUOTA-ANNUAL";

    /// <summary>The most foreign workers the ceiling allows this firm in all, or null when no firm ceiling applies.</summary>
    public static int? MostForeignAllowed(PolicyRules rules, string section, int nationals)
    {
        switch (FirmCeiling.KindOf(section))
        {
            case CeilingKind.Services:
            case CeilingKind.Manufacturing:
            {
                var p = rules.Get(FirmCeiling.KindOf(section) == CeilingKind.Services ? "CEIL-SERVICES" : "CEIL-MANUFACTURING", "maxForeignSharePercent");
                if (p >= 100) return null;
                return (int)decimal.Floor(p * nationals / (100 - p));
            }
            case CeilingKind.Construction:
                return (int)decimal.Floor(nationals / rules.Get("CEIL-CONSTRUCTION", "nationalsPerForeignWorker"));
            default:
                return null;
        }
    }

    /// <summary>Room under the firm ceilings in a section, or null when the section is not bounded.</summary>
    public static int? Headroom(PolicyRules rules, string section, IEnumerable<FirmHeadcount> firms)
    {
        var total = 0;
        foreach (var f in firms.Where(f => f.IsicSection == section))
        {
            if (MostForeignAllowed(rules, section, f.NationalEmployees) is not { } most) return null;
            total += Math.Max(0, most - f.ForeignWorkers);
        }
        return FirmCeiling.KindOf(section) == CeilingKind.None ? null : total;
    }

    public static QuotaRecommendationLine Recommend(PolicyRules rules, string section, decimal unmetDemand, string source, IReadOnlyList<FirmHeadcount> firms)
    {
        var share = rules.Get(ShareRule, "sharePercent");
        var raw = (int)decimal.Floor(Math.Max(0, unmetDemand) * share / 100m);
        var headroom = Headroom(rules, section, firms);
        var recommended = headroom is { } h ? Math.Min(raw, h) : raw;
        return new QuotaRecommendationLine(section, unmetDemand, source, share, raw, headroom, recommended, recommended < raw,
            firms.Count(f => f.IsicSection == section));
    }
}
