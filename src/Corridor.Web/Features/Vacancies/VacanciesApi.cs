using Corridor.Web.Features.Jobs;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Vacancies;

public static class VacanciesApi
{
    public static RouteGroupBuilder MapVacanciesApi(this RouteGroupBuilder api)
    {
        var vacancies = api.MapGroup("/admission/vacancies").WithTags("Labour market test");

        vacancies.MapGet("/", async ([AsParameters] VacancyListQuery query, ListVacancies handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.VacanciesView)
            .WithName("ListVacancies").WithSummary("Vacancies the caller may see (an employer its own), one page at a time.");

        vacancies.MapGet("/{id:guid}", async (Guid id, GetVacancy handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.VacanciesView)
            .WithName("GetVacancy").WithSummary("A vacancy with its outcome, certificate, decisions and history; officers also get matching job seekers and the employer's records.");

        vacancies.MapPost("/", async (VacancyForm form, PostVacancy handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/admission/vacancies/{id}", new { id })))
            .RequireAuthorization(Permissions.VacanciesPost)
            .WithName("PostVacancy").WithSummary("Post a vacancy (an officer names the employer by registration number); advertising starts today.");

        vacancies.MapPut("/{id:guid}", async (Guid id, EditVacancyForm form, EditVacancy handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.VacanciesPost)
            .WithName("EditVacancy").WithSummary("Change a vacancy; a lower wage, another occupation or another number of posts restarts the advertising. A stale version gets 409.");

        vacancies.MapPost("/{id:guid}/outcome", async (Guid id, OutcomeForm form, RecordVacancyOutcome handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.VacanciesDecide)
            .WithName("RecordVacancyOutcome").WithSummary("Record nationals referred, interviewed and hired, and why the others were not.");

        vacancies.MapPost("/{id:guid}/certificate", async (Guid id, IssueCertificate handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.VacanciesDecide)
            .WithName("IssueLabourMarketCertificate").WithSummary("Decide the labour-market-test certificate: 200 with the stored decision, approved (with the certificate) or refused (with every rule's result).");

        vacancies.MapPost("/{id:guid}/withdraw", async (Guid id, VersionBody body, EndVacancy handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, withdraw: true, body.Version, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.VacanciesPost)
            .WithName("WithdrawVacancy").WithSummary("Withdraw a vacancy still under advertising; it leaves the job board. Final.");

        vacancies.MapPost("/{id:guid}/close", async (Guid id, VersionBody body, EndVacancy handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, withdraw: false, body.Version, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.VacanciesPost)
            .WithName("CloseVacancy").WithSummary("Close a vacancy whose hiring is over. Final.");

        api.MapGet("/jobs", async ([AsParameters] JobQuery query, ListJobs handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .AllowAnonymous().WithTags("Labour market test")
            .WithName("ListJobs").WithSummary("The public job board: vacancies under advertising. No sign-in.");
        return api;
    }
}

/// <summary>The version the caller read, for actions that carry no other fields.</summary>
public sealed record VersionBody(int Version);
