using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Orientation;

/// <summary>
/// The public check behind the certificate's QR code: the number, curriculum, destination, validity and status as
/// the clock sees it, and the worker's initials only — no names, passport or date of birth.
/// </summary>
public sealed class VerifyOrientationCertificate(CorridorDbContext db, TimeProvider clock)
{
    public async Task<Outcome<CertificateVerification>> HandleAsync(string code, string culture, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64) return Failure.NotFound;
        var c = await db.OrientationCertificates.AsNoTracking().FirstOrDefaultAsync(x => x.VerificationCode == code, ct);
        if (c is null) return Failure.NotFound;
        var curriculum = await db.OrientationCurricula.AsNoTracking().SingleAsync(x => x.Id == c.CurriculumId, ct);
        var names = await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == c.WorkerId).Select(w => new { w.GivenName, w.FamilyName }).SingleAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new CertificateVerification(c.Number, c.StatusOn(today), curriculum.Code, curriculum.Title(culture), c.DestinationCountry, c.IssuedOn,
            c.ValidUntil, WorkPermit.Initials(names.GivenName, names.FamilyName));
    }
}

[AllowAnonymous]
public sealed class VerifyModel(VerifyOrientationCertificate handler) : PageModel
{
    public CertificateVerification? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Certificate = (await handler.HandleAsync(code, System.Globalization.CultureInfo.CurrentUICulture.Name, ct)).Value;
        if (Certificate is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
