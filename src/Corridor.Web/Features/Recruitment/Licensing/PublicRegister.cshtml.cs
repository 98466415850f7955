using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Licensing;

public sealed class PublicRegisterQuery
{
    [Display(Name = "Name or licence number")] public string? Q { get; set; }
    [Display(Name = "Licence status")] public LicenceStatus? Status { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>
/// One agency as the public sees it: licence number, name, country, status with its date and validity, and for a
/// suspension or cancellation only the reason category — never the officer's note, contacts or people.
/// </summary>
public sealed record PublicAgencyEntry(string LicenceNumber, string Name, string Country, LicenceStatus Status,
    DateOnly? LicenceValidUntil, DateOnly? StatusSince, LicenceReasonCategory? ReasonCategory);

/// <summary>
/// The public register of agencies (no sign-in): every agency that holds or has held a licence, so a worker can
/// check an agency before paying anything. Applications not yet decided are not listed.
/// </summary>
public sealed class SearchPublicRegister(CorridorDbContext db)
{
    public Task<Paged<PublicAgencyEntry>> HandleAsync(PublicRegisterQuery q, CancellationToken ct)
    {
        var query = db.RecruitmentAgencies.AsNoTracking().Where(a => a.Status != LicenceStatus.Applied);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = SearchText.Normalize(q.Q.Length > 100 ? q.Q[..100] : q.Q);
            query = query.Where(a => a.SearchKey.Contains(term));
        }
        if (q.Status is { } status && Enum.IsDefined(status)) query = query.Where(a => a.Status == status);
        var (_, size) = Paging.Clamp(q.Page, q.PageSize);
        return query.OrderBy(a => a.Status).ThenBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new PublicAgencyEntry(a.LicenceNumber, a.Name, a.Country, a.Status, a.LicenceValidUntil, a.StatusSince,
                a.Status == LicenceStatus.Licensed ? null : a.StatusCategory))
            .ToPagedAsync(q.Page, Math.Min(size, 100), ct);
    }
}

[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicFormRateLimit)]
public sealed class PublicRegisterModel(SearchPublicRegister handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public PublicRegisterQuery Query { get; set; } = new();
    public Paged<PublicAgencyEntry> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
