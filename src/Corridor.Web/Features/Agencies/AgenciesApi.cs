using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Agencies;

public static class AgenciesApi
{
    private const string FormNotes =
        "country is ISO 3166-1 alpha-3; orgUnitCode (optional) is a district or region code such as KZ-AST-01.";
    private const string RegisterNotes = FormNotes +
        " status is Applied (a new agency; the licence is granted through /api/v1/recruitment/licences) or Licensed (a record of a licence granted before, with licenceValidUntil yyyy-MM-dd and the reason).";

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

        agencies.MapPost("/", async (RegisterAgencyForm form, RegisterAgency handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/agencies/{id}", new { id })))
            .RequireAuthorization(Permissions.AgenciesManage)
            .WithName("RegisterAgency").WithSummary("Register a recruitment agency; returns the new id.").WithDescription(RegisterNotes);

        agencies.MapPut("/{id:guid}", async (Guid id, EditAgencyForm form, EditAgency handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.AgenciesManage)
            .WithName("EditAgency")
            .WithSummary("Correct an agency's particulars. Send the version you read; a stale version gets 409. The licence number cannot change; the licence status changes only through the licensing transitions.")
            .WithDescription(FormNotes);

        return api;
    }
}
