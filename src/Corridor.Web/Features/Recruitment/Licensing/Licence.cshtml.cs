using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Licensing;

public sealed record OfficerView(string FullName, string IdentityDocument, string Position, DateOnly? PoliceClearanceDate);

public sealed record LicenceApplicationView(Guid Id, LicenceApplicationKind Kind, decimal PaidUpCapital, decimal EscrowDeposit,
    decimal SuretyBond, DateTime SubmittedAt, string SubmittedBy, bool Qualified, DateTime? UsedAt, IReadOnlyList<OfficerView> Officers,
    int PolicySetNumber, IReadOnlyList<RuleResult> Results);

public sealed record LicenceView(Guid AgencyId, string LicenceNumber, string Name, LicenceStatus Status, DateOnly? LicenceValidUntil,
    DateOnly? StatusSince, LicenceReasonCategory? StatusCategory, string? StatusNote, int Version,
    DeploymentStanding Standing, IReadOnlyList<LicenceApplicationView> Applications);

/// <summary>An agency's licence as the regulator (or the agency itself) sees it: status, standing, applications with their checks.</summary>
public sealed class GetLicence(CorridorDbContext db, CurrentUser user, AgencyStanding standing, TimeProvider clock)
{
    public async Task<Outcome<LicenceView>> HandleAsync(Guid agencyId, CancellationToken ct)
    {
        var a = await db.RecruitmentAgencies.AsNoTracking().LicensingVisibleTo(user).FirstOrDefaultAsync(x => x.Id == agencyId, ct);
        if (a is null) return Failure.NotFound;
        var applications = await db.LicenceApplications.AsNoTracking().Where(x => x.AgencyId == agencyId)
            .OrderByDescending(x => x.SubmittedAt).ToListAsync(ct);
        var ids = applications.Select(x => x.Id).ToList();
        var decisionIds = applications.Select(x => x.DecisionId).ToList();
        var officers = await db.AgencyOfficers.AsNoTracking().Where(o => ids.Contains(o.ApplicationId)).OrderBy(o => o.FullName).ToListAsync(ct);
        var decisions = await db.AdmissionDecisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var views = applications.Select(x => new LicenceApplicationView(x.Id, x.Kind, x.PaidUpCapital, x.EscrowDeposit, x.SuretyBond,
            x.SubmittedAt, x.SubmittedBy, x.Qualified, x.UsedAt,
            [.. officers.Where(o => o.ApplicationId == x.Id).Select(o => new OfficerView(o.FullName, o.IdentityDocument, o.Position, o.PoliceClearanceDate))],
            decisions[x.DecisionId].PolicySetNumber, decisions[x.DecisionId].Results)).ToList();
        var s = (await standing.ForAsync(agencyId, clock.Today(), ct))!;
        return new LicenceView(a.Id, a.LicenceNumber, a.Name, a.Status, a.LicenceValidUntil, a.StatusSince, a.StatusCategory, a.StatusNote,
            a.Version, s, views);
    }
}

[Authorize(Policy = Permissions.LicensingView)]
public sealed class LicenceModel(GetLicence handler, GetEscrowLedger ledger, CurrentUser user) : PageModel
{
    public LicenceView Licence { get; private set; } = null!;
    public EscrowLedgerView Escrow { get; private set; } = null!;
    public bool CanManage => user.Can(Permissions.LicensingManage);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Licence = outcome.Value!;
        Escrow = (await ledger.HandleAsync(id, ct)).Value!;
        return Page();
    }

    /// <summary>The transitions the current status allows, for the action buttons.</summary>
    public IEnumerable<LicenceAction> Actions => Licence.Status switch
    {
        LicenceStatus.Applied => [LicenceAction.Grant],
        LicenceStatus.Licensed => [LicenceAction.Renew, LicenceAction.Suspend, LicenceAction.Cancel],
        LicenceStatus.Suspended => [LicenceAction.LiftSuspension, LicenceAction.Cancel],
        _ => [],
    };
}
