using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Tests.Policy;

namespace Corridor.Domain.Tests.Recruitment;

public class FeeCapTests
{
    private static readonly DateOnly Day = new(2026, 6, 15);
    private static readonly PolicyRules Defaults = PolicyRules.Defaults();

    private static FeeCapException Exception(string country, string prefix, decimal months, DateOnly from, DateOnly? to = null) =>
        new(country, prefix, months, from, to, "Regulator's order 12/2026", "regulator");

    private static FeeCaps.Paid Receipt(decimal amount, string currency = "KZT", string category = "RECRUITMENT_FEE") =>
        new(amount, currency, CostSource.Agency, category);

    private static FeeCaps.Paid Declared(decimal amount, string currency = "KZT", string category = "RECRUITMENT_FEE") =>
        new(amount, currency, CostSource.WorkerDeclaration, category);

    private static AppliedCap Cap(decimal months) => new(FeeCaps.DefaultRule, months, "test", null);

    [Fact]
    public void The_cost_categories_are_the_ilo_2018_list_in_english_and_russian()
    {
        Assert.Equal(["RECRUITMENT_FEE", "MEDICAL", "INSURANCE", "SKILLS_TEST", "TRAINING", "EQUIPMENT", "TRAVEL_LODGING", "ADMINISTRATIVE", "ILLEGITIMATE"],
            CostCategories.All.Select(c => c.Code));
        Assert.All(CostCategories.All, c =>
        {
            Assert.True(c.Counts, c.Code); // per the ILO every one is a recruitment fee or related cost
            Assert.NotEmpty(c.NameEn);
            Assert.Contains(c.NameRu, n => n is >= 'А' and <= 'я');
        });
        Assert.Equal(["ILLEGITIMATE"], CostCategories.All.Where(c => c.Illegitimate).Select(c => c.Code));
        Assert.Equal("Medical costs", CostCategories.Find("medical")!.NameEn);
        Assert.Null(CostCategories.Find("BRIBE"));
    }

    [Fact]
    public void By_default_the_cap_is_zero_months_employer_pays_citing_c181()
    {
        var cap = FeeCaps.Resolve(Defaults, [], "KOR", "721", Day);
        Assert.Equal((FeeCaps.DefaultRule, 0m, (Guid?)null), (cap.RuleId, cap.Months, cap.ExceptionId));
        Assert.Contains("C181 Art. 7", cap.Source);
    }

    [Fact]
    public void A_fee_over_the_cap_is_a_violation_and_exactly_at_the_cap_is_not()
    {
        var atCap = FeeCaps.Check(Cap(1), [Receipt(100_000m)], 100_000m, "KZT");
        Assert.Equal((FeeFinding.WithinCap, 100_000m, (decimal?)100_000m), (atCap.Finding, atCap.Total, atCap.CapAmount));
        Assert.False(atCap.IsViolation);

        var over = FeeCaps.Check(Cap(1), [Receipt(60_000m), Receipt(40_000.01m)], 100_000m, "KZT");
        Assert.Equal((FeeFinding.OverCap, 100_000.01m), (over.Finding, over.Total));
        Assert.True(over.IsViolation);
    }

    [Fact]
    public void Any_amount_where_the_cap_is_zero_is_a_violation()
    {
        var result = FeeCaps.Check(Cap(0), [Receipt(0.01m, "USD", "MEDICAL")], null, null);
        Assert.Equal(FeeFinding.CapIsZero, result.Finding);
        Assert.True(result.IsViolation);
    }

    [Fact]
    public void An_illegitimate_cost_is_a_violation_even_under_a_cap()
    {
        var result = FeeCaps.Check(Cap(2), [Receipt(10m, "KZT", "ILLEGITIMATE")], 100_000m, "KZT");
        Assert.Equal(FeeFinding.CapIsZero, result.Finding);
    }

    [Fact]
    public void Above_zero_the_check_needs_the_wage_and_one_currency()
    {
        Assert.Equal(FeeFinding.NeedsWage, FeeCaps.Check(Cap(1), [Receipt(10m)], null, null).Finding);
        Assert.Equal(FeeFinding.CurrencyDiffers, FeeCaps.Check(Cap(1), [Receipt(10m, "USD")], 100_000m, "KZT").Finding);
    }

    [Fact]
    public void A_declaration_higher_than_the_receipts_counts_instead_of_them_not_on_top()
    {
        // The agency wrote a receipt for 50,000; the worker says 150,000 was taken. Cap: one month of 100,000.
        var result = FeeCaps.Check(Cap(1), [Receipt(50_000m), Declared(150_000m)], 100_000m, "KZT");
        Assert.Equal((FeeFinding.OverCap, 150_000m), (result.Finding, result.Total));
        // The same payment declared and receipted is not counted twice.
        var same = FeeCaps.Check(Cap(1), [Receipt(80_000m), Declared(80_000m)], 100_000m, "KZT");
        Assert.Equal((FeeFinding.WithinCap, 80_000m), (same.Finding, same.Total));
    }

    [Fact]
    public void A_domestic_worker_always_has_a_zero_cap_whatever_the_exceptions()
    {
        var everyOccupation = Exception("SAU", "", 1, Day.AddYears(-1));
        var cap = FeeCaps.Resolve(Defaults, [everyOccupation], "SAU", "9111", Day);
        Assert.Equal((FeeCaps.DomesticRule, 0m), (cap.RuleId, cap.Months));
        Assert.Contains("C189", cap.Source);
        Assert.Equal(1m, FeeCaps.Resolve(Defaults, [everyOccupation], "SAU", "9112", Day).Months);
    }

    [Fact]
    public void An_exception_applies_on_its_dates_only()
    {
        var e = Exception("KOR", "7", 1.5m, Day, Day.AddMonths(6));
        Assert.Equal(0m, FeeCaps.Resolve(Defaults, [e], "KOR", "721", Day.AddDays(-1)).Months);
        Assert.Equal((1.5m, (Guid?)e.Id), (FeeCaps.Resolve(Defaults, [e], "KOR", "721", Day).Months, FeeCaps.Resolve(Defaults, [e], "KOR", "721", Day).ExceptionId));
        Assert.Equal(1.5m, FeeCaps.Resolve(Defaults, [e], "KOR", "721", Day.AddMonths(6)).Months);
        Assert.Equal(0m, FeeCaps.Resolve(Defaults, [e], "KOR", "721", Day.AddMonths(6).AddDays(1)).Months);
        // Another destination or occupation is not covered.
        Assert.Equal(0m, FeeCaps.Resolve(Defaults, [e], "JPN", "721", Day).Months);
        Assert.Equal(0m, FeeCaps.Resolve(Defaults, [e], "KOR", "821", Day).Months);
    }

    [Fact]
    public void The_most_specific_exception_in_force_wins()
    {
        var broad = Exception("KOR", "", 1, Day.AddYears(-1));
        var group = Exception("KOR", "72", 0.5m, Day.AddYears(-1));
        var unit = Exception("KOR", "7212", 2, Day.AddYears(-1), Day.AddDays(-1)); // ended: does not apply
        Assert.Equal(0.5m, FeeCaps.Resolve(Defaults, [broad, group, unit], "KOR", "7212", Day).Months);
        Assert.Equal(1m, FeeCaps.Resolve(Defaults, [broad, group, unit], "KOR", "821", Day).Months);
    }

    [Fact]
    public void The_policy_set_may_raise_the_default_cap()
    {
        var rules = PolicyRulesTests.WithValue(FeeCaps.DefaultRule, "capMonths", 1);
        Assert.Empty(rules.Problems());
        Assert.Equal(1m, FeeCaps.Resolve(rules, [], "KOR", "721", Day).Months);
        Assert.Single(PolicyRulesTests.WithValue(FeeCaps.DefaultRule, "capMonths", 13).Problems());
    }

    [Theory]
    [InlineData(-5, "KZT", 0, "Amount")]
    [InlineData(0, "KZT", 0, "Amount")]
    [InlineData(100, "XYZ", 0, "Currency")]
    [InlineData(100, "KZT", 1, "PaidOn")]
    public void Bad_amounts_are_refused_on_their_field(double amount, string currency, int daysAhead, string field)
    {
        var e = Assert.Throws<DomainException>(() => new RecruitmentCost(Guid.NewGuid(), Guid.NewGuid(), null, "KOR", "721", "MEDICAL", (decimal)amount, currency,
            Day.AddDays(daysAhead), "R-1", CostSource.Agency, "agency", Day));
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void An_agency_must_give_its_receipt_a_worker_need_not()
    {
        var e = Assert.Throws<DomainException>(() => new RecruitmentCost(Guid.NewGuid(), Guid.NewGuid(), null, "KOR", "721", "MEDICAL", 10m, "KZT",
            Day, null, CostSource.Agency, "agency", Day));
        Assert.Equal(nameof(RecruitmentCost.ReceiptNumber), e.Field);
        var declared = new RecruitmentCost(Guid.NewGuid(), Guid.NewGuid(), null, "kor", "7212", "medical", 10m, "kzt", Day, " ", CostSource.WorkerDeclaration, "worker", Day);
        Assert.Equal(("KOR", "MEDICAL", "KZT", (string?)null), (declared.DestinationCountry, declared.CategoryCode, declared.Currency, declared.ReceiptNumber));
    }

    [Fact]
    public void An_exception_is_checked_when_made()
    {
        Assert.Equal(nameof(FeeCapException.CapMonths), Assert.Throws<DomainException>(() => Exception("KOR", "", 13, Day)).Field);
        Assert.Equal(nameof(FeeCapException.IscoPrefix), Assert.Throws<DomainException>(() => Exception("KOR", "99999", 1, Day)).Field);
        Assert.Equal(nameof(FeeCapException.ValidTo), Assert.Throws<DomainException>(() => Exception("KOR", "", 1, Day, Day.AddDays(-1))).Field);
        Assert.Equal(nameof(FeeCapException.DestinationCountry), Assert.Throws<DomainException>(() => Exception("XXX", "", 1, Day)).Field);
    }
}
