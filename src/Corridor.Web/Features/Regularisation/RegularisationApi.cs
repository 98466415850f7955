using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Web.Features.Regularisation;

public static class RegularisationApi
{
    public static RouteGroupBuilder MapRegularisationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admission/regularisation").WithTags("Regularisation");

        group.MapGet("/windows", async (ListWindows handler, CancellationToken ct) => TypedResults.Ok(new { items = await handler.HandleAsync(ct) }))
            .WithName("ListRegularisationWindows").WithSummary("Regularisation windows: all for officers and analysts, the open ones for everyone else.");

        group.MapPost("/windows", async (OpenWindowForm form, OpenWindow handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/admission/regularisation/windows/{id}/report", new { id })))
            .RequireAuthorization(Permissions.RegularisationManage)
            .WithName("OpenRegularisationWindow").WithSummary("Plan or open a window with its criteria and the estimated irregular population by origin and sex.");

        group.MapPost("/applications", async (HttpContext http, ApplyForm form, ApplyForRegularisation handler, CancellationToken ct) =>
            {
                // Anonymous is allowed, but an employer's bearer token still counts: it applies for its own worker.
                var bearer = await http.AuthenticateAsync(IdentityConstants.BearerScheme);
                if (bearer.Succeeded) http.User = bearer.Principal;
                return (await handler.HandleAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/admission/regularisation/applications/status/{r.TrackingCode}", r));
            })
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.PublicFormRateLimit)
            .WithName("ApplyForRegularisation").WithSummary("Apply in an open window (no account needed); decided at once, returns the tracking code.");

        group.MapGet("/applications/status/{code}", async (string code, GetRegularisationStatus handler, CancellationToken ct) =>
                (await handler.HandleAsync(code, ct)).ToApi(TypedResults.Ok))
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.PublicFormRateLimit)
            .WithName("GetRegularisationStatus").WithSummary("The outcome of the application with this tracking code, with every rule's reason and source.");

        group.MapGet("/windows/{id:guid}/report", async (Guid id, ReportRegularisation handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.RegularisationView)
            .WithName("RegularisationReport").WithSummary("Applied, approved, refused, estimate and registration rate by sex and origin.");

        return group;
    }
}
