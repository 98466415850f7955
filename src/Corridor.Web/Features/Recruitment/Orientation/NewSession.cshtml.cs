using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Corridor.Web.Features.Recruitment.Orientation;

[Authorize(Policy = Permissions.OrientationManage)]
public sealed class NewSessionModel(PlanSession plan, ListCurricula curricula) : PageModel
{
    [BindProperty] public SessionForm Input { get; set; } = new() { Language = "ru" };
    public IReadOnlyList<SelectListItem> Curricula { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await plan.HandleAsync(Input, ct);
        await LoadAsync(ct);
        return outcome.ToPage(this, s => RedirectToPage("Session", new { id = s.Id }));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        Curricula = [.. (await curricula.HandleAsync(ct)).Select(c => new SelectListItem($"{c.Code} · {(culture.StartsWith("ru") ? c.TitleRu : c.TitleEn)}", c.Id.ToString()))];
    }
}
