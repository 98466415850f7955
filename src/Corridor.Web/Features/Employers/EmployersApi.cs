using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Employers;

public static class EmployersApi
{
    private const string FormNotes =
        "orgUnitCode is the code of a district (or region) in the org-unit tree, e.g. KZ-AKM-01; isicSection and isicDivision are ISIC Rev.4 codes, the division within the section.";

    public static RouteGroupBuilder MapEmployersApi(this RouteGroupBuilder api)
    {
        var employers = api.MapGroup("/employers").WithTags("Employers");

        employers.MapGet("/", async ([AsParameters] EmployerListQuery query, ListEmployers handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.EmployersView)
            .WithName("ListEmployers").WithSummary("Search employers (only those the caller may see), one page at a time.")
            .WithDescription("q matches the name or registration number; orgUnit is a district or region code and includes everything below it.");

        employers.MapGet("/{id:guid}", async (Guid id, GetEmployer handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.EmployersView)
            .WithName("GetEmployer").WithSummary("An employer's record with its history.");

        employers.MapPost("/", async (EmployerForm form, RegisterEmployer handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/employers/{id}", new { id })))
            .RequireAuthorization(Permissions.EmployersManage)
            .WithName("RegisterEmployer").WithSummary("Register an employer; returns the new id.").WithDescription(FormNotes);

        employers.MapPut("/{id:guid}", async (Guid id, EditEmployerForm form, EditEmployer handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.EmployersManage)
            .WithName("EditEmployer")
            .WithSummary("Correct an employer's record. Send the version you read; a stale version gets 409. The registration number cannot change.")
            .WithDescription(FormNotes);

        return api;
    }
}
