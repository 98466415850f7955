using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Recruitment.Licensing;

/// <summary>One foreign employer: its checklist, accreditation and history, with the forms the account may use.</summary>
[Authorize(Policy = Permissions.ForeignEmployersView)]
public sealed class ForeignEmployerModel(ForeignEmployers handler, CurrentUser user) : PageModel
{
    public ForeignEmployerDetails Employer { get; private set; } = null!;
    [BindProperty] public EmployerDocumentForm Document { get; set; } = new();
    [BindProperty] public AccreditationForm Accreditation { get; set; } = new();
    [BindProperty] public RevocationForm Revocation { get; set; } = new();
    public bool CanManage => user.Can(Permissions.ForeignEmployersManage);
    public bool CanAccredit => user.Can(Permissions.ForeignEmployersAccredit);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDocumentAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await handler.RecordDocumentAsync(id, Document, ct), nameof(Document), ct);

    public async Task<IActionResult> OnPostAccreditAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await handler.AccreditAsync(id, Accreditation, ct), nameof(Accreditation), ct);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await handler.RevokeAsync(id, Revocation, ct), nameof(Revocation), ct);

    private async Task<IActionResult> AfterAsync(Guid id, Outcome<int> outcome, string prefix, CancellationToken ct)
    {
        if (outcome.IsOk) return Redirect($"/recruitment/foreign-employers/{id}");
        if (outcome.Status == OutcomeStatus.NotFound || !await LoadAsync(id, ct)) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState, prefix);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.GetAsync(id, ct);
        if (!outcome.IsOk) return false;
        Employer = outcome.Value!;
        Document.Version = Accreditation.Version = Revocation.Version = Employer.Version;
        return true;
    }
}

[Authorize(Policy = Permissions.ForeignEmployersManage)]
public sealed class NewForeignEmployerModel(ForeignEmployers handler) : PageModel
{
    [BindProperty] public ForeignEmployerForm Input { get; set; } = new();
    public void OnGet() { }
    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        (await handler.RegisterAsync(Input, ct)).ToPage(this, id => Redirect($"/recruitment/foreign-employers/{id}"));
}
