using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Reference;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Contracts;

public sealed record WageBenchmarkView(Guid Id, string Country, string? OccupationCode, decimal MonthlyAmount, string Currency, decimal KztPerUnit,
    DateOnly EffectiveFrom, string Source);

public sealed class WageBenchmarkForm
{
    [Display(Name = "Country")] public string? Country { get; set; }
    [Display(Name = "Occupation (empty: the minimum wage)")] public string? OccupationCode { get; set; }
    [Display(Name = "Monthly amount")] public decimal? MonthlyAmount { get; set; }
    [Display(Name = "Currency (ISO 4217)")] public string? Currency { get; set; }
    [Display(Name = "Reference rate (KZT per unit)")] public decimal? KztPerUnit { get; set; }
    [Display(Name = "Effective from")] public DateOnly? EffectiveFrom { get; set; }
    [Display(Name = "Source")] public string? Source { get; set; }
}

/// <summary>
/// The dated table the regulator keeps of destination minimum wages (and nationals' wages by occupation) that contracts
/// are checked against; a new row takes effect on its date and never rewrites a past check.
/// </summary>
public sealed class WageBenchmarks(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public Task<List<WageBenchmarkView>> ListAsync(CancellationToken ct) =>
        db.WageBenchmarks.AsNoTracking().OrderBy(w => w.Country).ThenBy(w => w.OccupationCode).ThenByDescending(w => w.EffectiveFrom)
            .Select(w => new WageBenchmarkView(w.Id, w.Country, w.OccupationCode, w.MonthlyAmount, w.Currency, w.KztPerUnit, w.EffectiveFrom, w.Source))
            .ToListAsync(ct);

    public async Task<Outcome<Guid>> AddAsync(WageBenchmarkForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ContractsReview)) return Failure.Forbidden;
        var errors = new FieldErrors();
        if (!ReferenceData.IsCountry(form.Country)) errors.Add(nameof(form.Country), l["Choose the country."]);
        if (!string.IsNullOrWhiteSpace(form.OccupationCode) && !ReferenceData.IsIscoCode(form.OccupationCode))
            errors.Add(nameof(form.OccupationCode), l["Choose an occupation (ISCO-08)."]);
        if (form.MonthlyAmount is not > 0) errors.Add(nameof(form.MonthlyAmount), l["The amount must be more than zero."]);
        if (form.Currency is not { Length: 3 } cur || !cur.All(char.IsAsciiLetter)) errors.Add(nameof(form.Currency), l["Give the currency as a three-letter ISO 4217 code."]);
        if (form.KztPerUnit is not > 0) errors.Add(nameof(form.KztPerUnit), l["The reference rate must be more than zero."]);
        if (form.EffectiveFrom is null) errors.Add(nameof(form.EffectiveFrom), l["Enter the date it takes effect."]);
        if (string.IsNullOrWhiteSpace(form.Source)) errors.Add(nameof(form.Source), l["Cite the source."]);
        else if (form.Source.Length > 500) errors.Add(nameof(form.Source), l["At most {0} characters.", 500]);
        if (errors.Any) return errors.ToFailure();
        return await db.SaveNewAsync(() =>
        {
            var row = new WageBenchmark(form.Country!, string.IsNullOrWhiteSpace(form.OccupationCode) ? null : form.OccupationCode, form.MonthlyAmount!.Value,
                form.Currency!.ToUpperInvariant(), form.KztPerUnit!.Value, form.EffectiveFrom!.Value, form.Source!);
            db.RecordAction("wage-benchmark.recorded", nameof(WageBenchmark), row.Id, new { row.Country, row.OccupationCode, row.MonthlyAmount, row.Currency, row.EffectiveFrom });
            return row;
        }, l, ct);
    }
}

[Authorize(Policy = Permissions.ContractsView)]
public sealed class WagesModel(WageBenchmarks handler, CurrentUser user) : PageModel
{
    [BindProperty] public WageBenchmarkForm Input { get; set; } = new();
    public List<WageBenchmarkView> Rows { get; private set; } = [];
    public bool CanManage => user.Can(Permissions.ContractsReview);

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handler.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.AddAsync(Input, ct);
        Rows = await handler.ListAsync(ct);
        return outcome.ToPage(this, _ => RedirectToPage("Wages"));
    }
}
