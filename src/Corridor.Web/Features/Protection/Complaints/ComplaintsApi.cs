using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Web.Features.Protection.Complaints;

public static class ComplaintsApi
{
    public static RouteGroupBuilder MapComplaintsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/protection").WithTags("Complaints and cases");

        group.MapPost("/complaints", async (HttpContext http, ComplaintForm form, FileComplaint handler, CancellationToken ct) =>
            {
                // Anonymous is allowed, but a bearer token still counts: a worker files their own, a case officer on a worker's behalf.
                var bearer = await http.AuthenticateAsync(IdentityConstants.BearerScheme);
                if (bearer.Succeeded) http.User = bearer.Principal;
                return (await handler.HandleAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/protection/complaints/status/{r.TrackingCode}", r));
            })
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.PublicFormRateLimit)
            .WithName("FileComplaint").WithSummary("File a complaint (anonymously, as a worker, or as a case officer on a worker's behalf); opens a case. 201 with the tracking code, shown this once.");

        group.MapGet("/complaints/status/{code}", async (string code, GetComplaintStatus handler, CancellationToken ct) =>
                (await handler.HandleAsync(code, ct)).ToApi(TypedResults.Ok))
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.PublicFormRateLimit)
            .WithName("GetComplaintStatus").WithSummary("Status and next step of the complaint with this tracking code; 404 for any code not found, well-formed or not.");

        group.MapGet("/cases", async ([AsParameters] CaseListQuery query, ListCases handler, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.CasesView)
            .WithName("ListCases").WithSummary("Cases the caller may see, most urgent first (trafficking, forced labour, overdue, oldest). Filters: category, status, overdue, flagged.");

        group.MapGet("/cases/dashboard", async (CaseDashboardReport handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(Permissions.CasesDashboard)
            .WithName("CaseDashboard").WithSummary("Open cases by category and age band, by status; overdue and flagged counts.");

        group.MapGet("/cases/triage-rule", () => TypedResults.Ok(new { version = Domain.Protection.ForcedLabourRule.Default.Version, items = Domain.Protection.ForcedLabourRule.Default.Items }))
            .RequireAuthorization(Permissions.PolicyView)
            .WithName("ForcedLabourRule").WithSummary("The forced-labour triage items: dimension, involuntariness or penalty, strong or medium, ILO indicator (illustrative defaults).");

        group.MapGet("/cases/{id:guid}", async (Guid id, GetCase handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.CasesView)
            .WithName("GetCase").WithSummary("A case. For the employer and the agency the complainant's identity and narrative are null unless the complainant consented.");

        group.MapPost("/cases/{id:guid}/triage", async (Guid id, TriageForm form, TriageCase handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.CasesManage)
            .WithName("TriageCase").WithSummary("Record the forced-labour triage items and the movement element; returns the rule's result per dimension. A first flag means urgent referral.");

        group.MapPost("/cases/{id:guid}/transitions", async (Guid id, TransitionForm form, MoveCase handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(status => TypedResults.Ok(new { id, status })))
            .RequireAuthorization(Permissions.CasesManage)
            .WithName("MoveCase").WithSummary("conciliate, settle (amount), escalate, decide (amount), pay (amount, paidFrom: Employer|Agency|Escrow), close (note). Carries the case version.");

        group.MapPost("/cases/from-payroll-alert/{alertId:guid}", async (Guid alertId, OpenCaseForPayrollAlert handler, CancellationToken ct) =>
                (await handler.HandleAsync(alertId, ct)).ToApi(c => TypedResults.Created($"/api/v1/protection/cases/{c.Id}", c)))
            .RequireAuthorization(Permissions.CasesManage)
            .WithName("OpenCaseFromPayrollAlert").WithSummary("Open a case from a payroll alert about a worker (category from the rule, amount claimed from the shortfall); again returns the same case.");

        return group;
    }
}
