using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Forecasts;

public static class ForecastsApi
{
    public sealed record CopyToDraftRequest(Guid? Scenario);

    public static RouteGroupBuilder MapForecastsApi(this RouteGroupBuilder api)
    {
        var forecasts = api.MapGroup("/forecasts").WithTags("Forecasts");

        forecasts.MapGet("/labour-force", async (Guid? scenario, ProjectLabourForce handler, CancellationToken ct) =>
            {
                var form = scenario is { } id ? await handler.ScenarioFormAsync(id, ct)
                    : await handler.LatestAsync(ct) is { } latest ? LabourForceForm.From(latest) : LabourForceForm.Illustrative();
                if (form is null) return Results.NotFound();
                return (await handler.HandleAsync(form, ct)).ToApi(r => TypedResults.Ok(new { input = form, result = r }));
            })
            .RequireAuthorization(Permissions.ForecastsView)
            .WithName("ProjectLabourForce")
            .WithSummary("Labour force = Σ population × participation rate by sex and age, every 5 years to 2050, with labour demand and the implied gap (thousands); a saved scenario, else the latest one, else illustrative inputs.");

        forecasts.MapGet("/shortages", async (int? months, ListShortages handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(months ?? 12, ct)))
            .RequireAuthorization(Permissions.ForecastsView)
            .WithName("ListShortageOccupations").WithSummary("The ranked shortage occupation list with the evidence behind each entry.");

        forecasts.MapGet("/quotas", async (Guid? scenario, RecommendQuotas handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(scenario, ct)))
            .RequireAuthorization(Permissions.ForecastsView)
            .WithName("RecommendQuotas").WithSummary("Next year's recommended quota per ISIC section with its inputs: unmet demand, policy share, firm-ceiling room.");

        forecasts.MapPost("/quotas/copy-to-draft", async (CopyToDraftRequest? request, CopyQuotasToDraft handler, CancellationToken ct) =>
                (await handler.HandleAsync(request?.Scenario, ct)).ToApi(n => TypedResults.Ok(new { policySet = n, location = $"/api/v1/policy/{n}" })))
            .RequireAuthorization(Permissions.PolicyEdit)
            .WithName("CopyQuotasToDraft").WithSummary("Put the recommended quotas into QUOTA-ANNUAL of a draft policy set (the newest draft, or a new one); a second officer activates it.");

        api.MapGet("/statistics/corridors", async (string? country, int? top, ListCorridors handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(country, top ?? 10, ct)))
            .WithTags("Forecasts")
            .RequireAuthorization(Permissions.ForecastsView)
            .WithName("ListCorridors").WithSummary("Top origin and destination corridors of a country from the UN DESA migrant stock, with the registry's figures today.");
        return api;
    }
}
