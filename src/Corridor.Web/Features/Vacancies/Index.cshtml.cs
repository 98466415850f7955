using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Vacancies;

public sealed record VacancySummary(Guid Id, string EmployerName, string OccupationCode, int Posts, decimal MonthlyWage,
    VacancyStatus Status, DateOnly AdvertisingFrom, int AdvertisingDays, string? CertificateNumber, DateOnly? CertificateValidUntil)
{
    public DateOnly AdvertisingEndsOn => AdvertisingFrom.AddDays(AdvertisingDays);
}

/// <summary>Filters of the vacancy list; every one is optional.</summary>
public sealed class VacancyListQuery
{
    /// <summary>Part of the employer's name or its registration number.</summary>
    [Display(Name = "Employer name or registration number")] public string? Q { get; set; }
    [Display(Name = "Occupation (ISCO-08)")] public string? Occupation { get; set; }
    [Display(Name = "Status")] public VacancyStatus? Status { get; set; }
    [Display(Name = "Region or district")] public string? OrgUnit { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>The vacancies the account may see (an employer its own, officers all), newest first.</summary>
public sealed class ListVacancies(CorridorDbContext db, CurrentUser user, OrgUnitDirectory units)
{
    public async Task<Paged<VacancySummary>> HandleAsync(VacancyListQuery q, CancellationToken ct)
    {
        var query = db.Vacancies.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = SearchText.Normalize(q.Q);
            query = query.Where(v => db.Employers.Any(e => e.Id == v.EmployerId && e.SearchKey.Contains(term)));
        }
        if (!string.IsNullOrWhiteSpace(q.Occupation)) query = query.Where(v => v.OccupationCode.StartsWith(q.Occupation.Trim()));
        if (q.Status is { } status) query = query.Where(v => v.Status == status);
        if (!string.IsNullOrWhiteSpace(q.OrgUnit))
        {
            var within = await units.WithinAsync(q.OrgUnit, ct);
            query = query.Where(v => within.Contains(v.OrgUnitId));
        }
        return await query.OrderByDescending(v => v.AdvertisingFrom).ThenByDescending(v => v.Id)
            .Select(v => new VacancySummary(v.Id, db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.Name).First(),
                v.OccupationCode, v.Posts, v.MonthlyWage, v.Status, v.AdvertisingFrom, v.AdvertisingDays, v.CertificateNumber, v.CertificateValidUntil))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

[Authorize(Policy = Permissions.VacanciesView)]
public sealed class IndexModel(ListVacancies handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public VacancyListQuery Query { get; set; } = new();
    public Paged<VacancySummary> Result { get; private set; } = null!;
    public bool CanPost => user.Can(Permissions.VacanciesPost);
    public bool CanManageFlags => user.Can(Permissions.EmployerFlagsManage);

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
