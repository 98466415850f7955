using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Permits;

public static class PermitsApi
{
    public static RouteGroupBuilder MapPermitsApi(this RouteGroupBuilder api)
    {
        var permits = api.MapGroup("/permits").WithTags("Work permits");

        permits.MapGet("/", async ([AsParameters] PermitListQuery query, ListPermits handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.PermitsView)
            .WithName("ListPermits").WithSummary("Permits the caller may see (an employer or a worker their own), one page at a time.");

        permits.MapGet("/{id:guid}", async (Guid id, GetPermit handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PermitsView)
            .WithName("GetPermit").WithSummary("A permit; the status is as the clock sees it (past its end reads expired).");

        permits.MapPost("/applications", async (PermitApplicationForm form, ApplyForPermit handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/permits/applications/{r.ApplicationId}", r)))
            .RequireAuthorization(Permissions.PermitsApply)
            .WithName("ApplyForPermit").WithSummary("An employer applies for a permit for one of its workers: 201 with the stored decision (approved with the permit, refused, or referred).");

        permits.MapGet("/applications/{id:guid}", async (Guid id, Corridor.Data.CorridorDbContext db, CurrentUser user, CancellationToken ct) =>
                await PermitQueries.ApplicationAsync(db, user, id, ct) is { } a ? Results.Ok(a) : Results.NotFound())
            .RequireAuthorization(Permissions.PermitsView)
            .WithName("GetPermitApplication").WithSummary("An application with its automated decision and the officers' decision.");

        permits.MapGet("/applications/queue", async (ListPermitQueue handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(Permissions.PermitsDecide)
            .WithName("PermitQueue").WithSummary("Referred applications and those awaiting information, oldest first.");

        permits.MapPost("/applications/{id:guid}/decision", async (Guid id, PermitDecisionForm form, DecidePermitApplication handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PermitsDecide)
            .WithName("DecidePermitApplication").WithSummary("Approve, refuse or request information. Approving despite a failed rule needs a justification and then a second, different officer.");

        permits.MapPost("/{id:guid}/activate", async (Guid id, Vacancies.VersionBody body, ActivatePermit handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, body.Version, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.PermitsDecide)
            .WithName("ActivatePermit").WithSummary("The worker arrived: Issued → Active.");

        permits.MapPost("/{id:guid}/cancel", async (Guid id, CancelPermitForm form, CancelPermit handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.PermitsDecide)
            .WithName("CancelPermit").WithSummary("Cancel a permit that has not ended, with the reason.");

        permits.MapPost("/{id:guid}/employer-changes", async (Guid id, EmployerChangeForm form, FileEmployerChange handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(r => TypedResults.Created($"/api/v1/permits/employer-changes/{r.Id}", r)))
            .RequireAuthorization(Permissions.PermitsView)
            .WithName("FileEmployerChange").WithSummary("Change of employer on an active permit: the employer releases the worker (consent), the worker asks, or an officer files for the worker. 201 with the stored checks: granted at once (consent, or a ground the records prove), awaiting the employer, or in the officers' queue.");

        permits.MapGet("/employer-changes", async (ListEmployerChanges handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(Permissions.PermitsDecide)
            .WithName("EmployerChangeQueue").WithSummary("Changes of employer without consent waiting for an admission officer, oldest first.");

        permits.MapGet("/employer-changes/{id:guid}", async (Guid id, Corridor.Data.CorridorDbContext db, CurrentUser user, CancellationToken ct) =>
                await EmployerChangeQueries.ViewAsync(db, user, id, ct) is { } c ? Results.Ok(c) : Results.NotFound())
            .RequireAuthorization(Permissions.PermitsView)
            .WithName("GetEmployerChange").WithSummary("A change of employer with its checks and decision; the employer never sees the worker's statement.");

        permits.MapPost("/employer-changes/{id:guid}/decision", async (Guid id, EmployerChangeDecisionForm form, DecideEmployerChange handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PermitsView)
            .WithName("DecideEmployerChange").WithSummary("An admission officer grants or refuses (with a reason) a queued change; the employer confirms a worker's request for a change with consent.");

        permits.MapPost("/{id:guid}/renewal", async (Guid id, Vacancies.VersionBody body, RenewPermit handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, body.Version, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PermitsView)
            .WithName("RenewPermit").WithSummary("The employer asks to renew an active permit: 200 with the stored decision; when every rule passes the permit runs to its new end.");

        api.MapGet("/verify/{code}", async (string code, VerifyPermit handler, CancellationToken ct) =>
                (await handler.HandleAsync(code, "en", ct)).ToApi(TypedResults.Ok))
            .AllowAnonymous().WithTags("Work permits")
            .WithName("VerifyPermit").WithSummary("The public permit check behind the QR code: number, status, validity, occupation, employer, worker initials. No sign-in.");
        return api;
    }
}
