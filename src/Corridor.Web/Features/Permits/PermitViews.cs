using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Permits;

public sealed record PermitSummary(Guid Id, string Number, PermitStatus Status, DateOnly ValidFrom, DateOnly ValidUntil, string OccupationCode,
    Guid EmployerId, string EmployerName, Guid WorkerId, string WorkerNumber, string WorkerName);

public sealed record PermitDetails(Guid Id, string Number, PermitStatus Status, PermitStatus StoredStatus, DateOnly ValidFrom, DateOnly ValidUntil,
    string OccupationCode, Guid EmployerId, string EmployerName, Guid WorkerId, string WorkerNumber, string WorkerName,
    string VerificationCode, int RenewalsLeft, DateOnly? IssuedOn, DateOnly? ActivatedOn, DateOnly? EndedOn, string? CancellationReason,
    Guid ApplicationId, int Version, DateOnly StayStart, DateOnly? ReleasedOn, DateOnly? SeekingUntil, Guid? ContinuesPermitId);

public sealed record ApplicationView(Guid Id, Guid EmployerId, string EmployerName, Guid WorkerId, string WorkerNumber, string WorkerName,
    Guid VacancyId, string OccupationCode, decimal MonthlyWage, int WeeklyHours, DateOnly RequestedStart, DateTime SubmittedAt,
    PermitApplicationStatus Status, bool RulesPassed, string? DecidedBy, string? Justification, string? OverrideProposedBy,
    string? OverrideSecondOfficer, Guid? PermitId, Guid? DecisionId, DecisionOutcome? Outcome, IReadOnlyList<RuleResult> Results, int Version);

/// <summary>
/// What the public verification shows: nothing personal beyond the worker's initials. A permit seeking a new
/// employer shows the end of the job search (<see cref="SeekingUntil"/>): the stay is lawful, but the permit no
/// longer lets the holder work for the employer named.
/// </summary>
public sealed record PermitVerification(string Number, PermitStatus Status, DateOnly ValidFrom, DateOnly ValidUntil,
    string OccupationCode, string OccupationTitle, string EmployerName, string WorkerInitials, DateOnly? SeekingUntil = null);

public sealed class PermitApplicationForm
{
    [Display(Name = "Worker number")] public string? WorkerNumber { get; set; }
    [Display(Name = "Certified vacancy")] public Guid? VacancyId { get; set; }
    [Display(Name = "Offered monthly wage")] public decimal? MonthlyWage { get; set; }
    [Display(Name = "Normal hours a week")] public int? WeeklyHours { get; set; }
    [Display(Name = "Requested start")] public DateOnly? RequestedStart { get; set; }
}

public enum PermitDecisionAction
{
    Approve = 1,
    Refuse = 2,
    RequestInformation = 3,
}

public sealed class PermitDecisionForm
{
    [Display(Name = "Decision")] public PermitDecisionAction? Action { get; set; }
    [Display(Name = "Justification or reasons")] public string? Justification { get; set; }
    public int Version { get; set; }
}

public sealed class CancelPermitForm
{
    [Display(Name = "Reason for the cancellation")] public string? Reason { get; set; }
    public int Version { get; set; }
}

internal static class PermitQueries
{
    public static IQueryable<PermitSummary> Summaries(this IQueryable<WorkPermit> q, CorridorDbContext db) =>
        from p in q
        join e in db.Employers on p.EmployerId equals e.Id
        join w in db.MigrantWorkers on p.WorkerId equals w.Id
        select new PermitSummary(p.Id, p.Number, p.Status, p.ValidFrom, p.ValidUntil, p.OccupationCode, e.Id, e.Name, w.Id, w.WorkerNumber,
            w.GivenName + " " + w.FamilyName);

    public static async Task<ApplicationView?> ApplicationAsync(CorridorDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var a = await db.WorkPermitApplications.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == a.EmployerId).Select(e => e.Name).SingleAsync(ct);
        var worker = await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == a.WorkerId)
            .Select(w => new { w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName }).SingleAsync(ct);
        var decision = a.DecisionId is { } d ? await db.AdmissionDecisions.AsNoTracking().SingleAsync(x => x.Id == d, ct) : null;
        return new ApplicationView(a.Id, a.EmployerId, employer, a.WorkerId, worker.WorkerNumber, worker.Name, a.VacancyId, a.OccupationCode,
            a.MonthlyWage, a.WeeklyHours, a.RequestedStart, a.SubmittedAt, a.Status, a.RulesPassed, a.DecidedBy, a.Justification,
            a.OverrideProposedBy, a.OverrideSecondOfficer, a.PermitId, a.DecisionId, decision?.Outcome, decision?.Results ?? [], a.Version);
    }
}
