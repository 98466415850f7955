using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Tests.Admission;

/// <summary>Issue 3: change of employer — the "seeking new employer" status, each ground, renewal and the continued stay.</summary>
public class EmployerChangeTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DateTime Now = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly PolicySet Policy = PolicySet.Draft(7, "Test", new DateOnly(2026, 1, 1), PolicyRules.Defaults(), new Officer(null, "test"));

    private static WorkPermit ActivePermit(Guid? workerId = null, DateOnly? from = null)
    {
        var app = new WorkPermitApplication(Guid.NewGuid(), workerId ?? Guid.NewGuid(), Guid.NewGuid(), "711", 250_000, 40, from ?? Today, Now);
        var decision = new RuleChecks(Policy).Check("PERMIT-AGE", true, "ok").Decide(WorkPermitApplication.DecisionSubject, app.Id, new { }, Now);
        app.Decided(decision, autoApprove: true);
        var permit = new WorkPermit(app, from ?? Today, Policy);
        permit.Issue(from ?? Today);
        permit.Activate(from ?? Today);
        return permit;
    }

    private static (EmployerChange Change, bool Granted) File(WorkPermit permit, EmployerChangeGround ground, EmployerChangeFacts facts,
        EmployerChangeFiler filer = EmployerChangeFiler.Worker, int? months = null)
    {
        var change = new EmployerChange(permit, ground, "What happened.", months, filer, "worker@x", Policy.Rules, Now);
        var decision = EmployerChangeRules.Check(Policy, facts).Decide(EmployerChange.DecisionSubject, change.Id, facts, Now, referInsteadOfRefuse: true);
        return (change, change.Decided(decision, permit, Today, 90, Now));
    }

    private static EmployerChangeFacts Facts(EmployerChangeGround g, bool arrears = false, bool abuse = false, bool watchlist = false, int? months = null) =>
        new(Today, g, months, arrears, abuse, watchlist);

    [Theory]
    [InlineData(EmployerChangeGround.Abuse, false, true, false)]
    [InlineData(EmployerChangeGround.UnpaidWages, true, false, false)]
    [InlineData(EmployerChangeGround.EmployerPermitSuspended, false, false, true)]
    public void A_ground_the_records_prove_is_granted_and_the_permit_reads_seeking(EmployerChangeGround ground, bool arrears, bool abuse, bool watchlist)
    {
        var permit = ActivePermit();
        var months = ground == EmployerChangeGround.UnpaidWages ? 2 : (int?)null;
        var (change, granted) = File(permit, ground, Facts(ground, arrears, abuse, watchlist, months), months: months);
        Assert.True(granted);
        Assert.Equal(EmployerChangeStatus.Granted, change.Status);
        Assert.Equal(PermitStatus.SeekingEmployer, permit.Status);
        Assert.Equal(Today.AddDays(90), permit.SeekingUntil);
        Assert.Equal(ground, permit.ReleaseGround);
        Assert.False(permit.InForceOn(Today.AddDays(1)));
        Assert.True(permit.LawfulStayOn(Today.AddDays(90)));
        Assert.Equal(PermitStatus.Expired, permit.StatusOn(Today.AddDays(91)));
        Assert.False(permit.LawfulStayOn(Today.AddDays(91)));
    }

    [Theory]
    [InlineData(EmployerChangeGround.Abuse)]
    [InlineData(EmployerChangeGround.UnpaidWages)]
    [InlineData(EmployerChangeGround.Closure)]
    [InlineData(EmployerChangeGround.EmployerPermitSuspended)]
    public void Without_evidence_each_ground_goes_to_an_officer_who_grants_or_refuses_with_a_reason(EmployerChangeGround ground)
    {
        var months = ground == EmployerChangeGround.UnpaidWages ? 3 : (int?)null;
        var permit = ActivePermit();
        var (change, granted) = File(permit, ground, Facts(ground, months: months), months: months);
        Assert.False(granted);
        Assert.True(change.InOfficersQueue);
        Assert.Equal(PermitStatus.Active, permit.Status);
        Assert.Equal("Reason", Assert.Throws<DomainException>(() => change.Refuse("officer", " ", Now)).Field);
        change.Refuse("officer", "No evidence.", Now);
        Assert.Equal(EmployerChangeStatus.Refused, change.Status);
        Assert.Throws<DomainException>(() => change.GrantByOfficer(permit, "officer", null, Today, 90, Now));

        var other = ActivePermit();
        var (second, _) = File(other, ground, Facts(ground, months: months), months: months);
        second.GrantByOfficer(other, "officer", "Inspection confirmed it.", Today, 90, Now);
        Assert.Equal(PermitStatus.SeekingEmployer, other.Status);
    }

    [Fact]
    public void Fewer_unpaid_months_than_the_policy_is_refused_on_the_months_field()
    {
        var e = Assert.Throws<DomainException>(() => new EmployerChange(ActivePermit(), EmployerChangeGround.UnpaidWages, "x", 1,
            EmployerChangeFiler.Worker, "w", Policy.Rules, Now));
        Assert.Equal(nameof(EmployerChange.UnpaidMonths), e.Field);
    }

    [Fact]
    public void With_consent_the_employer_release_is_immediate_and_a_workers_request_waits_for_the_employer()
    {
        var permit = ActivePermit();
        var (released, granted) = File(permit, EmployerChangeGround.EmployerConsent, Facts(EmployerChangeGround.EmployerConsent), EmployerChangeFiler.Employer);
        Assert.True(granted);
        Assert.Equal(PermitStatus.SeekingEmployer, permit.Status);

        var other = ActivePermit();
        var (asked, now) = File(other, EmployerChangeGround.EmployerConsent, Facts(EmployerChangeGround.EmployerConsent));
        Assert.False(now);
        Assert.True(asked.AwaitingEmployer);
        Assert.False(asked.InOfficersQueue);
        asked.ConfirmConsent(other, "employer@x", Today, 90, Now);
        Assert.Equal(PermitStatus.SeekingEmployer, other.Status);
        Assert.Throws<DomainException>(() => new EmployerChange(ActivePermit(), EmployerChangeGround.Abuse, "x", null, EmployerChangeFiler.Employer, "e", Policy.Rules, Now));
    }

    [Fact]
    public void A_new_permit_continues_the_stay_and_the_seeking_permit_becomes_transferred()
    {
        var worker = Guid.NewGuid();
        var first = ActivePermit(worker, Today.AddYears(-3).AddDays(30));
        first.Release(EmployerChangeGround.Closure, Today, 90);
        Assert.Throws<DomainException>(() => first.Release(EmployerChangeGround.Closure, Today, 90));
        var next = new WorkPermit(ApprovedApplication(worker), Today.AddDays(10), Policy);
        next.ContinuesStayOf(first, Policy.Rules);
        first.Transferred(Today.AddDays(10));
        Assert.Equal(PermitStatus.Transferred, first.Status);
        Assert.Equal(first.StayStart, next.StayStart);
        Assert.Equal(first.RenewalsLeft, next.RenewalsLeft);
        // 58 months from the first stay start, not three years from the new start.
        Assert.Equal(first.ValidFrom.AddMonths(58).AddDays(-1), next.ValidUntil);
        Assert.Throws<DomainException>(() => new WorkPermit(ApprovedApplication(Guid.NewGuid()), Today, Policy).ContinuesStayOf(first, Policy.Rules));
    }

    private static WorkPermitApplication ApprovedApplication(Guid worker)
    {
        var app = new WorkPermitApplication(Guid.NewGuid(), worker, Guid.NewGuid(), "711", 250_000, 40, Today, Now);
        app.Decided(new RuleChecks(Policy).Check("PERMIT-AGE", true, "ok").Decide(WorkPermitApplication.DecisionSubject, app.Id, new { }, Now), true);
        return app;
    }

    [Fact]
    public void Renewal_rules_window_renewals_left_passport_and_the_stay_cap()
    {
        var permit = ActivePermit();
        RenewalFacts On(DateOnly day, DateOnly? passport = null) =>
            new(day, permit.ValidUntil, permit.RenewalsLeft, permit.StayCap(Policy.Rules), passport ?? Today.AddYears(10), false, true);
        Assert.False(RenewalRules.Check(Policy, On(permit.ValidUntil.AddDays(-121))).Results.Single(r => r.RuleId == "PERMIT-RENEWAL-WINDOW").Passed);
        Assert.False(RenewalRules.Check(Policy, On(permit.ValidUntil.AddDays(-30), Today.AddYears(4))).Results.Single(r => r.RuleId == "PERMIT-PASSPORT").Passed);
        var facts = On(permit.ValidUntil.AddDays(-120));
        Assert.True(RenewalRules.Check(Policy, facts).AllPassed);
        var newEnd = RenewalRules.NewValidUntil(Policy.Rules, facts);
        Assert.Equal(Today.AddMonths(58).AddDays(-1), newEnd);
        permit.Renew(newEnd, facts.Today);
        Assert.Equal(0, permit.RenewalsLeft);
        Assert.False(RenewalRules.Check(Policy, On(permit.ValidUntil.AddDays(-10))).Results.Single(r => r.RuleId == "PERMIT-VALIDITY").Passed);
        Assert.Throws<DomainException>(() => permit.Renew(newEnd.AddYears(1), Today));
    }
}
