using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.JobSeekers;

public static class JobSeekersApi
{
    private const string FormNotes =
        "nationalId is the 12-digit IIN starting with the date of birth (YYMMDD); occupationCode is ISCO-08; orgUnitCode is a district or region code such as KZ-AKM-01.";

    public static RouteGroupBuilder MapJobSeekersApi(this RouteGroupBuilder api)
    {
        var seekers = api.MapGroup("/jobseekers").WithTags("National job seekers");

        seekers.MapGet("/", async ([AsParameters] JobSeekerListQuery query, ListJobSeekers handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.JobSeekersView)
            .WithName("ListJobSeekers").WithSummary("Search national job seekers, one page at a time.")
            .WithDescription("q matches a name or the IIN; occupation is an ISCO-08 code (with the groups below it); orgUnit is a district or region code.");

        seekers.MapGet("/{id:guid}", async (Guid id, GetJobSeeker handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.JobSeekersView)
            .WithName("GetJobSeeker").WithSummary("A job seeker's record with its history.");

        seekers.MapPost("/", async (JobSeekerForm form, RegisterJobSeeker handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/jobseekers/{id}", new { id })))
            .RequireAuthorization(Permissions.JobSeekersManage)
            .WithName("RegisterJobSeeker").WithSummary("Register a national job seeker (status Active); returns the new id.").WithDescription(FormNotes);

        seekers.MapPut("/{id:guid}", async (Guid id, EditJobSeekerForm form, EditJobSeeker handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.JobSeekersManage)
            .WithName("EditJobSeeker")
            .WithSummary("Correct a job seeker's record or set the status (Active, Placed, Withdrawn). Send the version you read; a stale version gets 409. The IIN cannot change.")
            .WithDescription(FormNotes);

        return api;
    }
}
