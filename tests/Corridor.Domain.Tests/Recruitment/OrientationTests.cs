using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;

namespace Corridor.Domain.Tests.Recruitment;

/// <summary>Issue 4: pre-departure orientation — curricula that fit, sessions, attendance, certificates and their validity.</summary>
public class OrientationTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly OrientationTopic[] AllTopics = Enum.GetValues<OrientationTopic>();

    private static OrientationCurriculum Curriculum(string? destination = "RUS", string? occupation = null,
        OrientationAudience audience = OrientationAudience.All, int hours = 16, int minimumPercent = 100, int months = 12) =>
        new("PDOS-" + Guid.NewGuid().ToString("N")[..6], "Going to work", "Выезд на работу", destination, occupation, audience, hours, AllTopics,
            months, minimumPercent);

    private static (OrientationSession Session, OrientationEnrolment Enrolment) Held(OrientationCurriculum c)
    {
        var s = new OrientationSession(c, "Astana training centre", "Astana, Mangilik El 8", false, null, "ru", Today.AddDays(3), Today.AddDays(4), 2, Today);
        s.TakeSeat();
        var e = new OrientationEnrolment(s, Guid.NewGuid(), "agency@test", DateTime.UtcNow);
        s.MarkHeld(Today.AddDays(4));
        return (s, e);
    }

    [Fact]
    public void Defaults_come_from_the_policy_rules_12_months_and_full_attendance()
    {
        var rules = PolicyRules.Defaults();
        Assert.Equal(12, OrientationCurriculum.DefaultValidityMonths(rules));
        Assert.Equal(100, OrientationCurriculum.DefaultAttendancePercent(rules));
        Assert.All(new[] { "ORIENT-REQUIRED", "ORIENT-VALIDITY", "ORIENT-ATTENDANCE" },
            id => Assert.Equal(RuleCatalogue.Orientation, RuleCatalogue.Find(id)!.Area));
    }

    [Theory]
    [InlineData(OrientationAudience.Women, Sex.Male, "RUS", "911", "Audience")]
    [InlineData(OrientationAudience.Men, Sex.Female, "RUS", "911", "Audience")]
    [InlineData(OrientationAudience.All, Sex.Female, "KOR", "911", "DestinationCountry")]
    [InlineData(OrientationAudience.All, Sex.Female, null, "911", "DestinationCountry")]
    [InlineData(OrientationAudience.All, Sex.Male, "RUS", "711", "OccupationCode")]
    public void A_worker_who_does_not_fit_is_told_which_criterion(OrientationAudience audience, Sex sex, string? destination, string occupation, string criterion)
    {
        var c = Curriculum("RUS", "91", audience);
        Assert.Equal(criterion, c.MisfitFor(sex, destination, occupation)?.Criterion);
    }

    [Fact]
    public void A_worker_who_fits_has_no_misfit_and_any_destination_fits_everyone()
    {
        Assert.Null(Curriculum("RUS", "91", OrientationAudience.Women).MisfitFor(Sex.Female, "rus", "9111"));
        Assert.Null(Curriculum(null).MisfitFor(Sex.Male, "KOR", "711"));
    }

    [Fact]
    public void Bad_curricula_and_sessions_are_refused_with_the_field()
    {
        Assert.Equal("Hours", Assert.Throws<DomainException>(() => Curriculum(hours: 0)).Field);
        Assert.Equal("DestinationCountry", Assert.Throws<DomainException>(() => Curriculum("XXX")).Field);
        Assert.Equal("OccupationPrefix", Assert.Throws<DomainException>(() => Curriculum(occupation: "99999")).Field);
        Assert.Equal("MinimumAttendancePercent", Assert.Throws<DomainException>(() => Curriculum(minimumPercent: 101)).Field);
        Assert.Equal("Topics", Assert.Throws<DomainException>(() => new OrientationCurriculum("X", "a", "b", null, null, OrientationAudience.All, 8, [], 12, 100)).Field);
        var c = Curriculum();
        Assert.Equal("StartsOn", Assert.Throws<DomainException>(() =>
            new OrientationSession(c, "Centre", "Hall", false, null, "ru", Today.AddDays(-1), Today, 10, Today)).Field);
        Assert.Equal("EndsOn", Assert.Throws<DomainException>(() =>
            new OrientationSession(c, "Centre", "Hall", false, null, "ru", Today.AddDays(2), Today.AddDays(1), 10, Today)).Field);
        Assert.Equal("Venue", Assert.Throws<DomainException>(() =>
            new OrientationSession(c, "Centre", null, false, null, "ru", Today, Today, 10, Today)).Field);
        Assert.Equal("Capacity", Assert.Throws<DomainException>(() =>
            new OrientationSession(c, "Centre", null, true, null, "ru", Today, Today, 0, Today)).Field);
    }

    [Fact]
    public void Seats_run_out_at_the_capacity()
    {
        var s = new OrientationSession(Curriculum(), "Centre", null, true, null, "kk", Today.AddDays(1), Today.AddDays(1), 2, Today);
        s.TakeSeat();
        s.TakeSeat();
        Assert.Equal(0, s.SeatsLeft);
        Assert.Throws<DomainException>(s.TakeSeat);
    }

    [Fact]
    public void A_session_is_held_only_from_its_first_day_and_cancelled_only_with_a_reason_while_planned()
    {
        var s = new OrientationSession(Curriculum(), "Centre", null, true, null, "ru", Today.AddDays(1), Today.AddDays(2), 5, Today);
        Assert.Throws<DomainException>(() => s.MarkHeld(Today));
        Assert.True(s.OpenForEnrolment(Today));
        Assert.Equal("CancellationReason", Assert.Throws<DomainException>(() => s.Cancel(" ")).Field);
        s.MarkHeld(Today.AddDays(1));
        Assert.Equal(OrientationSessionStatus.Held, s.Status);
        Assert.False(s.OpenForEnrolment(Today));
        Assert.Throws<DomainException>(() => s.Cancel("Too late"));
    }

    [Fact]
    public void Attendance_below_the_minimum_earns_no_certificate_and_at_the_minimum_it_does()
    {
        var c = Curriculum(hours: 16, minimumPercent: 75);
        Assert.Equal(12m, c.MinimumHours);
        var (s, e) = Held(c);
        Assert.False(e.RecordAttendance(s, c, 11.5m));
        Assert.Equal(EnrolmentStatus.Incomplete, e.Status);
        Assert.Throws<DomainException>(() => new OrientationCertificate(e, c, "RUS", Today));
        Assert.True(e.RecordAttendance(s, c, 12m));
        Assert.Equal(EnrolmentStatus.Completed, e.Status);
        var certificate = new OrientationCertificate(e, c, "RUS", Today);
        Assert.True(PublicNumber.IsValid(certificate.Number, 'O'));
        Assert.Equal(Today.AddMonths(12).AddDays(-1), certificate.ValidUntil);
        Assert.Throws<DomainException>(() => e.RecordAttendance(s, c, 16));
        var (other, fresh) = Held(c);
        Assert.Equal("AttendedHours", Assert.Throws<DomainException>(() => fresh.RecordAttendance(other, c, 17)).Field);
        Assert.Throws<DomainException>(() => fresh.RecordAttendance(s, c, 16)); // another session's enrolment
    }

    [Fact]
    public void Attendance_needs_a_held_session()
    {
        var c = Curriculum();
        var s = new OrientationSession(c, "Centre", null, true, null, "ru", Today.AddDays(1), Today.AddDays(2), 5, Today);
        var e = new OrientationEnrolment(s, Guid.NewGuid(), "x", DateTime.UtcNow);
        Assert.Throws<DomainException>(() => e.RecordAttendance(s, c, 16));
    }

    [Fact]
    public void A_certificate_clears_only_its_destination_and_occupation_within_its_validity_until_revoked()
    {
        var c = Curriculum("KOR", "71", months: 6);
        var (s, e) = Held(c);
        e.RecordAttendance(s, c, 16);
        var cert = new OrientationCertificate(e, c, "KOR", Today);
        Assert.Equal(OrientationCheckResult.Valid, cert.CheckFor("KOR", "7112", Today));
        Assert.Equal(OrientationCheckResult.Valid, cert.CheckFor("kor", "711", cert.ValidUntil));
        Assert.Equal(OrientationCheckResult.Expired, cert.CheckFor("KOR", "7112", cert.ValidUntil.AddDays(1)));
        Assert.Equal(OrientationCertificateStatus.Expired, cert.StatusOn(cert.ValidUntil.AddDays(1)));
        Assert.Equal(OrientationCheckResult.NotYetValid, cert.CheckFor("KOR", "7112", Today.AddDays(-1)));
        Assert.Equal(OrientationCheckResult.OtherDestination, cert.CheckFor("RUS", "7112", Today));
        Assert.Equal(OrientationCheckResult.OtherOccupation, cert.CheckFor("KOR", "911", Today));
        Assert.Equal("RevocationReason", Assert.Throws<DomainException>(() => cert.Revoke("", Today)).Field);
        cert.Revoke("A proxy attended in the worker's place.", Today);
        Assert.Equal(OrientationCheckResult.Revoked, cert.CheckFor("KOR", "7112", Today));
        Assert.Equal(OrientationCertificateStatus.Revoked, cert.StatusOn(Today));
        Assert.Throws<DomainException>(() => cert.Revoke("again", Today));
    }

    [Fact]
    public void A_curriculum_for_any_destination_certifies_the_workers_own_destination()
    {
        var c = Curriculum(null);
        var (s, e) = Held(c);
        e.RecordAttendance(s, c, 16);
        var cert = new OrientationCertificate(e, c, "kor", Today);
        Assert.Equal("KOR", cert.DestinationCountry);
        Assert.Equal(OrientationCheckResult.OtherDestination, cert.CheckFor("RUS", null, Today));
    }
}
