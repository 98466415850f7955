using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;

namespace Corridor.Domain.Tests.Recruitment;

public class LicenceRequirementTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static RuleChecks Checks() =>
        new(PolicySet.Draft(3, "Test", new DateOnly(2026, 1, 1), PolicyRules.Defaults(), new Officer(null, "test")));

    private static readonly OfficerDeclaration Director = new("Aigerim Saparova", "N1234567", "Director", Today.AddMonths(-2));

    private static RuleResult Result(string rule, decimal capital = 45_000_000, decimal escrow = 9_000_000, decimal bond = 900_000,
        OfficerDeclaration[]? officers = null, DisqualifiedOfficer[]? disqualified = null) =>
        LicenceRequirements.Check(Checks(), capital, escrow, bond, officers ?? [Director], disqualified ?? [], Today)
            .Results.Single(r => r.RuleId == rule);

    [Theory]
    [InlineData("AGENCY-CAPITAL", 45_000_000, true)]   // exactly the minimum passes
    [InlineData("AGENCY-CAPITAL", 44_999_999, false)]
    [InlineData("AGENCY-ESCROW", 9_000_000, true)]
    [InlineData("AGENCY-ESCROW", 8_999_999, false)]
    [InlineData("AGENCY-BOND", 900_000, true)]
    [InlineData("AGENCY-BOND", 899_999, false)]
    public void Each_amount_passes_at_the_minimum_and_fails_below_with_its_citation(string rule, long amount, bool passes)
    {
        var r = rule switch
        {
            "AGENCY-CAPITAL" => Result(rule, capital: amount),
            "AGENCY-ESCROW" => Result(rule, escrow: amount),
            _ => Result(rule, bond: amount),
        };
        Assert.Equal(passes, r.Passed);
        Assert.Equal(amount.ToString(), r.Args[0]);
        Assert.Equal(RuleCatalogue.Find(rule)!.DefaultCitation, r.Citation);
        Assert.Contains("Philippines DMW", r.Citation);
    }

    [Theory]
    [InlineData(6, 0, true)]    // exactly six months old
    [InlineData(6, 1, false)]   // a day older
    [InlineData(0, -1, false)]  // dated in the future
    public void A_police_clearance_may_be_at_most_six_months_old(int months, int extraDays, bool passes)
    {
        var officer = Director with { PoliceClearanceDate = Today.AddMonths(-months).AddDays(-extraDays) };
        var r = Result("AGENCY-CLEARANCE", officers: [officer]);
        Assert.Equal(passes, r.Passed);
        Assert.Equal("6", r.Args[0]);
    }

    [Fact]
    public void No_officers_or_an_officer_without_a_clearance_fails()
    {
        Assert.False(Result("AGENCY-CLEARANCE", officers: []).Passed);
        var r = Result("AGENCY-CLEARANCE", officers: [Director, Director with { FullName = "Bolat", PoliceClearanceDate = null }]);
        Assert.False(r.Passed);
        Assert.Equal("Bolat", r.Args[1]);
    }

    [Fact]
    public void An_officer_of_a_cancelled_agency_fails_naming_the_agency()
    {
        Assert.True(Result("AGENCY-DISQUALIFIED").Passed);
        var checks = LicenceRequirements.Check(Checks(), 45_000_000, 9_000_000, 900_000, [Director],
            [new DisqualifiedOfficer("N1234567", "Aigerim Saparova", "Nur Recruitment", "KAZ-RA-0007")], Today);
        Assert.False(checks.AllPassed);
        var r = Assert.Single(checks.Results, x => !x.Passed);
        Assert.Equal("AGENCY-DISQUALIFIED", r.RuleId);
        Assert.Equal("Aigerim Saparova was an officer of Nur Recruitment (KAZ-RA-0007), whose licence was cancelled.", r.Text);
        Assert.Equal(DecisionOutcome.Refused, checks.Decide("AgencyLicenceApplication", Guid.NewGuid(), new { }, DateTime.UtcNow).Outcome);
    }

    [Fact]
    public void Identity_documents_are_compared_without_spaces_hyphens_or_case() =>
        Assert.Equal("AB1234567", AgencyOfficer.NormalizeDocument(" ab 123-4567 "));
}

public class LicenceTransitionTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static RecruitmentAgency Applied() => new("KAZ-RA-0100", "Test agency", "KAZ", LicenceStatus.Applied, null);

    /// <summary>A licence granted before Corridor (legacy record) with the given end.</summary>
    private static RecruitmentAgency Licensed(DateOnly? until = null) =>
        new("KAZ-RA-0101", "Test agency", "KAZ", LicenceStatus.Licensed, until ?? Today.AddYears(2));

    [Fact]
    public void Grant_licenses_for_the_policy_years_with_a_reason()
    {
        var a = Applied();
        Assert.Equal(nameof(RecruitmentAgency.StatusNote), Assert.Throws<DomainException>(() => a.Grant(4, " ", Today)).Field);
        Assert.Equal(LicenceStatus.Applied, a.Status);
        a.Grant(4, "Requirements met", Today);
        Assert.Equal(LicenceStatus.Licensed, a.Status);
        Assert.Equal(new DateOnly(2030, 6, 14), a.LicenceValidUntil);
        Assert.Equal(Today, a.StatusSince);
        Assert.True(a.LicenceInForce(Today));
        Assert.Throws<DomainException>(() => a.Grant(4, "again", Today));
    }

    [Fact]
    public void Suspend_lift_and_cancel_need_a_reason_and_the_right_status()
    {
        var a = Licensed();
        Assert.Throws<DomainException>(() => a.Suspend(LicenceReasonCategory.IllegalFees, "", Today));
        Assert.Equal(nameof(RecruitmentAgency.StatusCategory),
            Assert.Throws<DomainException>(() => a.Suspend(LicenceReasonCategory.ValidityEnded, "x", Today)).Field);
        Assert.Throws<DomainException>(() => a.LiftSuspension("not suspended", Today));
        a.Suspend(LicenceReasonCategory.IllegalFees, "Overcharging", Today);
        Assert.Equal(LicenceStatus.Suspended, a.Status);
        Assert.False(a.LicenceInForce(Today));
        Assert.Throws<DomainException>(() => a.LiftSuspension(" ", Today));
        a.LiftSuspension("Refunds paid", Today);
        Assert.Equal(LicenceStatus.Licensed, a.Status);
        Assert.Null(a.StatusCategory);
        Assert.Throws<DomainException>(() => a.Cancel(LicenceReasonCategory.ContractViolation, null!, Today));
        a.Cancel(LicenceReasonCategory.ContractViolation, "Substitution", Today);
        Assert.Equal(LicenceStatus.Cancelled, a.Status);
        Assert.Throws<DomainException>(() => a.Suspend(LicenceReasonCategory.Other, "x", Today));
        Assert.Throws<DomainException>(() => a.Cancel(LicenceReasonCategory.Other, "x", Today));
        Assert.Throws<DomainException>(() => Applied().Cancel(LicenceReasonCategory.Other, "x", Today));
    }

    [Fact]
    public void Renewal_only_in_the_window_extends_from_the_current_end()
    {
        var end = Today.AddMonths(3);
        var a = Licensed(end);
        Assert.True(a.InRenewalWindow(3, Today));        // exactly three months before the end
        Assert.False(a.InRenewalWindow(3, Today.AddDays(-1)));
        Assert.Throws<DomainException>(() => a.Renew(4, 3, "Renewal", Today.AddDays(-1)));
        Assert.Throws<DomainException>(() => a.Renew(4, 3, "", Today));
        a.Renew(4, 3, "Renewal", Today);
        Assert.Equal(end.AddYears(4), a.LicenceValidUntil);
        Assert.Equal(LicenceStatus.Licensed, a.Status);
        var late = Licensed(Today.AddDays(-1));
        Assert.Throws<DomainException>(() => late.Renew(4, 3, "Too late", Today));
    }

    [Fact]
    public void Expiry_happens_only_after_the_last_valid_day()
    {
        var a = Licensed(Today);
        Assert.Throws<DomainException>(() => a.Expire(Today));
        a.Expire(Today.AddDays(1));
        Assert.Equal(LicenceStatus.Expired, a.Status);
        Assert.Equal(LicenceReasonCategory.ValidityEnded, a.StatusCategory);
        Assert.Throws<DomainException>(() => Applied().Expire(Today));
    }

    [Fact]
    public void Standing_needs_a_licence_in_force_and_the_escrow()
    {
        var a = Licensed();
        Assert.True(DeploymentStanding.Of(a, 9_000_000, 9_000_000, Today).MayDeploy);
        var low = DeploymentStanding.Of(a, 8_999_999, 9_000_000, Today);
        Assert.False(low.MayDeploy);
        Assert.Equal(1, low.TopUpDue);
        Assert.Equal(["The escrow balance is below the required deposit."], low.Reasons);
        a.Suspend(LicenceReasonCategory.Other, "x", Today);
        Assert.Equal(["The licence is suspended."], DeploymentStanding.Of(a, 9_000_000, 9_000_000, Today).Reasons);
        Assert.Equal(["The agency has no licence yet.", "The escrow balance is below the required deposit."],
            DeploymentStanding.Of(Applied(), 0, 9_000_000, Today).Reasons);
        Assert.Equal(["The licence has expired."], DeploymentStanding.Of(Licensed(Today.AddDays(-1)), 9_000_000, 9_000_000, Today).Reasons);
    }

    [Fact]
    public void A_claim_names_the_worker_and_the_case_or_decision()
    {
        var agency = Guid.NewGuid();
        Assert.Throws<DomainException>(() => new EscrowEntry(agency, EscrowEntryKind.ClaimPaid, 10, Today, "V-1", null, null, null, "officer"));
        Assert.Throws<DomainException>(() => new EscrowEntry(agency, EscrowEntryKind.ClaimPaid, 10, Today, " ", Guid.NewGuid(), null, null, "officer"));
        Assert.Throws<DomainException>(() => new EscrowEntry(agency, EscrowEntryKind.Deposit, 0, Today, null, null, null, null, "officer"));
        Assert.Equal(-10, new EscrowEntry(agency, EscrowEntryKind.ClaimPaid, 10, Today, "DEC-1", Guid.NewGuid(), null, null, "officer").Signed);
    }
}

public class JobOrderTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static ForeignEmployer Employer() => new("Gulf Builders LLC", "ARE", "Dubai", "F");

    private static JobOrder Order(ForeignEmployer e) => new(e.Id, Guid.NewGuid(), "7112", 20, 1_800, "AED", 48, "Dubai Marina site 4", "ARE", Today.AddMonths(6));

    [Fact]
    public void A_job_order_cannot_be_verified_for_an_unaccredited_employer()
    {
        var employer = Employer();
        var order = Order(employer);
        var e = Assert.Throws<DomainException>(() => order.Verify(employer, "attache", "Checked", Today));
        Assert.Contains("not accredited", e.Message);
        Assert.Equal(JobOrderStatus.Draft, order.Status);

        // Accreditation needs every document and an inspection note.
        Assert.Throws<DomainException>(() => employer.Accredit("attache", "Visited the site", Today, Today.AddYears(2), Today));
        foreach (var d in Enum.GetValues<EmployerDocument>()) employer.RecordDocument(d, true, Today.AddDays(-3));
        Assert.Throws<DomainException>(() => employer.Accredit("attache", " ", Today, Today.AddYears(2), Today));
        employer.Accredit("attache", "Visited the site; housing adequate", Today, Today.AddYears(2), Today);
        order.Verify(employer, "attache", "Wages match the market", Today);
        Assert.Equal(JobOrderStatus.Verified, order.Status);
        Assert.True(order.OpenForRecruitment(Today));
        Assert.Throws<DomainException>(() => order.Reject("attache", "late", Today));
    }

    [Fact]
    public void A_revoked_or_expired_accreditation_blocks_verification()
    {
        var employer = Employer();
        foreach (var d in Enum.GetValues<EmployerDocument>()) employer.RecordDocument(d, true, Today);
        employer.Accredit("attache", "ok", Today, Today.AddDays(10), Today);
        Assert.Throws<DomainException>(() => Order(employer).Verify(employer, "attache", "", Today.AddDays(11)));
        employer.Expire(Today.AddDays(11));
        Assert.Equal(AccreditationStatus.Expired, employer.Status);
        var other = Employer();
        foreach (var d in Enum.GetValues<EmployerDocument>()) other.RecordDocument(d, true, Today);
        other.Accredit("attache", "ok", Today, Today.AddYears(1), Today);
        other.Revoke("Withheld passports");
        Assert.Throws<DomainException>(() => Order(other).Verify(other, "attache", "", Today));
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_bad_figures_are_refused()
    {
        var order = Order(Employer());
        Assert.Throws<DomainException>(() => order.Reject("attache", " ", Today));
        order.Reject("attache", "Wage below the host minimum", Today);
        Assert.Equal(JobOrderStatus.Rejected, order.Status);
        Assert.False(order.OpenForRecruitment(Today));
        Assert.Equal(nameof(JobOrder.Positions),
            Assert.Throws<DomainException>(() => new JobOrder(Guid.NewGuid(), Guid.NewGuid(), "7112", 0, 1, "AED", 48, "x", "ARE", Today)).Field);
        Assert.Equal(nameof(JobOrder.HoursPerWeek),
            Assert.Throws<DomainException>(() => new JobOrder(Guid.NewGuid(), Guid.NewGuid(), "7112", 1, 1, "AED", 90, "x", "ARE", Today)).Field);
    }
}
