using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Levies;

public static class LeviesApi
{
    public static RouteGroupBuilder MapLeviesApi(this RouteGroupBuilder api)
    {
        var levies = api.MapGroup("/levies").WithTags("Levies");

        levies.MapGet("/statements", async ([AsParameters] LevyListQuery q, ListLevyStatements handler, CancellationToken ct) =>
                (await handler.HandleAsync(q, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.LeviesView)
            .WithName("ListLevyStatements").WithSummary("Levy statements with balance and arrears (an employer sees only its own); filter by employer, month (YYYY-MM), arrears.");

        levies.MapGet("/statements/{id:guid}", async (Guid id, GetLevyStatement handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.LeviesView)
            .WithName("GetLevyStatement").WithSummary("A statement with its lines per skill level, its payments and the policy set it was computed with.");

        levies.MapPost("/statements/issue", async (IssueLevyForm form, IssueLevyStatements handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.LeviesManage)
            .WithName("IssueLevyStatements").WithSummary("The monthly run: one statement per employer with inbound foreign workers; repeating it issues only missing ones.");

        levies.MapPost("/statements/{id:guid}/payments", async (Guid id, LevyPaymentForm form, RecordLevyPayment handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(pid => TypedResults.Created($"/api/v1/levies/statements/{id}", new { id = pid })))
            .RequireAuthorization(Permissions.LeviesManage)
            .WithName("RecordLevyPayment").WithSummary("Record a payment against a statement; more than the balance is refused.");

        return api;
    }
}
