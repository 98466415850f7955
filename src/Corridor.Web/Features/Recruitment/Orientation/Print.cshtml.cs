using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Recruitment.Orientation;

/// <summary>The printable certificate: its particulars and a QR code pointing at the public check.</summary>
[Authorize(Policy = Permissions.OrientationView)]
public sealed class PrintModel(GetCertificate handler) : PageModel
{
    public CertificateView Certificate { get; private set; } = null!;
    public string VerifyUrl { get; private set; } = "";
    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Certificate = outcome.Value!;
        VerifyUrl = VerifyQrCode.Url(Request, "/verify/orientation/", Certificate.VerificationCode);
        QrDataUri = VerifyQrCode.DataUri(VerifyUrl);
        return Page();
    }
}
