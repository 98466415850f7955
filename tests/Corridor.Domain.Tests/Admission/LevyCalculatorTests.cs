using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Tests.Admission;

/// <summary>Issue: levy by sector × skill × tier of the foreign share, exact at the tier bounds; arrears after the grace; no overpayment.</summary>
public class LevyCalculatorTests
{
    private static readonly PolicyRules Rules = PolicyRules.Defaults();

    private static int?[] Skills(int count, int? level) => [.. Enumerable.Repeat(level, count)];

    [Theory]
    [InlineData(90, 10, 1, 105_000)]   // exactly 10 %: still tier 1
    [InlineData(89, 10, 2, 140_000)]   // one worker over: 10 of 99 > 10 %
    [InlineData(75, 25, 2, 140_000)]   // exactly 25 %: still tier 2
    [InlineData(74, 25, 3, 210_000)]   // one worker over: 25 of 99 > 25 %
    [InlineData(60, 40, 3, 210_000)]
    public void Services_tiers_by_foreign_share(int nationals, int foreign, int tier, decimal higherRate)
    {
        var a = LevyCalculator.Assess(Rules, CeilingKind.Services, nationals, Skills(foreign, 3))!;
        Assert.Equal(tier, a.Tier);
        Assert.Equal("LEVY-SERVICES", a.RuleId);
        var line = Assert.Single(a.Lines);
        Assert.Equal(LevySkill.Higher, line.Skill);
        Assert.Equal(higherRate, line.Rate);
        Assert.Equal(higherRate * foreign, a.Total);
    }

    [Fact]
    public void Basic_and_higher_skilled_are_charged_their_own_rates()
    {
        // 2 of 30 = 6.67 %: tier 1. ISCO levels 1–2 basic, 3–4 higher, unknown basic.
        var a = LevyCalculator.Assess(Rules, CeilingKind.Services, 28, [1, 4])!;
        Assert.Equal(1, a.Tier);
        Assert.Equal([new LevyLine(LevySkill.Higher, 1, 105_000, 105_000), new LevyLine(LevySkill.Basic, 1, 157_500, 157_500)], a.Lines);
        Assert.Equal(262_500m, a.Total);
        Assert.Equal(LevySkill.Basic, LevyCalculator.SkillOf(2));
        Assert.Equal(LevySkill.Higher, LevyCalculator.SkillOf(3));
        Assert.Equal(LevySkill.Basic, LevyCalculator.SkillOf(null));
    }

    [Fact]
    public void Sector_kinds_use_their_own_rule_and_agriculture_pays_none()
    {
        var m = LevyCalculator.Assess(Rules, CeilingKind.Manufacturing, 75, Skills(25, 2))!;   // exactly 25 %: tier 1
        Assert.Equal(("LEVY-MANUFACTURING", 1, 25 * 129_500m), (m.RuleId, m.Tier, m.Total));
        var m2 = LevyCalculator.Assess(Rules, CeilingKind.Manufacturing, 74, Skills(25, 2))!;
        Assert.Equal((2, 25 * 164_500m), (m2.Tier, m2.Total));
        var c = LevyCalculator.Assess(Rules, CeilingKind.Construction, 10, Skills(10, 1))!;
        Assert.Equal(("LEVY-CONSTRUCTION", 10 * 245_000m), (c.RuleId, c.Total));
        Assert.Null(LevyCalculator.Assess(Rules, CeilingKind.None, 10, Skills(3, 1)));
    }

    [Fact]
    public void Rates_come_from_the_policy_set()
    {
        var settings = Rules.Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        var s = settings["LEVY-SERVICES"];
        settings["LEVY-SERVICES"] = s with { Values = new Dictionary<string, decimal>(s.Values) { ["tier1BasicSkilled"] = 100_000.50m } };
        var a = LevyCalculator.Assess(new PolicyRules(settings), CeilingKind.Services, 99, [1])!;
        Assert.Equal(100_000.50m, a.Total);
    }

    private static LevyStatement Statement(decimal total = 300_000)
    {
        var a = new LevyAssessment("LEVY-SERVICES", 1, 10, 1, 9.09m, [new LevyLine(LevySkill.Basic, 1, total, total)], total);
        return new LevyStatement(Guid.NewGuid(), new DateOnly(2026, 11, 1), a, 3, DateTime.UtcNow);
    }

    [Fact]
    public void Due_at_the_end_of_the_following_month_and_in_arrears_only_after_the_grace()
    {
        var s = Statement();
        Assert.Equal(new DateOnly(2026, 12, 31), s.DueOn);
        Assert.Equal(3, s.PolicySetNumber);
        var grace = Rules.GetInt("LEVY-GRACE", "graceDays");
        Assert.Equal(30, grace);
        Assert.False(s.InArrearsOn(s.DueOn.AddDays(grace), grace));
        Assert.True(s.InArrearsOn(s.DueOn.AddDays(grace + 1), grace));
        s.Pay(299_999, new DateOnly(2026, 12, 1), "A1", "fund");
        Assert.Equal(LevyStatementStatus.PartlyPaid, s.Status);
        Assert.True(s.InArrearsOn(s.DueOn.AddDays(grace + 1), grace));   // partly paid is still unpaid
        s.Pay(1, new DateOnly(2026, 12, 2), "A2", "fund");
        Assert.Equal(LevyStatementStatus.Paid, s.Status);
        Assert.False(s.InArrearsOn(s.DueOn.AddDays(grace + 1), grace));
    }

    [Fact]
    public void Overpayment_and_non_positive_amounts_are_refused()
    {
        var s = Statement(1000);
        Assert.Equal("Amount", Assert.Throws<DomainException>(() => s.Pay(1000.01m, new DateOnly(2026, 12, 1), null, "fund")).Field);
        Assert.Throws<DomainException>(() => s.Pay(0, new DateOnly(2026, 12, 1), null, "fund"));
        Assert.Throws<DomainException>(() => s.Pay(-5, new DateOnly(2026, 12, 1), null, "fund"));
        Assert.Equal(0, s.AmountPaid);
        var p = s.Pay(1000, new DateOnly(2026, 12, 1), " REF ", "fund");
        Assert.Equal(("REF", 1000m, s.Id), (p.Reference, p.Amount, p.StatementId));
        Assert.Throws<DomainException>(() => s.Pay(1, new DateOnly(2026, 12, 1), null, "fund"));
    }

    [Fact]
    public void The_levy_rules_are_in_the_catalogue_with_citations()
    {
        foreach (var id in new[] { "LEVY-SERVICES", "LEVY-MANUFACTURING", "LEVY-CONSTRUCTION", "LEVY-GRACE", "LEVY-NO-WAGE-DEDUCTION" })
            Assert.Equal(RuleCatalogue.Levies, RuleCatalogue.Find(id)!.Area);
        Assert.Equal("ILO C95 Art. 8–9; C181 Art. 7", Rules.Citation("LEVY-NO-WAGE-DEDUCTION"));
        Assert.Empty(Rules.Problems());
    }
}
