using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Shared;

public static class PageOutcomes
{
    /// <summary>
    /// Pages' counterpart of <see cref="OutcomeMapping.ToApi{T, TOk}"/>: the value through <paramref name="ok"/>,
    /// 404 and 403 as such, anything else the same form again with its errors and the typed values.
    /// </summary>
    public static IActionResult ToPage<T>(this Outcome<T> outcome, PageModel page, Func<T, IActionResult> ok)
    {
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok: return ok(outcome.Value!);
            case OutcomeStatus.NotFound: return page.NotFound();
            case OutcomeStatus.Forbidden: return page.Forbid();
        }
        outcome.AddTo(page.ModelState);
        return page.Page();
    }
}

/// <summary>
/// A registry's register page: GET shows the empty form; POST hands it to the register handler and
/// opens the new record, or shows the form again with its errors. The page class only names the handler.
/// </summary>
public abstract class RegisterPage<TForm>(Func<TForm, CancellationToken, Task<Outcome<Guid>>> register) : PageModel
    where TForm : class, new()
{
    [BindProperty] public TForm Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        (await register(Input, ct)).ToPage(this, id => RedirectToPage("Details", new { id }));
}

/// <summary>
/// A registry's edit page: GET loads the record (with its version) into the form; POST saves it and
/// returns to the record, or shows the form again with its errors or the conflict.
/// </summary>
public abstract class EditPage<TForm>(
    Func<Guid, CancellationToken, Task<Outcome<TForm>>> load,
    Func<Guid, TForm, CancellationToken, Task<Outcome<int>>> save) : PageModel
    where TForm : class, new()
{
    [BindProperty] public TForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        (await load(id, ct)).ToPage(this, form => { Input = form; return Page(); });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        (await save(id, Input, ct)).ToPage(this, _ => RedirectToPage("Details", new { id }));
}
