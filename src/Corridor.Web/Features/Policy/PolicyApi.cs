using Microsoft.AspNetCore.Http.HttpResults;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Policy;

public static class PolicyApi
{
    /// <summary>Read-only: the rules are public (anyone may read active sets); changes go through the UI's maker-checker steps.</summary>
    public static RouteGroupBuilder MapPolicyApi(this RouteGroupBuilder api)
    {
        var policy = api.MapGroup("/policy").WithTags("Admission policy").AllowAnonymous();

        policy.MapGet("/", async (ListPolicySets handler, CancellationToken ct) =>
            {
                var (sets, inForce) = await handler.HandleAsync(ct);
                return TypedResults.Ok(new { inForce, items = sets });
            })
            .WithName("ListPolicySets").WithSummary("The policy set versions the caller may see (the public sees active ones), newest first.");

        policy.MapGet("/current", async (GetPolicySet handler, CancellationToken ct) =>
                (await handler.HandleAsync(null, ct)).ToApi(TypedResults.Ok))
            .WithName("GetCurrentPolicy").WithSummary("The policy set in force today, with every rule's values and citation.");

        policy.MapGet("/{number:int}", async (int number, GetPolicySet handler, CancellationToken ct) =>
                (await handler.HandleAsync(number, ct)).ToApi(TypedResults.Ok))
            .WithName("GetPolicySet").WithSummary("One policy set version with its rules, consultation and history.");

        return api;
    }
}
