using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Policy;

/// <summary>The policy register: every version the reader may see. Public: anyone can read the rules in force.</summary>
[AllowAnonymous]
public sealed class IndexModel(ListPolicySets handler, CurrentUser user) : PageModel
{
    public IReadOnlyList<PolicySetSummary> Sets { get; private set; } = [];
    public int? InForce { get; private set; }
    public bool CanDraft => user.Can(Permissions.PolicyEdit);

    public async Task OnGetAsync(CancellationToken ct) => (Sets, InForce) = await handler.HandleAsync(ct);
}
