using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>
/// Follow-up by tracking code, no account: the case's status and the next step only. A malformed code
/// and an unknown code both answer "not found", so the page confirms nothing to someone guessing.
/// </summary>
public sealed class GetComplaintStatus(CorridorDbContext db)
{
    public async Task<Outcome<ComplaintStatusView>> HandleAsync(string? code, CancellationToken ct)
    {
        var key = code?.Trim().ToUpperInvariant().Replace("-", "").Replace(" ", "");
        if (!Complaint.IsWellFormed(key)) return Failure.NotFound;
        var found = await db.Complaints.AsNoTracking().Where(c => c.TrackingCode == key)
            .Select(c => new { c.TrackingCode, c.SubmittedAt, Status = db.ProtectionCases.Where(p => p.ComplaintId == c.Id).Select(p => p.Status).First() })
            .FirstOrDefaultAsync(ct);
        if (found is null) return Failure.NotFound;
        return new ComplaintStatusView(found.TrackingCode, found.SubmittedAt, found.Status, CaseAccess.NextStep(found.Status));
    }
}

[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicFormRateLimit)]
public sealed class StatusModel(GetComplaintStatus handler) : PageModel
{
    public string? Code { get; private set; }
    public ComplaintStatusView? Complaint { get; private set; }
    public bool Unknown { get; private set; }

    public async Task OnGetAsync(string? code, CancellationToken ct)
    {
        Code = code;
        if (string.IsNullOrWhiteSpace(code)) return;
        var outcome = await handler.HandleAsync(code, ct);
        Complaint = outcome.Value;
        Unknown = !outcome.IsOk;
        if (Unknown) Response.StatusCode = 404;
    }
}
