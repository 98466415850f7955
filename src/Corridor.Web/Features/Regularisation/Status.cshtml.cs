using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Regularisation;

/// <summary>
/// The outcome of one application, for whoever holds its tracking code: the rules with reasons and
/// sources, and the worker number on approval. Nothing else — not even the name — so a code reveals no one else.
/// </summary>
public sealed class GetRegularisationStatus(CorridorDbContext db)
{
    public async Task<Outcome<StatusView>> HandleAsync(string? code, CancellationToken ct)
    {
        var key = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(key) || key.Length > 16) return Failure.NotFound;
        var a = await db.RegularisationApplications.AsNoTracking().FirstOrDefaultAsync(x => x.TrackingCode == key, ct);
        if (a is null) return Failure.NotFound;
        var title = await db.RegularisationWindows.AsNoTracking().Where(w => w.Id == a.WindowId).Select(w => w.Title).SingleAsync(ct);
        var decision = await db.AdmissionDecisions.AsNoTracking().SingleAsync(d => d.Id == a.DecisionId, ct);
        var workerNumber = a.WorkerId is { } id
            ? await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == id).Select(w => w.WorkerNumber).SingleAsync(ct) : null;
        return new StatusView(a.TrackingCode, title, a.SubmittedAt, a.Status, workerNumber, decision.PolicySetNumber, decision.Results);
    }
}

[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicFormRateLimit)]
public sealed class StatusModel(GetRegularisationStatus handler) : PageModel
{
    public string? Code { get; private set; }
    public StatusView? Application { get; private set; }
    public bool Unknown { get; private set; }

    public async Task OnGetAsync(string? code, CancellationToken ct)
    {
        Code = code;
        if (string.IsNullOrWhiteSpace(code)) return;
        var outcome = await handler.HandleAsync(code, ct);
        Application = outcome.Value;
        Unknown = !outcome.IsOk;
    }
}
