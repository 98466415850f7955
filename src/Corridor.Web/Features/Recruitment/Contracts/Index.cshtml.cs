using Corridor.Data;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Contracts;

public sealed class ContractListQuery
{
    public ContractStatus? Status { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Contracts the caller may see (an agency or employer those it drafted, a worker their own, officers all); submitted first for review.</summary>
public sealed class ListContracts(CorridorDbContext db, CurrentUser user)
{
    public Task<Paged<ContractSummary>> HandleAsync(ContractListQuery query, CancellationToken ct)
    {
        var q = db.EmploymentContracts.VisibleTo(user).AsNoTracking();
        if (query.Status is { } s) q = q.Where(c => c.Status == s);
        return q.OrderByDescending(c => c.DraftedAt).ThenBy(c => c.Number).ThenByDescending(c => c.VersionNumber)
            .Summaries(db).ToPagedAsync(query.Page, query.PageSize, ct);
    }
}

[Authorize(Policy = Permissions.ContractsView)]
public sealed class IndexModel(ListContracts handler, CurrentUser user) : PageModel
{
    public Paged<ContractSummary> Contracts { get; private set; } = null!;
    public ContractListQuery Query { get; private set; } = new();
    public bool CanDraft => user.Can(Permissions.ContractsDraft) && (user.AgencyId is not null || user.EmployerId is not null);
    public bool CanReview => user.Can(Permissions.ContractsReview);

    public async Task OnGetAsync([FromQuery] ContractListQuery query, CancellationToken ct)
    {
        Query = query;
        Contracts = await handler.HandleAsync(query, ct);
    }
}
