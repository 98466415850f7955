using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Orientation;

public sealed class CertificateListQuery
{
    public Guid? WorkerId { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Certificates the caller may see (officers all, an agency its workers', a worker their own), newest first.</summary>
public sealed class ListCertificates(CorridorDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Paged<CertificateView>> HandleAsync(CertificateListQuery query, CancellationToken ct)
    {
        var q = OrientationScope.Certificates(db, user).AsNoTracking();
        if (query.WorkerId is { } wid) q = q.Where(c => c.WorkerId == wid);
        var page = await (from c in q
                          join w in db.MigrantWorkers on c.WorkerId equals w.Id
                          join k in db.OrientationCurricula on c.CurriculumId equals k.Id
                          orderby c.IssuedOn descending, c.Number
                          select new { c, w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName, k.Code, k.TitleEn, k.TitleRu })
            .ToPagedAsync(query.Page, query.PageSize, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new Paged<CertificateView>([.. page.Items.Select(x => CertificateQueries.View(x.c, x.WorkerNumber, x.Name, x.Code, x.TitleEn, x.TitleRu, today))],
            page.Page, page.PageSize, page.Total);
    }
}

public sealed class GetCertificate(CorridorDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Outcome<CertificateView>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!user.Can(Permissions.OrientationView)) return Failure.Forbidden;
        var x = await (from c in OrientationScope.Certificates(db, user).AsNoTracking()
                       where c.Id == id
                       join w in db.MigrantWorkers on c.WorkerId equals w.Id
                       join k in db.OrientationCurricula on c.CurriculumId equals k.Id
                       select new { c, w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName, k.Code, k.TitleEn, k.TitleRu }).FirstOrDefaultAsync(ct);
        if (x is null) return Failure.NotFound;
        return CertificateQueries.View(x.c, x.WorkerNumber, x.Name, x.Code, x.TitleEn, x.TitleRu, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}

/// <summary>The regulator revokes a certificate with the reason (e.g. a proxy attended); it then clears no one.</summary>
public sealed class RevokeCertificate(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<int>> HandleAsync(Guid id, RevokeForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.OrientationManage)) return Failure.Forbidden;
        var certificate = await db.OrientationCertificates.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (certificate is null) return Failure.NotFound;
        db.Entry(certificate).Property(c => c.Version).OriginalValue = form.Version;
        try
        {
            certificate.Revoke(form.Reason ?? "", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        }
        catch (DomainException e)
        {
            return e.Field is null ? Failure.Conflict(l[e.Message]) : Failure.Invalid(nameof(form.Reason), l[e.Message]);
        }
        db.RecordAction("orientation-certificate.revoked", nameof(OrientationCertificate), id, new { certificate.Number, certificate.RevocationReason });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return certificate.Version;
    }
}

internal static class CertificateQueries
{
    public static CertificateView View(OrientationCertificate c, string workerNumber, string workerName, string code, string titleEn, string titleRu,
        DateOnly today) =>
        new(c.Id, c.Number, c.StatusOn(today), c.WorkerId, workerNumber, workerName, c.CurriculumId, code, titleEn, titleRu, c.DestinationCountry,
            c.OccupationPrefix, c.IssuedOn, c.ValidUntil, c.RevokedOn, c.RevocationReason, c.SessionId, c.VerificationCode, c.Version);
}

[Authorize(Policy = Permissions.OrientationView)]
public sealed class CertificateModel(GetCertificate get, RevokeCertificate revoke, CurrentUser user) : PageModel
{
    public CertificateView Certificate { get; private set; } = null!;
    public bool CanManage => user.Can(Permissions.OrientationManage);
    [BindProperty] public RevokeForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        (await get.HandleAsync(id, ct)).ToPage(this, c => { Certificate = c; return Page(); });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await revoke.HandleAsync(id, Input, ct);
        if (outcome.IsOk) return RedirectToPage("Certificate", new { id });
        var current = await get.HandleAsync(id, ct);
        if (!current.IsOk) return NotFound();
        Certificate = current.Value!;
        return outcome.ToPage(this, _ => Page());
    }
}
