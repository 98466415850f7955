using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Regularisation;

/// <summary>The named applications, newest first, with the rules each refusal failed (officers only).</summary>
public sealed class ListRegularisationApplications(CorridorDbContext db)
{
    public const int Limit = 500;

    public async Task<IReadOnlyList<ApplicationRow>> HandleAsync(Guid? windowId, RegularisationStatus? status, CancellationToken ct)
    {
        var query = db.RegularisationApplications.AsNoTracking();
        if (windowId is { } w) query = query.Where(a => a.WindowId == w);
        if (status is { } s) query = query.Where(a => a.Status == s);
        var rows = await (from a in query
                          join win in db.RegularisationWindows on a.WindowId equals win.Id
                          join d in db.AdmissionDecisions on a.DecisionId equals d.Id into ds
                          from d in ds.DefaultIfEmpty()
                          join wk in db.MigrantWorkers on a.WorkerId equals wk.Id into ws
                          from wk in ws.DefaultIfEmpty()
                          orderby a.SubmittedAt descending
                          select new { a, win.Title, Results = d == null ? null : d.ResultsJson, WorkerNumber = wk == null ? null : wk.WorkerNumber })
            .Take(Limit).ToListAsync(ct);
        return [.. rows.Select(r => new ApplicationRow(r.a.Id, r.Title, r.a.TrackingCode, $"{r.a.GivenName} {r.a.FamilyName}", r.a.Sex,
            r.a.Citizenship, r.a.ArrivalDate, r.a.EmployerRegistrationNumber, r.a.SubmittedByEmployerId is not null, r.a.SubmittedAt, r.a.Status,
            r.WorkerNumber, r.Results is null ? [] : [.. System.Text.Json.JsonSerializer.Deserialize<List<RuleResult>>(r.Results)!.Where(x => !x.Passed).Select(x => x.RuleId)]))];
    }
}

[Authorize(Policy = Permissions.RegularisationApplications)]
public sealed class ApplicationsModel(ListRegularisationApplications list) : PageModel
{
    public IReadOnlyList<ApplicationRow> Rows { get; private set; } = [];
    public Guid? Window { get; private set; }
    public RegularisationStatus? Status { get; private set; }

    public async Task OnGetAsync(Guid? window, RegularisationStatus? status, CancellationToken ct)
    {
        (Window, Status) = (window, status);
        Rows = await list.HandleAsync(window, status, ct);
    }
}
