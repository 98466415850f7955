using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Protection.Payroll;

[Authorize(Policy = Permissions.PayslipsView)]
public sealed class PayslipsModel(ListPayslips handler) : PageModel
{
    public IReadOnlyList<PayslipView> Payslips { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(ct);
        if (!outcome.IsOk) return Forbid();
        Payslips = outcome.Value!;
        return Page();
    }
}
