using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Protection.Payroll;

[Authorize(Policy = Permissions.PayrollSubmit)]
[RequestSizeLimit(4L << 30)]
[RequestFormLimits(MultipartBodyLengthLimit = 4L << 30)]
public sealed class SubmitModel(SubmitPayroll handler) : PageModel
{
    public PayrollImportResult? Result { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken ct)
    {
        await using var stream = upload is { Length: > 0 } ? upload.OpenReadStream() : null;
        var outcome = await handler.HandleAsync(stream, upload?.FileName, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (!outcome.IsOk)
        {
            outcome.AddTo(ModelState, prefix: "");
            return Page();
        }
        Result = outcome.Value!;
        if (Result.Stored) return Redirect($"/payroll/files/{Result.BatchId}");
        return Page();
    }
}
