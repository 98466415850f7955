using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Inspections;

public sealed record FindingView(Guid Id, string ViolationCode, string Description, string Citation, FindingSeverity Severity, int WorkersAffected,
    decimal? AmountOwed, string? Note, DateOnly FoundOn, DateOnly? ClosedOn, Guid? ClosedByInspectionId, Guid? EmployerFlagId);

/// <summary>A sanction as officers see it; <see cref="InternalNote"/> is left out for an employer's own view.</summary>
public sealed record SanctionView(Guid Id, SanctionParty Party, Guid PartyId, string PartyName, string PartyNumber, SanctionKind Kind,
    DateOnly From, DateOnly? To, decimal? FineAmount, string DecisionReference, string Reason, string? InternalNote, Guid? InspectionId);

public sealed record InspectionView(Guid Id, string Number, Guid EmployerId, string EmployerName, string RegistrationNumber,
    InspectionStatus Status, DateOnly PlannedOn, string PlannedByName, Guid? FollowUpOfId, string? FollowUpOfNumber, DateOnly? VisitedOn,
    string? InspectorName, string? Summary, DateOnly? FollowUpOn, int Version,
    IReadOnlyList<FindingView> Findings, IReadOnlyList<SanctionView> Sanctions, IReadOnlyList<FindingView> OpenEarlierFindings);

public sealed class GetInspection(CorridorDbContext db, InspectionScope scope, CurrentUser user)
{
    public async Task<Outcome<InspectionView>> HandleAsync(Guid id, CancellationToken ct)
    {
        var inspection = await (await scope.InspectionsAsync(ct)).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null) return Failure.NotFound;
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == inspection.EmployerId).Select(e => new { e.Name, e.RegistrationNumber }).FirstAsync(ct);
        var findings = await db.InspectionFindings.AsNoTracking().Where(f => f.InspectionId == id).OrderBy(f => f.FoundOn).ThenBy(f => f.Id).ToListAsync(ct);
        var earlier = inspection.Status == InspectionStatus.Planned
            ? await db.InspectionFindings.AsNoTracking().Where(f => f.EmployerId == inspection.EmployerId && f.ClosedOn == null && f.InspectionId != id)
                .OrderBy(f => f.FoundOn).ThenBy(f => f.Id).ToListAsync(ct)
            : [];
        var officer = !user.EmployerId.HasValue && user.Can(Permissions.SanctionsView);
        var sanctions = await db.Sanctions.AsNoTracking().Where(s => s.InspectionId == id).OrderBy(s => s.From).ThenBy(s => s.Id).ToListAsync(ct);
        var followUpOf = inspection.FollowUpOfId is { } f0 ? await db.Inspections.Where(i => i.Id == f0).Select(i => i.Number).FirstOrDefaultAsync(ct) : null;
        return new InspectionView(inspection.Id, inspection.Number, inspection.EmployerId, employer.Name, employer.RegistrationNumber, inspection.Status,
            inspection.PlannedOn, inspection.PlannedByName, inspection.FollowUpOfId, followUpOf, inspection.VisitedOn, inspection.InspectorName,
            inspection.Summary, inspection.FollowUpOn, inspection.Version,
            [.. findings.Select(ToView)],
            [.. sanctions.Select(s => new SanctionView(s.Id, s.Party, s.PartyId, employer.Name, employer.RegistrationNumber, s.Kind, s.From, s.To, s.FineAmount,
                s.DecisionReference, s.Reason, officer ? s.InternalNote : null, s.InspectionId))],
            [.. earlier.Select(ToView)]);
    }

    public static FindingView ToView(InspectionFinding f) => new(f.Id, f.ViolationCode, Violations.Find(f.ViolationCode)?.Description ?? f.ViolationCode,
        f.Citation, f.Severity, f.WorkersAffected, f.AmountOwed, f.Note, f.FoundOn, f.ClosedOn, f.ClosedByInspectionId, f.EmployerFlagId);
}

[Authorize(Policy = Permissions.InspectionsView)]
public sealed class DetailsModel(GetInspection handler) : PageModel
{
    public InspectionView Inspection { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Inspection = outcome.Value!;
        return Page();
    }
}
