using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Recruitment.Clearance;

public static class ClearanceApi
{
    public static RouteGroupBuilder MapClearanceApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/recruitment/clearances").WithTags("Deployment clearance");

        g.MapGet("/", async ([AsParameters] ClearanceListQuery query, ListClearances handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.ClearancesView)
            .WithName("ListDeploymentClearances").WithSummary("Clearances the caller may see (agency its own, worker their own, officers all), newest first; filter by status, destination, fastLane, workerId, agencyId.");

        g.MapGet("/{id:guid}", async (Guid id, GetClearance handler, CancellationToken ct) => (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.ClearancesView)
            .WithName("GetDeploymentClearance").WithSummary("A clearance with every requirement met or unmet and what was found.");

        g.MapPost("/", async (ClearanceRequestForm form, RequestClearance handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, false, ct)).ToApi(c => TypedResults.Created($"/api/v1/recruitment/clearances/{c.Id}", c)))
            .RequireAuthorization(Permissions.ClearancesRequest)
            .WithName("RequestDeploymentClearance").WithSummary("Check every requirement for a contract and store the decision: Issued (valid until the contract ends) or Refused with the unmet requirements. 409 when a clearance is already in force.");

        g.MapPost("/fast-lane", async (ClearanceRequestForm form, RequestClearance handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, true, ct)).ToApi(c => TypedResults.Created($"/api/v1/recruitment/clearances/{c.Id}", c)))
            .RequireAuthorization(Permissions.ClearancesFastLane)
            .WithName("RequestFastLaneClearance").WithSummary("Returning worker (Balik-Manggagawa): granted when an earlier clearance matches the employer and jobsite, without orientation; refused with the reason otherwise.");

        g.MapPost("/{id:guid}/revoke", async (Guid id, ClearanceRevokeForm form, RevokeClearance handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.ClearancesRevoke)
            .WithName("RevokeDeploymentClearance").WithSummary("Revoke an issued clearance with the reason; /verify/{code} then shows it not valid.");

        g.MapPost("/welfare-fund", async (WelfareFundForm form, RecordClearanceEvidence handler, CancellationToken ct) =>
                (await handler.WelfareAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/recruitment/clearances/welfare-fund/{r.Id}", r)))
            .RequireAuthorization(Permissions.ClearanceRecordsRecord)
            .WithName("RecordWelfareFundPayment").WithSummary("The welfare-fund contribution paid for a contract (WELFARE-CONTRIBUTION), with its receipt.");

        g.MapPost("/insurance", async (InsuranceForm form, RecordClearanceEvidence handler, CancellationToken ct) =>
                (await handler.InsuranceAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/recruitment/clearances/insurance/{r.Id}", r)))
            .RequireAuthorization(Permissions.ClearanceRecordsRecord)
            .WithName("RecordInsuranceCover").WithSummary("The worker's insurance for a contract: insurer, policy number, cover dates.");

        g.MapPost("/medical", async (MedicalForm form, RecordClearanceEvidence handler, CancellationToken ct) =>
                (await handler.MedicalAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/recruitment/clearances/medical/{r.Id}", r)))
            .RequireAuthorization(Permissions.ClearanceRecordsRecord)
            .WithName("RecordMedicalFitness").WithSummary("Fit or unfit, the date and the clinic — nothing else: any other field (diagnosis, HIV status) is refused with 400.");

        api.MapGet("/verify/clearance/{code}", async (string code, VerifyClearance handler, CancellationToken ct) =>
                (await handler.HandleAsync(code, ct)).ToApi(TypedResults.Ok))
            .AllowAnonymous().WithTags("Deployment clearance")
            .WithName("VerifyDeploymentClearance").WithSummary("The public check behind the pass's QR code: number, status, destination, employer, validity, worker initials. No sign-in.");
        return api;
    }
}
