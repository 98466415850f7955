using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Home;

/// <summary>The page people see for 404, 403 and unexpected errors: plain words, no internals.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        // Keep the original status: a missing record must still answer 404 to browsers and tests.
        if (HttpContext.Response.StatusCode == 200) HttpContext.Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        (Title, Explanation) = code switch
        {
            404 => (l["Not found"].Value, l["There is no such page, or it holds a record your account may not see."].Value),
            403 => (l["Access denied"].Value, l["Your account may not open this page. Ask your administrator if you need it for your work."].Value),
            400 => (l["The request could not be processed"].Value, l["The form may have expired. Go back, reload the page and try again."].Value),
            _ => (l["Something went wrong"].Value, l["The error has been logged. Nothing was saved by the failed request. Try again later."].Value),
        };
    }
}
