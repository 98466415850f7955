using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Permits;

public sealed class EmployerChangeForm
{
    [Display(Name = "Ground for the change")] public EmployerChangeGround? Ground { get; set; }
    [Display(Name = "Statement and evidence")] public string? Statement { get; set; }
    [Display(Name = "Months of unpaid wages")] public int? UnpaidMonths { get; set; }
}

public enum EmployerChangeAction
{
    Grant = 1,
    Refuse = 2,
}

public sealed class EmployerChangeDecisionForm
{
    [Display(Name = "Decision")] public EmployerChangeAction? Action { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
    public int Version { get; set; }
}

public sealed class RenewPermitForm
{
    public int Version { get; set; }
}

public sealed record EmployerChangeResult(Guid Id, Guid PermitId, EmployerChangeStatus Status, bool GrantedAutomatically, Guid? DecisionId,
    IReadOnlyList<RuleResult> Results, PermitStatus PermitStatus, DateOnly? SeekingUntil);

/// <summary>
/// A change of employer as the caller may see it. The employer never sees the worker's statement, nor, for a
/// request on the ground of abuse, the ground or the checks: only that the worker was released on a lawful ground.
/// </summary>
public sealed record EmployerChangeView(Guid Id, Guid PermitId, string PermitNumber, string WorkerNumber, string WorkerName, string EmployerName,
    EmployerChangeGround? Ground, bool WithConsent, string? Statement, int? UnpaidMonths, EmployerChangeFiler FiledAs, string FiledBy, DateTime FiledAt,
    EmployerChangeStatus Status, bool GrantedAutomatically, string? DecidedBy, DateTime? DecidedAt, string? Reason, Guid? DecisionId,
    IReadOnlyList<RuleResult> Results, bool InOfficersQueue, bool AwaitingEmployer, int Version);

public sealed record QueuedEmployerChange(Guid Id, DateTime FiledAt, EmployerChangeGround Ground, int? UnpaidMonths, EmployerChangeFiler FiledAs,
    string PermitNumber, string WorkerNumber, string EmployerName);

internal static class EmployerChangeQueries
{
    /// <summary>The requests the caller may see: officers all, an employer those about its permits, a worker their own.</summary>
    public static IQueryable<EmployerChange> VisibleTo(this IQueryable<EmployerChange> q, CurrentUser user) =>
        user.Can(Permissions.PermitsViewAll) ? q
        : !user.Can(Permissions.PermitsView) ? q.Where(_ => false)
        : user.EmployerId is { } employer ? q.Where(c => c.EmployerId == employer)
        : user.WorkerId is { } worker ? q.Where(c => c.WorkerId == worker)
        : q.Where(_ => false);

    public static async Task<EmployerChangeView?> ViewAsync(CorridorDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var c = await db.EmployerChanges.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : (await ViewsAsync(db, user, [c], ct))[0];
    }

    public static async Task<IReadOnlyList<EmployerChangeView>> ForPermitAsync(CorridorDbContext db, CurrentUser user, Guid permitId, CancellationToken ct)
    {
        var list = await db.EmployerChanges.VisibleTo(user).AsNoTracking().Where(x => x.PermitId == permitId).ToListAsync(ct);
        return await ViewsAsync(db, user, [.. list.OrderByDescending(x => x.FiledAt)], ct);
    }

    private static async Task<IReadOnlyList<EmployerChangeView>> ViewsAsync(CorridorDbContext db, CurrentUser user, List<EmployerChange> changes, CancellationToken ct)
    {
        var result = new List<EmployerChangeView>();
        // The employer side (not an officer) sees the outcome, never the worker's account of it.
        var employerSide = user.EmployerId is not null && !user.Can(Permissions.PermitsViewAll);
        foreach (var c in changes)
        {
            var permit = await db.WorkPermits.AsNoTracking().Where(p => p.Id == c.PermitId).Select(p => p.Number).SingleAsync(ct);
            var employer = await db.Employers.AsNoTracking().Where(e => e.Id == c.EmployerId).Select(e => e.Name).SingleAsync(ct);
            var worker = await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == c.WorkerId)
                .Select(w => new { w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName }).SingleAsync(ct);
            var decision = c.DecisionId is { } d ? await db.AdmissionDecisions.AsNoTracking().SingleAsync(x => x.Id == d, ct) : null;
            var hideGround = employerSide && c.Ground == EmployerChangeGround.Abuse;
            result.Add(new EmployerChangeView(c.Id, c.PermitId, permit, worker.WorkerNumber, worker.Name, employer,
                hideGround ? null : c.Ground, c.WithConsent, employerSide && !c.WithConsent ? null : c.Statement, hideGround ? null : c.UnpaidMonths,
                c.FiledAs, employerSide && c.FiledAs != EmployerChangeFiler.Employer ? "" : c.FiledBy, c.FiledAt, c.Status, c.GrantedAutomatically,
                c.DecidedBy, c.DecidedAt, employerSide && !c.WithConsent ? null : c.Reason, c.DecisionId, hideGround ? [] : decision?.Results ?? [], c.InOfficersQueue, c.AwaitingEmployer, c.Version));
        }
        return result;
    }
}

/// <summary>The words shown for grounds and statuses (keys of the localizer).</summary>
public static class EmployerChangeTexts
{
    public static string Ground(EmployerChangeGround? g) => g switch
    {
        EmployerChangeGround.EmployerConsent => "With the employer's consent",
        EmployerChangeGround.Abuse => "Abuse, violence or harassment",
        EmployerChangeGround.UnpaidWages => "Unpaid wages",
        EmployerChangeGround.Closure => "The employer closed the business",
        EmployerChangeGround.EmployerPermitSuspended => "The employer's permits are suspended",
        _ => "A lawful ground without the employer's consent",
    };

    public static string Status(EmployerChangeStatus s) => s switch
    {
        EmployerChangeStatus.Granted => "Granted",
        EmployerChangeStatus.Refused => "Refused",
        _ => "Requested",
    };

    public static string Filer(EmployerChangeFiler f) => f switch
    {
        EmployerChangeFiler.Worker => "The worker",
        EmployerChangeFiler.Officer => "An officer on the worker's behalf",
        _ => "The employer",
    };
}
