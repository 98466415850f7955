using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Recruitment.Clearance;

/// <summary>The printable pass of an issued clearance: initials, destination, employer, occupation, validity, and a QR code for /verify/{code}.</summary>
[Authorize(Policy = Permissions.ClearancesView)]
public sealed class PrintModel(GetClearance handler) : PageModel
{
    public ClearanceView Clearance { get; private set; } = null!;
    public string Initials { get; private set; } = "";
    public string VerifyUrl { get; private set; } = "";
    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk || outcome.Value!.VerificationCode is null) return NotFound();
        Clearance = outcome.Value!;
        Initials = Clearance.WorkerInitials;
        VerifyUrl = VerifyQrCode.Url(Request, "/verify/", Clearance.VerificationCode!);
        QrDataUri = VerifyQrCode.DataUri(VerifyUrl);
        return Page();
    }
}
