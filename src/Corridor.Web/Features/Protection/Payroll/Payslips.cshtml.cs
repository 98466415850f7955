using Corridor.Web.Features.Protection.Complaints;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Protection.Payroll;

[Authorize(Policy = Permissions.PayslipsView)]
public sealed class PayslipsModel(ListPayslips handler, ListWorkerCases cases) : PageModel
{
    public IReadOnlyList<PayslipView> Payslips { get; private set; } = [];
    /// <summary>The worker's cases: what was recovered for them and how it was paid.</summary>
    public IReadOnlyList<WorkerCaseView> Cases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(ct);
        if (!outcome.IsOk) return Forbid();
        Payslips = outcome.Value!;
        var mine = await cases.HandleAsync(ct);
        if (mine.IsOk) Cases = mine.Value!;
        return Page();
    }
}
