using System.Security.Cryptography;
using Corridor.Domain.Common;

namespace Corridor.Domain.Recruitment;

/// <summary>
/// Where a session stands.
/// <code>
///   Planned ──Held (on or after the first day)──▶ Held
///      └──Cancel (with the reason)──▶ Cancelled
/// </code>
/// </summary>
public enum OrientationSessionStatus
{
    Planned = 1,
    Held = 2,
    Cancelled = 3,
}

/// <summary>
/// One run of a curriculum by an accredited training centre or a licensed agency, at a venue or online, in one
/// language. <see cref="Enrolled"/> only changes through one conditional update in the database
/// (enrolled &lt; capacity), so two enrolments racing for the last seat cannot both get it.
/// </summary>
public sealed class OrientationSession : Entity
{
    private OrientationSession() { }

    public OrientationSession(OrientationCurriculum curriculum, string provider, string? venue, bool online, Guid? orgUnitId,
        string language, DateOnly startsOn, DateOnly endsOn, int capacity, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(provider) || provider.Trim().Length > 200)
            throw new DomainException("Enter the training provider (at most 200 characters).", nameof(Provider));
        if (!online && string.IsNullOrWhiteSpace(venue)) throw new DomainException("Enter the venue, or mark the session as online.", nameof(Venue));
        if (venue?.Trim().Length > 300) throw new DomainException("At most 300 characters.", nameof(Venue));
        if (string.IsNullOrWhiteSpace(language) || !System.Text.RegularExpressions.Regex.IsMatch(language.Trim(), "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"))
            throw new DomainException("Use a language code such as ru, uz or en.", nameof(Language));
        if (startsOn < today) throw new DomainException("A session cannot start in the past.", nameof(StartsOn));
        if (endsOn < startsOn) throw new DomainException("The last day cannot be before the first.", nameof(EndsOn));
        if (endsOn.DayNumber - startsOn.DayNumber > 30) throw new DomainException("A session lasts at most 31 days.", nameof(EndsOn));
        if (capacity is < 1 or > 1000) throw new DomainException("Between 1 and 1000 seats.", nameof(Capacity));
        CurriculumId = curriculum.Id;
        Provider = provider.Trim();
        Venue = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim();
        Online = online;
        OrgUnitId = orgUnitId;
        Language = language.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        Capacity = capacity;
        Status = OrientationSessionStatus.Planned;
    }

    /// <summary>A session entered after it took place (demo data, paper records being digitised).</summary>
    public static OrientationSession CarriedOver(OrientationCurriculum curriculum, string provider, string? venue, bool online, Guid? orgUnitId,
        string language, DateOnly startsOn, DateOnly endsOn, int capacity) =>
        new(curriculum, provider, venue, online, orgUnitId, language, startsOn, endsOn, capacity, startsOn);

    public Guid CurriculumId { get; private set; }
    /// <summary>The accredited training centre or licensed agency that runs the session.</summary>
    public string Provider { get; private set; } = "";
    public string? Venue { get; private set; }
    public bool Online { get; private set; }
    public Guid? OrgUnitId { get; private set; }
    /// <summary>BCP 47 language the session is taught in.</summary>
    public string Language { get; private set; } = "ru";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public int Capacity { get; private set; }
    public int Enrolled { get; private set; }
    public OrientationSessionStatus Status { get; private set; }
    public DateOnly? HeldOn { get; private set; }
    public string? CancellationReason { get; private set; }

    public int SeatsLeft => Math.Max(0, Capacity - Enrolled);

    /// <summary>Enrolment is open while the session is planned and has not begun.</summary>
    public bool OpenForEnrolment(DateOnly today) => Status == OrientationSessionStatus.Planned && today < StartsOn;

    public void MarkHeld(DateOnly today)
    {
        if (Status != OrientationSessionStatus.Planned) throw new DomainException("Only a planned session can be marked as held.");
        if (today < StartsOn) throw new DomainException("The session has not started yet.");
        Status = OrientationSessionStatus.Held;
        HeldOn = today;
    }

    public void Cancel(string reason)
    {
        if (Status != OrientationSessionStatus.Planned) throw new DomainException("Only a planned session can be cancelled.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the cancellation.", nameof(CancellationReason));
        if (reason.Trim().Length > 1000) throw new DomainException("At most 1000 characters.", nameof(CancellationReason));
        Status = OrientationSessionStatus.Cancelled;
        CancellationReason = reason.Trim();
    }

    /// <summary>For sessions built in memory (demo data, tests): takes a seat the way the database's conditional update does.</summary>
    public void TakeSeat()
    {
        if (Status != OrientationSessionStatus.Planned) throw new DomainException("This session is not open for enrolment.");
        if (Enrolled >= Capacity) throw new DomainException("The session is full.");
        Enrolled++;
    }
}

public enum EnrolmentStatus
{
    Enrolled = 1,
    /// <summary>Attended at least the curriculum's minimum; a certificate was issued.</summary>
    Completed = 2,
    /// <summary>Attended less than the minimum; no certificate.</summary>
    Incomplete = 3,
}

/// <summary>A worker's place in a session, and the hours the provider or officer recorded afterwards.</summary>
public sealed class OrientationEnrolment : Entity
{
    private OrientationEnrolment() { }

    public OrientationEnrolment(OrientationSession session, Guid workerId, string enrolledBy, DateTime enrolledAt)
    {
        SessionId = session.Id;
        CurriculumId = session.CurriculumId;
        WorkerId = workerId;
        EnrolledBy = enrolledBy;
        EnrolledAt = enrolledAt;
        Status = EnrolmentStatus.Enrolled;
    }

    public Guid SessionId { get; private set; }
    public Guid CurriculumId { get; private set; }
    public Guid WorkerId { get; private set; }
    public string EnrolledBy { get; private set; } = "";
    public DateTime EnrolledAt { get; private set; }
    public decimal? AttendedHours { get; private set; }
    public EnrolmentStatus Status { get; private set; }
    public Guid? CertificateId { get; private set; }

    /// <summary>
    /// Records the hours attended; returns true when they reach the curriculum's minimum (the caller then issues
    /// the certificate). A completed enrolment is final; an incomplete one may be corrected.
    /// </summary>
    public bool RecordAttendance(OrientationSession session, OrientationCurriculum curriculum, decimal hours)
    {
        if (session.Id != SessionId || curriculum.Id != CurriculumId) throw new DomainException("The enrolment is not in this session.");
        if (session.Status != OrientationSessionStatus.Held) throw new DomainException("Attendance is recorded once the session is marked as held.");
        if (Status == EnrolmentStatus.Completed) throw new DomainException("The worker already completed this session.");
        if (hours < 0 || hours > curriculum.Hours) throw new DomainException("Between 0 and the curriculum's hours.", nameof(AttendedHours));
        AttendedHours = hours;
        Status = hours >= curriculum.MinimumHours ? EnrolmentStatus.Completed : EnrolmentStatus.Incomplete;
        return Status == EnrolmentStatus.Completed;
    }

    public void Certified(OrientationCertificate certificate)
    {
        if (Status != EnrolmentStatus.Completed || certificate.EnrolmentId != Id) throw new DomainException("A certificate needs a completed enrolment.");
        CertificateId = certificate.Id;
    }
}

public enum OrientationCertificateStatus
{
    Valid = 1,
    Expired = 2,
    Revoked = 3,
}

/// <summary>
/// Proof that a worker completed a curriculum: a number with a check digit, the destination it is good for,
/// and a validity period (the curriculum's months). A random verification code is what the printed QR code
/// points at. Revocable with a reason (e.g. a proxy attended).
/// </summary>
public sealed class OrientationCertificate : Entity
{
    private OrientationCertificate() { }

    public OrientationCertificate(OrientationEnrolment enrolment, OrientationCurriculum curriculum, string? workerDestination, DateOnly issuedOn)
    {
        if (enrolment.Status != EnrolmentStatus.Completed) throw new DomainException("A certificate needs a completed enrolment.");
        if (curriculum.Id != enrolment.CurriculumId) throw new DomainException("The enrolment is not for this curriculum.");
        EnrolmentId = enrolment.Id;
        SessionId = enrolment.SessionId;
        WorkerId = enrolment.WorkerId;
        CurriculumId = curriculum.Id;
        Number = PublicNumber.New('O');
        VerificationCode = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        DestinationCountry = curriculum.DestinationCountry ?? workerDestination?.Trim().ToUpperInvariant();
        OccupationPrefix = curriculum.OccupationPrefix;
        IssuedOn = issuedOn;
        ValidUntil = issuedOn.AddMonths(curriculum.ValidityMonths).AddDays(-1);
    }

    public Guid EnrolmentId { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid WorkerId { get; private set; }
    public Guid CurriculumId { get; private set; }
    public string Number { get; private set; } = "";
    /// <summary>Random, 32 URL-safe characters; unique; printed as a QR code.</summary>
    public string VerificationCode { get; private set; } = "";
    /// <summary>The destination the certificate is good for; null only when neither curriculum nor worker named one.</summary>
    public string? DestinationCountry { get; private set; }
    public string? OccupationPrefix { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public DateOnly? RevokedOn { get; private set; }
    public string? RevocationReason { get; private set; }

    public OrientationCertificateStatus StatusOn(DateOnly day) =>
        RevokedOn is not null ? OrientationCertificateStatus.Revoked
        : day > ValidUntil ? OrientationCertificateStatus.Expired
        : OrientationCertificateStatus.Valid;

    public void Revoke(string reason, DateOnly today)
    {
        if (RevokedOn is not null) throw new DomainException("The certificate is already revoked.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the revocation.", nameof(RevocationReason));
        if (reason.Trim().Length > 1000) throw new DomainException("At most 1000 characters.", nameof(RevocationReason));
        RevokedOn = today;
        RevocationReason = reason.Trim();
    }

    /// <summary>Why the certificate does not clear the worker for this destination and occupation on the day, or null when it does.</summary>
    public OrientationCheckResult CheckFor(string destinationCountry, string? occupationCode, DateOnly day) =>
        RevokedOn is not null ? OrientationCheckResult.Revoked
        : day < IssuedOn ? OrientationCheckResult.NotYetValid
        : day > ValidUntil ? OrientationCheckResult.Expired
        : DestinationCountry is not null && !string.Equals(DestinationCountry, destinationCountry.Trim(), StringComparison.OrdinalIgnoreCase)
            ? OrientationCheckResult.OtherDestination
        : OccupationPrefix is not null && (occupationCode is null || !occupationCode.Trim().StartsWith(OccupationPrefix, StringComparison.Ordinal))
            ? OrientationCheckResult.OtherOccupation
        : OrientationCheckResult.Valid;
}

/// <summary>The answer to "does this worker hold a valid orientation certificate for this destination and occupation today?".</summary>
public enum OrientationCheckResult
{
    Valid = 1,
    NoCertificate = 2,
    Expired = 3,
    Revoked = 4,
    OtherDestination = 5,
    OtherOccupation = 6,
    NotYetValid = 7,
}
