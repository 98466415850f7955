using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Inspections;

public sealed record InspectionRow(Guid Id, string Number, Guid EmployerId, string EmployerName, string RegistrationNumber,
    InspectionStatus Status, DateOnly PlannedOn, DateOnly? VisitedOn, DateOnly? FollowUpOn, int Findings, int OpenFindings);

public sealed class InspectionQuery
{
    [Display(Name = "Employer registration number")] public string? Employer { get; set; }
    [Display(Name = "Status")] public InspectionStatus? Status { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Inspections the account may see: an employer its own, an inspector those of the region of the account.</summary>
public sealed class ListInspections(CorridorDbContext db, InspectionScope scope)
{
    public async Task<Paged<InspectionRow>> HandleAsync(InspectionQuery q, CancellationToken ct)
    {
        var inspections = await scope.InspectionsAsync(ct);
        if (q.Status is { } status) inspections = inspections.Where(i => i.Status == status);
        var rows = inspections.AsNoTracking().Join(db.Employers, i => i.EmployerId, e => e.Id, (i, e) => new { i, e });
        if (!string.IsNullOrWhiteSpace(q.Employer))
        {
            var number = Employer.NormalizeRegistrationNumber(q.Employer);
            rows = rows.Where(x => x.e.RegistrationNumber == number);
        }
        return await rows.OrderBy(x => x.i.Status).ThenByDescending(x => x.i.VisitedOn ?? x.i.PlannedOn).ThenBy(x => x.i.Id)
            .Select(x => new InspectionRow(x.i.Id, x.i.Number, x.e.Id, x.e.Name, x.e.RegistrationNumber, x.i.Status, x.i.PlannedOn, x.i.VisitedOn,
                x.i.FollowUpOn, db.InspectionFindings.Count(f => f.InspectionId == x.i.Id),
                db.InspectionFindings.Count(f => f.InspectionId == x.i.Id && f.ClosedOn == null)))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

[Authorize(Policy = Permissions.InspectionsView)]
public sealed class IndexModel(ListInspections handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public InspectionQuery Query { get; set; } = new();
    public Paged<InspectionRow> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(Query, ct);
}
