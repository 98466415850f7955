using Corridor.Domain.Common;
using Corridor.Domain.Protection;

namespace Corridor.Domain.Tests.Protection;

public sealed class ComplaintCaseTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static ProtectionCase NewCase(decimal claimed = 300_000) =>
        new(PublicNumber.New('K'), CaseOrigin.Complaint, Guid.NewGuid(), null, "UnpaidWages",
            new ComplaintParties(Guid.NewGuid(), "Employer LLP", Guid.NewGuid(), "Agency"), Guid.NewGuid(), claimed, Now);

    [Fact]
    public void Tracking_codes_are_12_characters_of_crockford_base32_with_a_check_that_catches_a_typo()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => Complaint.NewTrackingCode()).ToList();
        Assert.All(codes, c => Assert.True(Complaint.IsWellFormed(c)));
        Assert.All(codes, c => Assert.Equal(12, c.Length));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var code = codes[0];
        var wrong = code[..3] + (code[3] == '7' ? '8' : '7') + code[4..];
        Assert.False(Complaint.IsWellFormed(wrong));
        Assert.False(Complaint.IsWellFormed(code.ToLowerInvariant() == code ? code + "0" : code[..11]));
        Assert.False(Complaint.IsWellFormed(null));
    }

    [Fact]
    public void An_anonymous_complaint_carries_no_identity_and_no_consent()
    {
        var c = new Complaint(Complaint.NewTrackingCode(), ComplaintChannel.Anonymous, "uz", [ComplaintCategory.Threats],
            "They threatened me", new ComplaintParties(null, "Some firm", null, null), null, null, true, null, Now);
        Assert.False(c.ConsentToDisclose);
        Assert.Throws<DomainException>(() => new Complaint(Complaint.NewTrackingCode(), ComplaintChannel.Anonymous, "uz",
            [ComplaintCategory.Threats], "x", new ComplaintParties(null, "Some firm", null, null), Guid.NewGuid(), null, false, null, Now));
        var noParty = Assert.Throws<DomainException>(() => new Complaint(Complaint.NewTrackingCode(), ComplaintChannel.Anonymous, "uz",
            [ComplaintCategory.Threats], "x", new ComplaintParties(null, " ", null, null), null, null, false, null, Now));
        Assert.Equal("EmployerName", noParty.Field);
    }

    [Fact]
    public void Conciliation_then_settlement_then_payment_from_escrow_then_close()
    {
        var c = NewCase();
        Assert.True(c.JointlyLiable);
        c.StartConciliation(Today, 30);
        Assert.Equal(Today.AddDays(30), c.ConciliationDeadline);
        Assert.False(c.IsOverdueOn(Today.AddDays(30)));
        Assert.True(c.IsOverdueOn(Today.AddDays(31)));
        c.Settle(250_000, "Agreed");
        Assert.False(c.IsOverdueOn(Today.AddDays(31)));
        c.RecordPayment(200_000, PaidFrom.Employer);
        c.RecordPayment(50_000, PaidFrom.Escrow);
        Assert.Equal(250_000, c.AmountRecovered);
        Assert.Equal(250_000, c.AmountPaidToWorker);
        Assert.Equal(50_000, c.PaidFromEscrow);
        Assert.Throws<DomainException>(() => c.RecordPayment(1, PaidFrom.Agency)); // more than awarded
        c.Close(null, Now);
        Assert.Equal(CaseStatus.Closed, c.Status);
    }

    [Fact]
    public void Transitions_out_of_order_are_refused()
    {
        var c = NewCase();
        Assert.Throws<DomainException>(() => c.Settle(1, null));
        Assert.Throws<DomainException>(() => c.Escalate(Today, 90));
        Assert.Throws<DomainException>(() => c.Decide(1, null));
        Assert.Throws<DomainException>(() => c.RecordPayment(1, PaidFrom.Employer));
        Assert.Throws<DomainException>(() => c.Close(null, Now)); // closing an intake needs a reason
        c.StartConciliation(Today, 30);
        Assert.Throws<DomainException>(() => c.StartConciliation(Today, 30));
        c.Escalate(Today.AddDays(31), 90);
        Assert.Equal(Today.AddDays(121), c.DecisionDeadline);
        Assert.True(c.IsOverdueOn(Today.AddDays(122)));
        Assert.Throws<DomainException>(() => c.Decide(-1, null));
        c.Decide(300_000, "Awarded in full");
        Assert.Equal(CaseStatus.Decided, c.Status);
    }

    [Fact]
    public void Triage_flags_once_and_sets_the_priority()
    {
        var c = NewCase();
        Assert.False(c.RecordTriage(["D2-EXCESSIVE-OVERTIME", "D2-FINES"], true, ForcedLabourRule.Default, Now));
        Assert.Equal(0, c.Priority);
        Assert.True(c.RecordTriage(["D1-DECEIVED", "D1-THREAT-DENUNCIATION"], false, ForcedLabourRule.Default, Now));
        Assert.Equal(1, c.Priority);
        Assert.False(c.RecordTriage(["D1-DECEIVED", "D1-THREAT-DENUNCIATION"], true, ForcedLabourRule.Default, Now.AddHours(1)));
        Assert.Equal(2, c.Priority);
        Assert.Equal(Now, c.UrgentReferralAt);
        Assert.Equal(ForcedLabourRule.Default.Version, c.TriageRuleVersion);
        Assert.True(c.Triage!.Trafficking);
    }
}
