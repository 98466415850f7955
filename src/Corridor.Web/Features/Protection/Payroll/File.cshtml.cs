using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Protection.Payroll;

[Authorize(Policy = Permissions.PayrollView)]
public sealed class FileModel(GetPayrollBatch get, ListPayrollAlerts alerts) : PageModel
{
    [BindProperty(SupportsGet = true)] public PayrollQuery Query { get; set; } = new();
    public PayrollBatchView Batch { get; private set; } = null!;
    public Paged<PayrollAlertView> Alerts { get; private set; } = new([], 1, 50, 0);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var batch = await get.HandleAsync(id, ct);
        if (!batch.IsOk) return NotFound();
        Batch = batch.Value!;
        Query.PageSize ??= 50;
        var list = await alerts.HandleAsync(id, Query, ct);
        if (list.IsOk) Alerts = list.Value!;
        return Page();
    }
}
