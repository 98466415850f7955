using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;

namespace Corridor.Web.Features.Recruitment.Orientation;

public sealed record CurriculumView(Guid Id, string Code, string TitleEn, string TitleRu, string? DestinationCountry, string? OccupationPrefix,
    OrientationAudience Audience, int Hours, IReadOnlyList<OrientationTopic> Topics, int ValidityMonths, int MinimumAttendancePercent,
    decimal MinimumHours, int Version)
{
    public static CurriculumView Of(OrientationCurriculum c) => new(c.Id, c.Code, c.TitleEn, c.TitleRu, c.DestinationCountry, c.OccupationPrefix,
        c.Audience, c.Hours, c.Topics, c.ValidityMonths, c.MinimumAttendancePercent, c.MinimumHours, c.Version);
}

public sealed record SessionSummary(Guid Id, Guid CurriculumId, string CurriculumCode, string TitleEn, string TitleRu, string? DestinationCountry,
    string? OccupationPrefix, OrientationAudience Audience, string Provider, string? Venue, bool Online, string Language,
    DateOnly StartsOn, DateOnly EndsOn, int Capacity, int Enrolled, OrientationSessionStatus Status)
{
    public string Title(string culture) => culture.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? TitleRu : TitleEn;
    public int SeatsLeft => Math.Max(0, Capacity - Enrolled);
}

/// <summary>A row of a session's roster: only workers the caller may see are listed.</summary>
public sealed record RosterEntry(Guid EnrolmentId, Guid WorkerId, string WorkerNumber, string WorkerName, EnrolmentStatus Status,
    decimal? AttendedHours, Guid? CertificateId, string? CertificateNumber, int Version);

public sealed record SessionDetails(SessionSummary Session, CurriculumView Curriculum, string? OrgUnitCode, DateOnly? HeldOn, string? CancellationReason,
    IReadOnlyList<RosterEntry> Roster, int Version);

public sealed record EnrolmentView(Guid Id, Guid SessionId, Guid WorkerId, string WorkerNumber, EnrolmentStatus Status, int SeatsLeft);

public sealed record AttendanceResult(Guid EnrolmentId, EnrolmentStatus Status, decimal AttendedHours, string? CertificateNumber);

public sealed record CertificateView(Guid Id, string Number, OrientationCertificateStatus Status, Guid WorkerId, string WorkerNumber,
    string WorkerName, Guid CurriculumId, string CurriculumCode, string TitleEn, string TitleRu, string? DestinationCountry,
    string? OccupationPrefix, DateOnly IssuedOn, DateOnly ValidUntil, DateOnly? RevokedOn, string? RevocationReason, Guid SessionId,
    string VerificationCode, int Version)
{
    public string Title(string culture) => culture.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? TitleRu : TitleEn;
}

/// <summary>What the public check shows: nothing personal beyond the worker's initials.</summary>
public sealed record CertificateVerification(string Number, OrientationCertificateStatus Status, string CurriculumCode, string CurriculumTitle,
    string? DestinationCountry, DateOnly IssuedOn, DateOnly ValidUntil, string WorkerInitials);

public sealed record OrientationCounts(int SessionsPlanned, int SessionsHeld, int SessionsCancelled, int Enrolments, int EnrolmentsCompleted,
    int EnrolmentsIncomplete, int CertificatesValid, int CertificatesExpired, int CertificatesRevoked,
    IReadOnlyList<CountBySex> CertificatesBySex, IReadOnlyList<CountByDestination> ValidCertificatesByDestination);

public sealed record CountBySex(string Sex, int Count);
public sealed record CountByDestination(string? DestinationCountry, int Count);

public sealed class CurriculumForm
{
    [Display(Name = "Code")] public string? Code { get; set; }
    [Display(Name = "Title (English)")] public string? TitleEn { get; set; }
    [Display(Name = "Title (Russian)")] public string? TitleRu { get; set; }
    [Display(Name = "Destination country (empty = any)")] public string? DestinationCountry { get; set; }
    [Display(Name = "Occupation group (empty = any)")] public string? OccupationPrefix { get; set; }
    [Display(Name = "Audience")] public OrientationAudience? Audience { get; set; }
    [Display(Name = "Hours")] public int? Hours { get; set; }
    [Display(Name = "Topics")] public List<OrientationTopic> Topics { get; set; } = [];
    [Display(Name = "Certificate validity (months)")] public int? ValidityMonths { get; set; }
    [Display(Name = "Minimum attendance (% of the hours)")] public int? MinimumAttendancePercent { get; set; }
}

public sealed class SessionForm
{
    [Display(Name = "Curriculum")] public Guid? CurriculumId { get; set; }
    [Display(Name = "Training provider")] public string? Provider { get; set; }
    [Display(Name = "Venue")] public string? Venue { get; set; }
    [Display(Name = "District")] public string? OrgUnitCode { get; set; }
    [Display(Name = "Online")] public bool Online { get; set; }
    [Display(Name = "Language")] public string? Language { get; set; }
    [Display(Name = "First day")] public DateOnly? StartsOn { get; set; }
    [Display(Name = "Last day")] public DateOnly? EndsOn { get; set; }
    [Display(Name = "Seats")] public int? Capacity { get; set; }
}

public sealed class SessionListQuery
{
    public string? Destination { get; set; }
    public string? Occupation { get; set; }
    public string? Language { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public OrientationSessionStatus? Status { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

public sealed class EnrolForm
{
    /// <summary>Empty for a worker enrolling themselves.</summary>
    [Display(Name = "Worker number")] public string? WorkerNumber { get; set; }
    public Guid? WorkerId { get; set; }
}

public sealed class AttendanceEntry
{
    public Guid EnrolmentId { get; set; }
    [Display(Name = "Hours attended")] public decimal? Hours { get; set; }
}

public sealed class AttendanceForm
{
    public List<AttendanceEntry> Entries { get; set; } = [];
}

public sealed class SessionChangeForm
{
    [Display(Name = "Reason for the cancellation")] public string? Reason { get; set; }
    public int Version { get; set; }
}

public sealed class RevokeForm
{
    [Display(Name = "Reason for the revocation")] public string? Reason { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// Ownership for orientation records: officers with the view-all permission see every enrolment and certificate;
/// agencies and workers only those of workers the worker register lets them see. Sessions and curricula are
/// public to every holder of the view permission (they name no one).
/// </summary>
internal static class OrientationScope
{
    public static IQueryable<OrientationEnrolment> Enrolments(CorridorDbContext db, CurrentUser user) =>
        user.Can(Permissions.OrientationViewAll) ? db.OrientationEnrolments
        : user.Can(Permissions.OrientationView) && (user.AgencyId is not null || user.WorkerId is not null)
            ? db.OrientationEnrolments.Where(e => db.MigrantWorkers.VisibleTo(user).Any(w => w.Id == e.WorkerId))
        : db.OrientationEnrolments.Where(_ => false);

    public static IQueryable<OrientationCertificate> Certificates(CorridorDbContext db, CurrentUser user) =>
        user.Can(Permissions.OrientationViewAll) ? db.OrientationCertificates
        : user.Can(Permissions.OrientationView) && (user.AgencyId is not null || user.WorkerId is not null)
            ? db.OrientationCertificates.Where(c => db.MigrantWorkers.VisibleTo(user).Any(w => w.Id == c.WorkerId))
        : db.OrientationCertificates.Where(_ => false);
}
