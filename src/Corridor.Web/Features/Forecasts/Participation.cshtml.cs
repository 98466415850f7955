using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Forecasts;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Forecasts;

/// <summary>A new version of the participation rates: every sex × age group rate (%) and where they come from.</summary>
public sealed class ParticipationForm
{
    public Dictionary<string, decimal?> Rates { get; set; } = [];
    [Display(Name = "Source of the rates")] public string? Source { get; set; }
}

public sealed record ParticipationVersion(int Number, IReadOnlyDictionary<string, decimal> Rates, string Source, bool IsDefault, string EnteredBy, DateTime EnteredAt);

/// <summary>The participation rates: the current version and the history; analysts and policy officers add versions.</summary>
public sealed class ParticipationRates(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<ParticipationVersion>> ListAsync(CancellationToken ct) =>
        [.. (await db.ParticipationRateSets.AsNoTracking().OrderByDescending(r => r.Number).ToListAsync(ct))
            .Select(r => new ParticipationVersion(r.Number, r.Rates, r.Source, r.IsDefault, r.EnteredBy, r.CreatedAt))];

    public async Task<Outcome<int>> SaveAsync(ParticipationForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ForecastsManage)) return Failure.Forbidden;
        var errors = new FieldErrors();
        foreach (var sex in new[] { Sex.Female, Sex.Male })
            foreach (var g in LabourAgeGroups.All)
            {
                var key = LabourAgeGroups.Key(sex, g);
                var v = form.Rates.GetValueOrDefault(key);
                if (v is null) errors.Add($"Rates[{key}]", l["A rate is required."]);
                else if (v is < 0 or > 100) errors.Add($"Rates[{key}]", l["A rate is a percentage between 0 and 100."]);
            }
        if (string.IsNullOrWhiteSpace(form.Source)) errors.Add(nameof(form.Source), l["Say where the rates come from."]);
        else if (form.Source.Length > 1000) errors.Add(nameof(form.Source), l["At most {0} characters.", 1000]);
        if (errors.Any) return errors.ToFailure();
        var number = (await db.ParticipationRateSets.MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var set = new ParticipationRateSet(number, // Only the known groups: a posted extra key must not reach (or break) the stored set.
            new[] { Sex.Female, Sex.Male }.SelectMany(sex => LabourAgeGroups.All.Select(g => LabourAgeGroups.Key(sex, g)))
                .ToDictionary(k => k, k => form.Rates[k]!.Value), form.Source!, isDefault: false, user.Name);
        db.ParticipationRateSets.Add(set);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Failure.Conflict(l["Someone else saved a version at the same moment. Reload and try again."]);
        }
        return number;
    }
}

[Authorize(Policy = Permissions.ForecastsView)]
public sealed class ParticipationModel(ParticipationRates rates, CurrentUser user) : PageModel
{
    [BindProperty] public ParticipationForm Input { get; set; } = new();
    public IReadOnlyList<ParticipationVersion> Versions { get; private set; } = [];
    public bool CanEdit => user.Can(Permissions.ForecastsManage);
    public IReadOnlyDictionary<string, decimal> Current => Versions.FirstOrDefault()?.Rates ?? ParticipationRateSet.Defaults();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Versions = await rates.ListAsync(ct);
        Input.Rates = Current.ToDictionary(kv => kv.Key, kv => (decimal?)kv.Value);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await rates.SaveAsync(Input, ct);
        if (outcome.IsOk) return RedirectToPage("Participation");
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState);
        Versions = await rates.ListAsync(ct);
        return Page();
    }
}
