using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Fees;

/// <summary>A case with its finding and the records that triggered or fed it, as far as the account may see them.</summary>
public sealed class GetViolationCase(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<CaseDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        var c = await db.ViolationCases.AsNoTracking().VisibleTo(user, db).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        var fromDeclaration = await db.RecruitmentCosts.AnyAsync(r => r.ViolationCaseId == id && r.Source == CostSource.WorkerDeclaration, ct);
        var hide = fromDeclaration && FeeScopes.HidesWorker(user);
        var agency = await db.RecruitmentAgencies.AsNoTracking().Where(a => a.Id == c.AgencyId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        var worker = hide ? null : await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == c.WorkerId)
            .Select(w => new { w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName }).FirstOrDefaultAsync(ct);
        var records = await CostQueries.Project(db, db.RecruitmentCosts.AsNoTracking().VisibleTo(user).Where(r => r.ViolationCaseId == id)
            .OrderBy(r => r.PaidOn).ThenBy(r => r.CreatedAt)).ToListAsync(ct);
        if (hide) records = [.. records.Select(r => r with { WorkerId = Guid.Empty, WorkerNumber = null, WorkerName = null })];
        return new CaseDetails(c.Id, c.Number, c.Kind, c.Status, c.AgencyId, agency, c.EmployerId, hide ? null : c.WorkerId, worker?.WorkerNumber, worker?.Name,
            fromDeclaration, c.SubjectType, hide ? Guid.Empty : c.SubjectId, c.RuleId, c.Finding, c.OpenedAt, c.Outcome, c.ClosedBy, c.ClosedAt, records, c.Version);
    }
}

/// <summary>The regulator closes a case with its outcome (sanction, refund ordered, unfounded…).</summary>
public sealed class CloseViolationCase(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<int>> HandleAsync(Guid id, CloseCaseForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ViolationCasesClose)) return Failure.Forbidden;
        var c = await db.ViolationCases.VisibleTo(user, db).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        if (form.Version is { } version) db.Entry(c).Property(x => x.Version).OriginalValue = version;
        try
        {
            c.Close(user.Name, form.Outcome ?? "", clock.GetUtcNow().UtcDateTime);
            db.RecordAction("violation-case.closed", nameof(ViolationCase), c.Id, new { c.Number, c.Outcome });
            await db.SaveChangesAsync(ct);
            return c.Version;
        }
        catch (DomainException e) when (e.Field is null)
        {
            return Failure.Conflict(l[e.Message]);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field!, l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this case meanwhile. Reload and try again."]);
        }
    }
}

[Authorize(Policy = Permissions.ViolationCasesView)]
public sealed class CaseDetailsModel(GetViolationCase handler, CloseViolationCase close, CurrentUser user) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;
    [BindProperty] public CloseCaseForm Input { get; set; } = new();
    public bool CanClose => user.Can(Permissions.ViolationCasesClose) && Case.Status == ViolationCaseStatus.Open;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Case = outcome.Value!;
        Input.Version ??= Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await close.HandleAsync(id, Input, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return Redirect($"/recruitment/cases/{id}");
        outcome.AddTo(ModelState);
        var keep = Input.Outcome;
        var page = await OnGetAsync(id, ct);
        Input.Outcome = keep;
        return page;
    }
}
