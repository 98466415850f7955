using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web.Features.Recruitment.Licensing;

public static class LicensingApi
{
    public static RouteGroupBuilder MapLicensingApi(this RouteGroupBuilder api)
    {
        var recruitment = api.MapGroup("/recruitment");
        var licences = recruitment.MapGroup("/licences").WithTags("Agency licensing");

        licences.MapGet("/{agencyId:guid}", async (Guid agencyId, GetLicence handler, CancellationToken ct) =>
                (await handler.HandleAsync(agencyId, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.LicensingView)
            .WithName("GetLicence").WithSummary("An agency's licence: status with its date, reason category and note, deployment standing, applications with every requirement checked and cited. An agency sees only its own.");

        licences.MapPost("/{agencyId:guid}/applications", async (Guid agencyId, LicenceApplicationForm form, FileLicenceApplication handler, CancellationToken ct) =>
                (await handler.HandleAsync(agencyId, form, ct)).ToApi(r => TypedResults.Created($"/api/v1/recruitment/licences/{agencyId}", r)))
            .RequireAuthorization(Permissions.LicensingManage)
            .WithName("FileLicenceApplication")
            .WithSummary("File a licence application (kind New for an agency registered as Applied, Renewal for a licence in force): 201 with qualified and one result per rule (AGENCY-CAPITAL, AGENCY-ESCROW, AGENCY-BOND, AGENCY-CLEARANCE, AGENCY-DISQUALIFIED) with its citation.")
            .WithDescription("Amounts in national currency; officers: [{fullName, identityDocument, position, policeClearanceDate (yyyy-MM-dd)}]. An officer of an agency whose licence was cancelled fails AGENCY-DISQUALIFIED, naming that agency.");

        licences.MapPost("/{agencyId:guid}/{change:regex(^(grant|suspend|lift-suspension|cancel|renew)$)}",
                async (Guid agencyId, string change, LicenceChangeForm form, ChangeLicence handler, CancellationToken ct) =>
                (await handler.HandleAsync(agencyId, ChangeLicence.FromSlug(change)!.Value, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.LicensingManage)
            .WithName("ChangeLicence")
            .WithSummary("A licensing decision: grant (Applied → Licensed, needs a qualified New application), suspend, lift-suspension, cancel, renew (within the renewal window, needs a qualified Renewal application). Body {category, reason, version}; reason always, category to suspend or cancel. 409 when the status does not allow it or the version is stale.");

        licences.MapGet("/{agencyId:guid}/standing", async (Guid agencyId, LicensingAccess access, AgencyStanding standing,
                TimeProvider clock, CancellationToken ct) =>
                await access.CanSeeLicensingAsync(agencyId, ct) && await standing.ForAsync(agencyId, clock.Today(), ct) is { } s
                    ? (Results<Ok<DeploymentStanding>, NotFound>)TypedResults.Ok(s) : TypedResults.NotFound())
            .RequireAuthorization(Permissions.LicensingView)
            .WithName("GetAgencyStanding").WithSummary("May the agency deploy workers today? Licence in force and not suspended, escrow at or above the required deposit; reasons when not.");

        var escrow = recruitment.MapGroup("/escrow").WithTags("Agency escrow");
        escrow.MapGet("/{agencyId:guid}", async (Guid agencyId, GetEscrowLedger handler, CancellationToken ct) =>
                (await handler.HandleAsync(agencyId, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.LicensingView)
            .WithName("GetEscrowLedger").WithSummary("An agency's escrow ledger, balance, required deposit (AGENCY-ESCROW) and top-up due. An agency sees only its own.");
        escrow.MapPost("/{agencyId:guid}/entries", async (Guid agencyId, EscrowEntryForm form, RecordEscrowEntry handler, CancellationToken ct) =>
                (await handler.HandleAsync(agencyId, form, ct)).ToApi(r => TypedResults.Created($"/api/v1/recruitment/escrow/{agencyId}", r)))
            .RequireAuthorization(Permissions.LicensingManage)
            .WithName("RecordEscrowEntry")
            .WithSummary("Record a Deposit, TopUp or ClaimPaid (a claim needs workerNumber and reference: a violation case number V-… of this agency or a decision reference; it cannot exceed the balance). Returns the new balance and standing.");

        var employers = recruitment.MapGroup("/foreign-employers").WithTags("Foreign employers");
        employers.MapGet("/", async ([AsParameters] ForeignEmployerQuery query, ForeignEmployers handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(query, ct)))
            .RequireAuthorization(Permissions.ForeignEmployersView)
            .WithName("ListForeignEmployers").WithSummary("Foreign employers, searchable by name and accreditation status (Applied, Accredited, Expired, Revoked), one page at a time.");
        employers.MapGet("/{id:guid}", async (Guid id, ForeignEmployers handler, CancellationToken ct) =>
                (await handler.GetAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.ForeignEmployersView)
            .WithName("GetForeignEmployer").WithSummary("A foreign employer with its documents checklist, accreditation and history.");
        employers.MapPost("/", async (ForeignEmployerForm form, ForeignEmployers handler, CancellationToken ct) =>
                (await handler.RegisterAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/recruitment/foreign-employers/{id}", new { id })))
            .RequireAuthorization(Permissions.ForeignEmployersManage)
            .WithName("RegisterForeignEmployer").WithSummary("Register a foreign employer (name, country ISO 3166-1 alpha-3, address, sector ISIC section); it starts as Applied.");
        employers.MapPost("/{id:guid}/documents", async (Guid id, EmployerDocumentForm form, ForeignEmployers handler, CancellationToken ct) =>
                (await handler.RecordDocumentAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.ForeignEmployersManage)
            .WithName("RecordEmployerDocument").WithSummary("Tick a checklist document (BusinessRegistration, ManpowerRequest, RecruitmentAgreement, MasterEmploymentContract, AffidavitOfUndertaking) received or not, with the date.");
        employers.MapPost("/{id:guid}/accredit", async (Guid id, AccreditationForm form, ForeignEmployers handler, CancellationToken ct) =>
                (await handler.AccreditAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.ForeignEmployersAccredit)
            .WithName("AccreditForeignEmployer").WithSummary("The labour attaché (or the regulator) accredits after inspection: inspectionNote, inspectedOn, accreditedUntil. Every document must be received first (409 otherwise).");
        employers.MapPost("/{id:guid}/revoke", async (Guid id, RevocationForm form, ForeignEmployers handler, CancellationToken ct) =>
                (await handler.RevokeAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.ForeignEmployersAccredit)
            .WithName("RevokeForeignEmployer").WithSummary("Revoke an accreditation, with the reason.");

        var orders = recruitment.MapGroup("/job-orders").WithTags("Job orders");
        orders.MapGet("/", async ([AsParameters] JobOrderQuery query, JobOrders handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(query, ct)))
            .RequireAuthorization(Permissions.JobOrdersView)
            .WithName("ListJobOrders").WithSummary("Job orders the caller may see (an agency only its own), one page at a time.");
        orders.MapGet("/{id:guid}", async (Guid id, JobOrders handler, CancellationToken ct) =>
                (await handler.GetAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.JobOrdersView)
            .WithName("GetJobOrder").WithSummary("A job order; another agency's is 404.");
        orders.MapPost("/", async (JobOrderForm form, JobOrders handler, CancellationToken ct) =>
                (await handler.CreateAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/recruitment/job-orders/{id}", new { id })))
            .RequireAuthorization(Permissions.JobOrdersCreate)
            .WithName("CreateJobOrder").WithSummary("Draft a job order: foreignEmployerId, occupation (ISCO-08), positions, monthlyWage, currency (ISO 4217), hoursPerWeek, jobsite, destinationCountry, validUntil; agencyId only for the regulator (an agency always creates for itself).");
        orders.MapPost("/{id:guid}/verify", async (Guid id, JobOrderDecisionForm form, JobOrders handler, CancellationToken ct) =>
                (await handler.VerifyAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.JobOrdersVerify)
            .WithName("VerifyJobOrder").WithSummary("Verify a draft job order; 409 unless its foreign employer is accredited today.");
        orders.MapPost("/{id:guid}/reject", async (Guid id, JobOrderDecisionForm form, JobOrders handler, CancellationToken ct) =>
                (await handler.RejectAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.JobOrdersVerify)
            .WithName("RejectJobOrder").WithSummary("Reject a draft job order; the note (reason) is required.");

        api.MapGet("/recruitment/agencies/register", async ([AsParameters] PublicRegisterQuery query, SearchPublicRegister handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .AllowAnonymous().RequireRateLimiting(AuthSetup.PublicFormRateLimit).WithTags("Agency licensing")
            .WithName("PublicAgencyRegister")
            .WithSummary("The public register (no sign-in): licensed agencies with validity, suspended, cancelled and expired ones with the date and reason category; never internal notes. q matches name or licence number; status filters; paged (at most 100).");
        return api;
    }
}

/// <summary>Whether the caller may see an agency's licensing records (an agency only its own).</summary>
public sealed class LicensingAccess(Corridor.Data.CorridorDbContext db, CurrentUser user)
{
    public Task<bool> CanSeeLicensingAsync(Guid agencyId, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.RecruitmentAgencies.LicensingVisibleTo(user), a => a.Id == agencyId, ct);
}
