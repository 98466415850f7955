using Corridor.Domain.Policy;
using Corridor.Domain.Protection;

namespace Corridor.Domain.Tests.Protection;

public sealed class RiskScoringTests
{
    private static PolicyRules WithWeights(Dictionary<string, decimal> weights)
    {
        var defaults = PolicyRules.Defaults();
        var settings = defaults.Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        settings[RiskScoring.WeightsRule] = new RuleSetting("test", weights);
        return new PolicyRules(settings);
    }

    [Fact]
    public void Default_weights_give_the_documented_breakdown()
    {
        // Construction (level 3), 2 complaints, 1 alert, 3 violations, 15 migrants of 60 (0.25), 60 workers (band 3).
        var score = RiskScoring.Score(PolicyRules.Defaults(), new RiskFactors("F", 2, 1, 3, 15, 45));

        Assert.Equal(
            [
                new RiskItem("sectorRisk", 3, 10, 30),
                new RiskItem("complaints", 2, 5, 10),
                new RiskItem("wageAlerts", 1, 4, 4),
                new RiskItem("priorViolations", 3, 8, 24),
                new RiskItem("migrantShare", 0.25m, 20, 5),
                new RiskItem("size", 3, 2, 6),
            ],
            score.Items);
        Assert.Equal(79m, score.Total);
    }

    [Fact]
    public void Given_weights_are_applied_exactly_with_decimal_shares()
    {
        var rules = WithWeights(new()
        {
            ["sectorRisk"] = 1.5m, ["complaints"] = 2, ["wageAlerts"] = 3, ["priorViolations"] = 4, ["migrantShare"] = 20, ["size"] = 0.5m,
            ["lookbackMonths"] = 12,
        });

        // Domestic work (T, level 3); one migrant of three workers: share 0.3333 → 6.67 points; band 1.
        var score = RiskScoring.Score(rules, new RiskFactors("T", 1, 0, 2, 1, 2));

        Assert.Equal([4.5m, 2m, 0m, 8m, 6.67m, 0.5m], score.Items.Select(i => i.Points));
        Assert.Equal(0.3333m, score.Items.Single(i => i.Key == "migrantShare").Value);
        Assert.Equal(21.67m, score.Total);
    }

    [Theory]
    [InlineData("A", 3)] // agriculture, forestry and fishing
    [InlineData("F", 3)] // construction
    [InlineData("T", 3)] // domestic work
    [InlineData("K", 1)]
    [InlineData("??", 1)] // unknown section: the lowest default level
    public void Sector_risk_defaults_are_high_for_the_sectors_the_issue_names(string section, int level) =>
        Assert.Equal(level, RiskScoring.SectorRisk(PolicyRules.Defaults(), section));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(9, 1)]
    [InlineData(10, 2)]
    [InlineData(49, 2)]
    [InlineData(50, 3)]
    [InlineData(249, 3)]
    [InlineData(250, 4)]
    public void Size_bands(int workforce, int band) => Assert.Equal(band, RiskScoring.SizeBand(workforce));

    [Fact]
    public void An_employer_with_no_workers_has_no_migrant_share()
    {
        var score = RiskScoring.Score(PolicyRules.Defaults(), new RiskFactors("G", 0, 0, 0, 0, 0));
        Assert.Equal(0m, score.Items.Single(i => i.Key == "migrantShare").Points);
        Assert.Equal(1 * 10 + 1 * 2, score.Total);
    }

    [Fact]
    public void The_catalogue_defaults_pass_validation_and_cite_C081()
    {
        Assert.Empty(PolicyRules.Defaults().Problems());
        foreach (var id in new[] { RiskScoring.WeightsRule, RiskScoring.SectorRule, RiskScoring.PlanRule })
        {
            var rule = RuleCatalogue.Find(id)!;
            Assert.Equal(RuleCatalogue.Inspections, rule.Area);
            Assert.Contains("C081", rule.DefaultCitation);
        }
    }
}
