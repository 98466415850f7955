using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Forecasts;
using Corridor.Domain.Policy;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Shared;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Forecasts;

public sealed record QuotaRecommendationReport(int Year, int? PolicySetNumber, Guid? ScenarioId, string? ScenarioName, decimal SharePercent,
    IReadOnlyList<QuotaRecommendationLine> Lines, IReadOnlyDictionary<string, int> LmtUnfilled, IReadOnlyDictionary<string, decimal> Projected);

/// <summary>
/// Next year's recommended quota per ISIC section (<see cref="QuotaRecommendation"/>). Projected unmet demand comes from
/// the chosen (or latest) saved projection scenario; a section the scenario does not cover falls back to the posts
/// nationals did not fill in the last 12 months (labour-market-test certificates). Bounded by the firm ceilings of the
/// policy set in force, with today's employers and their foreign workers.
/// </summary>
public sealed class RecommendQuotas(CorridorDbContext db, PolicyBook book, ProjectLabourForce project)
{
    public const string FromProjection = "projection";
    public const string FromLabourMarketTest = "labour-market-test certificates";

    public async Task<QuotaRecommendationReport> HandleAsync(Guid? scenarioId, CancellationToken ct)
    {
        var year = book.Today.Year + 1;
        var policy = await book.InForceAsync(book.Today, ct);
        var rules = policy?.Rules ?? PolicyRules.Defaults();
        var scenario = scenarioId is { } id
            ? await db.LabourForceScenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            : await project.LatestAsync(ct);
        IReadOnlyDictionary<string, decimal> projected = new Dictionary<string, decimal>();
        if (scenario is not null)
        {
            var outcome = await project.HandleAsync(LabourForceForm.From(scenario), ct);
            if (outcome.IsOk && outcome.Value!.Steps.Count > 0) projected = LabourForceProjection.AnnualUnmetDemand(outcome.Value.Steps, year);
        }
        var since = book.Today.AddMonths(-12);
        var lmt = (await db.Vacancies.AsNoTracking().Where(v => v.CertificateIssuedOn != null && v.CertificateIssuedOn >= since)
                .Select(v => new { v.IsicSection, v.CertifiedPosts }).ToListAsync(ct))
            .GroupBy(v => v.IsicSection).ToDictionary(g => g.Key, g => g.Sum(v => v.CertifiedPosts ?? 0));
        var foreign = await db.MigrantWorkers.AsNoTracking()
            .Where(w => w.Direction == MigrationDirection.Inbound && w.CurrentEmployerId != null)
            .GroupBy(w => w.CurrentEmployerId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var firms = (await db.Employers.AsNoTracking().Select(e => new { e.Id, e.IsicSection, e.NationalEmployees }).ToListAsync(ct))
            .Select(e => new FirmHeadcount(e.IsicSection, e.NationalEmployees, foreign.GetValueOrDefault(e.Id))).ToList();
        var sections = projected.Where(p => p.Value > 0).Select(p => p.Key).Concat(lmt.Where(x => x.Value > 0).Select(x => x.Key))
            .Distinct().Order(StringComparer.Ordinal);
        var lines = sections.Select(s => projected.TryGetValue(s, out var p) && p > 0
                ? QuotaRecommendation.Recommend(rules, s, Math.Round(p, 1), FromProjection, firms)
                : QuotaRecommendation.Recommend(rules, s, lmt.GetValueOrDefault(s), FromLabourMarketTest, firms))
            .ToList();
        return new QuotaRecommendationReport(year, policy?.Number, scenario?.Id, scenario?.Name, rules.Get(QuotaRecommendation.ShareRule, "sharePercent"),
            lines, lmt, projected);
    }
}

/// <summary>
/// Puts the recommended quotas into QUOTA-ANNUAL of a draft policy set: the newest draft when there is one, else a new
/// draft copied from the set in force. Nothing changes for anyone until a second officer activates that draft.
/// </summary>
public sealed class CopyQuotasToDraft(CorridorDbContext db, CurrentUser user, PolicyBook book, RecommendQuotas recommend, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<int>> HandleAsync(Guid? scenarioId, CancellationToken ct)
    {
        if (!user.Can(Permissions.PolicyEdit)) return Failure.Forbidden;
        var report = await recommend.HandleAsync(scenarioId, ct);
        if (report.Lines.Count == 0) return Failure.Invalid("", l["There is no recommendation to copy."]);
        var max = RuleCatalogue.Find(QuotaRecommendation.AnnualRule)!.Parameters.Max(p => p.Max);
        PolicyRules With(PolicyRules rules)
        {
            var settings = PolicyRules.Defaults().Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
            foreach (var (id, setting) in rules.Settings.Where(kv => RuleCatalogue.Find(kv.Key) is not null)) settings[id] = setting;
            var annual = settings[QuotaRecommendation.AnnualRule];
            var values = new Dictionary<string, decimal>(annual.Values);
            foreach (var line in report.Lines) values[line.Section] = Math.Min(line.Recommended, max);
            settings[QuotaRecommendation.AnnualRule] = annual with { Values = values };
            return new PolicyRules(settings);
        }
        try
        {
            var draft = await db.PolicySets.Where(s => s.Status == PolicySetStatus.Draft).OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);
            if (draft is null)
            {
                var basis = await book.InForceAsync(book.Today, ct);
                var number = (await db.PolicySets.MaxAsync(s => (int?)s.Number, ct) ?? 0) + 1;
                draft = PolicySet.Draft(number, l["Policy set {0}", number], book.Today.AddDays(30), With(basis?.Rules ?? PolicyRules.Defaults()), book.Me);
                db.PolicySets.Add(draft);
            }
            else draft.Edit(draft.Title, draft.EffectiveFrom, With(draft.Rules), book.Me);
            db.RecordAction("quota recommendation copied to draft", nameof(PolicySet), draft.Number, new
            {
                report.Year, report.ScenarioId, report.SharePercent,
                quotas = report.Lines.ToDictionary(x => x.Section, x => x.Recommended),
            });
            await db.SaveChangesAsync(ct);
            return draft.Number;
        }
        catch (DomainException e)
        {
            return Failure.Conflict(l[e.Message]);
        }
        catch (DbUpdateException)
        {
            return Failure.Conflict(l["Another officer changed the policy drafts at the same moment. Reload and try again."]);
        }
    }
}

[Authorize(Policy = Permissions.ForecastsView)]
public sealed class QuotasModel(RecommendQuotas recommend, CopyQuotasToDraft copy, ProjectLabourForce project, CurrentUser user,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Scenario { get; set; }
    public QuotaRecommendationReport Report { get; private set; } = null!;
    public IReadOnlyList<ScenarioSummary> Scenarios { get; private set; } = [];
    public bool CanCopy => user.Can(Permissions.PolicyEdit);

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (ReportTable.IsDownloadFormat(format)) return Table.Download(format!);
        return Page();
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        var outcome = await copy.HandleAsync(Scenario, ct);
        if (outcome.IsOk) return Redirect($"/policy/{outcome.Value}");
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Report = await recommend.HandleAsync(Scenario, ct);
        Scenarios = await project.ScenariosAsync(ct);
    }

    public ReportTable Table => new("quota-recommendation", l["Recommended quotas for {0}", Report.Year],
        [new("sector", l["Sector"]), new("sectorName", l["Sector name"]), new("unmetDemand", l["Projected unmet demand (persons)"], true),
         new("source", l["Source of the demand figure"]), new("sharePercent", l["Policy share (%)"], true), new("beforeCeiling", l["Before the ceiling"], true),
         new("ceilingRoom", l["Room under the firm ceilings"], true), new("employers", l["Employers in the sector"], true),
         new("recommended", l["Recommended quota"], true), new("boundByCeiling", l["Bound by the ceilings"])],
        [.. Report.Lines.Select(x => (IReadOnlyList<object?>)[x.Section, Choices.IsicName(x.Section), x.UnmetDemand, l[x.DemandSource].Value,
            x.SharePercent, x.Raw, x.CeilingHeadroom, x.Employers, x.Recommended, x.BoundByCeiling ? l["Yes"].Value : l["No"].Value])]);
}
