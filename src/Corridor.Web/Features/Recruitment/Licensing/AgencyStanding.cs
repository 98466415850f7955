using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Licensing;

/// <summary>
/// "May this agency deploy workers today?" — licence in force and not suspended, escrow at or above the deposit
/// the policy in force requires — with every reason why not. The deployment clearance calls it; the agency page shows it.
/// It checks no permission: callers decide who may ask.
/// </summary>
public sealed class AgencyStanding(CorridorDbContext db, PolicyBook book)
{
    public async Task<DeploymentStanding?> ForAsync(Guid agencyId, DateOnly day, CancellationToken ct)
    {
        var agency = await db.RecruitmentAgencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct);
        if (agency is null) return null;
        var balance = await BalanceAsync(db, agencyId, ct);
        var rules = (await book.InForceAsync(day, ct))?.Rules ?? PolicyRules.Defaults();
        return DeploymentStanding.Of(agency, balance, LicenceRequirements.RequiredEscrow(rules), day);
    }

    /// <summary>Deposits and top-ups less claims paid. Summed here, not in SQL: SQLite cannot sum decimals exactly.</summary>
    public static async Task<decimal> BalanceAsync(CorridorDbContext db, Guid agencyId, CancellationToken ct)
    {
        var entries = await db.EscrowEntries.AsNoTracking().Where(e => e.AgencyId == agencyId)
            .Select(e => new { e.Kind, e.Amount }).ToListAsync(ct);
        return entries.Sum(e => e.Kind == EscrowEntryKind.ClaimPaid ? -e.Amount : e.Amount);
    }
}

/// <summary>The daily job: licences past their validity expire (suspended ones too), each audited.</summary>
public sealed class ExpireAgencyLicences(CorridorDbContext db) : IDailyJob
{
    public string Name => "agency-licences.expire";

    public async Task<string> RunAsync(DateOnly today, CancellationToken ct)
    {
        var due = await db.RecruitmentAgencies
            .Where(a => (a.Status == LicenceStatus.Licensed || a.Status == LicenceStatus.Suspended) && a.LicenceValidUntil < today)
            .ToListAsync(ct);
        foreach (var agency in due)
        {
            agency.Expire(today);
            db.RecordAction("agency-licence.expired", nameof(RecruitmentAgency), agency.Id,
                new { agency.LicenceNumber, agency.LicenceValidUntil, reason = agency.StatusNote });
        }
        if (due.Count > 0) await db.SaveChangesAsync(ct);
        return $"{due.Count} agency licence(s) expired";
    }
}
