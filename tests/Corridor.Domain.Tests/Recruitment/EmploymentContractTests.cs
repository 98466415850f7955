using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;

namespace Corridor.Domain.Tests.Recruitment;

/// <summary>Issue 4: employment contracts — each standards rule passing and failing with its citation, substitution detection, the status machine.</summary>
public class EmploymentContractTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Day = new(2026, 6, 1);
    private static readonly PolicyRules Rules = PolicyRules.Defaults();

    internal static ContractTerms GoodTerms() => new()
    {
        EmployerAddress = "12 Teheran-ro, Seoul",
        WorkplaceAddress = "Plant 3, Ansan",
        JobDescription = "Machine operator",
        Wage = 2_200_000,
        Currency = "KRW",
        WagePeriod = WagePeriod.Monthly,
        Accommodation = BenefitProvision.Provided,
        Food = BenefitProvision.Allowance,
        FoodAllowance = 100_000,
        HoursPerDay = 8,
        HoursPerWeek = 40,
        DailyRestHours = 12,
        RestDaysPerWeek = 2,
        WeeklyRestHours = 48,
        PaidLeaveDays = 15,
        OvertimeRatePercent = 150,
        TransportToJobsite = CostBearer.Employer,
        ReturnTravel = CostBearer.Employer,
        InsuranceByEmployer = true,
        InsuranceCover = "Industrial accident and health insurance",
        MedicalCareByEmployer = true,
        ProbationDays = 30,
        NoticeDays = 30,
        TerminationTerms = "Either party with 30 days' written notice; the employer only for just cause.",
        DisputeSettlement = "Conciliation by the labour attaché, then the labour court.",
        Deductions = [new(DeductionKind.SocialSecurity, 90_000)],
        WorkerLanguage = "ru",
    };

    internal static ContractParticulars Good(ContractTemplate template = ContractTemplate.GeneralWorker) => new(
        template, Guid.NewGuid(), null, "Hanil Precision Co.", "KOR", null, null, "818", "KOR",
        Day.AddMonths(1), Day.AddMonths(37), GoodTerms());

    internal static WageBenchmark KoreaMinimum() => new("KOR", null, 2_096_270, "KRW", 0.37m, new DateOnly(2025, 1, 1), "Minimum Wage Commission, 2025");

    private static ContractCheckFacts Facts(ContractParticulars p, WageBenchmark? nationals = null, WageBenchmark? host = null, bool noHost = false) =>
        new(p, noHost ? null : host ?? KoreaMinimum(), nationals, ["en", "ru"]);

    private static ContractFinding Rule(ContractParticulars p, string id, WageBenchmark? nationals = null, WageBenchmark? host = null, bool noHost = false) =>
        ContractStandards.Check(Rules, Facts(p, nationals, host, noHost)).Single(f => f.RuleId == id);

    private static ContractParticulars With(Func<ContractTerms, ContractTerms> change, ContractTemplate template = ContractTemplate.GeneralWorker)
    {
        var p = Good(template);
        return p with { Terms = change(p.Terms) };
    }

    [Fact]
    public void A_good_contract_passes_every_rule_and_each_finding_cites_its_source()
    {
        var findings = ContractStandards.Check(Rules, Facts(Good()));
        Assert.All(findings, f => Assert.True(f.Passed, f.RuleId + ": " + f.Text));
        foreach (var f in findings)
        {
            Assert.Equal(RuleCatalogue.Find(f.RuleId)!.DefaultCitation, f.Citation);
            Assert.Equal(RuleCatalogue.EmploymentContracts, RuleCatalogue.Find(f.RuleId)!.Area);
        }
        Assert.Contains(findings, f => f.RuleId == "CONTRACT-PARTICULARS");
        Assert.DoesNotContain(findings, f => f.RuleId == "CONTRACT-C189-ART7");
    }

    public static TheoryData<string, Func<ContractTerms, ContractTerms>, string> Failing => new()
    {
        { "CONTRACT-WEEKLY-REST", t => t with { WeeklyRestHours = 20 }, "C189 Art. 10" },
        { "CONTRACT-WEEKLY-REST", t => t with { RestDaysPerWeek = 0, WeeklyRestHours = 0 }, "C014 Art. 2" },
        { "CONTRACT-PAY-PERIOD", t => t with { WagePeriod = WagePeriod.Quarterly, Wage = 7_000_000 }, "C189 Art. 12" },
        { "CONTRACT-NO-FEES", t => t with { Deductions = [new(DeductionKind.RecruitmentFee, 50_000)] }, "C181 Art. 7" },
        { "CONTRACT-NO-FEES", t => t with { TransportToJobsite = CostBearer.Worker }, "C181 Art. 7" },
        { "CONTRACT-MIN-WAGE", t => t with { Wage = 2_000_000 }, "host and home minimum wage" },
        { "CONTRACT-MIN-WAGE", t => t with { Currency = "USD", Wage = 1_600 }, "C131" },
        { "CONTRACT-MAX-HOURS", t => t with { HoursPerWeek = 60 }, "C001 Art. 2" },
        { "CONTRACT-MAX-HOURS", t => t with { HoursPerDay = 10 }, "C001 Art. 2" },
        { "CONTRACT-OVERTIME", t => t with { OvertimeRatePercent = 100 }, "C001 Art. 6" },
        { "CONTRACT-PAID-LEAVE", t => t with { PaidLeaveDays = 5 }, "C132 Art. 3" },
        { "CONTRACT-RETURN-TRAVEL", t => t with { ReturnTravel = CostBearer.Worker }, "C189 Art. 7(j)" },
        { "CONTRACT-LANGUAGE", t => t with { WorkerLanguage = "uz" }, "C189 Art. 7" },
        { "CONTRACT-PROBATION", t => t with { ProbationDays = 180 }, "Labour Code" },
        { "CONTRACT-MEDICAL-INSURANCE", t => t with { InsuranceByEmployer = false }, "C97 Art. 6" },
        { "CONTRACT-PARTICULARS", t => t with { DisputeSettlement = "" }, "C97 Annex I" },
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Each_rule_fails_with_its_values_and_citation(string ruleId, Func<ContractTerms, ContractTerms> change, string cited)
    {
        Assert.True(Rule(Good(), ruleId).Passed);
        var f = Rule(With(change), ruleId);
        Assert.False(f.Passed, f.Text);
        Assert.Contains(cited, f.Citation);
        Assert.Equal(!ContractStandards.Advisory.Contains(ruleId), f.Mandatory);
        Assert.DoesNotContain("{0}", f.Text);
    }

    [Fact]
    public void The_weekly_rest_message_states_the_hours()
    {
        var f = Rule(With(t => t with { WeeklyRestHours = 20 }), "CONTRACT-WEEKLY-REST");
        Assert.Equal("Weekly rest of 20 consecutive hours (2 rest days a week); the minimum is 24 consecutive hours.", f.Text);
    }

    [Fact]
    public void A_domestic_contract_needs_every_C189_article_7_particular_including_its_duration()
    {
        var ok = Rule(Good(ContractTemplate.DomesticWorker), "CONTRACT-C189-ART7");
        Assert.True(ok.Passed, ok.Text);
        Assert.Contains("C189 Art. 7", ok.Citation);
        var open = Good(ContractTemplate.DomesticWorker) with { EndDate = null };
        var f = Rule(open with { Terms = open.Terms with { WorkplaceAddress = "" } }, "CONTRACT-C189-ART7");
        Assert.False(f.Passed);
        Assert.Contains("(b) workplace", f.Text);
        Assert.Contains("(c) duration", f.Text);
        Assert.True(f.Mandatory);
    }

    [Fact]
    public void The_minimum_is_the_higher_of_the_host_minimum_and_the_policy_floor()
    {
        // The floor of 85,000 KZT at 0.037 KZT per won is about 2.3 million won: above Korea's minimum.
        var cheapWon = new WageBenchmark("KOR", null, 2_096_270, "KRW", 0.037m, new DateOnly(2025, 1, 1), "test");
        var f = Rule(Good(), "CONTRACT-MIN-WAGE", host: cheapWon);
        Assert.False(f.Passed, f.Text);
        Assert.Contains("the minimum is 2,297,297.3 KRW", f.Text);
        Assert.True(Rule(Good(), "CONTRACT-MIN-WAGE").Passed);
        Assert.False(Rule(Good(), "CONTRACT-MIN-WAGE", noHost: true).Passed);
    }

    [Fact]
    public void A_weekly_wage_is_compared_as_a_monthly_amount()
    {
        var weekly = With(t => t with { Wage = 500_000, WagePeriod = WagePeriod.Weekly });
        var f = Rule(weekly, "CONTRACT-MIN-WAGE");
        Assert.True(f.Passed, f.Text);
        Assert.Contains("2,166,666.67 KRW a month", f.Text);
    }

    [Fact]
    public void Equal_treatment_compares_with_nationals_wage_for_the_occupation_where_known()
    {
        Assert.True(Rule(Good(), "CONTRACT-EQUAL-TREATMENT").Passed);
        var nationals = new WageBenchmark("KOR", "818", 2_500_000, "KRW", 0.37m, new DateOnly(2025, 1, 1), "Wage survey 2025");
        var f = Rule(Good(), "CONTRACT-EQUAL-TREATMENT", nationals);
        Assert.False(f.Passed);
        Assert.Contains("C97 Art. 6", f.Citation);
        Assert.Contains("2,500,000", f.Text);
        Assert.True(Rule(With(t => t with { Wage = 2_600_000 }), "CONTRACT-EQUAL-TREATMENT", nationals).Passed);
    }

    [Fact]
    public void The_benchmark_in_force_is_the_latest_on_or_before_the_day()
    {
        WageBenchmark[] rows =
        [
            new("RUS", null, 22_440, "RUB", 6.4m, new DateOnly(2025, 1, 1), "2025"),
            new("RUS", null, 27_093, "RUB", 6.4m, new DateOnly(2026, 1, 1), "2026"),
            new("RUS", "516", 40_000, "RUB", 6.4m, new DateOnly(2026, 1, 1), "occupation"),
        ];
        Assert.Equal(22_440, WageBenchmark.InForce(rows, "RUS", null, new DateOnly(2025, 12, 31))!.MonthlyAmount);
        Assert.Equal(27_093, WageBenchmark.InForce(rows, "RUS", null, new DateOnly(2026, 1, 1))!.MonthlyAmount);
        Assert.Null(WageBenchmark.InForce(rows, "RUS", null, new DateOnly(2024, 12, 31)));
        Assert.Equal(40_000, WageBenchmark.InForce(rows, "RUS", "516", Day)!.MonthlyAmount);
    }

    [Fact]
    public void A_lowered_wage_and_a_removed_rest_day_are_flagged_field_by_field()
    {
        var approved = Good();
        var atDestination = approved with { Terms = approved.Terms with { Wage = 1_900_000, RestDaysPerWeek = 1, WeeklyRestHours = 24 } };
        var changes = ContractComparison.Compare(approved, atDestination);
        Assert.Equal(["RestDaysPerWeek", "Wage", "WeeklyRestHours"], changes.Select(c => c.Field).Order());
        Assert.All(changes, c => Assert.True(c.Worse, c.ToString()));
        var wage = changes.Single(c => c.Field == "Wage");
        Assert.Equal("2,200,000 KRW Monthly", wage.Before);
        Assert.Equal("1,900,000 KRW Monthly", wage.After);
        var text = ContractComparison.Describe(changes);
        Assert.Contains("WORSE: Wage: 2,200,000 KRW Monthly → 1,900,000 KRW Monthly", text);
        Assert.Contains("WORSE: RestDaysPerWeek: 2 → 1", text);
    }

    [Fact]
    public void New_deductions_another_employer_or_occupation_and_worker_paid_return_travel_are_worse()
    {
        var a = Good();
        var b = a with
        {
            ForeignEmployerName = "Other Co.",
            OccupationCode = "932",
            Terms = a.Terms with { ReturnTravel = CostBearer.Worker, Deductions = [new(DeductionKind.SocialSecurity, 90_000), new(DeductionKind.Accommodation, 200_000)] },
        };
        var changes = ContractComparison.Compare(a, b);
        Assert.Equal(["Deduction.Accommodation", "Employer", "OccupationCode", "ReturnTravel"], changes.Where(c => c.Worse).Select(c => c.Field).Order());
    }

    [Fact]
    public void A_better_or_neutral_change_is_listed_but_not_flagged()
    {
        var a = Good();
        var b = a with { Terms = a.Terms with { Wage = 2_400_000, PaidLeaveDays = 20, HoursPerWeek = 38, JobDescription = "Senior machine operator", Deductions = [] } };
        var changes = ContractComparison.Compare(a, b);
        Assert.Equal(5, changes.Count);
        Assert.DoesNotContain(changes, c => c.Worse);
        Assert.Contains(changes, c => c.Field == "JobDescription" && c.Effect == ChangeEffect.Neutral);
        Assert.Empty(ContractComparison.Compare(a, a));
    }

    [Fact]
    public void Returned_then_fixed_then_approved_then_signed_then_registered()
    {
        var bad = With(t => t with { ReturnTravel = CostBearer.Worker });
        var contract = new EmploymentContract(Guid.NewGuid(), bad, Now);
        Assert.Equal(ContractStatus.Draft, contract.Status);
        Assert.True(PublicNumber.IsValid(contract.Number, 'K'));

        contract.Submit(ContractStandards.Check(Rules, Facts(contract.Particulars)), 3, Now);
        Assert.Equal(ContractStatus.Submitted, contract.Status);
        Assert.True(contract.HasFailingMandatoryFinding);
        var e = Assert.Throws<DomainException>(() => contract.Approve("regulator", null, Now));
        Assert.Contains("failing mandatory finding", e.Message);
        Assert.Throws<DomainException>(() => contract.Return("regulator", " ", Now));
        contract.Return("regulator", "The employer pays the return travel.", Now);
        Assert.Equal(ContractStatus.Returned, contract.Status);

        contract.Change(Good() with { AgencyId = contract.AgencyId });
        Assert.Equal(ContractStatus.Draft, contract.Status);
        contract.Submit(ContractStandards.Check(Rules, Facts(contract.Particulars)), 3, Now);
        Assert.False(contract.HasFailingMandatoryFinding);
        contract.Approve("regulator", null, Now);
        Assert.Throws<DomainException>(() => contract.Change(Good()));
        contract.Sign(SignatureMethod.Portal, "worker", "ru", Now);
        Assert.Equal(ContractStatus.Signed, contract.Status);

        var copy = contract.RegisterDestinationCopy(contract.Particulars, "partner", Now);
        Assert.Equal(ContractStatus.Registered, contract.Status);
        Assert.Equal(ContractStatus.Registered, copy.Status);
        Assert.Equal(ContractKind.DestinationCopy, copy.Kind);
        Assert.Equal(contract.Id, copy.PreviousVersionId);
        Assert.Equal(contract.Number, copy.Number);
        Assert.Equal(2, copy.VersionNumber);
    }

    [Fact]
    public void An_advisory_failure_does_not_stop_approval()
    {
        var contract = new EmploymentContract(Guid.NewGuid(), With(t => t with { ProbationDays = 180 }), Now);
        contract.Submit(ContractStandards.Check(Rules, Facts(contract.Particulars)), 3, Now);
        Assert.Contains(contract.Findings, f => f.RuleId == "CONTRACT-PROBATION" && !f.Passed && !f.Mandatory);
        contract.Approve("regulator", null, Now);
        Assert.Equal(ContractStatus.Approved, contract.Status);
    }

    [Fact]
    public void Transitions_out_of_order_are_refused()
    {
        var contract = new EmploymentContract(Guid.NewGuid(), Good(), Now);
        Assert.Throws<DomainException>(() => contract.Approve("r", null, Now));
        Assert.Throws<DomainException>(() => contract.Sign(SignatureMethod.Portal, "w", "ru", Now));
        Assert.Throws<DomainException>(() => contract.RegisterDestinationCopy(Good(), "p", Now));
        Assert.Throws<DomainException>(() => contract.Amend(Good(), Now));
        contract.Submit(ContractStandards.Check(Rules, Facts(contract.Particulars)), 3, Now);
        contract.Approve("r", null, Now);
        Assert.Throws<DomainException>(() => contract.RegisterDestinationCopy(Good(), "p", Now));

        var amendment = contract.Amend(Good() with { Terms = GoodTerms() with { Wage = 2_500_000 } }, Now);
        Assert.Equal(ContractKind.Amendment, amendment.Kind);
        Assert.Equal(ContractStatus.Draft, amendment.Status);
        Assert.Equal(contract.AgencyId, amendment.AgencyId);
        Assert.Throws<DomainException>(() => contract.SupersededBy(amendment));
        amendment.Submit(ContractStandards.Check(Rules, Facts(amendment.Particulars)), 3, Now);
        amendment.Approve("r", null, Now);
        contract.SupersededBy(amendment);
        Assert.Equal(ContractStatus.Superseded, contract.Status);
    }

    [Theory]
    [InlineData("Wage", "The wage must be more than zero.")]
    [InlineData("Currency", "Give the currency as a three-letter ISO 4217 code.")]
    [InlineData("WorkerLanguage", "Give the language as a two-letter ISO 639-1 code.")]
    [InlineData("HoursPerWeek", "Between 1 and 168 hours a week.")]
    public void Bad_terms_are_refused_on_their_field(string field, string message)
    {
        var t = GoodTerms();
        t = field switch
        {
            "Wage" => t with { Wage = 0 },
            "Currency" => t with { Currency = "won" },
            "WorkerLanguage" => t with { WorkerLanguage = "russian" },
            _ => t with { HoursPerWeek = 0 },
        };
        var e = Assert.Throws<DomainException>(() => new EmploymentContract(Guid.NewGuid(), Good() with { Terms = t }, Now));
        Assert.Equal(field, e.Field);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void The_terms_survive_storage_as_json()
    {
        var t = GoodTerms();
        var back = ContractTerms.FromJson(t.ToJson());
        Assert.Equal(t.ToJson(), back.ToJson());
        Assert.Equal(DeductionKind.SocialSecurity, back.Deductions.Single().Kind);
        Assert.Contains("\"WagePeriod\":\"Monthly\"", t.ToJson());
    }
}
