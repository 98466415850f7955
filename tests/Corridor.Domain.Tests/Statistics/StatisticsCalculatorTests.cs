using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Statistics;

namespace Corridor.Domain.Tests.Statistics;

/// <summary>
/// Every indicator on a constructed data set whose figures were worked out by hand (in the comments), split by sex.
/// Today is 2025-06-30. Employers: E1 construction (F) in region KZ-AST, E2 agriculture (A) in KZ-ALM.
/// Workers: Aigul F UZB born 1995-03-01 (7112), Dilnoza F TJK born 1980-07-01 (9312), Bakhtiyor M UZB born 2000-01-10 (8322),
/// Nodira F UZB born 1999-05-05 (outbound national working abroad).
/// </summary>
public class StatisticsCalculatorTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);
    private static readonly Guid E1 = Guid.NewGuid(), E2 = Guid.NewGuid();
    private static readonly Guid Aigul = Guid.NewGuid(), Dilnoza = Guid.NewGuid(), Bakhtiyor = Guid.NewGuid(), Nodira = Guid.NewGuid();
    private static readonly Guid P1 = Guid.NewGuid(), P2 = Guid.NewGuid(), P3 = Guid.NewGuid(), P4 = Guid.NewGuid(), P5 = Guid.NewGuid();

    private static List<StatisticsValue> Compute()
    {
        var c = new StatisticsCalculator(Today);
        c.AddEmployer(new EmployerFact(E1, "F", "KZ-AST"));
        c.AddEmployer(new EmployerFact(E2, "A", "KZ-ALM"));
        c.AddWorker(new WorkerFact(Aigul, Sex.Female, new DateOnly(1995, 3, 1), "UZB", "7112"));
        c.AddWorker(new WorkerFact(Dilnoza, Sex.Female, new DateOnly(1980, 7, 1), "TJK", "9312"));
        c.AddWorker(new WorkerFact(Bakhtiyor, Sex.Male, new DateOnly(2000, 1, 10), "UZB", "8322"));
        c.AddWorker(new WorkerFact(Nodira, Sex.Female, new DateOnly(1999, 5, 5), "KAZ", "5120"));
        // Aigul: issued 2025-01-05, arrived 2025-01-10, active to 2026-01-09.
        c.AddPermit(new PermitFact(P1, Aigul, E1, "7112", PermitStatus.Active, new(2025, 1, 5), new(2025, 1, 10), new(2026, 1, 9), null, null, null));
        // Dilnoza: arrived 2025-02-01, released 2025-03-15 and moved to E2 on 2025-04-01 (P2 transferred, P3 continues it).
        c.AddPermit(new PermitFact(P2, Dilnoza, E1, "9312", PermitStatus.Transferred, new(2025, 1, 20), new(2025, 2, 1), new(2026, 1, 31), new(2025, 4, 1), new(2025, 5, 14), null));
        c.AddPermit(new PermitFact(P3, Dilnoza, E2, "9312", PermitStatus.Active, new(2025, 3, 30), new(2025, 4, 1), new(2026, 1, 31), null, null, P2));
        // Bakhtiyor: arrived 2025-02-10, permit cancelled 2025-05-20 (he left): outflow on 2025-05-20.
        c.AddPermit(new PermitFact(P4, Bakhtiyor, E2, "8322", PermitStatus.Cancelled, new(2025, 2, 1), new(2025, 2, 10), new(2026, 2, 9), new(2025, 5, 20), null, null));
        // A permit issued to Bakhtiyor in June for E1 but not activated: issued, not in the stock.
        c.AddPermit(new PermitFact(P5, Bakhtiyor, E1, "8322", PermitStatus.Issued, new(2025, 6, 20), null, new(2026, 6, 19), null, null, null));
        c.AddRefusal(new RefusalFact(Aigul, E1, "7112", new(2024, 12, 1), ["PERMIT-WAGE", "PERMIT-LMT"]));
        c.AddRefusal(new RefusalFact(Bakhtiyor, E2, "8322", new(2025, 1, 15), []));
        c.AddVacancy(new VacancyFact("F", "KZ-AST", "7112", 10, new(2025, 1, 2), new(2025, 1, 20), 4, 1, new(2025, 1, 21), 9));
        c.AddComplaint(new ComplaintFact(Dilnoza, E1, new(2025, 3, 10), ["UnpaidWages", "DocumentRetention"]));
        c.AddComplaint(new ComplaintFact(null, null, new(2025, 4, 2), ["UnpaidWages"]));
        c.AddPayroll(new PayrollFact(Aigul, E1, "7112", new(2025, 2, 1), true));
        c.AddPayroll(new PayrollFact(Aigul, E1, "7112", new(2025, 3, 1), false));
        c.AddPayroll(new PayrollFact(Bakhtiyor, E2, "8322", new(2025, 3, 1), true));
        c.AddContractAbroad(new ContractAbroadFact(Nodira, "KOR", "5120", new(2023, 4, 1), new(2025, 3, 31)));
        return c.Results().ToList();
    }

    private static readonly List<StatisticsValue> Values = Compute();

    private static long Sum(string indicator, string period, Func<StatisticsValue, bool>? where = null) =>
        Values.Where(v => v.Indicator == indicator && v.Period == period && (where?.Invoke(v) ?? true)).Sum(v => v.Value);

    [Fact]
    public void Stock_at_period_end_by_sex_and_characteristics()
    {
        // 2025Q1 ends 2025-03-31: Aigul (E1), Dilnoza seeking under P2 (E1), Bakhtiyor (E2) → 3: 2 women, 1 man.
        Assert.Equal(3, Sum(Indicators.Stock, "2025Q1"));
        Assert.Equal(2, Sum(Indicators.Stock, "2025Q1", v => v.Sex == "F"));
        Assert.Equal(1, Sum(Indicators.Stock, "2025Q1", v => v.Sex == "M"));
        Assert.Equal(2, Sum(Indicators.Stock, "2025Q1", v => v.Region == "KZ-AST"));
        // Q2 ends 2025-06-30 (today): Aigul and Dilnoza (now E2, agriculture); Bakhtiyor left, his new permit is not activated.
        Assert.Equal(2, Sum(Indicators.Stock, "2025Q2"));
        Assert.Equal(2, Sum(Indicators.Stock, "2025Q2", v => v.Sex == "F"));
        Assert.Equal(0, Sum(Indicators.Stock, "2025Q2", v => v.Sex == "M"));
        Assert.Equal(1, Sum(Indicators.Stock, "2025Q2", v => v.Isic == "A" && v.Citizenship == "TJK" && v.AgeGroup == "40-44" && v.Isco == "9" && v.SkillLevel == "1"));
        Assert.Equal(1, Sum(Indicators.Stock, "2025Q2", v => v.Isic == "F" && v.Citizenship == "UZB" && v.AgeGroup == "30-34" && v.SkillLevel == "2"));
        // January: only Aigul (arrived 10th); the year 2025 = stock on today.
        Assert.Equal(1, Sum(Indicators.Stock, "202501"));
        Assert.Equal(2, Sum(Indicators.Stock, "2025"));
        // The stock is never counted before the first arrival.
        Assert.Equal(0, Sum(Indicators.Stock, "2024"));
    }

    [Fact]
    public void Inflows_count_arrivals_but_not_a_change_of_employer()
    {
        // Arrivals: Aigul 2025-01-10, Dilnoza 2025-02-01, Bakhtiyor 2025-02-10; Dilnoza's P3 continues P2 (no arrival).
        Assert.Equal(3, Sum(Indicators.Inflow, "2025"));
        Assert.Equal(2, Sum(Indicators.Inflow, "2025", v => v.Sex == "F"));
        Assert.Equal(1, Sum(Indicators.Inflow, "2025", v => v.Sex == "M"));
        Assert.Equal(2, Sum(Indicators.Inflow, "202502"));
        Assert.Equal(0, Sum(Indicators.Inflow, "2025Q2"));
    }

    [Fact]
    public void Outflows_count_stays_that_ended_and_were_not_continued()
    {
        // Bakhtiyor's permit cancelled on 2025-05-20: last day 05-19, outflow on 05-20. P2 was continued by P3: no outflow.
        Assert.Equal(1, Sum(Indicators.Outflow, "2025"));
        Assert.Equal(1, Sum(Indicators.Outflow, "202505", v => v.Sex == "M" && v.Region == "KZ-ALM"));
        Assert.Equal(0, Sum(Indicators.Outflow, "2025", v => v.Sex == "F"));
    }

    [Fact]
    public void Permits_issued_refused_by_rule_and_transferred()
    {
        // Issued: P1 (Jan), P2 (Jan), P3 (Mar), P4 (Feb), P5 (Jun) = 5 in 2025: 3 to women, 2 to a man.
        Assert.Equal(5, Sum(Indicators.PermitsIssued, "2025"));
        Assert.Equal(3, Sum(Indicators.PermitsIssued, "2025", v => v.Sex == "F"));
        Assert.Equal(4, Sum(Indicators.PermitsIssued, "2025Q1")); // P1, P2, P4, P3 (30 March)
        Assert.Equal(2, Sum(Indicators.PermitsIssued, "202501"));
        // Refused: Aigul's 2024 application (2 rules failed), Bakhtiyor's in 2025 refused by an officer.
        Assert.Equal(1, Sum(Indicators.PermitsRefused, "2024", v => v.Sex == "F"));
        Assert.Equal(2, Sum(Indicators.PermitsRefusedByRule, "2024"));
        Assert.Equal(1, Sum(Indicators.PermitsRefusedByRule, "2024", v => v.Category == "PERMIT-WAGE"));
        Assert.Equal(1, Sum(Indicators.PermitsRefused, "2025", v => v.Sex == "M"));
        Assert.Equal(1, Sum(Indicators.PermitsRefusedByRule, "2025", v => v.Category == "OFFICER"));
        // Transferred: P2 on 2025-04-01.
        Assert.Equal(1, Sum(Indicators.PermitsTransferred, "2025Q2", v => v.Sex == "F" && v.Isic == "F"));
        Assert.Equal(0, Sum(Indicators.PermitsTransferred, "2025Q1"));
    }

    [Fact]
    public void Vacancies_and_labour_market_test_outcomes_are_not_split_by_sex()
    {
        Assert.Equal(10, Sum(Indicators.VacancyPosts, "202501"));
        Assert.All(Values.Where(v => v.Indicator is Indicators.VacancyPosts or Indicators.LabourMarketTest), v => Assert.Equal(Dimensions.NotApplicable, v.Sex));
        Assert.Equal(9, Sum(Indicators.LabourMarketTest, "2025", v => v.Category == "CERTIFIED_POSTS"));
        Assert.Equal(4, Sum(Indicators.LabourMarketTest, "2025", v => v.Category == "NATIONALS_REFERRED"));
        Assert.Equal(1, Sum(Indicators.LabourMarketTest, "2025", v => v.Category == "NATIONALS_HIRED"));
    }

    [Fact]
    public void Complaints_by_category_with_the_complainants_sex_when_known()
    {
        Assert.Equal(2, Sum(Indicators.Complaints, "2025", v => v.Category == "UnpaidWages"));
        Assert.Equal(1, Sum(Indicators.Complaints, "2025", v => v.Category == "UnpaidWages" && v.Sex == "F"));
        Assert.Equal(1, Sum(Indicators.Complaints, "2025", v => v.Category == "UnpaidWages" && v.Sex == Dimensions.Unknown));
        Assert.Equal(1, Sum(Indicators.Complaints, "202503", v => v.Category == "DocumentRetention" && v.Citizenship == "TJK"));
    }

    [Fact]
    public void Wage_protection_compliance_in_worker_months()
    {
        // 3 worker-months: Aigul Feb compliant, Aigul Mar not, Bakhtiyor Mar compliant.
        Assert.Equal(2, Sum(Indicators.WageProtection, "2025Q1", v => v.Category == "COMPLIANT"));
        Assert.Equal(1, Sum(Indicators.WageProtection, "2025Q1", v => v.Category == "NOT_COMPLIANT" && v.Sex == "F"));
        Assert.Equal(1, Sum(Indicators.WageProtection, "202503", v => v.Category == "COMPLIANT" && v.Sex == "M"));
    }

    [Fact]
    public void Emigrants_and_returns_on_the_origin_side()
    {
        Assert.Equal(1, Sum(Indicators.Emigrants, "2023Q2", v => v.Sex == "F" && v.Category == "KOR"));
        Assert.Equal(1, Sum(Indicators.Returns, "202503", v => v.Sex == "F" && v.Category == "KOR" && v.Region == Dimensions.NotApplicable));
        Assert.Equal(0, Sum(Indicators.Returns, "2024"));
    }

    [Fact]
    public void Each_cell_appears_once()
    {
        var keys = Values.Select(v => (v.Indicator, v.Period, v.Region, v.Sex, v.AgeGroup, v.Citizenship, v.Isco, v.Isic, v.Category)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(Values, v => Assert.True(v.Value > 0));
    }
}
