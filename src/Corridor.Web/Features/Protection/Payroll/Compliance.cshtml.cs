using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Protection.Payroll;

[Authorize(Policy = Permissions.PayrollView)]
public sealed class ComplianceModel(GetPayrollCompliance handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public ComplianceQuery Query { get; set; } = new();
    public ComplianceView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // An officer first chooses the employer; an employer sees its own at once.
        if (user.Can(Permissions.PayrollViewAll) && Query.EmployerId is null && string.IsNullOrWhiteSpace(Query.Employer)) return Page();
        var outcome = await handler.HandleAsync(Query, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.IsOk) View = outcome.Value;
        else outcome.AddTo(ModelState, prefix: "Query");
        return Page();
    }
}
