using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Protection.Payroll;

[Authorize(Policy = Permissions.PayrollView)]
public sealed class IndexModel(ListPayrollBatches handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public PayrollQuery Query { get; set; } = new();
    public Paged<PayrollBatchView> Result { get; private set; } = new([], 1, 25, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Query, ct);
        if (outcome.IsOk) Result = outcome.Value!;
    }
}
