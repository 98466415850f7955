using Corridor.Domain.Protection;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>The forced-labour decision rule and its item table, as configuration the policy and case officers can read.</summary>
[Authorize(Policy = Permissions.PolicyView)]
public sealed class TriageRuleModel : PageModel
{
    public ForcedLabourRule Rule => ForcedLabourRule.Default;
    public void OnGet() { }
}
