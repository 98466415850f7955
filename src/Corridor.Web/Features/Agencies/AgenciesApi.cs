using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Agencies;

public static class AgenciesApi
{
    private const string FormNotes =
        "country is ISO 3166-1 alpha-3; status is Applied, Licensed, Suspended, Cancelled or Expired; licenceValidUntil (yyyy-MM-dd) is required unless the status is Applied; orgUnitCode (optional) is a district or region code such as KZ-AST-01.";

    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        var agencies = api.MapGroup("/agencies").WithTags("Recruitment agencies");

        agencies.MapGet("/", async ([AsParameters] AgencyListQuery query, ListAgencies handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.AgenciesView)
            .WithName("ListAgencies").WithSummary("Search recruitment agencies (only those the caller may see), one page at a time.")
            .WithDescription("q matches the name or licence number; country is ISO 3166-1 alpha-3; status is a licence status.");

        agencies.MapGet("/{id:guid}", async (Guid id, GetAgency handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.AgenciesView)
            .WithName("GetAgency").WithSummary("A recruitment agency's record with its history.");

        agencies.MapPost("/", async (AgencyForm form, RegisterAgency handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/agencies/{id}", new { id })))
            .RequireAuthorization(Permissions.AgenciesManage)
            .WithName("RegisterAgency").WithSummary("Register a recruitment agency; returns the new id.").WithDescription(FormNotes);

        agencies.MapPut("/{id:guid}", async (Guid id, EditAgencyForm form, EditAgency handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.AgenciesManage)
            .WithName("EditAgency")
            .WithSummary("Correct an agency's record or set its licence status. Send the version you read; a stale version gets 409. The licence number cannot change.")
            .WithDescription(FormNotes);

        return api;
    }
}
