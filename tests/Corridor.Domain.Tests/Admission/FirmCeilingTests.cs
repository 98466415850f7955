using Corridor.Domain.Admission;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Tests.Admission;

/// <summary>Issue: exactly-at-ceiling passes, one over fails, for each sector rule; the numbers come from the policy set.</summary>
public class FirmCeilingTests
{
    internal static RuleChecks Checks(Action<Dictionary<string, RuleSetting>>? change = null)
    {
        var settings = PolicyRules.Defaults().Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        change?.Invoke(settings);
        return new RuleChecks(PolicySet.Draft(7, "Test", new DateOnly(2026, 1, 1), new PolicyRules(settings), new Officer(null, "test")));
    }

    private static RuleResult Result(string section, int nationals, int foreign, int requested, string ruleId, RuleChecks? checks = null) =>
        FirmCeiling.Check(checks ?? Checks(), new FirmWorkforce(section, nationals, foreign, new Dictionary<string, int>(), requested, null))
            .Results.Single(r => r.RuleId == ruleId);

    [Theory]
    [InlineData(1, true)]   // 35 of 100 = 35 %: exactly at the ceiling
    [InlineData(2, false)]  // 36 of 101 > 35 %
    public void Services_35_percent(int requested, bool passes)
    {
        var r = Result("G", nationals: 65, foreign: 34, requested, "CEIL-SERVICES");
        Assert.Equal(passes, r.Passed);
        Assert.Equal("Policy default (Singapore MOM, services)", r.Citation);
        Assert.Equal(passes ? ["35", "100", "35"] : ["36", "101", "35"], r.Args);
    }

    [Theory]
    [InlineData(4, true)]   // 60 of 100
    [InlineData(5, false)]  // 61 of 101
    public void Manufacturing_60_percent(int requested, bool passes) =>
        Assert.Equal(passes, Result("C", nationals: 40, foreign: 56, requested, "CEIL-MANUFACTURING").Passed);

    [Theory]
    [InlineData(3, true)]   // 10 foreign for 50 nationals: one per 5
    [InlineData(4, false)]  // 11 foreign
    public void Construction_one_per_five_nationals(int requested, bool passes) =>
        Assert.Equal(passes, Result("F", nationals: 50, foreign: 7, requested, "CEIL-CONSTRUCTION").Passed);

    [Fact]
    public void Construction_with_too_few_nationals_for_one_foreign_worker_fails() =>
        Assert.False(Result("F", nationals: 4, foreign: 0, 1, "CEIL-CONSTRUCTION").Passed);

    [Fact]
    public void The_ceiling_is_the_policy_sets_number_not_a_constant()
    {
        RuleChecks Stricter() => Checks(s => s["CEIL-SERVICES"] = s["CEIL-SERVICES"] with { Values = new Dictionary<string, decimal> { ["maxForeignSharePercent"] = 30 } });
        Assert.False(Result("G", 65, 34, 1, "CEIL-SERVICES", Stricter()).Passed);
        Assert.True(Result("G", 70, 29, 1, "CEIL-SERVICES", Stricter()).Passed); // 30 of 100
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    public void Agriculture_and_mining_have_no_firm_ceiling(string section)
    {
        var checks = FirmCeiling.Check(Checks(), new FirmWorkforce(section, 0, 500, new Dictionary<string, int>(), 100, null));
        Assert.Equal(["CEIL-ORIGIN"], checks.Results.Select(r => r.RuleId));
        Assert.True(checks.AllPassed);
    }

    [Theory]
    [InlineData("C", CeilingKind.Manufacturing)]
    [InlineData("F", CeilingKind.Construction)]
    [InlineData("G", CeilingKind.Services)]
    [InlineData("I", CeilingKind.Services)]
    [InlineData("U", CeilingKind.Services)]
    [InlineData("A", CeilingKind.None)]
    [InlineData("B", CeilingKind.None)]
    public void Sections_map_to_ceilings(string section, CeilingKind kind) => Assert.Equal(kind, FirmCeiling.KindOf(section));

    [Theory]
    [InlineData(2, true)]   // 10 of 50 from UZB = 20 %
    [InlineData(3, false)]  // 11 of 51
    public void Origin_sub_ceiling_exactly_at_and_one_over(int requested, bool passes)
    {
        var checks = Checks(s => s["CEIL-ORIGIN"] = s["CEIL-ORIGIN"] with { Values = new Dictionary<string, decimal> { ["maxSharePerOriginPercent"] = 20 } });
        var firm = new FirmWorkforce("A", 30, 18, new Dictionary<string, int> { ["UZB"] = 8, ["TJK"] = 10 }, requested, "UZB");
        Assert.Equal(passes, FirmCeiling.Check(checks, firm).Results.Single(r => r.RuleId == "CEIL-ORIGIN").Passed);
    }

    [Fact]
    public void Refused_decision_names_the_rule_and_its_citation()
    {
        var checks = FirmCeiling.Check(Checks(), new FirmWorkforce("G", 65, 34, new Dictionary<string, int>(), 2, null));
        var decision = checks.Decide("QuotaRequest", Guid.NewGuid(), new { }, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(DecisionOutcome.Refused, decision.Outcome);
        var failed = Assert.Single(decision.Failed);
        Assert.Equal("CEIL-SERVICES", failed.RuleId);
        Assert.Equal("36 foreign workers of 101 in all after this request; at most 35 % may be foreign.", failed.Text);
    }

    [Theory]
    [InlineData(150, 30)]
    [InlineData(99, 19)]  // 19.8 rounds down: the reserve never exceeds the policy share
    [InlineData(1, 0)]
    public void The_reserve_is_the_policy_sets_share_rounded_down(int total, int reserve) =>
        Assert.Equal(reserve, NationalQuota.ReserveFor(total, PolicyRules.Defaults()));
}
