using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Recruitment.Clearance;

/// <summary>The clearances the account may see: the regulator all (with filters), an agency its workers', a worker their own.</summary>
[Authorize(Policy = Permissions.ClearancesView)]
public sealed class IndexModel(ListClearances handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public ClearanceListQuery Query { get; set; } = new();
    public Paged<ClearanceRow> Clearances { get; private set; } = null!;
    public bool CanRequest => user.Can(Permissions.ClearancesRequest);
    public bool CanFastLane => user.Can(Permissions.ClearancesFastLane);
    public bool CanRecord => user.Can(Permissions.ClearanceRecordsRecord);

    public async Task OnGetAsync(CancellationToken ct) => Clearances = await handler.HandleAsync(Query, ct);
}
