using Corridor.Data;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Orientation;

public sealed record EnrolmentSummary(Guid Id, Guid SessionId, string CurriculumCode, string TitleEn, string TitleRu, DateOnly StartsOn,
    DateOnly EndsOn, OrientationSessionStatus SessionStatus, Guid WorkerId, string WorkerNumber, string WorkerName, EnrolmentStatus Status,
    decimal? AttendedHours, Guid? CertificateId)
{
    public string Title(string culture) => culture.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? TitleRu : TitleEn;
}

/// <summary>Enrolments the caller may see (a worker their own, an agency its workers', officers all), latest session first.</summary>
public sealed class ListEnrolments(CorridorDbContext db, CurrentUser user)
{
    public Task<Paged<EnrolmentSummary>> HandleAsync(Guid? sessionId, Guid? workerId, int? page, int? pageSize, CancellationToken ct)
    {
        var q = OrientationScope.Enrolments(db, user).AsNoTracking();
        if (sessionId is { } sid) q = q.Where(e => e.SessionId == sid);
        if (workerId is { } wid) q = q.Where(e => e.WorkerId == wid);
        return (from e in q
                join s in db.OrientationSessions on e.SessionId equals s.Id
                join c in db.OrientationCurricula on e.CurriculumId equals c.Id
                join w in db.MigrantWorkers on e.WorkerId equals w.Id
                orderby s.StartsOn descending, w.FamilyName, e.Id
                select new EnrolmentSummary(e.Id, s.Id, c.Code, c.TitleEn, c.TitleRu, s.StartsOn, s.EndsOn, s.Status, w.Id, w.WorkerNumber,
                    w.GivenName + " " + w.FamilyName, e.Status, e.AttendedHours, e.CertificateId)).ToPagedAsync(page, pageSize, ct);
    }
}

[Authorize(Policy = Permissions.OrientationView)]
public sealed class MineModel(ListEnrolments enrolments, ListCertificates certificates) : PageModel
{
    public Paged<EnrolmentSummary> Enrolments { get; private set; } = null!;
    public Paged<CertificateView> Certificates { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Enrolments = await enrolments.HandleAsync(null, null, 1, 100, ct);
        Certificates = await certificates.HandleAsync(new CertificateListQuery { PageSize = 100 }, ct);
    }
}
