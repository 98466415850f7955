using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Reference;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Quotas;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Regularisation;

/// <summary>Windows: officers see all of them; anyone else (the public too, to apply) sees only those open today.</summary>
public sealed class ListWindows(CorridorDbContext db, CurrentUser user, PolicyBook book)
{
    public async Task<IReadOnlyList<WindowSummary>> HandleAsync(CancellationToken ct)
    {
        var today = book.Today;
        var windows = await db.RegularisationWindows.AsNoTracking().OrderByDescending(w => w.OpensOn).ToListAsync(ct);
        if (!user.Can(Permissions.RegularisationView)) windows = [.. windows.Where(w => w.IsOpenOn(today))];
        return [.. windows.Select(w => Summary(w, today))];
    }

    internal static WindowSummary Summary(RegularisationWindow w, DateOnly today) => new(w.Id, w.Title, w.OpensOn, w.ClosesOn, w.ArrivedBefore,
        w.RequireRegisteredEmployer, w.RequireNoSeriousCriminalRecord, w.StatusOn(today), w.Estimates, w.OpenedByName);
}

/// <summary>A policy officer plans or opens a window: its dates and criteria, and the estimates the report divides by.</summary>
public sealed class OpenWindow(CorridorDbContext db, CurrentUser user, PolicyBook book, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(OpenWindowForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.RegularisationManage)) return Failure.Forbidden;
        var errors = new Errors();
        if (string.IsNullOrWhiteSpace(form.Title)) errors.Add(nameof(form.Title), l["Give the window a title."]);
        else if (form.Title.Trim().Length > 200) errors.Add(nameof(form.Title), l["At most {0} characters.", 200]);
        if (form.OpensOn is null) errors.Add(nameof(form.OpensOn), l["Enter a date."]);
        if (form.ClosesOn is null) errors.Add(nameof(form.ClosesOn), l["Enter a date."]);
        else if (form.OpensOn is { } o && form.ClosesOn < o) errors.Add(nameof(form.ClosesOn), l["The window must close on or after the day it opens."]);
        else if (form.ClosesOn < book.Today) errors.Add(nameof(form.ClosesOn), l["A window cannot be opened in the past."]);
        if (form.ArrivedBefore is null) errors.Add(nameof(form.ArrivedBefore), l["Enter a date."]);
        else if (form.ClosesOn is { } c && form.ArrivedBefore > c) errors.Add(nameof(form.ArrivedBefore), l["The arrival cut-off must not be after the window closes."]);
        var estimates = Estimates(form, errors);
        if (errors.Any) return errors.ToFailure();
        try
        {
            var window = new RegularisationWindow(form.Title!, form.OpensOn!.Value, form.ClosesOn!.Value, form.ArrivedBefore!.Value,
                form.RequireRegisteredEmployer, form.RequireNoSeriousCriminalRecord, estimates, book.Me);
            db.RegularisationWindows.Add(window);
            await db.SaveChangesAsync(ct);
            return window.Id;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }

    private List<IrregularEstimate> Estimates(OpenWindowForm form, Errors errors)
    {
        var field = form.Estimates is not null ? nameof(form.Estimates) : nameof(form.EstimatesText);
        var rows = form.Estimates ?? [.. (form.EstimatesText ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split([',', ';', '\t'], StringSplitOptions.TrimEntries))
            .Select(p => new EstimateInput
            {
                Country = p.ElementAtOrDefault(0),
                Sex = p.ElementAtOrDefault(1)?.ToUpperInvariant() switch { "F" or "FEMALE" => Sex.Female, "M" or "MALE" => Sex.Male, _ => null },
                Estimate = int.TryParse(p.ElementAtOrDefault(2), out var n) ? n : null,
            })];
        var list = new List<IrregularEstimate>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var country = r.Country?.Trim().ToUpperInvariant();
            if (!ReferenceData.IsCountry(country) || r.Sex is null || r.Estimate is not > 0)
            {
                errors.Add(field, l["Line {0}: write a country code, F or M, and an estimate of at least 1 (e.g. \"UZB, F, 1200\").", i + 1]);
                continue;
            }
            if (list.Any(e => e.Country == country && e.Sex == r.Sex))
            {
                errors.Add(field, l["Line {0}: one estimate per origin country and sex.", i + 1]);
                continue;
            }
            list.Add(new IrregularEstimate(country!, r.Sex.Value, r.Estimate.Value));
        }
        return list;
    }
}

[Authorize]
public sealed class IndexModel(ListWindows list, OpenWindow open, CurrentUser user) : PageModel
{
    public IReadOnlyList<WindowSummary> Windows { get; private set; } = [];
    public bool CanManage => user.Can(Permissions.RegularisationManage);
    [BindProperty] public OpenWindowForm Input { get; set; } = new() { RequireRegisteredEmployer = true, RequireNoSeriousCriminalRecord = true };

    public async Task OnGetAsync(CancellationToken ct) => Windows = await list.HandleAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await open.HandleAsync(Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return Redirect($"/regularisation/windows/{outcome.Value}");
        outcome.AddTo(ModelState);
        Windows = await list.HandleAsync(ct);
        return Page();
    }
}
