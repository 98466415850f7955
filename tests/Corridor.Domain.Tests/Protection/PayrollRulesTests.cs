using Corridor.Domain.Policy;
using Corridor.Domain.Protection;

namespace Corridor.Domain.Tests.Protection;

/// <summary>Each wage-protection rule with a line that passes and one that fails (defaults: minimum wage 85,000; overtime 150 %; cap 50 %; 15 days).</summary>
public class PayrollRulesTests
{
    private static readonly WagePolicy Policy = WagePolicy.From(PolicyRules.Defaults());
    private static readonly DateOnly October = new(2026, 10, 1);
    // 173,333.33 a month for 40 hours a week: 1,000 an hour.
    private static readonly WageTerms Terms = new(173_333.33m, 40, new(2026, 1, 1), new(2027, 12, 31));

    private static PayrollLine Line(decimal basic = 173_333.33m) => new()
    {
        WorkerId = Guid.NewGuid(), EmployerId = Guid.NewGuid(), OccupationCode = "7112", Period = October, BasicWage = basic,
        NetPaid = basic, Currency = "KZT", PaymentDate = new(2026, 11, 5), PaymentChannel = PaymentChannel.Bank,
    };

    private static List<string> Rules(PayrollLine line, WageTerms? terms = null)
    {
        var findings = new List<WageFinding>();
        PayrollRules.Check(line, terms ?? Terms, Policy, findings);
        return [.. findings.Select(f => f.RuleId)];
    }

    [Fact]
    public void A_line_paying_the_registered_terms_on_time_passes_every_rule() => Assert.Empty(Rules(Line()));

    [Fact]
    public void Below_contract_fails_below_the_registered_wage_and_is_pro_rata_for_part_of_a_month()
    {
        Assert.Equal(["WPS-BELOW-CONTRACT"], Rules(Line(173_000m)));
        // Active from 16 October: 16 of 31 days are owed.
        var half = Terms with { ActiveFrom = new(2026, 10, 16) };
        Assert.Empty(Rules(Line(89_462.36m), half));
        Assert.Equal(["WPS-BELOW-CONTRACT"], Rules(Line(89_000m), half));
    }

    [Fact]
    public void Min_wage_fails_below_the_permit_minimum_wage_even_when_the_contract_says_less()
    {
        var low = Terms with { MonthlyWage = 80_000m };
        Assert.Empty(Rules(Line(85_000m), low with { MonthlyWage = 85_000m }));
        Assert.Equal(["WPS-MIN-WAGE"], Rules(Line(80_000m), low));
    }

    [Fact]
    public void Overtime_fails_below_hours_times_hourly_wage_times_the_rate()
    {
        // 10 hours × 1,000 × 150 % = 15,000.
        var paid = Line();
        paid.OvertimeHours = 10;
        paid.OvertimePay = 15_000m;
        Assert.Empty(Rules(paid));
        paid.OvertimePay = 10_000m;
        var findings = new List<WageFinding>();
        PayrollRules.Check(paid, Terms, Policy, findings);
        var f = Assert.Single(findings);
        Assert.Equal(("WPS-OVERTIME", 15_000m, 10_000m), (f.RuleId, f.Expected, f.Actual));
    }

    [Fact]
    public void Deduction_cap_counts_only_non_statutory_deductions_against_half_the_gross()
    {
        var line = Line(100_000m);
        line.Deduction1Reason = DeductionReason.Tax;
        line.Deduction1Amount = 10_000m;
        line.Deduction2Reason = DeductionReason.Accommodation;
        line.Deduction2Amount = 50_000m;
        Assert.DoesNotContain("WPS-DEDUCTION-CAP", Rules(line));
        line.Deduction2Amount = 50_000.02m;
        Assert.Contains("WPS-DEDUCTION-CAP", Rules(line));
    }

    [Theory]
    [InlineData(DeductionReason.RecruitmentFee)]
    [InlineData(DeductionReason.Levy)]
    [InlineData(DeductionReason.DocumentFee)]
    public void Forbidden_deductions_fail_whatever_the_amount(DeductionReason reason)
    {
        var allowed = Line();
        allowed.Deduction1Reason = DeductionReason.Advance;
        allowed.Deduction1Amount = 1_000m;
        Assert.Empty(Rules(allowed));
        var forbidden = Line();
        forbidden.Deduction1Reason = reason;
        forbidden.Deduction1Amount = 1_000m;
        Assert.Equal(["WPS-DEDUCTION-FORBIDDEN"], Rules(forbidden));
    }

    [Fact]
    public void Late_fails_more_than_15_days_after_the_end_of_the_period()
    {
        var onTime = Line();
        onTime.PaymentDate = new(2026, 11, 15);
        Assert.Empty(Rules(onTime));
        var late = Line();
        late.PaymentDate = new(2026, 11, 16);
        Assert.Equal(["WPS-LATE"], Rules(late));
    }

    [Fact]
    public void Unpaid_expects_the_registered_wage_for_the_days_in_force()
    {
        var f = PayrollRules.Unpaid(Terms, October);
        Assert.Equal(("WPS-UNPAID", 173_333.33m, 0m), (f.RuleId, f.Expected, f.Actual));
        Assert.False(Terms.ActiveIn(new(2028, 1, 1)));
    }

    [Fact]
    public void Equal_treatment_fails_when_migrants_earn_more_than_5_percent_less_than_nationals()
    {
        Assert.Null(PayrollRules.EqualTreatment(2 * 95_000m, 2, 100_000m, 1, Policy));
        var f = PayrollRules.EqualTreatment(2 * 94_000m, 2, 100_000m, 1, Policy);
        Assert.Equal(("WPS-EQUAL-TREATMENT", 100_000m, 94_000m), (f!.Value.RuleId, f.Value.Expected, f.Value.Actual));
        Assert.Null(PayrollRules.EqualTreatment(2 * 50_000m, 2, 0, 0, Policy));
    }

    [Fact]
    public void National_lines_are_not_reconciled_one_by_one()
    {
        var national = Line(10m);
        national.WorkerId = null;
        national.NationalId = "880101300123";
        Assert.Empty(Rules(national));
    }

    [Fact]
    public void Allowances_fail_below_what_the_contract_promises_and_a_permit_promises_none()
    {
        Assert.Equal(RuleCatalogue.WageProtection, RuleCatalogue.Find("WPS-ALLOWANCES")!.Area);
        var contract = Terms with { Allowances = 30_000m };
        Assert.Empty(Rules(Line(), Terms)); // permit terms: no allowance owed
        var paid = Line();
        paid.AllowanceHousing = 20_000m;
        paid.AllowanceFood = 10_000m;
        Assert.Empty(Rules(paid, contract));
        var short1 = Line();
        short1.AllowanceHousing = 20_000m;
        Assert.Equal(["WPS-ALLOWANCES"], Rules(short1, contract));
        Assert.True(PayrollRules.NotPaidInFull.Contains("WPS-ALLOWANCES"));
        // Active from 16 October: 16 of 31 days of the allowance are owed.
        var half = contract with { ActiveFrom = new(2026, 10, 16) };
        var prorated = Line(89_462.36m);
        prorated.AllowanceOther = 15_483.88m;
        Assert.Empty(Rules(prorated, half));
        prorated.AllowanceOther = 15_000m;
        Assert.Equal(["WPS-ALLOWANCES"], Rules(prorated, half));
    }

    [Fact]
    public void Overtime_uses_the_contract_rate_where_it_promises_more_than_the_policy()
    {
        // 10 hours at 1,000 an hour: 15,000 at the policy's 150 %, 20,000 at a contract's 200 %.
        var line = Line();
        line.OvertimeHours = 10m;
        line.OvertimePay = 15_000m;
        Assert.Empty(Rules(line));
        Assert.Equal(["WPS-OVERTIME"], Rules(line, Terms with { OvertimeRatePercent = 200m }));
        Assert.Empty(Rules(line, Terms with { OvertimeRatePercent = 125m })); // never below the policy's floor
        line.OvertimePay = 20_000m;
        Assert.Empty(Rules(line, Terms with { OvertimeRatePercent = 200m }));
    }

    [Fact]
    public void Compliance_needs_90_percent_paid_in_full_and_on_time()
    {
        Assert.True(PayrollRules.Compliant(10, 9, Policy));
        Assert.False(PayrollRules.Compliant(10, 8, Policy));
        Assert.True(PayrollRules.Compliant(0, 0, Policy));
    }

    [Fact]
    public void Escalation_ladder_steps_fall_due_at_3_10_17_30_and_60_days()
    {
        var days = EscalationDays.From(PolicyRules.Defaults());
        Assert.Empty(days.DueAfter(2));
        Assert.Equal([EscalationStep.FirstReminder], days.DueAfter(3));
        Assert.Equal([EscalationStep.FirstReminder, EscalationStep.SecondReminder, EscalationStep.PermitSuspension], days.DueAfter(17));
        Assert.Equal(5, days.DueAfter(60).Count());
    }
}
