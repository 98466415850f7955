using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Tests.Admission;

/// <summary>Issue: work permits — each automated rule's pass and fail, the officer override and the permit's state graph.</summary>
public class WorkPermitTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DateTime Now = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static PolicySet Policy(Action<Dictionary<string, RuleSetting>>? change = null)
    {
        var settings = PolicyRules.Defaults().Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        change?.Invoke(settings);
        return PolicySet.Draft(7, "Test", new DateOnly(2026, 1, 1), new PolicyRules(settings), new Officer(null, "test"));
    }

    private static PermitFacts Good() => new(
        Today, PermitEnds: PermitRules.ValidUntil(Policy().Rules, Today), WorkerDateOfBirth: Today.AddYears(-30),
        PassportExpiry: Today.AddYears(5), CertificateNumber: "C-1234567890", CertificateValid: true, FreeCertifiedPosts: 2,
        IsicSection: "F", QuotaRemaining: 10,
        Firm: new FirmWorkforce("F", 50, 0, new Dictionary<string, int>(), 1, null),
        LevyCurrent: true, EmployerWatchlisted: false, WorkerHoldsActivePermit: false, MonthlyWage: 250_000, WeeklyHours: 40);

    private static RuleResult Rule(PermitFacts f, string id) => PermitRules.Check(Policy(), f).Results.Single(r => r.RuleId == id);

    [Fact]
    public void A_good_application_passes_every_rule_with_citations()
    {
        var checks = PermitRules.Check(Policy(), Good());
        Assert.True(checks.AllPassed, string.Join("; ", checks.Results.Where(r => !r.Passed).Select(r => r.Text)));
        foreach (var id in new[] { "PERMIT-LMT-CERTIFICATE", "PERMIT-QUOTA", "PERMIT-CEILING", "PERMIT-LEVY-CURRENT", "PERMIT-AGE",
                     "PERMIT-PASSPORT", "PERMIT-NOT-BANNED", "PERMIT-MIN-WAGE", "PERMIT-MAX-HOURS" })
        {
            var r = checks.Results.Single(x => x.RuleId == id);
            Assert.Equal(RuleCatalogue.Find(id)!.DefaultCitation, r.Citation);
            Assert.NotEmpty(r.Citation);
        }
    }

    /// <summary>Each rule's fail path on its own: one fact spoiled fails exactly that rule and no other.</summary>
    [Theory]
    [InlineData("PERMIT-LMT-CERTIFICATE")]
    [InlineData("PERMIT-QUOTA")]
    [InlineData("PERMIT-CEILING")]
    [InlineData("PERMIT-LEVY-CURRENT")]
    [InlineData("PERMIT-AGE")]
    [InlineData("PERMIT-PASSPORT")]
    [InlineData("PERMIT-NOT-BANNED")]
    [InlineData("PERMIT-MIN-WAGE")]
    [InlineData("PERMIT-MAX-HOURS")]
    public void One_spoiled_fact_fails_exactly_its_rule(string ruleId)
    {
        var good = Good();
        var spoiled = ruleId switch
        {
            "PERMIT-LMT-CERTIFICATE" => good with { CertificateValid = false },
            "PERMIT-QUOTA" => good with { QuotaRemaining = 0 },
            "PERMIT-CEILING" => good with { Firm = new FirmWorkforce("F", 50, 10, new Dictionary<string, int>(), 1, null) },
            "PERMIT-LEVY-CURRENT" => good with { LevyCurrent = false },
            "PERMIT-AGE" => good with { WorkerDateOfBirth = Today.AddYears(-17) },
            "PERMIT-PASSPORT" => good with { PassportExpiry = good.PermitEnds.AddDays(-1) },
            "PERMIT-NOT-BANNED" => good with { WorkerHoldsActivePermit = true },
            "PERMIT-MIN-WAGE" => good with { MonthlyWage = 84_999 },
            _ => good with { WeeklyHours = 41 },
        };
        var checks = PermitRules.Check(Policy(), spoiled);
        Assert.Equal([ruleId], checks.Results.Where(r => !r.Passed).Select(r => r.RuleId));
        Assert.Equal(RuleCatalogue.Find(ruleId)!.DefaultCitation, checks.Results.Single(r => r.RuleId == ruleId).Citation);
    }

    [Fact]
    public void Certificate_missing_expired_or_full_fails()
    {
        Assert.False(Rule(Good() with { CertificateNumber = null, CertificateValid = false, FreeCertifiedPosts = 0 }, "PERMIT-LMT-CERTIFICATE").Passed);
        Assert.False(Rule(Good() with { CertificateValid = false }, "PERMIT-LMT-CERTIFICATE").Passed);
        Assert.False(Rule(Good() with { FreeCertifiedPosts = 0 }, "PERMIT-LMT-CERTIFICATE").Passed);
        Assert.True(Rule(Good() with { FreeCertifiedPosts = 1 }, "PERMIT-LMT-CERTIFICATE").Passed);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(null, false)]
    public void Quota_room(int? remaining, bool passes) =>
        Assert.Equal(passes, Rule(Good() with { QuotaRemaining = remaining }, "PERMIT-QUOTA").Passed);

    [Theory]
    [InlineData(9, true)]   // 10 foreign for 50 nationals: exactly at one per five
    [InlineData(10, false)] // over by one
    public void Ceiling_reuses_the_firm_ceiling(int foreign, bool passes)
    {
        var r = Rule(Good() with { Firm = new FirmWorkforce("F", 50, foreign, new Dictionary<string, int>(), 1, null) }, "PERMIT-CEILING");
        Assert.Equal(passes, r.Passed);
        Assert.Contains("CEIL-CONSTRUCTION", r.Text);
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(39, true)]
    [InlineData(40, false)]
    public void Age_limits(int age, bool passes) =>
        Assert.Equal(passes, Rule(Good() with { WorkerDateOfBirth = Today.AddYears(-age) }, "PERMIT-AGE").Passed);

    [Fact]
    public void Passport_must_outlast_the_permit()
    {
        var f = Good();
        Assert.False(Rule(f with { PassportExpiry = f.PermitEnds.AddDays(-1) }, "PERMIT-PASSPORT").Passed);
        Assert.True(Rule(f with { PassportExpiry = f.PermitEnds }, "PERMIT-PASSPORT").Passed);
    }

    [Theory]
    [InlineData(84_999, false)]
    [InlineData(85_000, true)]
    public void Minimum_wage(int wage, bool passes) =>
        Assert.Equal(passes, Rule(Good() with { MonthlyWage = wage }, "PERMIT-MIN-WAGE").Passed);

    [Theory]
    [InlineData(41, false)]
    [InlineData(40, true)]
    public void Maximum_hours(int hours, bool passes) =>
        Assert.Equal(passes, Rule(Good() with { WeeklyHours = hours }, "PERMIT-MAX-HOURS").Passed);

    [Fact]
    public void Watchlist_another_permit_and_levy_fail()
    {
        Assert.False(Rule(Good() with { EmployerWatchlisted = true }, "PERMIT-NOT-BANNED").Passed);
        Assert.False(Rule(Good() with { WorkerHoldsActivePermit = true }, "PERMIT-NOT-BANNED").Passed);
        Assert.False(Rule(Good() with { LevyCurrent = false }, "PERMIT-LEVY-CURRENT").Passed);
    }

    [Fact]
    public void Validity_is_three_years_capped_by_the_maximum_stay()
    {
        Assert.Equal(new DateOnly(2029, 5, 31), PermitRules.ValidUntil(Policy().Rules, Today));
        var capped = Policy(s => s["PERMIT-VALIDITY"] = s["PERMIT-VALIDITY"] with
        {
            Values = new Dictionary<string, decimal> { ["years"] = 3, ["renewals"] = 1, ["maxStayMonths"] = 24 },
        });
        Assert.Equal(new DateOnly(2028, 5, 31), PermitRules.ValidUntil(capped.Rules, Today));
    }

    private static (WorkPermitApplication App, AdmissionDecision Decision) Decided(PermitFacts facts, bool auto = true)
    {
        var app = new WorkPermitApplication(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "711", facts.MonthlyWage, facts.WeeklyHours, Today, Now);
        var decision = PermitRules.Check(Policy(), facts).Decide(WorkPermitApplication.DecisionSubject, app.Id, facts, Now, referInsteadOfRefuse: true);
        app.Decided(decision, auto);
        return (app, decision);
    }

    [Fact]
    public void Passing_is_approved_automatically_or_referred_when_policy_says_so()
    {
        Assert.Equal(PermitApplicationStatus.Approved, Decided(Good()).App.Status);
        Assert.Equal(PermitApplicationStatus.Referred, Decided(Good(), auto: false).App.Status);
        Assert.False(PermitRules.AutoApprove(Policy(s => s["PERMIT-AUTO-APPROVE"] = s["PERMIT-AUTO-APPROVE"] with
        {
            Values = new Dictionary<string, decimal> { ["enabled"] = 0 },
        }).Rules));
    }

    [Fact]
    public void Overriding_a_failed_rule_needs_a_justification_and_a_second_officer()
    {
        var (app, _) = Decided(Good() with { MonthlyWage = 80_000 });
        Assert.Equal(PermitApplicationStatus.Referred, app.Status);
        var ex = Assert.Throws<DomainException>(() => app.Approve("officer-a", "  ", Now));
        Assert.Equal("Justification", ex.Field);
        Assert.False(app.Approve("officer-a", "Seasonal top-up agreed with the union.", Now));
        Assert.Equal(PermitApplicationStatus.Referred, app.Status);
        Assert.Throws<DomainException>(() => app.Approve("OFFICER-A", null, Now));
        Assert.True(app.Approve("officer-b", null, Now));
        Assert.Equal(PermitApplicationStatus.Approved, app.Status);
        Assert.Equal("officer-a", app.DecidedBy);
        Assert.Equal("officer-b", app.OverrideSecondOfficer);
        Assert.Equal("Seasonal top-up agreed with the union.", app.Justification);
    }

    [Fact]
    public void Refuse_and_request_information_from_the_queue_only()
    {
        var (app, _) = Decided(Good() with { WeeklyHours = 48 });
        app.RequestInformation("officer-a", "Send the signed contract.", Now);
        Assert.True(app.InQueue);
        app.Refuse("officer-a", "No contract.", Now);
        Assert.Equal(PermitApplicationStatus.Refused, app.Status);
        Assert.Throws<DomainException>(() => app.Approve("officer-b", "x", Now));
    }

    private static WorkPermit Permit()
    {
        var (app, _) = Decided(Good());
        return new WorkPermit(app, Today, Policy());
    }

    [Fact]
    public void A_permit_has_a_check_digit_number_and_a_long_url_safe_code()
    {
        var p = Permit();
        Assert.True(PublicNumber.IsValid(p.Number, 'P'));
        Assert.True(p.VerificationCode.Length >= 22);
        Assert.Matches("^[A-Za-z0-9_-]+$", p.VerificationCode);
        Assert.NotEqual(p.VerificationCode, Permit().VerificationCode);
        Assert.Equal(1, p.RenewalsLeft);
    }

    [Fact]
    public void The_state_graph_refuses_invalid_transitions()
    {
        var p = Permit();
        Assert.Throws<DomainException>(() => p.Activate(Today));
        Assert.Throws<DomainException>(() => p.Transferred(Today));
        p.Issue(Today);
        Assert.Throws<DomainException>(() => p.Issue(Today));
        Assert.Throws<DomainException>(() => p.Expire(Today));
        p.Activate(Today.AddDays(10));
        Assert.Equal(PermitStatus.Active, p.Status);
        Assert.Throws<DomainException>(() => p.Transferred(Today.AddDays(20)));
        p.Release(EmployerChangeGround.EmployerConsent, Today.AddDays(15), 90);
        p.Transferred(Today.AddDays(20));
        Assert.Throws<DomainException>(() => p.Cancel("x", Today));
        Assert.Throws<DomainException>(() => p.Activate(Today));

        var q = Permit();
        q.Issue(Today);
        Assert.Equal("CancellationReason", Assert.Throws<DomainException>(() => q.Cancel(" ", Today)).Field);
        q.Cancel("Worker did not travel.", Today);
        Assert.Equal(PermitStatus.Cancelled, q.Status);
        Assert.Throws<DomainException>(() => q.Expire(Today.AddYears(4)));
    }

    [Fact]
    public void Past_its_end_a_permit_reads_expired_before_its_status_flips()
    {
        var p = Permit();
        p.Issue(Today);
        p.Activate(Today);
        Assert.Equal(PermitStatus.Active, p.StatusOn(p.ValidUntil));
        Assert.Equal(PermitStatus.Expired, p.StatusOn(p.ValidUntil.AddDays(1)));
        Assert.Equal(PermitStatus.Active, p.Status);
        p.Expire(p.ValidUntil.AddDays(1));
        Assert.Equal(PermitStatus.Expired, p.Status);
    }

    [Fact]
    public void Initials_only()
    {
        Assert.Equal("D. Y.", WorkPermit.Initials("Dana", "Yessenova"));
        Assert.Equal("А. Б.", WorkPermit.Initials("алия", "Бекова"));
    }
}
