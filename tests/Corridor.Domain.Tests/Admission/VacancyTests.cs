using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Tests.Admission;

/// <summary>The labour market test (issue: admission): advertising period, outcome, certificate, restarts, disqualifiers.</summary>
public class VacancyTests
{
    private static readonly DateOnly Day0 = new(2026, 3, 2);
    private static readonly Guid Employer = Guid.CreateVersion7();
    private static readonly Guid District = Guid.CreateVersion7();

    internal static PolicySet Policy(int number = 1, Action<Dictionary<string, RuleSetting>>? change = null)
    {
        var settings = PolicyRules.Defaults().Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        change?.Invoke(settings);
        var set = PolicySet.Draft(number, "Test policy", Day0, new PolicyRules(settings), new Officer(Guid.NewGuid(), "maker"));
        set.Activate(new Officer(Guid.NewGuid(), "checker"), Day0, DateTime.UtcNow, 0);
        return set;
    }

    private static VacancyTerms Terms(string occupation = "711", int posts = 3, decimal wage = 250_000m) =>
        new(occupation, posts, wage, 40, District, Day0.AddMonths(1));

    private static Vacancy Posted(string section = "F", VacancyTerms? terms = null, PolicySet? policy = null) =>
        Vacancy.Post(Employer, section, terms ?? Terms(), Day0, policy ?? Policy());

    private static RuleResult Result(RuleChecks checks, string id) => checks.Results.Single(r => r.RuleId == id);

    [Fact]
    public void Advertising_period_elapses_on_day_14_not_day_13()
    {
        var v = Posted();
        v.RecordOutcome(2, 2, 0, "Did not have the certificate of competence.", Day0.AddDays(10));

        var day13 = v.CheckForCertificate(Policy(), [], Day0.AddDays(13));
        var day14 = v.CheckForCertificate(Policy(), [], Day0.AddDays(14));

        Assert.False(Result(day13, "LMT-ADVERTISING").Passed);
        Assert.Contains("2026-03-16", Result(day13, "LMT-ADVERTISING").Text);
        Assert.True(Result(day14, "LMT-ADVERTISING").Passed);
        Assert.True(day14.AllPassed);
        Assert.Equal("Policy default (Korea EPS: 14 days; 7 in agriculture and fisheries)", Result(day14, "LMT-ADVERTISING").Citation);
    }

    [Fact]
    public void Agriculture_advertises_for_7_days()
    {
        var v = Posted(section: "A");
        Assert.Equal(7, v.AdvertisingDays);
        Assert.False(v.AdvertisingElapsedOn(Day0.AddDays(6)));
        Assert.True(v.AdvertisingElapsedOn(Day0.AddDays(7)));
    }

    [Fact]
    public void The_periods_come_from_the_policy_not_the_code()
    {
        var policy = Policy(change: s => s["LMT-ADVERTISING"] = s["LMT-ADVERTISING"] with
        {
            Values = new Dictionary<string, decimal> { ["standardDays"] = 21, ["agricultureDays"] = 10 },
        });
        Assert.Equal(21, Posted(policy: policy).AdvertisingDays);
        Assert.Equal(10, Posted("A", policy: policy).AdvertisingDays);
    }

    [Fact]
    public void Posts_filled_by_nationals_refuse_the_certificate()
    {
        var v = Posted(terms: Terms(posts: 2));
        v.RecordOutcome(3, 3, 2, "One candidate declined the shift pattern.", Day0.AddDays(14));

        var checks = v.CheckForCertificate(Policy(), [], Day0.AddDays(14));

        Assert.False(Result(checks, "LMT-UNFILLED").Passed);
        Assert.Equal("Nationals filled all 2 posts.", Result(checks, "LMT-UNFILLED").Text);
        Assert.Equal(DecisionOutcome.Refused, checks.Decide(Vacancy.DecisionSubject, v.Id, new { }, DateTime.UtcNow).Outcome);
    }

    [Fact]
    public void No_outcome_recorded_refuses_the_certificate()
    {
        var checks = Posted().CheckForCertificate(Policy(), [], Day0.AddDays(20));
        Assert.False(Result(checks, "LMT-UNFILLED").Passed);
    }

    [Theory]
    [InlineData("711", -2, false)] // same occupation two months ago
    [InlineData("71", -2, false)]   // recorded at sub-major-group level: covers 711
    [InlineData("512", -2, true)]  // another occupation
    [InlineData("711", -4, true)]  // outside the three-month look-back
    public void Layoffs_of_nationals_in_the_same_occupation_within_the_lookback_refuse(string occupation, int monthsAgo, bool passes)
    {
        var v = Posted();
        v.RecordOutcome(0, 0, 0, null, Day0.AddDays(14));
        var today = Day0.AddDays(14);
        var layoff = new EmployerFlag(Employer, EmployerFlagKind.Layoff, today.AddMonths(monthsAgo), "Plant closure", occupation, 12);

        var result = Result(v.CheckForCertificate(Policy(), [layoff], today), "LMT-NO-LAYOFFS");

        Assert.Equal(passes, result.Passed);
        Assert.Equal("Policy default (Korea EPS)", result.Citation);
    }

    [Fact]
    public void Another_employers_flags_do_not_count()
    {
        var v = Posted();
        var other = new EmployerFlag(Guid.NewGuid(), EmployerFlagKind.Watchlist, Day0, "Someone else");
        Assert.True(Result(v.CheckForCertificate(Policy(), [other], Day0.AddDays(14)), "LMT-NOT-WATCHLISTED").Passed);
    }

    [Fact]
    public void Open_wage_arrears_refuse_and_closed_arrears_pass()
    {
        var v = Posted();
        var today = Day0.AddDays(14);
        var arrears = new EmployerFlag(Employer, EmployerFlagKind.WageArrears, Day0.AddDays(-30), "Two months unpaid");

        Assert.False(Result(v.CheckForCertificate(Policy(), [arrears], today), "LMT-NO-WAGE-ARREARS").Passed);
        arrears.Close(today.AddDays(-1));
        var after = Result(v.CheckForCertificate(Policy(), [arrears], today), "LMT-NO-WAGE-ARREARS");
        Assert.True(after.Passed);
        Assert.Equal("ILO C95 Art. 12; policy default", after.Citation);
    }

    [Fact]
    public void Watchlist_refuses()
    {
        var v = Posted();
        var watch = new EmployerFlag(Employer, EmployerFlagKind.Watchlist, Day0.AddDays(-3), "Under investigation");
        var result = Result(v.CheckForCertificate(Policy(), [watch], Day0.AddDays(14)), "LMT-NOT-WATCHLISTED");
        Assert.False(result.Passed);
        Assert.Equal("Policy default (ministry watchlist)", result.Citation);
    }

    [Fact]
    public void Certificate_is_valid_for_the_policys_months_for_the_unfilled_posts()
    {
        var policy = Policy();
        var v = Posted(terms: Terms(posts: 5));
        var today = Day0.AddDays(14);
        v.RecordOutcome(4, 3, 1, "Two lacked the welding certificate.", today);
        var decision = v.CheckForCertificate(policy, [], today).Decide(Vacancy.DecisionSubject, v.Id, new { }, DateTime.UtcNow);
        var number = PublicNumber.New('C');

        v.IssueCertificate(decision, number, today, policy);

        Assert.Equal(VacancyStatus.CertificateIssued, v.Status);
        Assert.Equal(number, v.CertificateNumber);
        Assert.Equal(today.AddMonths(3), v.CertificateValidUntil);
        Assert.Equal(4, v.CertifiedPosts);
        Assert.True(v.CertificateValidOn(today.AddMonths(3)));
        Assert.False(v.CertificateValidOn(today.AddMonths(3).AddDays(1)));
    }

    [Fact]
    public void A_refusing_decision_issues_no_certificate()
    {
        var v = Posted();
        var decision = v.CheckForCertificate(Policy(), [], Day0.AddDays(3)).Decide(Vacancy.DecisionSubject, v.Id, new { }, DateTime.UtcNow);
        Assert.Throws<DomainException>(() => v.IssueCertificate(decision, PublicNumber.New('C'), Day0.AddDays(3), Policy()));
        Assert.Equal(VacancyStatus.Advertising, v.Status);
        Assert.Null(v.CertificateNumber);
    }

    [Theory]
    [InlineData("711", 3, 240_000, true)]  // wage lowered
    [InlineData("711", 3, 260_000, false)] // wage raised
    [InlineData("711", 3, 250_000, false)] // nothing material (hours or start may differ)
    [InlineData("712", 3, 250_000, true)]  // another occupation
    [InlineData("711", 4, 250_000, true)]  // more posts
    [InlineData("711", 2, 250_000, true)]  // fewer posts
    public void Material_changes_restart_the_advertising_and_clear_the_certificate(string occupation, int posts, int wage, bool restarts)
    {
        var policy = Policy();
        var v = Posted();
        var day14 = Day0.AddDays(14);
        v.RecordOutcome(1, 1, 0, "Did not attend the interview.", day14);
        v.IssueCertificate(v.CheckForCertificate(policy, [], day14).Decide(Vacancy.DecisionSubject, v.Id, new { }, DateTime.UtcNow),
            PublicNumber.New('C'), day14, policy);
        var later = Day0.AddDays(20);

        var restarted = v.Change(new VacancyTerms(occupation, posts, wage, 48, District, Day0.AddMonths(2)), later, policy);

        Assert.Equal(restarts, restarted);
        Assert.Equal(48, v.WeeklyHours);
        if (restarts)
        {
            Assert.Equal(VacancyStatus.Advertising, v.Status);
            Assert.Equal(later, v.AdvertisingFrom);
            Assert.Null(v.CertificateNumber);
            Assert.Null(v.CertificateValidUntil);
            Assert.Null(v.OutcomeRecordedOn);
        }
        else
        {
            Assert.Equal(VacancyStatus.CertificateIssued, v.Status);
            Assert.Equal(Day0, v.AdvertisingFrom);
            Assert.NotNull(v.CertificateNumber);
        }
    }

    [Theory]
    [InlineData("9999", 1, 100, 40, "OccupationCode")]
    [InlineData("711", 0, 100, 40, "Posts")]
    [InlineData("711", 1, 0, 40, "MonthlyWage")]
    [InlineData("711", 1, 100, 0, "WeeklyHours")]
    [InlineData("711", 1, 100, 61, "WeeklyHours")]
    public void Bad_terms_name_their_field(string occupation, int posts, int wage, int hours, string field)
    {
        var e = Assert.Throws<DomainException>(() => Vacancy.Post(Employer, "F", new VacancyTerms(occupation, posts, wage, hours, District, Day0), Day0, Policy()));
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void Outcome_guards_its_numbers()
    {
        var v = Posted(terms: Terms(posts: 2));
        Assert.Equal("Hires", Assert.Throws<DomainException>(() => v.RecordOutcome(5, 5, 3, "x", Day0)).Field);
        Assert.Equal("Interviews", Assert.Throws<DomainException>(() => v.RecordOutcome(1, 2, 0, "x", Day0)).Field);
        Assert.Equal("ReasonsNotHired", Assert.Throws<DomainException>(() => v.RecordOutcome(3, 2, 1, " ", Day0)).Field);
        v.RecordOutcome(0, 0, 0, null, Day0);
        Assert.Equal(Day0, v.OutcomeRecordedOn);
    }

    [Fact]
    public void Carried_over_advertising_may_start_in_the_past_but_not_the_future()
    {
        var v = Vacancy.CarriedOver(Employer, "F", Terms(), Day0.AddDays(-20), Day0, Policy());
        Assert.True(v.AdvertisingElapsedOn(Day0));
        Assert.Throws<DomainException>(() => Vacancy.CarriedOver(Employer, "F", Terms(), Day0.AddDays(1), Day0, Policy()));
    }

    [Fact]
    public void Withdrawn_and_closed_are_final()
    {
        var v = Posted();
        v.Withdraw();
        Assert.Throws<DomainException>(() => v.Change(Terms(wage: 1), Day0, Policy()));
        Assert.Throws<DomainException>(() => v.Close());
        Assert.Throws<DomainException>(() => v.RecordOutcome(0, 0, 0, null, Day0));
    }
}
