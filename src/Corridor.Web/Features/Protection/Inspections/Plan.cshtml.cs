using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Protection.Inspections;

public sealed record PlanEmployer(Guid EmployerId, string EmployerName, string RegistrationNumber, string IsicSection, decimal Score,
    DateOnly ComputedOn, DateOnly? LastInspectedOn, Guid? PlannedInspectionId);

public sealed record PlanRegion(Guid RegionId, string Code, string Name, IReadOnlyList<PlanEmployer> Employers);

public sealed record InspectionPlanView(DateOnly Today, int TopN, int SkipInspectedMonths, int? PolicyVersion, IReadOnlyList<PlanRegion> Regions);

/// <summary>
/// The INSP-PLAN rule: per region, the top-N employers by risk score that were not inspected in the last M months.
/// An inspector sees the region of the account; an officer without an org unit every region.
/// </summary>
public sealed class InspectionPlan(CorridorDbContext db, InspectionScope scope, PolicyBook book, TimeProvider clock, CurrentUser user)
{
    public async Task<Outcome<InspectionPlanView>> HandleAsync(Guid? regionId, CancellationToken ct)
    {
        if (!user.Can(Permissions.RiskView)) return Failure.Forbidden;
        var today = clock.Today();
        var policy = await book.InForceAsync(today, ct);
        var rules = policy?.Rules ?? Corridor.Domain.Policy.PolicyRules.Defaults();
        int top = rules.GetInt(RiskScoring.PlanRule, "topN"), months = rules.GetInt(RiskScoring.PlanRule, "skipInspectedMonths");
        var since = today.AddMonths(-months);

        var path = await scope.PathAsync(ct);
        // A handful of regions: filtered here, so "the account's unit is under this region" needs no provider-specific SQL.
        var regions = (await db.OrgUnits.AsNoTracking().Where(u => u.Level == 2).OrderBy(u => u.Code).ToListAsync(ct))
            .Where(u => u.Path.StartsWith(path, StringComparison.Ordinal) || path.StartsWith(u.Path, StringComparison.Ordinal)).ToList();
        if (regionId is { } wanted)
        {
            regions = [.. regions.Where(r => r.Id == wanted)];
            if (regions.Count == 0) return Failure.NotFound;
        }
        var employers = await scope.EmployersAsync(Permissions.RiskView, ct);
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var result = new List<PlanRegion>();
        foreach (var region in regions)
        {
            var regionPath = region.Path;
            var rows = await (from e in employers
                              join u in db.OrgUnits on e.OrgUnitId equals u.Id
                              join r in db.RiskScores on e.Id equals r.EmployerId
                              where u.Path.StartsWith(regionPath)
                                  && !db.Inspections.Any(i => i.EmployerId == e.Id && i.Status == InspectionStatus.Done && i.VisitedOn > since)
                              orderby r.Score descending, e.RegistrationNumber
                              select new PlanEmployer(e.Id, e.Name, e.RegistrationNumber, e.IsicSection, r.Score, r.ComputedOn,
                                  db.Inspections.Where(i => i.EmployerId == e.Id && i.Status == InspectionStatus.Done).Max(i => i.VisitedOn),
                                  db.Inspections.Where(i => i.EmployerId == e.Id && i.Status == InspectionStatus.Planned).Select(i => (Guid?)i.Id).FirstOrDefault()))
                .Take(top).ToListAsync(ct);
            result.Add(new PlanRegion(region.Id, region.Code, region.DisplayName(culture), rows));
        }
        return new InspectionPlanView(today, top, months, policy?.Number, result);
    }
}

public sealed class PlanInspectionForm
{
    [Display(Name = "Employer registration number")] public string? EmployerRegistrationNumber { get; set; }
    [Display(Name = "Planned for")] public DateOnly? PlannedOn { get; set; }
    /// <summary>The inspection this one follows up (its findings can be closed by this one).</summary>
    [Display(Name = "Follow-up of inspection")] public string? FollowUpOf { get; set; }
}

public sealed record PlannedInspection(Guid Id, string Number);

/// <summary>An inspector plans a visit to an employer of the region (a follow-up names the earlier inspection).</summary>
public sealed class PlanInspection(CorridorDbContext db, InspectionScope scope, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<PlannedInspection>> HandleAsync(PlanInspectionForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.InspectionsManage)) return Failure.Forbidden;
        if (string.IsNullOrWhiteSpace(form.EmployerRegistrationNumber))
            return Failure.Invalid(nameof(form.EmployerRegistrationNumber), l["Enter the employer's registration number."]);
        var number = Corridor.Domain.Registry.Employer.NormalizeRegistrationNumber(form.EmployerRegistrationNumber);
        var employers = await scope.EmployersAsync(Permissions.InspectionsManage, ct);
        var employerId = await employers.Where(e => e.RegistrationNumber == number).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        if (employerId is null) return Failure.Invalid(nameof(form.EmployerRegistrationNumber), l["No employer of your region has this registration number."]);
        var today = clock.Today();
        var plannedOn = form.PlannedOn ?? today;
        if (plannedOn < today) return Failure.Invalid(nameof(form.PlannedOn), l["The planned date cannot be in the past."]);
        Guid? followUpOf = null;
        if (!string.IsNullOrWhiteSpace(form.FollowUpOf))
        {
            var earlier = await db.Inspections.AsNoTracking().Where(i => i.Number == form.FollowUpOf.Trim().ToUpperInvariant() && i.EmployerId == employerId)
                .Select(i => new { i.Id, i.Status }).FirstOrDefaultAsync(ct);
            if (earlier is null) return Failure.Invalid(nameof(form.FollowUpOf), l["No inspection of this employer has this number."]);
            followUpOf = earlier.Id;
        }
        var inspection = new Inspection(PublicNumber.New('I'), employerId.Value, plannedOn, user.DisplayName, followUpOf);
        db.Inspections.Add(inspection);
        db.RecordAction("inspection.planned", nameof(Inspection), inspection.Id, new { inspection.Number, plannedOn });
        await db.SaveChangesAsync(ct);
        return new PlannedInspection(inspection.Id, inspection.Number);
    }
}

/// <summary>The plan's risk bars per region and its downloadable table, in the reader's language.</summary>
public static class InspectionPlanCharts
{
    public const string Table = "inspection-plan";

    /// <summary>One bar per employer of the region, highest risk first (the plan's order).</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent RiskBars(PlanRegion region, IStringLocalizer l) =>
        Corridor.Web.Features.Shared.Reports.SvgChart.Bars(l["Risk scores in {0}", region.Name], [.. region.Employers.Select(e => e.EmployerName)],
            [.. region.Employers.Select(e => (double)e.Score)], l["Risk score"]);

    public static Corridor.Web.Features.Shared.Reports.ReportTable TableFor(InspectionPlanView view, IStringLocalizer l) => new(Table, l["Inspection plan"],
        [new("region", l["Region"]), new("employer", l["Employer"]), new("registrationNumber", l["Registration number"]), new("sector", l["Sector (ISIC)"]),
         new("riskScore", l["Risk score"], true), new("lastInspected", l["Last inspected"]), new("planned", l["Planned"])],
        [.. view.Regions.SelectMany(r => r.Employers.Select(e => (IReadOnlyList<object?>)[r.Name, e.EmployerName, e.RegistrationNumber, e.IsicSection, e.Score,
            e.LastInspectedOn, e.PlannedInspectionId is null ? l["No"].Value : l["Yes"].Value]))]);
}

[Authorize(Policy = Permissions.RiskView)]
public sealed class PlanModel(InspectionPlan handler, PlanInspection planner, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Region { get; set; }
    [BindProperty] public PlanInspectionForm Input { get; set; } = new();
    public InspectionPlanView View { get; private set; } = null!;
    public Corridor.Web.Features.Shared.Reports.ReportTable Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed) return failed;
        return Corridor.Web.Features.Shared.Reports.ReportTable.IsDownloadFormat(format) ? Table.Download(format!) : Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(CancellationToken ct)
    {
        var outcome = await planner.HandleAsync(Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return Redirect($"/protection/inspections/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Region, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        View = outcome.Value!;
        Table = InspectionPlanCharts.TableFor(View, l);
        return null;
    }
}
