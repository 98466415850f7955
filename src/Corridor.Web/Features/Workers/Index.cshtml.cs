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

namespace Corridor.Web.Features.Workers;

public sealed record WorkerSummary(Guid Id, string WorkerNumber, string GivenName, string FamilyName, Sex Sex,
    DateOnly DateOfBirth, string Citizenship, string OccupationCode, MigrationDirection Direction);

/// <summary>Filters of the worker list; every one is optional.</summary>
public sealed class WorkerListQuery
{
    /// <summary>Part of a name, a passport number or a worker number.</summary>
    [Display(Name = "Name, passport or worker number")] public string? Q { get; set; }
    [Display(Name = "Citizenship")] public string? Citizenship { get; set; }
    [Display(Name = "Sex")] public Sex? Sex { get; set; }
    [Display(Name = "Occupation (ISCO-08)")] public string? Occupation { get; set; }
    [Display(Name = "Direction")] public MigrationDirection? Direction { get; set; }
    /// <summary>Only the workers of this employer (the employer's record page links here).</summary>
    public Guid? EmployerId { get; set; }
    /// <summary>Only the workers this agency recruited.</summary>
    public Guid? AgencyId { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Searches the workers the account may see, a page at a time.</summary>
public sealed class ListWorkers(CorridorDbContext db, CurrentUser user)
{
    public Task<Paged<WorkerSummary>> HandleAsync(WorkerListQuery q, CancellationToken ct)
    {
        var query = db.MigrantWorkers.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = SearchText.Normalize(q.Q);
            query = query.Where(w => w.SearchKey.Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(q.Citizenship)) query = query.Where(w => w.Citizenship == q.Citizenship.Trim().ToUpper());
        if (q.Sex is { } sex) query = query.Where(w => w.Sex == sex);
        if (!string.IsNullOrWhiteSpace(q.Occupation)) query = query.Where(w => w.OccupationCode.StartsWith(q.Occupation.Trim()));
        if (q.Direction is { } direction) query = query.Where(w => w.Direction == direction);
        if (q.EmployerId is { } employer) query = query.Where(w => w.CurrentEmployerId == employer);
        if (q.AgencyId is { } agency) query = query.Where(w => w.AgencyId == agency);
        return query.OrderBy(w => w.FamilyName).ThenBy(w => w.GivenName).ThenBy(w => w.Id)
            .Select(w => new WorkerSummary(w.Id, w.WorkerNumber, w.GivenName, w.FamilyName, w.Sex, w.DateOfBirth,
                w.Citizenship, w.OccupationCode, w.Direction))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }

    /// <summary>
    /// The first workers of an employer or agency that the account may see, for that record's page;
    /// null when the account may not see workers at all.
    /// </summary>
    public async Task<LinkedWorkers?> LinkedAsync(Guid? employerId, Guid? agencyId, CancellationToken ct)
    {
        if (!user.Can(Permissions.WorkersView)) return null;
        var page = await HandleAsync(new WorkerListQuery { EmployerId = employerId, AgencyId = agencyId, PageSize = LinkedWorkers.Shown }, ct);
        var filter = employerId is { } e ? $"Query.EmployerId={e}" : $"Query.AgencyId={agencyId}";
        return new LinkedWorkers(page, $"/workers?{filter}");
    }
}

/// <summary>The first <see cref="Shown"/> workers linked to a record, and the link to all of them.</summary>
public sealed record LinkedWorkers(Paged<WorkerSummary> Workers, string AllLink)
{
    public const int Shown = 25;
}

[Authorize(Policy = Permissions.WorkersView)]
public sealed class IndexModel(ListWorkers handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public WorkerListQuery Query { get; set; } = new();
    public Paged<WorkerSummary> Result { get; private set; } = null!;
    public bool CanRegister => user.Can(Permissions.WorkersRegister);

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
