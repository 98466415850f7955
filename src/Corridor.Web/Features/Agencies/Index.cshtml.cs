using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Agencies;

public sealed record AgencySummary(Guid Id, string LicenceNumber, string Name, string Country, LicenceStatus Status,
    DateOnly? LicenceValidUntil);

/// <summary>Filters of the agency list; every one is optional.</summary>
public sealed class AgencyListQuery
{
    /// <summary>Part of the name or the licence number.</summary>
    [Display(Name = "Name or licence number")] public string? Q { get; set; }
    [Display(Name = "Licensed in (country)")] public string? Country { get; set; }
    [Display(Name = "Licence status")] public LicenceStatus? Status { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Searches the agencies the account may see, a page at a time.</summary>
public sealed class ListAgencies(CorridorDbContext db, CurrentUser user)
{
    public Task<Paged<AgencySummary>> HandleAsync(AgencyListQuery q, CancellationToken ct)
    {
        var query = db.RecruitmentAgencies.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = SearchText.Normalize(q.Q);
            query = query.Where(a => a.SearchKey.Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(q.Country)) query = query.Where(a => a.Country == q.Country.Trim().ToUpper());
        if (q.Status is { } status) query = query.Where(a => a.Status == status);
        return query.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new AgencySummary(a.Id, a.LicenceNumber, a.Name, a.Country, a.Status, a.LicenceValidUntil))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

[Authorize(Policy = Permissions.AgenciesView)]
public sealed class IndexModel(ListAgencies handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public AgencyListQuery Query { get; set; } = new();
    public Paged<AgencySummary> Result { get; private set; } = null!;
    public bool CanRegister => user.Can(Permissions.AgenciesManage);

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
