using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Protection.Dashboards;

/// <summary>The officers' entry to the protection dashboards: a link to each one the account may open.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class IndexModel(CurrentUser user) : PageModel
{
    public IActionResult OnGet() =>
        user.Can(Permissions.CasesDashboard) || user.Can(Permissions.RiskView) || user.Can(Permissions.PayrollViewAll) ? Page() : Forbid();
}
