using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web.Features.Quotas;

public static class QuotasApi
{
    public static RouteGroupBuilder MapQuotasApi(this RouteGroupBuilder api)
    {
        var quotas = api.MapGroup("/admission/quotas").WithTags("Quotas");

        quotas.MapGet("/", async (int? year, ListQuotas handler, CancellationToken ct) =>
                TypedResults.Ok(new { items = await handler.HandleAsync(year, ct) }))
            .RequireAuthorization(Permissions.QuotasView)
            .WithName("ListQuotas").WithSummary("National quotas per year and sector with total, reserve, allocated, remaining and rounds.");

        quotas.MapPost("/", async (CreateQuotaForm form, CreateQuota handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/admission/quotas?year={form.Year}", new { id })))
            .RequireAuthorization(Permissions.QuotasManage)
            .WithName("CreateQuota").WithSummary("Set a year's quota for a sector; without a reserve, the policy set's QUOTA-RESERVE share is held back.");

        quotas.MapPost("/rounds", async (OpenRoundForm form, OpenRound handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/admission/quotas/rounds/{id}", new { id })))
            .RequireAuthorization(Permissions.QuotasManage)
            .WithName("OpenQuotaRound").WithSummary("Release part of a quota as a round open to requests between two dates.");

        quotas.MapGet("/rounds/{id:guid}", async (Guid id, GetRound handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.QuotasView)
            .WithName("GetQuotaRound").WithSummary("A round with its requests in ranking order and each employer's points breakdown (an employer sees only its own).");

        quotas.MapPost("/rounds/{id:guid}/requests", async (Guid id, QuotaRequestForm form, RequestWorkers handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(r => TypedResults.Created($"/api/v1/admission/quotas/rounds/{id}", r)))
            .RequireAuthorization(Permissions.QuotasRequest)
            .WithName("RequestQuotaWorkers").WithSummary("An employer requests workers in an open round; the firm ceiling is decided at once and returned with its reasons.");

        quotas.MapPost("/rounds/{id:guid}/allocate", async (Guid id, AllocateRound handler, GetRound get, CancellationToken ct) =>
                (await handler.HandleAsync(id, get, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.QuotasAllocate)
            .WithName("AllocateQuotaRound").WithSummary("Grant the round's slots in ranking order: the last one partly, the rest refused.");

        quotas.MapPost("/{id:guid}/approve-slot", async (Guid id, ApproveSlotForm form, ApproveSlot handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.QuotasAllocate)
            .WithName("ApproveQuotaSlot").WithSummary("Approve one slot of a quota for an employer; 409 when no slot is left.");

        return api;
    }
}
