using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Contracts;

/// <summary>The printable contract in English or Russian (by default the language the worker reads), with its standards check.</summary>
[Authorize(Policy = Permissions.ContractsView)]
public sealed class DocumentModel(GetContract handler, IStringLocalizer<SharedResource> l) : PageModel
{
    public ContractView Contract { get; private set; } = null!;
    public ContractDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery] string? lang, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Contract = outcome.Value!;
        Document = ContractText.Render(Contract, l, lang ?? Contract.Terms.WorkerLanguage);
        return Page();
    }
}
