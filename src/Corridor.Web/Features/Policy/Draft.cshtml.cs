using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Policy;

/// <summary>
/// Starts the next version: a copy of the set in force (or the catalogue defaults before the first one),
/// numbered after the highest so far, taking effect in 30 days unless the officer changes it.
/// </summary>
public sealed class DraftPolicySet(CorridorDbContext db, CurrentUser user, PolicyBook book, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<int>> HandleAsync(CancellationToken ct)
    {
        if (!user.Can(Permissions.PolicyEdit)) return Failure.Forbidden;
        var basis = await book.InForceAsync(book.Today, ct);
        var number = (await db.PolicySets.MaxAsync(s => (int?)s.Number, ct) ?? 0) + 1;
        var set = PolicySet.Draft(number, l["Policy set {0}", number], book.Today.AddDays(30), basis?.Rules ?? PolicyRules.Defaults(), book.Me);
        db.PolicySets.Add(set);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (db.PropertyOf(e) == nameof(PolicySet.Number))
        {
            return Failure.Conflict(l["Another officer started a draft at the same moment. Open the list and continue with theirs or start again."]);
        }
        return set.Number;
    }
}

[Authorize(Policy = Permissions.PolicyEdit)]
public sealed class DraftModel(DraftPolicySet handler) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(ct);
        if (outcome.IsOk) return RedirectToPage("Edit", new { number = outcome.Value });
        TempData["Problem"] = outcome.Message;
        return RedirectToPage("Index");
    }
}
