using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Protection.Inspections;

public sealed class FindingForm
{
    [Display(Name = "Violation")] public string? ViolationCode { get; set; }
    [Display(Name = "Severity")] public FindingSeverity? Severity { get; set; }
    [Display(Name = "Workers affected")] public int? WorkersAffected { get; set; }
    [Display(Name = "Amount owed")] public decimal? AmountOwed { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(ViolationCode) && Severity is null && WorkersAffected is null && AmountOwed is null && string.IsNullOrWhiteSpace(Note);
}

public sealed class InspectionSanctionForm
{
    [Display(Name = "Sanction")] public SanctionKind? Kind { get; set; }
    [Display(Name = "Months of debarment")] public int? Months { get; set; }
    [Display(Name = "Fine amount")] public decimal? FineAmount { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
    [Display(Name = "Internal note")] public string? InternalNote { get; set; }

    public bool IsBlank => Kind is null && Months is null && FineAmount is null && string.IsNullOrWhiteSpace(Reason) && string.IsNullOrWhiteSpace(InternalNote);
}

public sealed class InspectionReportForm
{
    public int Version { get; set; }
    [Display(Name = "Visit date")] public DateOnly? VisitedOn { get; set; }
    [Display(Name = "Summary")] public string? Summary { get; set; }
    [Display(Name = "Follow-up date")] public DateOnly? FollowUpOn { get; set; }
    public List<FindingForm> Findings { get; set; } = [];
    public List<InspectionSanctionForm> Sanctions { get; set; } = [];
    /// <summary>Open findings of earlier inspections of the employer that this visit found remedied.</summary>
    public List<Guid> CloseFindingIds { get; set; } = [];
}

public sealed record RecordedInspection(Guid Id, string Number, int Version, IReadOnlyList<Guid> FindingIds, IReadOnlyList<Guid> SanctionIds,
    IReadOnlyList<Guid> FlagsOpened, IReadOnlyList<Guid> FindingsClosed);

/// <summary>
/// Records a visit: findings, sanctions and the follow-up date, in one transaction. A wage-arrears finding
/// opens an EmployerFlag WageArrears (read by LMT-NO-WAGE-ARREARS); a finding closed by this visit closes its
/// flag; a permit debarment opens the Watchlist flag for its period (see <see cref="ImposeSanction"/>).
/// </summary>
public sealed class RecordInspection(CorridorDbContext db, InspectionScope scope, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<RecordedInspection>> HandleAsync(Guid id, InspectionReportForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.InspectionsManage)) return Failure.Forbidden;
        var visible = await scope.InspectionsAsync(ct);
        var inspection = await visible.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null) return Failure.NotFound;
        if (inspection.Status != InspectionStatus.Planned) return Failure.Conflict(l["This inspection is already recorded."]);
        var today = clock.Today();
        if (form.VisitedOn is null) return Failure.Invalid(nameof(form.VisitedOn), l["Enter the date of the visit."]);
        var visitedOn = form.VisitedOn.Value;

        var findings = form.Findings.Where(f => !f.IsBlank).ToList();
        var sanctions = form.Sanctions.Where(s => !s.IsBlank).ToList();
        var toClose = form.CloseFindingIds.Distinct().ToList();
        var closing = await db.InspectionFindings.Where(f => toClose.Contains(f.Id)).ToListAsync(ct);
        if (closing.Count != toClose.Count || closing.Any(f => f.EmployerId != inspection.EmployerId || f.ClosedOn is not null || f.InspectionId == id))
            return Failure.Invalid(nameof(form.CloseFindingIds), l["Only open findings of earlier inspections of this employer can be closed."]);

        db.Entry(inspection).Property(e => e.Version).OriginalValue = form.Version;
        var opened = new List<Guid>();
        var newFindings = new List<InspectionFinding>();
        var newSanctions = new List<Sanction>();
        var where = ""; // which row of the form a domain error belongs to
        try
        {
            inspection.Record(visitedOn, user.DisplayName, form.Summary ?? "", form.FollowUpOn, today);
            for (var k = 0; k < findings.Count; k++)
            {
                where = $"Findings[{form.Findings.IndexOf(findings[k])}].";
                var f = findings[k];
                if (f.Severity is null) throw new DomainException("Choose the severity.", "Severity");
                var finding = new InspectionFinding(inspection.Id, inspection.EmployerId, f.ViolationCode ?? "", f.Severity.Value, f.WorkersAffected ?? 0,
                    f.AmountOwed, f.Note, visitedOn);
                if (finding.IsWageArrears)
                {
                    var flag = new EmployerFlag(inspection.EmployerId, EmployerFlagKind.WageArrears, visitedOn,
                        $"Inspection {inspection.Number}: wages owed {finding.AmountOwed:0.##}", count: finding.WorkersAffected > 0 ? finding.WorkersAffected : null);
                    db.EmployerFlags.Add(flag);
                    finding.LinkFlag(flag.Id);
                    opened.Add(flag.Id);
                }
                db.InspectionFindings.Add(finding);
                newFindings.Add(finding);
            }
            for (var k = 0; k < sanctions.Count; k++)
            {
                where = $"Sanctions[{form.Sanctions.IndexOf(sanctions[k])}].";
                var s = sanctions[k];
                if (s.Kind is null) throw new DomainException("Choose the kind of sanction.", "Kind");
                var sanction = new Sanction(SanctionParty.Employer, inspection.EmployerId, s.Kind.Value, today, s.Months, s.FineAmount,
                    inspection.Number, s.Reason ?? "", inspection.Id, s.InternalNote);
                if (ImposeSanction.OpenWatchlistFlag(sanction) is { } flag)
                {
                    db.EmployerFlags.Add(flag);
                    opened.Add(flag.Id);
                }
                db.Sanctions.Add(sanction);
                newSanctions.Add(sanction);
            }
            where = "";
            foreach (var f in closing)
            {
                f.Close(inspection.Id, visitedOn < f.FoundOn ? today : visitedOn);
                if (f.EmployerFlagId is { } flagId && await db.EmployerFlags.FirstOrDefaultAsync(x => x.Id == flagId, ct) is { ClosedOn: null } flag)
                    flag.Close(today < flag.OpenedOn ? flag.OpenedOn : today);
            }
        }
        catch (DomainException e)
        {
            // Nothing is saved: the whole report stands or falls together.
            return Failure.Invalid(e.Field is null ? "" : where + e.Field, l[e.Message]);
        }
        db.RecordAction("inspection.recorded", nameof(Inspection), inspection.Id,
            new { inspection.Number, visitedOn, findings = newFindings.Count, sanctions = newSanctions.Count, closed = closing.Count });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return new RecordedInspection(inspection.Id, inspection.Number, inspection.Version, [.. newFindings.Select(f => f.Id)],
            [.. newSanctions.Select(s => s.Id)], opened, [.. closing.Select(f => f.Id)]);
    }
}

[Authorize(Policy = Permissions.InspectionsManage)]
public sealed class RecordModel(GetInspection get, RecordInspection handler, TimeProvider clock) : PageModel
{
    public const int FindingRows = 3;

    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> ViolationItems(IStringLocalizer l) =>
        Violations.All.Select(v => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{l[v.Description]} ({v.Citation})", v.Code));
    [BindProperty] public InspectionReportForm Input { get; set; } = new();
    public InspectionView Inspection { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        Input = new InspectionReportForm { Version = Inspection.Version, VisitedOn = clock.Today() };
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return Redirect($"/protection/inspections/{id}");
        outcome.AddTo(ModelState);
        if (await LoadAsync(id, ct) is { } gone) return gone;
        Pad();
        return Page();
    }

    private void Pad()
    {
        while (Input.Findings.Count < FindingRows) Input.Findings.Add(new FindingForm());
        if (Input.Sanctions.Count == 0) Input.Sanctions.Add(new InspectionSanctionForm());
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await get.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Inspection = outcome.Value!;
        return null;
    }
}
