using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;

namespace Corridor.Domain.Tests.Recruitment;

public sealed class ViolationCaseTests
{
    private static ViolationCase Open() => new(ViolationKind.FeeOverCap, Guid.NewGuid(), null, Guid.NewGuid(),
        "RecruitmentCost", Guid.NewGuid(), "FEE-CAP", "Paid 500 USD where the cap is 0.", DateTime.UtcNow);

    [Fact]
    public void A_later_finding_is_appended_and_the_earlier_text_kept()
    {
        var c = Open();
        c.AddFinding("Paid 200 USD more on 2026-11-01.");
        Assert.Equal("Paid 500 USD where the cap is 0.\nPaid 200 USD more on 2026-11-01.", c.Finding);
    }

    [Fact]
    public void The_finding_never_outgrows_its_column()
    {
        var c = Open();
        for (var i = 0; i < 100; i++) c.AddFinding(new string('x', 200));
        Assert.True(c.Finding.Length <= ViolationCase.FindingMaxLength);
        Assert.EndsWith(" …", c.Finding);
    }

    [Fact]
    public void A_closed_case_takes_no_more_findings()
    {
        var c = Open();
        c.Close("regulator", "Refunded.", DateTime.UtcNow);
        Assert.Throws<DomainException>(() => c.AddFinding("Paid again."));
        Assert.Throws<DomainException>(() => Open().AddFinding("  "));
    }
}
