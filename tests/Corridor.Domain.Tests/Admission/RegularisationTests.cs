using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Tests.Admission;

/// <summary>Issue: each window criterion passes and fails on its own; window dates are inclusive at both edges.</summary>
public class RegularisationTests
{
    private static readonly DateOnly Opens = new(2026, 3, 1), Closes = new(2026, 5, 31), Cutoff = new(2026, 1, 1);

    private static RegularisationWindow Window(bool employer = true, bool record = true) =>
        new("Amnesty 2026", Opens, Closes, Cutoff, employer, record,
            [new("UZB", Sex.Male, 1000), new("UZB", Sex.Female, 500)], new Officer(Guid.NewGuid(), "policy"));

    private static RegularisationParticulars Person(DateOnly? arrived = null, string? employer = "EMP-1", bool declared = true) =>
        new("Aziz", "Karimov", Sex.Male, new DateOnly(1995, 4, 2), "UZB", null, arrived ?? new DateOnly(2025, 6, 1), employer, declared);

    private static RuleChecks Checks(RegularisationWindow w, DateOnly day, RegularisationParticulars p, bool registered = true) =>
        RegularisationRules.Check(FirmCeilingTests.Checks(), w, day, p, registered);

    private static RuleResult Rule(RuleChecks c, string id) => c.Results.Single(r => r.RuleId == id);

    [Fact]
    public void All_criteria_met_passes_with_catalogue_citations()
    {
        var c = Checks(Window(), new DateOnly(2026, 4, 1), Person());
        Assert.True(c.AllPassed);
        Assert.Equal(4, c.Results.Count);
        Assert.All(c.Results, r => Assert.Equal("ILO C143 Art. 9; national regularisation decree", r.Citation));
    }

    [Theory]
    [InlineData(2026, 2, 28, false)]
    [InlineData(2026, 3, 1, true)]
    [InlineData(2026, 5, 31, true)]
    [InlineData(2026, 6, 1, false)]
    public void Window_dates_are_inclusive(int y, int m, int d, bool open)
    {
        var day = new DateOnly(y, m, d);
        var w = Window();
        Assert.Equal(open, Rule(Checks(w, day, Person()), RegularisationRules.WindowOpen).Passed);
        Assert.Equal(open ? RegularisationWindowStatus.Open : day < Opens ? RegularisationWindowStatus.Planned : RegularisationWindowStatus.Closed,
            w.StatusOn(day));
    }

    [Theory]
    [InlineData(2025, 12, 31, true)]
    [InlineData(2026, 1, 1, false)] // on the cut-off day is not before it
    public void Arrival_must_be_before_the_cutoff(int y, int m, int d, bool passes)
    {
        var r = Rule(Checks(Window(), new DateOnly(2026, 4, 1), Person(arrived: new DateOnly(y, m, d))), RegularisationRules.ArrivedBefore);
        Assert.Equal(passes, r.Passed);
        Assert.Equal("2026-01-01", r.Args[1]);
    }

    [Fact]
    public void Registered_employer_checked_when_required()
    {
        Assert.False(Rule(Checks(Window(), new DateOnly(2026, 4, 1), Person(), registered: false), RegularisationRules.RegisteredEmployer).Passed);
        Assert.False(Rule(Checks(Window(), new DateOnly(2026, 4, 1), Person(employer: null), registered: false), RegularisationRules.RegisteredEmployer).Passed);
        Assert.True(Rule(Checks(Window(), new DateOnly(2026, 4, 1), Person()), RegularisationRules.RegisteredEmployer).Passed);
        var lenient = Checks(Window(employer: false), new DateOnly(2026, 4, 1), Person(employer: null), registered: false);
        Assert.DoesNotContain(lenient.Results, r => r.RuleId == RegularisationRules.RegisteredEmployer);
        Assert.True(lenient.AllPassed);
    }

    [Fact]
    public void No_serious_record_checked_when_required()
    {
        Assert.False(Rule(Checks(Window(), new DateOnly(2026, 4, 1), Person(declared: false)), RegularisationRules.NoSeriousRecord).Passed);
        Assert.True(Rule(Checks(Window(), new DateOnly(2026, 4, 1), Person(declared: true)), RegularisationRules.NoSeriousRecord).Passed);
        var lenient = Checks(Window(record: false), new DateOnly(2026, 4, 1), Person(declared: false));
        Assert.DoesNotContain(lenient.Results, r => r.RuleId == RegularisationRules.NoSeriousRecord);
    }

    [Fact]
    public void Window_guards_its_dates_and_estimates()
    {
        var o = new Officer(null, "x");
        Assert.Equal("ClosesOn", Assert.Throws<DomainException>(() => new RegularisationWindow("T", Closes, Opens, Cutoff, true, true, [], o)).Field);
        Assert.Equal("ArrivedBefore", Assert.Throws<DomainException>(() => new RegularisationWindow("T", Opens, Closes, Closes.AddDays(1), true, true, [], o)).Field);
        Assert.Equal("Estimates", Assert.Throws<DomainException>(() => new RegularisationWindow("T", Opens, Closes, Cutoff, true, true,
            [new("UZB", Sex.Male, 1), new("UZB", Sex.Male, 2)], o)).Field);
        Assert.Equal("Estimates", Assert.Throws<DomainException>(() => new RegularisationWindow("T", Opens, Closes, Cutoff, true, true,
            [new("XXX", Sex.Male, 1)], o)).Field);
        Assert.Equal(2, Window().Estimates.Count);
    }

    [Fact]
    public void Approval_needs_a_registered_worker_and_decides_once()
    {
        var w = Window();
        var a = new RegularisationApplication(w.Id, Person(), RegularisationApplication.NewTrackingCode(), null, null, DateTime.UtcNow);
        Assert.Equal(12, a.TrackingCode.Length);
        var decision = Checks(w, new DateOnly(2026, 4, 1), Person()).Decide("RegularisationApplication", a.Id, new { }, DateTime.UtcNow);
        Assert.Throws<DomainException>(() => a.Decided(decision, null));
        a.Decided(decision, Guid.NewGuid());
        Assert.Equal(RegularisationStatus.Approved, a.Status);
        Assert.Throws<DomainException>(() => a.Decided(decision, Guid.NewGuid()));
    }
}
