using Corridor.Data;
using Corridor.Domain.Recruitment;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Orientation;

/// <summary>The answer for deployment clearance: the certificate that clears the worker (null when none does) and the reason.</summary>
public sealed record OrientationClearance(OrientationCheckResult Result, OrientationCertificate? Certificate, string Reason)
{
    public bool Valid => Result == OrientationCheckResult.Valid;
}

/// <summary>
/// What other modules ask this one (deployment clearance, policy rule ORIENT-REQUIRED): "does this worker hold a
/// valid orientation certificate for this destination (and occupation) on this day?". A system query: it applies
/// no account's ownership, so callers check who may ask. Reasons are English templates for the localizer.
/// </summary>
public sealed class OrientationCertificates(CorridorDbContext db)
{
    public async Task<OrientationClearance> ValidForAsync(Guid workerId, string destinationCountry, string? occupationCode, DateOnly day,
        CancellationToken ct)
    {
        var held = await db.OrientationCertificates.AsNoTracking().Where(c => c.WorkerId == workerId)
            .OrderByDescending(c => c.ValidUntil).ThenByDescending(c => c.IssuedOn).ToListAsync(ct);
        if (held.Count == 0) return new(OrientationCheckResult.NoCertificate, null, "The worker holds no orientation certificate.");
        var checks = held.Select(c => (Certificate: c, Result: c.CheckFor(destinationCountry, occupationCode, day))).ToList();
        if (checks.FirstOrDefault(x => x.Result == OrientationCheckResult.Valid) is { Certificate: { } valid })
            return new(OrientationCheckResult.Valid, valid, $"Certificate {valid.Number} is valid until {valid.ValidUntil:yyyy-MM-dd}.");
        // The closest miss explains best: for the right destination but expired or revoked, before one for elsewhere.
        var (certificate, result) = checks.OrderBy(x => x.Result switch
        {
            OrientationCheckResult.Expired => 0,
            OrientationCheckResult.Revoked => 1,
            OrientationCheckResult.NotYetValid => 2,
            OrientationCheckResult.OtherOccupation => 3,
            _ => 4,
        }).First();
        var reason = result switch
        {
            OrientationCheckResult.Expired => $"Certificate {certificate.Number} expired on {certificate.ValidUntil:yyyy-MM-dd}.",
            OrientationCheckResult.Revoked => $"Certificate {certificate.Number} was revoked on {certificate.RevokedOn:yyyy-MM-dd}: {certificate.RevocationReason}",
            OrientationCheckResult.NotYetValid => $"Certificate {certificate.Number} is valid only from {certificate.IssuedOn:yyyy-MM-dd}.",
            OrientationCheckResult.OtherOccupation => $"Certificate {certificate.Number} is for another occupation ({certificate.OccupationPrefix}).",
            _ => $"Certificate {certificate.Number} is for another destination ({certificate.DestinationCountry}).",
        };
        return new(result, null, reason);
    }
}
