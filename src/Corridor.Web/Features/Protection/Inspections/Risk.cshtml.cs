using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Protection.Inspections;

public sealed record RiskRow(Guid EmployerId, string EmployerName, string RegistrationNumber, string IsicSection, decimal Score,
    DateOnly ComputedOn, int PolicyVersion, IReadOnlyList<RiskItem> Breakdown);

public sealed class RiskQuery
{
    [Display(Name = "Employer registration number")] public string? Employer { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Employers' risk scores, highest first, with the points of each factor; an inspector sees the region of the account.</summary>
public sealed class ListRiskScores(CorridorDbContext db, InspectionScope scope)
{
    public async Task<Paged<RiskRow>> HandleAsync(RiskQuery q, CancellationToken ct)
    {
        var employers = await scope.EmployersAsync(Permissions.RiskView, ct);
        if (!string.IsNullOrWhiteSpace(q.Employer))
        {
            var number = Employer.NormalizeRegistrationNumber(q.Employer);
            employers = employers.Where(e => e.RegistrationNumber == number);
        }
        var page = await db.RiskScores.AsNoTracking().Join(employers, r => r.EmployerId, e => e.Id, (r, e) => new { r, e })
            .OrderByDescending(x => x.r.Score).ThenBy(x => x.e.RegistrationNumber)
            .Select(x => new { x.e.Id, x.e.Name, x.e.RegistrationNumber, x.e.IsicSection, x.r.Score, x.r.ComputedOn, x.r.PolicyVersion, x.r.BreakdownJson })
            .ToPagedAsync(q.Page, q.PageSize, ct);
        return new Paged<RiskRow>([.. page.Items.Select(x => new RiskRow(x.Id, x.Name, x.RegistrationNumber, x.IsicSection, x.Score, x.ComputedOn,
            x.PolicyVersion, RiskScore.FromJson(x.BreakdownJson)))], page.Page, page.PageSize, page.Total);
    }
}

public sealed class RiskSignalForm
{
    [Display(Name = "Employer registration number")] public string? EmployerRegistrationNumber { get; set; }
    [Display(Name = "Kind")] public RiskSignalKind? Kind { get; set; }
    [Display(Name = "Date")] public DateOnly? ReportedOn { get; set; }
    [Display(Name = "Number")] public int? Count { get; set; }
    [Display(Name = "Source")] public string? Source { get; set; }
}

/// <summary>An officer or a job feeds a count of complaints or wage-protection alerts into the risk score.</summary>
public sealed class RecordRiskSignal(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(RiskSignalForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.RiskSignalsRecord)) return Failure.Forbidden;
        if (string.IsNullOrWhiteSpace(form.EmployerRegistrationNumber))
            return Failure.Invalid(nameof(form.EmployerRegistrationNumber), l["Enter the employer's registration number."]);
        var number = Employer.NormalizeRegistrationNumber(form.EmployerRegistrationNumber);
        var employerId = await db.Employers.Where(e => e.RegistrationNumber == number).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        if (employerId is null) return Failure.Invalid(nameof(form.EmployerRegistrationNumber), l["No employer has this registration number."]);
        if (form.Kind is null) return Failure.Invalid(nameof(form.Kind), l["Choose the kind of signal."]);
        var day = form.ReportedOn ?? clock.Today();
        if (day > clock.Today()) return Failure.Invalid(nameof(form.ReportedOn), l["The date cannot be in the future."]);
        return await db.SaveNewAsync(() => new RiskSignal(employerId.Value, form.Kind.Value, day, form.Count ?? 1, form.Source ?? ""), l, ct);
    }
}

[Authorize(Policy = Permissions.RiskView)]
public sealed class RiskModel(ListRiskScores handler) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public RiskQuery Query { get; set; } = new();
    public Paged<RiskRow> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
