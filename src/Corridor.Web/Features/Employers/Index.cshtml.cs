using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Employers;

public sealed record EmployerSummary(Guid Id, string RegistrationNumber, string Name, string IsicSection, string IsicDivision,
    string? OrgUnitName, int NationalEmployees);

/// <summary>Filters of the employer list; every one is optional.</summary>
public sealed class EmployerListQuery
{
    /// <summary>Part of the name or the registration number.</summary>
    [Display(Name = "Name or registration number")] public string? Q { get; set; }
    [Display(Name = "ISIC section")] public string? IsicSection { get; set; }
    /// <summary>Org-unit code: a district, or a region for everything in it.</summary>
    [Display(Name = "Region or district")] public string? OrgUnit { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Searches the employers the account may see, a page at a time.</summary>
public sealed class ListEmployers(CorridorDbContext db, CurrentUser user, OrgUnitDirectory units)
{
    public async Task<Paged<EmployerSummary>> HandleAsync(EmployerListQuery q, CancellationToken ct)
    {
        var query = db.Employers.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = SearchText.Normalize(q.Q);
            query = query.Where(e => e.SearchKey.Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(q.IsicSection)) query = query.Where(e => e.IsicSection == q.IsicSection.Trim().ToUpper());
        if (!string.IsNullOrWhiteSpace(q.OrgUnit))
        {
            var within = await units.WithinAsync(q.OrgUnit, ct);
            query = query.Where(e => within.Contains(e.OrgUnitId));
        }
        var ru = OrgUnitDirectory.Russian;
        return await query.OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Select(e => new EmployerSummary(e.Id, e.RegistrationNumber, e.Name, e.IsicSection, e.IsicDivision,
                db.OrgUnits.Where(u => u.Id == e.OrgUnitId).Select(u => ru ? u.NameRu : u.Name).FirstOrDefault(), e.NationalEmployees))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

[Authorize(Policy = Permissions.EmployersView)]
public sealed class IndexModel(ListEmployers handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public EmployerListQuery Query { get; set; } = new();
    public Paged<EmployerSummary> Result { get; private set; } = null!;
    public bool CanRegister => user.Can(Permissions.EmployersManage);

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
