using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Contracts;

public sealed record ContractVersionBody(int Version);

public static class ContractsApi
{
    public static RouteGroupBuilder MapContractsApi(this RouteGroupBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Employment contracts");

        contracts.MapGet("/", async ([AsParameters] ContractListQuery query, ListContracts handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.ContractsView)
            .WithName("ListContracts").WithSummary("Contracts the caller may see (an agency or employer those it drafted, a worker their own), newest first.");

        contracts.MapGet("/{id:guid}", async (Guid id, GetContract handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.ContractsView)
            .WithName("GetContract").WithSummary("A contract with its terms, stored standards check, versions and the field-by-field difference from the version before.");

        contracts.MapGet("/{id:guid}/document", async (Guid id, string? lang, GetContract handler, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(c => TypedResults.Ok(ContractText.Render(c, l, lang ?? c.Terms.WorkerLanguage))))
            .RequireAuthorization(Permissions.ContractsView)
            .WithName("GetContractDocument").WithSummary("The readable contract in English or Russian (default: the language the worker reads), clause by clause, with the check's findings.");

        contracts.MapPost("/", async (ContractForm form, DraftContract handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/contracts/{r.Id}", r)))
            .RequireAuthorization(Permissions.ContractsDraft)
            .WithName("DraftContract").WithSummary("An agency drafts a contract for one of its workers, or a national employer for one of its own: 201 with the draft.");

        contracts.MapPut("/{id:guid}", async (Guid id, ContractForm form, ChangeContract handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.ContractsDraft)
            .WithName("ChangeContract").WithSummary("Change a draft or a returned contract (send its version); a returned one goes back to draft.");

        contracts.MapPost("/{id:guid}/submit", async (Guid id, ContractVersionBody body, SubmitContract handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, body.Version, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.ContractsDraft)
            .WithName("SubmitContract").WithSummary("Run and store the standards check and send the contract for review; an amendment is compared with the version it amends.");

        contracts.MapPost("/{id:guid}/review", async (Guid id, ReviewContractForm form, ReviewContract handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.ContractsReview)
            .WithName("ReviewContract").WithSummary("Approve (only with no failing mandatory finding) or return with what must be fixed.");

        contracts.MapPost("/{id:guid}/sign", async (Guid id, SignContractForm form, SignContract handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.ContractsView)
            .WithName("SignContract").WithSummary("The worker accepts their approved contract (Portal), or the regulator records a paper signature (Paper).");

        contracts.MapPost("/{id:guid}/destination-copy", async (Guid id, ContractForm form, RegisterDestinationCopy handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(r => TypedResults.Created($"/api/v1/contracts/{r.Id}", r)))
            .RequireAuthorization(Permissions.ContractsRegister)
            .WithName("RegisterDestinationCopy").WithSummary("Register the contract as it stands at destination: 201 with the field-by-field changes; a worse term opens a substitution case.");

        contracts.MapPost("/{id:guid}/amendments", async (Guid id, ContractForm form, AmendContract handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(r => TypedResults.Created($"/api/v1/contracts/{r.Id}", r)))
            .RequireAuthorization(Permissions.ContractsDraft)
            .WithName("AmendContract").WithSummary("Start an amendment of the latest approved, signed or registered version: 201 with the new draft version.");

        contracts.MapGet("/wages", async (WageBenchmarks handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(ct)))
            .RequireAuthorization(Permissions.ContractsView)
            .WithName("ListWageBenchmarks").WithSummary("The dated minimum wages and nationals' wages contracts are checked against.");

        contracts.MapPost("/wages", async (WageBenchmarkForm form, WageBenchmarks handler, CancellationToken ct) =>
                (await handler.AddAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/contracts/wages/{id}", new { id })))
            .RequireAuthorization(Permissions.ContractsReview)
            .WithName("RecordWageBenchmark").WithSummary("The regulator records a minimum wage (no occupation) or nationals' wage for an occupation, with its source and effective date.");
        return api;
    }
}
