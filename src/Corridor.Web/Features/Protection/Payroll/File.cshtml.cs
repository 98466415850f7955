using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Protection.Complaints;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Payroll;

[Authorize(Policy = Permissions.PayrollView)]
public sealed class FileModel(GetPayrollBatch get, ListPayrollAlerts alerts, OpenCaseForPayrollAlert openCase, CorridorDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public PayrollQuery Query { get; set; } = new();
    public PayrollBatchView Batch { get; private set; } = null!;
    public Paged<PayrollAlertView> Alerts { get; private set; } = new([], 1, 50, 0);
    /// <summary>Case officers: the case already opened from an alert, by alert id.</summary>
    public IReadOnlyDictionary<Guid, CaseOpened> Cases { get; private set; } = new Dictionary<Guid, CaseOpened>();
    public bool CanOpenCases => user.Can(Permissions.CasesManage);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var batch = await get.HandleAsync(id, ct);
        if (!batch.IsOk) return NotFound();
        Batch = batch.Value!;
        Query.PageSize ??= 50;
        var list = await alerts.HandleAsync(id, Query, ct);
        if (list.IsOk) Alerts = list.Value!;
        if (CanOpenCases)
        {
            var ids = Alerts.Items.Select(a => a.Id).ToList();
            Cases = await db.ProtectionCases.AsNoTracking().Where(c => c.OriginType == CaseOrigin.PayrollAlert && ids.Contains(c.OriginId))
                .ToDictionaryAsync(c => c.OriginId, c => new CaseOpened(c.Id, c.Number), ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostOpenCaseAsync(Guid id, Guid alertId, CancellationToken ct)
    {
        // The alert must belong to this file: the page offers no other.
        if (!await db.PayrollAlerts.AnyAsync(a => a.Id == alertId && a.BatchId == id, ct)) return NotFound();
        var outcome = await openCase.HandleAsync(alertId, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.IsOk) return Redirect($"/cases/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        return await OnGetAsync(id, ct);
    }
}
