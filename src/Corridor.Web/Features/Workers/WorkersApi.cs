using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web.Features.Workers;

public static class WorkersApi
{
    public static RouteGroupBuilder MapWorkersApi(this RouteGroupBuilder api)
    {
        var workers = api.MapGroup("/workers").WithTags("Migrant workers");

        workers.MapGet("/", async ([AsParameters] WorkerListQuery query, ListWorkers handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.WorkersView)
            .WithName("ListWorkers").WithSummary("Search migrant workers (only those the caller may see), one page at a time.");

        workers.MapGet("/{id:guid}", async (Guid id, GetWorker handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.WorkersView)
            .WithName("GetWorker").WithSummary("A worker's record with its history.");

        workers.MapPost("/", async (WorkerForm form, RegisterWorker handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/workers/{id}", new { id })))
            .RequireAuthorization(Permissions.WorkersRegister)
            .WithName("RegisterWorker").WithSummary("Register a migrant worker; returns the new id.");

        workers.MapPut("/{id:guid}", async (Guid id, EditWorkerForm form, EditWorker handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.WorkersEdit)
            .WithName("EditWorker").WithSummary("Correct a worker's record. Send the version you read; a stale version gets 409.");

        return api;
    }
}
