using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Inspections;

/// <summary>A line of the public watchlist: who, what kind of debarment, for how long, on which decision — never internal notes.</summary>
public sealed record WatchlistRow(SanctionParty Party, string Name, string Number, SanctionKind Kind, DateOnly From, DateOnly To,
    string DecisionReference, string Reason);

public sealed class WatchlistQuery
{
    [Display(Name = "Name or number")] public string? Q { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>The public watchlist: employers and agencies debarred today or from a later day. No sign-in.</summary>
public sealed class PublicWatchlist(CorridorDbContext db, TimeProvider clock)
{
    public Task<Paged<WatchlistRow>> HandleAsync(WatchlistQuery q, CancellationToken ct)
    {
        var today = clock.Today();
        var rows = from s in db.Sanctions.AsNoTracking()
                   where (s.Kind == SanctionKind.DebarmentPermits || s.Kind == SanctionKind.DebarmentDeployments) && s.To >= today
                   join e in db.Employers on s.PartyId equals e.Id into es
                   from e in es.DefaultIfEmpty()
                   join a in db.RecruitmentAgencies on s.PartyId equals a.Id into ags
                   from a in ags.DefaultIfEmpty()
                   select new
                   {
                       s,
                       Name = e != null ? e.Name : a!.Name,
                       Key = e != null ? e.SearchKey : a!.SearchKey,
                       Number = e != null ? e.RegistrationNumber : a!.LicenceNumber,
                   };
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var key = SearchText.Normalize(q.Q);
            var number = q.Q.Trim().ToUpperInvariant();
            rows = rows.Where(x => x.Key.Contains(key) || x.Number == number);
        }
        return rows.OrderBy(x => x.Name).ThenBy(x => x.s.From).ThenBy(x => x.s.Id)
            .Select(x => new WatchlistRow(x.s.Party, x.Name, x.Number, x.s.Kind, x.s.From, x.s.To!.Value, x.s.DecisionReference, x.s.Reason))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

[AllowAnonymous]
public sealed class WatchlistModel(PublicWatchlist handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public WatchlistQuery Query { get; set; } = new();
    public Paged<WatchlistRow> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
