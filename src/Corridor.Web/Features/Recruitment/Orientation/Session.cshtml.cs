using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Quotas;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Orientation;

/// <summary>A session with its curriculum and the roster the caller may see (officers all, an agency its workers, a worker themselves).</summary>
public sealed class GetSession(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<SessionDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!user.Can(Permissions.OrientationView)) return Failure.Forbidden;
        var s = await db.OrientationSessions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Failure.NotFound;
        var c = await db.OrientationCurricula.AsNoTracking().SingleAsync(x => x.Id == s.CurriculumId, ct);
        var roster = await (from e in OrientationScope.Enrolments(db, user).AsNoTracking()
                            where e.SessionId == id
                            join w in db.MigrantWorkers on e.WorkerId equals w.Id
                            join cert in db.OrientationCertificates on e.CertificateId equals cert.Id into certs
                            from cert in certs.DefaultIfEmpty()
                            orderby w.FamilyName, w.GivenName, w.Id
                            select new RosterEntry(e.Id, w.Id, w.WorkerNumber, w.GivenName + " " + w.FamilyName, e.Status, e.AttendedHours,
                                e.CertificateId, cert == null ? null : cert.Number, e.Version)).ToListAsync(ct);
        var district = s.OrgUnitId is { } unit ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == unit).Select(u => u.Code).SingleOrDefaultAsync(ct) : null;
        return new SessionDetails(ListSessions.SummaryOf(s, c), CurriculumView.Of(c), district, s.HeldOn, s.CancellationReason, roster, s.Version);
    }
}

/// <summary>The regulator plans a session of a curriculum.</summary>
public sealed class PlanSession(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<SessionSummary>> HandleAsync(SessionForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.OrientationManage)) return Failure.Forbidden;
        var errors = new Errors();
        var curriculum = form.CurriculumId is { } cid ? await db.OrientationCurricula.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (curriculum is null) errors.Add(nameof(form.CurriculumId), l["Choose a curriculum."]);
        if (string.IsNullOrWhiteSpace(form.Provider)) errors.Add(nameof(form.Provider), l["Enter the training provider (at most 200 characters)."]);
        if (string.IsNullOrWhiteSpace(form.Language)) errors.Add(nameof(form.Language), l["Choose a language."]);
        if (form.StartsOn is null) errors.Add(nameof(form.StartsOn), l["Enter the first day."]);
        if (form.EndsOn is null) errors.Add(nameof(form.EndsOn), l["Enter the last day."]);
        if (form.Capacity is null) errors.Add(nameof(form.Capacity), l["Between 1 and 1000 seats."]);
        Guid? orgUnitId = null;
        if (!string.IsNullOrWhiteSpace(form.OrgUnitCode))
        {
            orgUnitId = await db.OrgUnits.Where(u => u.Code == form.OrgUnitCode.Trim()).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (orgUnitId is null) errors.Add(nameof(form.OrgUnitCode), l["Choose a district from the list."]);
        }
        if (errors.Any) return errors.ToFailure();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        OrientationSession session;
        try
        {
            session = new OrientationSession(curriculum!, form.Provider!, form.Venue, form.Online, orgUnitId, form.Language!, form.StartsOn!.Value,
                form.EndsOn!.Value, form.Capacity!.Value, today);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        db.OrientationSessions.Add(session);
        db.RecordAction("orientation-session.planned", nameof(OrientationSession), session.Id,
            new { curriculum = curriculum!.Code, session.StartsOn, session.EndsOn, session.Capacity });
        await db.SaveChangesAsync(ct);
        return ListSessions.SummaryOf(session, curriculum);
    }
}

/// <summary>
/// Enrols a worker in a session: an agency its own workers, a worker themselves, the regulator anyone. The
/// worker must be going abroad and fit the curriculum (audience, destination, occupation). The seat is taken
/// by one conditional update (enrolled &lt; capacity), so two enrolments racing for the last seat cannot both win.
/// </summary>
public sealed class EnrolWorker(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EnrolmentView>> HandleAsync(Guid sessionId, EnrolForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.OrientationEnrol)) return Failure.Forbidden;
        var session = await db.OrientationSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return Failure.NotFound;

        var workers = db.MigrantWorkers.VisibleTo(user).AsNoTracking();
        MigrantWorker? worker;
        if (form.WorkerId is { } workerId) worker = await workers.FirstOrDefaultAsync(w => w.Id == workerId, ct);
        else if (!string.IsNullOrWhiteSpace(form.WorkerNumber))
        {
            var number = form.WorkerNumber.Trim().ToUpperInvariant();
            if (!PublicNumber.IsValid(number, 'W'))
                return Failure.Invalid(nameof(form.WorkerNumber), l["A worker number looks like W-12345678903; check the digits."]);
            worker = await workers.FirstOrDefaultAsync(w => w.WorkerNumber == number, ct);
        }
        else if (user.WorkerId is { } own) worker = await workers.FirstOrDefaultAsync(w => w.Id == own, ct);
        else return Failure.Invalid(nameof(form.WorkerNumber), l["Enter the worker number."]);
        // Another party's worker is not found, exactly like one that does not exist.
        if (worker is null) return Failure.NotFound;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!session.OpenForEnrolment(today)) return Failure.Conflict(l["This session is not open for enrolment."]);
        var curriculum = await db.OrientationCurricula.AsNoTracking().SingleAsync(c => c.Id == session.CurriculumId, ct);
        if (worker.Direction != MigrationDirection.Outbound)
            return Failure.Invalid(nameof(form.WorkerNumber), l["Pre-departure orientation is for workers going abroad."]);
        if (curriculum.MisfitFor(worker.Sex, worker.DestinationCountry, worker.OccupationCode) is { } misfit)
            return Failure.Invalid(nameof(form.WorkerNumber), l[misfit.Message]);
        if (await db.OrientationEnrolments.AnyAsync(e => e.SessionId == sessionId && e.WorkerId == worker.Id, ct))
            return Failure.Invalid(nameof(form.WorkerNumber), l["The worker is already enrolled in this session."]);

        var now = clock.GetUtcNow().UtcDateTime;
        var enrolment = new OrientationEnrolment(session, worker.Id, user.Name, now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var taken = await db.OrientationSessions
            .Where(s => s.Id == sessionId && s.Status == OrientationSessionStatus.Planned && s.Enrolled < s.Capacity)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Enrolled, x => x.Enrolled + 1)
                .SetProperty(x => x.Version, x => x.Version + 1)
                .SetProperty(x => x.UpdatedAt, now), ct);
        if (taken == 0) return Failure.Conflict(l["The session is full: all {0} seats are taken.", session.Capacity]);
        db.OrientationEnrolments.Add(enrolment);
        // ExecuteUpdate bypasses SaveChanges, so the seat's audit event is recorded explicitly, in the same transaction.
        db.RecordAction("orientation.enrolled", nameof(OrientationSession), sessionId, new { worker = worker.WorkerNumber, enrolment = enrolment.Id });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && db.PropertyOf(e) is not null)
        {
            return Failure.Invalid(nameof(form.WorkerNumber), l["The worker is already enrolled in this session."]);
        }
        await tx.CommitAsync(ct);
        var left = await db.OrientationSessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => s.Capacity - s.Enrolled).SingleAsync(ct);
        return new EnrolmentView(enrolment.Id, sessionId, worker.Id, worker.WorkerNumber, enrolment.Status, left);
    }
}

/// <summary>Planned → Held (on or after the first day) or Planned → Cancelled (with the reason).</summary>
public sealed class ChangeSession(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public Task<Outcome<int>> HeldAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, (s, today) => s.MarkHeld(today), "orientation-session.held", ct);

    public Task<Outcome<int>> CancelAsync(Guid id, SessionChangeForm form, CancellationToken ct) =>
        ChangeAsync(id, form.Version, (s, _) => s.Cancel(form.Reason ?? ""), "orientation-session.cancelled", ct);

    private async Task<Outcome<int>> ChangeAsync(Guid id, int version, Action<OrientationSession, DateOnly> change, string action, CancellationToken ct)
    {
        if (!user.Can(Permissions.OrientationManage)) return Failure.Forbidden;
        var session = await db.OrientationSessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return Failure.NotFound;
        db.Entry(session).Property(s => s.Version).OriginalValue = version;
        try
        {
            change(session, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        }
        catch (DomainException e)
        {
            return e.Field is null ? Failure.Conflict(l[e.Message]) : Failure.Invalid("Reason", l[e.Message]);
        }
        db.RecordAction(action, nameof(OrientationSession), id, new { status = session.Status.ToString(), session.CancellationReason });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return session.Version;
    }
}

/// <summary>
/// The provider's hours, entered by the officer after a held session. Every entry is checked before anything
/// is stored; an entry reaching the curriculum's minimum (ORIENT-ATTENDANCE) issues the certificate at once.
/// </summary>
public sealed class RecordAttendance(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<IReadOnlyList<AttendanceResult>>> HandleAsync(Guid sessionId, AttendanceForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.OrientationManage)) return Failure.Forbidden;
        var session = await db.OrientationSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return Failure.NotFound;
        if (session.Status != OrientationSessionStatus.Held) return Failure.Conflict(l["Attendance is recorded once the session is marked as held."]);
        var curriculum = await db.OrientationCurricula.AsNoTracking().SingleAsync(c => c.Id == session.CurriculumId, ct);
        var errors = new Errors();
        if (form.Entries.Count == 0) errors.Add(nameof(form.Entries), l["Enter the hours of at least one worker."]);
        var ids = form.Entries.Select(e => e.EnrolmentId).ToList();
        var enrolments = await db.OrientationEnrolments.Where(e => e.SessionId == sessionId && ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        for (var i = 0; i < form.Entries.Count; i++)
        {
            var entry = form.Entries[i];
            var field = $"Entries[{i}].Hours";
            if (!enrolments.TryGetValue(entry.EnrolmentId, out var enrolment)) errors.Add($"Entries[{i}].EnrolmentId", l["No such enrolment in this session."]);
            else if (enrolment.Status == EnrolmentStatus.Completed) errors.Add(field, l["The worker already completed this session."]);
            else if (entry.Hours is not { } h || h < 0 || h > curriculum.Hours) errors.Add(field, l["Between 0 and {0} hours.", curriculum.Hours]);
            if (ids.Count(x => x == entry.EnrolmentId) > 1) errors.Add($"Entries[{i}].EnrolmentId", l["Each worker once."]);
        }
        if (errors.Any) return errors.ToFailure();

        var workerIds = enrolments.Values.Select(e => e.WorkerId).ToList();
        var destinations = await db.MigrantWorkers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.DestinationCountry, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var results = new List<AttendanceResult>();
        foreach (var entry in form.Entries)
        {
            var enrolment = enrolments[entry.EnrolmentId];
            string? number = null;
            if (enrolment.RecordAttendance(session, curriculum, entry.Hours!.Value))
            {
                var certificate = new OrientationCertificate(enrolment, curriculum, destinations[enrolment.WorkerId], today);
                enrolment.Certified(certificate);
                db.OrientationCertificates.Add(certificate);
                db.RecordAction("orientation-certificate.issued", nameof(OrientationCertificate), certificate.Id,
                    new { certificate.Number, enrolment = enrolment.Id, certificate.ValidUntil });
                number = certificate.Number;
            }
            db.RecordAction("orientation.attendance-recorded", nameof(OrientationEnrolment), enrolment.Id,
                new { hours = entry.Hours, minimum = curriculum.MinimumHours, status = enrolment.Status.ToString() });
            results.Add(new AttendanceResult(enrolment.Id, enrolment.Status, entry.Hours!.Value, number));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return results;
    }
}

[Authorize(Policy = Permissions.OrientationView)]
public sealed class SessionModel(GetSession get, EnrolWorker enrol, ChangeSession change, RecordAttendance attendance, CurrentUser user,
    TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public SessionDetails Details { get; private set; } = null!;
    public bool CanManage => user.Can(Permissions.OrientationManage);
    public bool CanEnrol => user.Can(Permissions.OrientationEnrol) && Details.Session.Status == OrientationSessionStatus.Planned
        && DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) < Details.Session.StartsOn;
    public bool IsWorker => user.WorkerId is not null;
    [BindProperty] public EnrolForm Input { get; set; } = new();
    [BindProperty] public AttendanceForm Attendance { get; set; } = new();
    [BindProperty] public SessionChangeForm Change { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostEnrolAsync(Guid id, CancellationToken ct)
    {
        var outcome = await enrol.HandleAsync(id, Input, ct);
        if (outcome.IsOk) return RedirectToPage("Session", new { id });
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        // On the form, a worker the account may not see reads as a wrong number, never as "someone else's".
        if (outcome.Status == OutcomeStatus.NotFound)
            ModelState.AddModelError("Input.WorkerNumber", l["No worker with this number among the workers you may enrol."]);
        else outcome.AddTo(ModelState);
        return Page();
    }

    public async Task<IActionResult> OnPostHeldAsync(Guid id, CancellationToken ct) =>
        await ShowAsync(id, await change.HeldAsync(id, Change.Version, ct), ct);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        await ShowAsync(id, await change.CancelAsync(id, Change, ct), ct, "Change");

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken ct) =>
        await ShowAsync(id, await attendance.HandleAsync(id, Attendance, ct), ct, "Attendance");

    private async Task<IActionResult> ShowAsync<T>(Guid id, Outcome<T> outcome, CancellationToken ct, string prefix = "Input")
    {
        if (outcome.IsOk) return RedirectToPage("Session", new { id });
        if (outcome.Status is OutcomeStatus.NotFound or OutcomeStatus.Forbidden) return outcome.ToPage(this, _ => Page());
        outcome.AddTo(ModelState, prefix);
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await get.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Details = outcome.Value!;
        return null;
    }
}
