using Corridor.Data;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Orientation;

/// <summary>
/// Orientation sessions, soonest first, filtered by destination, occupation (sessions whose curriculum fits it),
/// language, dates and status. Sessions name no one, so every holder of the view permission sees them all.
/// </summary>
public sealed class ListSessions(CorridorDbContext db)
{
    public Task<Paged<SessionSummary>> HandleAsync(SessionListQuery query, CancellationToken ct)
    {
        var q = from s in db.OrientationSessions.AsNoTracking()
                join c in db.OrientationCurricula on s.CurriculumId equals c.Id
                select new SessionRow { S = s, C = c };
        if (!string.IsNullOrWhiteSpace(query.Destination))
        {
            var d = query.Destination.Trim().ToUpperInvariant();
            q = q.Where(x => x.C.DestinationCountry == null || x.C.DestinationCountry == d);
        }
        if (!string.IsNullOrWhiteSpace(query.Occupation))
        {
            // A curriculum fits an occupation when its ISCO group is one of the code's prefixes (or it names none).
            var code = query.Occupation.Trim();
            var prefixes = Enumerable.Range(1, Math.Min(4, code.Length)).Select(n => code[..n]).ToList();
            q = q.Where(x => x.C.OccupationPrefix == null || prefixes.Contains(x.C.OccupationPrefix));
        }
        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            var language = query.Language.Trim();
            q = q.Where(x => x.S.Language == language);
        }
        if (query.From is { } from) q = q.Where(x => x.S.StartsOn >= from);
        if (query.To is { } to) q = q.Where(x => x.S.StartsOn <= to);
        if (query.Status is { } status) q = q.Where(x => x.S.Status == status);
        return q.OrderBy(x => x.S.StartsOn).ThenBy(x => x.C.Code).ThenBy(x => x.S.Id).Select(Summary).ToPagedAsync(query.Page, query.PageSize, ct);
    }

    internal sealed class SessionRow
    {
        public OrientationSession S { get; init; } = null!;
        public OrientationCurriculum C { get; init; } = null!;
    }

    private static readonly System.Linq.Expressions.Expression<Func<SessionRow, SessionSummary>> Summary = x =>
        new SessionSummary(x.S.Id, x.C.Id, x.C.Code, x.C.TitleEn, x.C.TitleRu, x.C.DestinationCountry, x.C.OccupationPrefix, x.C.Audience,
            x.S.Provider, x.S.Venue, x.S.Online, x.S.Language, x.S.StartsOn, x.S.EndsOn, x.S.Capacity, x.S.Enrolled, x.S.Status);

    internal static SessionSummary SummaryOf(OrientationSession s, OrientationCurriculum c) =>
        new(s.Id, c.Id, c.Code, c.TitleEn, c.TitleRu, c.DestinationCountry, c.OccupationPrefix, c.Audience,
            s.Provider, s.Venue, s.Online, s.Language, s.StartsOn, s.EndsOn, s.Capacity, s.Enrolled, s.Status);
}

/// <summary>Counts for analysts: sessions, enrolments and certificates, by sex and destination; no names.</summary>
public sealed class CountOrientation(CorridorDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Outcome<OrientationCounts>> HandleAsync(CancellationToken ct)
    {
        if (!user.Can(Permissions.OrientationStatistics)) return Failure.Forbidden;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var sessions = await db.OrientationSessions.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var enrolments = await db.OrientationEnrolments.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var certificates = await db.OrientationCertificates.AsNoTracking().Select(c => new { c.RevokedOn, c.ValidUntil, c.DestinationCountry, c.WorkerId }).ToListAsync(ct);
        var sexes = await (from c in db.OrientationCertificates join w in db.MigrantWorkers on c.WorkerId equals w.Id
                           group c by w.Sex into g select new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int S(OrientationSessionStatus s) => sessions.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        int E(EnrolmentStatus s) => enrolments.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        var valid = certificates.Where(c => c.RevokedOn == null && c.ValidUntil >= today).ToList();
        return new OrientationCounts(S(OrientationSessionStatus.Planned), S(OrientationSessionStatus.Held), S(OrientationSessionStatus.Cancelled),
            enrolments.Sum(x => x.Count), E(EnrolmentStatus.Completed), E(EnrolmentStatus.Incomplete),
            valid.Count, certificates.Count(c => c.RevokedOn == null && c.ValidUntil < today), certificates.Count(c => c.RevokedOn != null),
            [.. sexes.OrderBy(x => x.Key).Select(x => new CountBySex(x.Key.ToString(), x.Count))],
            [.. valid.GroupBy(c => c.DestinationCountry).OrderBy(g => g.Key).Select(g => new CountByDestination(g.Key, g.Count()))]);
    }
}

[Authorize(Policy = Permissions.OrientationView)]
public sealed class IndexModel(ListSessions handler, CountOrientation counts, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public SessionListQuery Query { get; set; } = new();
    public Paged<SessionSummary> Sessions { get; private set; } = null!;
    public OrientationCounts? Counts { get; private set; }
    public bool CanManage => user.Can(Permissions.OrientationManage);
    public bool HasOwn => user.AgencyId is not null || user.WorkerId is not null || user.Can(Permissions.OrientationViewAll);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sessions = await handler.HandleAsync(Query, ct);
        if (user.Can(Permissions.OrientationStatistics)) Counts = (await counts.HandleAsync(ct)).Value;
    }
}
