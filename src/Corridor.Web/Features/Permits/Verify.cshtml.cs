using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Reference;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Permits;

/// <summary>
/// The public check behind the permit's QR code: anyone (an employer, a police officer) may see whether a
/// permit is valid. It shows the worker's initials only — no names, passport or date of birth — and the
/// status as the clock sees it, so a permit past its end reads expired before any job flips it.
/// </summary>
public sealed class VerifyPermit(CorridorDbContext db, TimeProvider clock)
{
    public async Task<Outcome<PermitVerification>> HandleAsync(string code, string culture, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64) return Failure.NotFound;
        var p = await db.WorkPermits.AsNoTracking().FirstOrDefaultAsync(x => x.VerificationCode == code, ct);
        if (p is null) return Failure.NotFound;
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == p.EmployerId).Select(e => e.Name).SingleAsync(ct);
        var names = await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == p.WorkerId).Select(w => new { w.GivenName, w.FamilyName }).SingleAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var title = ReferenceData.Isco.TryGetValue(p.OccupationCode, out var item) ? item.Title(culture) : p.OccupationCode;
        return new PermitVerification(p.Number, p.StatusOn(today), p.ValidFrom, p.ValidUntil, p.OccupationCode, title, employer,
            WorkPermit.Initials(names.GivenName, names.FamilyName), p.StatusOn(today) == PermitStatus.SeekingEmployer ? p.SeekingEnds : null);
    }
}

[AllowAnonymous]
public sealed class VerifyModel(VerifyPermit handler, Corridor.Web.Features.Recruitment.Clearance.VerifyClearance clearances) : PageModel
{
    public PermitVerification? Permit { get; private set; }
    /// <summary>The same public address checks deployment clearances (the exit pass's QR code points here too).</summary>
    public Corridor.Web.Features.Recruitment.Clearance.ClearanceVerification? Clearance { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(code, System.Globalization.CultureInfo.CurrentUICulture.Name, ct);
        Permit = outcome.Value;
        if (Permit is null) Clearance = (await clearances.HandleAsync(code, ct)).Value;
        if (Permit is null && Clearance is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
