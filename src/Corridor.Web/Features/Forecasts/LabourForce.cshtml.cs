using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Forecasts;
using Corridor.Domain.Reference;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Forecasts;

/// <summary>The analyst's projection inputs. Keys: targets "F:15-19" / "M:65+", demand by ISIC section letter.</summary>
public sealed class LabourForceForm
{
    [Display(Name = "Scenario name")] public string? Name { get; set; }
    [Display(Name = "Base year")] public int? BaseYear { get; set; } = 2020;
    [Display(Name = "Participation rates")] public RatePath Path { get; set; } = RatePath.Constant;
    public Dictionary<string, decimal?> Targets { get; set; } = [];
    public Dictionary<string, decimal?> BaseEmployment { get; set; } = [];
    public Dictionary<string, decimal?> Growth { get; set; } = [];
    /// <summary>The participation rate version to project with; none means the newest. A saved scenario keeps the
    /// version it was saved with, so re-running it (and the quota recommendation built on it) gives the same figures.</summary>
    public int? RateSetNumber { get; set; }

    public List<SectorDemand> Demand() =>
        [.. BaseEmployment.Where(kv => kv.Value is > 0 && ReferenceData.IsIsicSection(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new SectorDemand(kv.Key, kv.Value!.Value, Growth.GetValueOrDefault(kv.Key) ?? 0))];

    public Dictionary<string, decimal> TargetRates() =>
        Targets.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!.Value);

    /// <summary>Illustrative employment by section (thousands) and growth (% a year), roughly Kazakhstan's order of magnitude; to be replaced by the ministry's own figures.</summary>
    public static LabourForceForm Illustrative() => new()
    {
        Name = "",
        BaseEmployment = new()
        {
            ["A"] = 1200, ["B"] = 230, ["C"] = 700, ["D"] = 90, ["E"] = 40, ["F"] = 650, ["G"] = 1400, ["H"] = 600, ["I"] = 200,
            ["J"] = 120, ["K"] = 110, ["L"] = 150, ["M"] = 230, ["N"] = 250, ["O"] = 450, ["P"] = 1000, ["Q"] = 480, ["R"] = 100, ["S"] = 320,
        },
        Growth = new()
        {
            ["A"] = -1m, ["B"] = 1m, ["C"] = 2.5m, ["D"] = 1m, ["E"] = 1m, ["F"] = 3m, ["G"] = 1.5m, ["H"] = 2m, ["I"] = 2.5m,
            ["J"] = 4m, ["K"] = 1m, ["L"] = 1m, ["M"] = 2m, ["N"] = 2m, ["O"] = 0.5m, ["P"] = 1.5m, ["Q"] = 2.5m, ["R"] = 1m, ["S"] = 1m,
        },
    };

    public static LabourForceForm From(LabourForceScenario s) => new()
    {
        Name = s.Name,
        BaseYear = s.BaseYear,
        Path = s.Path,
        Targets = s.Targets.ToDictionary(kv => kv.Key, kv => (decimal?)kv.Value),
        BaseEmployment = s.Demand.ToDictionary(d => d.Section, d => (decimal?)d.BaseEmployment),
        Growth = s.Demand.ToDictionary(d => d.Section, d => (decimal?)d.GrowthPercent),
        RateSetNumber = s.RateSetNumber > 0 ? s.RateSetNumber : null,
    };
}

public sealed record LabourForceResult(string Country, string CountryName, int? RateSetNumber, bool RatesAreDefault, string? RateSource,
    IReadOnlyDictionary<string, decimal> Rates, IReadOnlyList<ProjectionStep> Steps, bool HasPopulation);

public sealed record ScenarioSummary(Guid Id, string Name, int BaseYear, RatePath Path, int RateSetNumber, string SavedBy, DateTime SavedAt);

/// <summary>Runs the labour-force projection (<see cref="LabourForceProjection"/>) for the deployment's country from the loaded UN WPP population and the current participation rates.</summary>
public sealed class ProjectLabourForce(CorridorDbContext db, DeploymentCountry deployment, IStringLocalizer<SharedResource> l)
{
    public static readonly int[] BaseYears = [2020, 2025, 2030, 2035, 2040, 2045];

    internal FieldErrors Validate(LabourForceForm form)
    {
        var errors = new FieldErrors();
        if (form.BaseYear is not { } y || !BaseYears.Contains(y)) errors.Add(nameof(form.BaseYear), l["Choose a base year from 2020 to 2045, in steps of 5."]);
        foreach (var (key, value) in form.Targets)
            if (value is < 0 or > 100) errors.Add($"Targets[{key}]", l["A rate is a percentage between 0 and 100."]);
        foreach (var (key, value) in form.BaseEmployment)
            if (value is < 0 or > 1_000_000) errors.Add($"BaseEmployment[{key}]", l["Between {0} and {1}.", 0, "1,000,000"]);
        foreach (var (key, value) in form.Growth)
            if (value is < -20 or > 20) errors.Add($"Growth[{key}]", l["Between {0} and {1}.", -20, 20]);
        if (form.Demand().Count == 0) errors.Add("BaseEmployment", l["Enter the employment of at least one sector."]);
        return errors;
    }

    public async Task<Outcome<LabourForceResult>> HandleAsync(LabourForceForm form, CancellationToken ct)
    {
        var errors = Validate(form);
        if (errors.Any) return errors.ToFailure();
        var sets = db.ParticipationRateSets.AsNoTracking();
        if (form.RateSetNumber is { } number) sets = sets.Where(r => r.Number == number);
        var rates = await sets.OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        var code = deployment.Code;
        var location = PopulationFigure.LocationOf(code) ?? 0;
        var baseYear = form.BaseYear!.Value;
        var figures = await db.PopulationFigures.AsNoTracking()
            .Where(f => f.LocationCode == location && f.Year >= baseYear && f.Year <= LabourForceProjection.TargetYear).ToListAsync(ct);
        var rateValues = rates?.Rates ?? ParticipationRateSet.Defaults();
        var steps = figures.Count == 0 ? [] : LabourForceProjection.Project(baseYear, LabourForceProjection.TargetYear,
            LabourForceProjection.Group(figures), rateValues, form.Path, form.TargetRates(), form.Demand());
        var name = ReferenceData.Countries.TryGetValue(code, out var c) ? c.Name(CultureInfo.CurrentUICulture.Name) : code;
        return new LabourForceResult(code, name, rates?.Number, rates?.IsDefault ?? true, rates?.Source, rateValues, steps, figures.Count > 0);
    }

    public async Task<LabourForceForm?> ScenarioFormAsync(Guid id, CancellationToken ct) =>
        await db.LabourForceScenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } s ? LabourForceForm.From(s) : null;

    public async Task<IReadOnlyList<ScenarioSummary>> ScenariosAsync(CancellationToken ct) =>
        await db.LabourForceScenarios.AsNoTracking().OrderByDescending(s => s.CreatedAt)
            .Select(s => new ScenarioSummary(s.Id, s.Name, s.BaseYear, s.Path, s.RateSetNumber, s.SavedBy, s.CreatedAt)).ToListAsync(ct);

    /// <summary>The most recently saved scenario, which the quota recommendation uses unless another is chosen.</summary>
    public Task<LabourForceScenario?> LatestAsync(CancellationToken ct) =>
        db.LabourForceScenarios.AsNoTracking().OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).FirstOrDefaultAsync(ct);
}

/// <summary>Saves the inputs as a named scenario with the participation rate version in use.</summary>
public sealed class SaveScenario(CorridorDbContext db, CurrentUser user, ProjectLabourForce project, DeploymentCountry deployment,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(LabourForceForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ForecastsManage)) return Failure.Forbidden;
        var errors = project.Validate(form);
        if (string.IsNullOrWhiteSpace(form.Name)) errors.Add(nameof(form.Name), l["Give the scenario a name."]);
        else if (form.Name.Length > 200) errors.Add(nameof(form.Name), l["At most {0} characters.", 200]);
        if (errors.Any) return errors.ToFailure();
        var rates = form.RateSetNumber
            ?? await db.ParticipationRateSets.AsNoTracking().OrderByDescending(r => r.Number).Select(r => (int?)r.Number).FirstOrDefaultAsync(ct);
        try
        {
            var scenario = new LabourForceScenario(form.Name!, deployment.Code, form.BaseYear!.Value, rates ?? 0, form.Path,
                form.TargetRates(), form.Demand(), user.Name);
            db.LabourForceScenarios.Add(scenario);
            await db.SaveChangesAsync(ct);
            return scenario.Id;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }
}

[Authorize(Policy = Permissions.ForecastsView)]
public sealed class LabourForceModel(ProjectLabourForce project, SaveScenario save, CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public LabourForceForm Input { get; set; } = LabourForceForm.Illustrative();
    [BindProperty(SupportsGet = true)] public Guid? Scenario { get; set; }
    public LabourForceResult? Result { get; private set; }
    public IReadOnlyList<ScenarioSummary> Scenarios { get; private set; } = [];
    public bool CanSave => user.Can(Permissions.ForecastsManage);

    public async Task<IActionResult> OnGetAsync(string? table, string? format, CancellationToken ct)
    {
        if (Scenario is { } id)
        {
            if (await project.ScenarioFormAsync(id, ct) is not { } form) return NotFound();
            Input = form;
        }
        else if (await project.LatestAsync(ct) is { } latest)
        {
            Scenario = latest.Id;
            Input = LabourForceForm.From(latest);
        }
        await RunAsync(ct);
        if (ReportTable.IsDownloadFormat(format) && Result is not null) return Table.Download(format!);
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        await RunAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var outcome = await save.HandleAsync(Input, ct);
        if (outcome.IsOk) return RedirectToPage("LabourForce", new { scenario = outcome.Value });
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        await RunAsync(ct);
        ModelState.Clear();
        outcome.AddTo(ModelState, prefix: "Input");
        return Page();
    }

    private async Task RunAsync(CancellationToken ct)
    {
        Scenarios = await project.ScenariosAsync(ct);
        var outcome = await project.HandleAsync(Input, ct);
        if (outcome.IsOk) Result = outcome.Value;
        else outcome.AddTo(ModelState, prefix: "Input");
    }

    public ReportTable Table => new("labour-force", l["Labour force and labour demand, thousands"],
        [new("year", l["Year"]), new("population15Plus", l["Population 15+"], true), new("labourForce", l["Labour force"], true),
         new("labourForceFemale", l["Labour force, women"], true), new("labourForceMale", l["Labour force, men"], true),
         new("change", l["Change over 5 years"], true), new("labourDemand", l["Labour demand"], true),
         new("labourForceGrowth", l["Labour force growth since base year"], true), new("demandGrowth", l["Demand growth since base year"], true),
         new("gap", l["Implied gap (shortage if positive)"], true)],
        [.. (Result?.Steps ?? []).Select(s => (IReadOnlyList<object?>)[s.Year, R(s.Population15Plus), R(s.LabourForce), R(s.LabourForceFemale),
            R(s.LabourForceMale), s.ChangeFromPrevious is { } c ? R(c) : null, R(s.LabourDemand), R(s.LabourForceGrowth), R(s.DemandGrowth), R(s.Gap)])]);

    private static decimal R(decimal v) => Math.Round(v, 3);

    public Microsoft.AspNetCore.Html.IHtmlContent Chart() => SvgChart.Lines(l["Labour force and labour demand, thousands"],
        [.. Result!.Steps.Select(s => s.Year.ToString(CultureInfo.InvariantCulture))],
        [new ChartSeries(l["Labour force"], [.. Result.Steps.Select(s => (double)s.LabourForce)]),
         new ChartSeries(l["Labour demand"], [.. Result.Steps.Select(s => (double)s.LabourDemand)])], l["Thousands"]);

    public Microsoft.AspNetCore.Html.IHtmlContent GapChart() => SvgChart.Bars(l["Implied gap (shortage if positive)"],
        [.. Result!.Steps.Select(s => s.Year.ToString(CultureInfo.InvariantCulture))], [.. Result.Steps.Select(s => (double)s.Gap)], l["Thousands"]);
}
