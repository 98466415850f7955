using Corridor.Domain.Common;
using Corridor.Domain.Forecasts;
using Corridor.Domain.Policy;

namespace Corridor.Web.Tests.Forecasts;

/// <summary>The arithmetic of the projection, the quota recommendation and the UN file reader, checked against hand computations.</summary>
public class ForecastArithmeticTests
{
    /// <summary>
    /// Women 20–24: 100, 110, 120 thousand in 2020, 2025, 2030, rate 50 % moving to 80 % in 2050 (55 % in 2025, 60 % in 2030);
    /// men 20–24: 200, 190, 180 thousand at a constant 80 %. By hand: LF 2020 = 50 + 160 = 210; 2025 = 60.5 + 152 = 212.5;
    /// 2030 = 72 + 144 = 216. Demand: C 100 growing 10 % a year (161.051 in 2025, 259.37424601 in 2030), A 50 flat.
    /// Gap 2025 = (211.051 − 150) − (212.5 − 210) = 58.551; 2030 = 159.37424601 − 6 = 153.37424601.
    /// </summary>
    [Fact]
    public void The_projection_of_a_small_constructed_case_matches_a_hand_computation()
    {
        var population = new Dictionary<(Sex, string, int), decimal>
        {
            [(Sex.Female, "20-24", 2020)] = 100, [(Sex.Female, "20-24", 2025)] = 110, [(Sex.Female, "20-24", 2030)] = 120,
            [(Sex.Male, "20-24", 2020)] = 200, [(Sex.Male, "20-24", 2025)] = 190, [(Sex.Male, "20-24", 2030)] = 180,
        };
        var rates = new Dictionary<string, decimal> { ["F:20-24"] = 50, ["M:20-24"] = 80 };
        var targets = new Dictionary<string, decimal> { ["F:20-24"] = 80 };
        SectorDemand[] demand = [new("C", 100, 10), new("A", 50, 0)];

        var steps = LabourForceProjection.Project(2020, 2030, population, rates, RatePath.LinearToTarget, targets, demand);

        Assert.Equal([2020, 2025, 2030], steps.Select(s => s.Year));
        Assert.Equal([210m, 212.5m, 216m], steps.Select(s => s.LabourForce));
        Assert.Equal([50m, 60.5m, 72m], steps.Select(s => s.LabourForceFemale));
        Assert.Equal([300m, 300m, 300m], steps.Select(s => s.Population15Plus));
        Assert.Equal([null, 2.5m, 3.5m], steps.Select(s => s.ChangeFromPrevious));
        Assert.Equal([150m, 211.051m, 309.374246m], steps.Select(s => Math.Round(s.LabourDemand, 6)));
        Assert.Equal([0m, 58.551m, 153.374246m], steps.Select(s => Math.Round(s.Gap, 6)));

        var constant = LabourForceProjection.Project(2020, 2030, population, rates, RatePath.Constant, targets, demand);
        Assert.Equal([210m, 207m, 204m], constant.Select(s => s.LabourForce));

        // Next year 2026 lies in the 2025–2030 step: (153.37424601 − 58.551) ÷ 5 × 1000 persons a year, all to C (A does not grow).
        var unmet = LabourForceProjection.AnnualUnmetDemand(steps, 2026);
        Assert.Equal(18964.649m, Math.Round(unmet["C"], 3));
        Assert.Equal(0m, unmet["A"]);
    }

    [Fact]
    public void UN_age_groups_are_summed_into_the_labour_force_groups_and_children_are_left_out()
    {
        PopulationFigure F(string age, decimal v) => new(398, "Kazakhstan", Sex.Male, age, 2020, v, false);
        var grouped = LabourForceProjection.Group([F("10-14", 9), F("15-19", 1), F("65-69", 2), F("70-74", 3), F("100+", 0.5m)]);
        Assert.Equal(1m, grouped[(Sex.Male, "15-19", 2020)]);
        Assert.Equal(5.5m, grouped[(Sex.Male, "65+", 2020)]);
        Assert.Equal(2, grouped.Count);
    }

    [Fact]
    public void The_recommendation_is_the_policy_share_of_unmet_demand_bounded_by_the_room_under_the_firm_ceilings()
    {
        var rules = PolicyRules.Defaults(); // CEIL-SERVICES 35 %, CEIL-MANUFACTURING 60 %, CEIL-CONSTRUCTION 1 per 5, share 50 %
        FirmHeadcount[] firms =
        [
            new("G", 65, 10), // 35 % of a workforce with 65 nationals allows ⌊35 × 65 ÷ 65⌋ = 35 foreign: room 25
            new("G", 13, 20), // allows ⌊35 × 13 ÷ 65⌋ = 7, already 20: room 0, never negative
            new("F", 52, 3),  // ⌊52 ÷ 5⌋ = 10: room 7
            new("C", 40, 0),  // ⌊60 × 40 ÷ 40⌋ = 60: room 60
        ];

        var bound = QuotaRecommendation.Recommend(rules, "G", 1000, "projection", firms);
        Assert.Equal((500, 25, 25, true, 2), (bound.Raw, bound.CeilingHeadroom, bound.Recommended, bound.BoundByCeiling, bound.Employers));
        var within = QuotaRecommendation.Recommend(rules, "G", 41, "projection", firms);
        Assert.Equal((20, 20, false), (within.Raw, within.Recommended, within.BoundByCeiling)); // ⌊41 × 50 %⌋
        Assert.Equal(7, QuotaRecommendation.Recommend(rules, "F", 100, "projection", firms).Recommended);
        Assert.Equal(60, QuotaRecommendation.Headroom(rules, "C", firms));
        var unbounded = QuotaRecommendation.Recommend(rules, "A", 301, "labour market test", firms); // agriculture: no firm ceiling
        Assert.Equal((150, (int?)null, 150), (unbounded.Raw, unbounded.CeilingHeadroom, unbounded.Recommended));

        var lower = new PolicyRules(rules.Settings.ToDictionary(kv => kv.Key,
            kv => kv.Key == "QUOTA-RECOMMENDATION" ? kv.Value with { Values = new Dictionary<string, decimal> { ["sharePercent"] = 10 } } : kv.Value));
        Assert.Equal(100, QuotaRecommendation.Recommend(lower, "G", 1000, "projection", firms).Raw);
    }

    [Fact]
    public void The_ceiling_bound_is_exactly_the_largest_count_the_firm_ceiling_check_accepts()
    {
        var rules = PolicyRules.Defaults();
        foreach (var (section, nationals) in new[] { ("G", 65), ("G", 7), ("C", 33), ("F", 52), ("F", 4) })
        {
            var most = QuotaRecommendation.MostForeignAllowed(rules, section, nationals)!.Value;
            Assert.True(Passes(section, nationals, most), $"{section} {nationals}: {most} should pass");
            Assert.False(Passes(section, nationals, most + 1), $"{section} {nationals}: {most + 1} should fail");
        }

        bool Passes(string section, int nationals, int foreign) => Corridor.Domain.Admission.FirmCeiling.KindOf(section) switch
        {
            Corridor.Domain.Admission.CeilingKind.Construction => foreign * rules.Get("CEIL-CONSTRUCTION", "nationalsPerForeignWorker") <= nationals,
            Corridor.Domain.Admission.CeilingKind.Services => foreign * 100m <= rules.Get("CEIL-SERVICES", "maxForeignSharePercent") * (nationals + foreign),
            _ => foreign * 100m <= rules.Get("CEIL-MANUFACTURING", "maxForeignSharePercent") * (nationals + foreign),
        };
    }

    [Fact]
    public void The_UN_matrix_reader_maps_UN_names_skips_regions_and_reports_names_that_do_not_map()
    {
        const string csv = "Year,Dest,Uzbekistan,\"Bolivia (Plurinational State of)\",Channel Islands,Caribbean\n" +
                           "2019,Kazakhstan,\"1,234\",..,5,7\n" +
                           "2019,Caribbean,1,1,1,1\n" +
                           "2019,Republic of Moldova,-,0,..,3\n" +
                           "2015,Republic of Moldova,..,12,..,3\n";
        var file = MigrantStockReader.Read(new StringReader(csv));

        Assert.Equal([(2019, "KAZ", "UZB", 1234L), (2015, "MDA", "BOL", 12L)],
            file.Cells.Select(c => (c.Year, c.Destination, c.Origin, c.Persons)));
        Assert.Equal(2, file.MissingCells);
        Assert.Equal(["Caribbean"], file.SkippedAggregates);
        Assert.Equal(["Channel Islands"], file.Unmapped);
        var bad = Assert.Throws<FormatException>(() => MigrantStockReader.Read(new StringReader("Year,Dest,Uzbekistan\n2019,Kazakhstan,many\n")));
        Assert.Contains("Line 2", bad.Message);
    }
}
