using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Permits;

/// <summary>The printable permit: its particulars and a QR code pointing at the public verification page.</summary>
[Authorize(Policy = Permissions.PermitsView)]
public sealed class PrintModel(GetPermit handler) : PageModel
{
    public PermitDetails Permit { get; private set; } = null!;
    public string VerifyUrl { get; private set; } = "";
    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Permit = outcome.Value!;
        VerifyUrl = VerifyQrCode.Url(Request, "/verify/", Permit.VerificationCode);
        QrDataUri = VerifyQrCode.DataUri(VerifyUrl);
        return Page();
    }
}
