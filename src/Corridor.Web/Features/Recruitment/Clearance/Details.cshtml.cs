using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Recruitment.Clearance;

/// <summary>One clearance with each requirement met or not and what was found; the regulator may revoke an issued one.</summary>
[Authorize(Policy = Permissions.ClearancesView)]
public sealed class DetailsModel(GetClearance get, RevokeClearance revoke, CurrentUser user) : PageModel
{
    public ClearanceView Clearance { get; private set; } = null!;
    public bool CanRevoke => user.Can(Permissions.ClearancesRevoke);
    public bool CanAskAgain => user.Can(Permissions.ClearancesRequest) || user.Can(Permissions.ClearancesFastLane);
    [BindProperty] public ClearanceRevokeForm Input { get; set; } = new();

    public static string RequirementName(ClearanceRequirement r) => r switch
    {
        ClearanceRequirement.Passport => "Valid passport",
        ClearanceRequirement.JobOrder => "Verified job order and accredited employer",
        ClearanceRequirement.Contract => "Approved employment contract",
        ClearanceRequirement.Orientation => "Pre-departure orientation certificate",
        ClearanceRequirement.WelfareFund => "Welfare-fund membership",
        ClearanceRequirement.Insurance => "Insurance",
        ClearanceRequirement.Medical => "Medical fitness",
        ClearanceRequirement.Agency => "Agency licensed and in good standing",
        _ => "Returning to the same employer and jobsite",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        (await get.HandleAsync(id, ct)).ToPage(this, c => { Clearance = c; return Page(); });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await revoke.HandleAsync(id, Input, ct);
        if (outcome.IsOk) return RedirectToPage("Details", new { id });
        var current = await get.HandleAsync(id, ct);
        if (!current.IsOk) return NotFound();
        Clearance = current.Value!;
        return outcome.ToPage(this, _ => Page());
    }
}
