using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web.Features.Recruitment.Orientation;

public static class OrientationApi
{
    public static RouteGroupBuilder MapOrientationApi(this RouteGroupBuilder api)
    {
        var o = api.MapGroup("/recruitment/orientation").WithTags("Pre-departure orientation");

        o.MapGet("/curricula", async (ListCurricula handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(Permissions.OrientationView)
            .WithName("ListOrientationCurricula").WithSummary("Every orientation curriculum with its destination, occupation group, audience, hours, topics, validity and minimum attendance.");

        o.MapPost("/curricula", async (CurriculumForm form, CreateCurriculum handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(c => TypedResults.Created($"/api/v1/recruitment/orientation/curricula/{c.Id}", c)))
            .RequireAuthorization(Permissions.OrientationManage)
            .WithName("CreateOrientationCurriculum").WithSummary("Set a curriculum; validity and minimum attendance default to policy rules ORIENT-VALIDITY and ORIENT-ATTENDANCE.");

        o.MapGet("/sessions", async ([AsParameters] SessionListQuery query, ListSessions handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.OrientationView)
            .WithName("ListOrientationSessions").WithSummary("Sessions soonest first, filtered by destination, occupation (curricula that fit it), language, dates and status.");

        o.MapPost("/sessions", async (SessionForm form, PlanSession handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(s => TypedResults.Created($"/api/v1/recruitment/orientation/sessions/{s.Id}", s)))
            .RequireAuthorization(Permissions.OrientationManage)
            .WithName("PlanOrientationSession").WithSummary("Plan a session of a curriculum: provider, venue or online, language, dates, seats.");

        o.MapGet("/sessions/{id:guid}", async (Guid id, GetSession handler, CancellationToken ct) => (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.OrientationView)
            .WithName("GetOrientationSession").WithSummary("A session with the roster the caller may see (officers all, an agency its workers, a worker themselves).");

        o.MapPost("/sessions/{id:guid}/held", async (Guid id, SessionChangeForm form, ChangeSession handler, CancellationToken ct) =>
                (await handler.HeldAsync(id, form.Version, ct)).ToApi(version => TypedResults.Ok(new VersionResult(id, version))))
            .RequireAuthorization(Permissions.OrientationManage)
            .WithName("MarkOrientationSessionHeld").WithSummary("Planned → Held, on or after the first day; attendance may then be recorded.");

        o.MapPost("/sessions/{id:guid}/cancel", async (Guid id, SessionChangeForm form, ChangeSession handler, CancellationToken ct) =>
                (await handler.CancelAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new VersionResult(id, version))))
            .RequireAuthorization(Permissions.OrientationManage)
            .WithName("CancelOrientationSession").WithSummary("Planned → Cancelled, with the reason.");

        o.MapGet("/sessions/{id:guid}/enrolments", async (Guid id, int? page, int? pageSize, ListEnrolments handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, null, page, pageSize, ct)))
            .RequireAuthorization(Permissions.OrientationView)
            .WithName("ListOrientationEnrolments").WithSummary("The session's enrolments the caller may see.");

        o.MapPost("/sessions/{id:guid}/enrolments", async (Guid id, EnrolForm form, EnrolWorker handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(e => TypedResults.Created($"/api/v1/recruitment/orientation/sessions/{id}/enrolments/{e.Id}", e)))
            .RequireAuthorization(Permissions.OrientationEnrol)
            .WithName("EnrolInOrientationSession").WithSummary("Enrol a worker (by workerId or workerNumber; a worker account may omit both). 404 for a worker the caller may not see; 409 when the session is full.");

        o.MapPost("/sessions/{id:guid}/attendance", async (Guid id, AttendanceForm form, RecordAttendance handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.OrientationManage)
            .WithName("RecordOrientationAttendance").WithSummary("Hours attended per enrolment of a held session; reaching the minimum issues the certificate. All entries or none.");

        o.MapGet("/certificates", async ([AsParameters] CertificateListQuery query, ListCertificates handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.OrientationView)
            .WithName("ListOrientationCertificates").WithSummary("Certificates the caller may see, newest first; the status is as the clock sees it.");

        o.MapGet("/certificates/{id:guid}", async (Guid id, GetCertificate handler, CancellationToken ct) => (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.OrientationView)
            .WithName("GetOrientationCertificate").WithSummary("A certificate the caller may see.");

        o.MapPost("/certificates/{id:guid}/revoke", async (Guid id, RevokeForm form, RevokeCertificate handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new VersionResult(id, version))))
            .RequireAuthorization(Permissions.OrientationManage)
            .WithName("RevokeOrientationCertificate").WithSummary("Revoke a certificate with the reason; it then clears no one.");

        o.MapGet("/certificates/check", async Task<Results<Ok<ClearanceAnswer>, ValidationProblem>> (Guid? workerId, string? destination, string? occupation, DateOnly? day,
                OrientationCertificates certificates, TimeProvider clock, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                if (workerId is null) errors["workerId"] = ["Give the worker."];
                if (string.IsNullOrWhiteSpace(destination)) errors["destination"] = ["Give the destination country."];
                if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
                var on = day ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                var answer = await certificates.ValidForAsync(workerId!.Value, destination!, occupation, on, ct);
                return TypedResults.Ok(new ClearanceAnswer(answer.Valid, answer.Result.ToString(), answer.Reason, answer.Certificate?.Number,
                    answer.Certificate?.ValidUntil));
            })
            .RequireAuthorization(Permissions.OrientationViewAll)
            .WithName("CheckOrientationCertificate").WithSummary("Deployment clearance's question: does the worker hold a valid certificate for this destination (and occupation) on the day? With the reason when not.");

        o.MapGet("/statistics", async (CountOrientation handler, CancellationToken ct) => (await handler.HandleAsync(ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.OrientationStatistics)
            .WithName("OrientationStatistics").WithSummary("Counts of sessions, enrolments and certificates, by sex and destination; no names.");

        api.MapGet("/verify/orientation/{code}", async (string code, VerifyOrientationCertificate handler, CancellationToken ct) =>
                (await handler.HandleAsync(code, "en", ct)).ToApi(TypedResults.Ok))
            .AllowAnonymous().WithTags("Pre-departure orientation")
            .WithName("VerifyOrientationCertificate").WithSummary("The public check behind the QR code: number, status, curriculum, destination, validity, worker initials. No sign-in.");
        return api;
    }
}

public sealed record VersionResult(Guid Id, int Version);

public sealed record ClearanceAnswer(bool Valid, string Result, string Reason, string? CertificateNumber, DateOnly? ValidUntil);
