using Corridor.Domain.Protection;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Protection.Inspections;

public static class InspectionsApi
{
    public static RouteGroupBuilder MapInspectionsApi(this RouteGroupBuilder api)
    {
        var protection = api.MapGroup("/protection").WithTags("Inspections and watchlist");

        protection.MapGet("/risk", async ([AsParameters] RiskQuery query, ListRiskScores handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.RiskView)
            .WithName("ListRiskScores").WithSummary("Employers' risk scores, highest first, each with its breakdown per factor (INSP-RISK-WEIGHTS); an inspector sees the region of the account.");

        protection.MapPost("/risk/signals", async (RiskSignalForm form, RecordRiskSignal handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/protection/risk/signals/{id}", new { id })))
            .RequireAuthorization(Permissions.RiskSignalsRecord)
            .WithName("RecordRiskSignal").WithSummary("Feed a count of complaints or wage-protection alerts against an employer into the next risk computation.");

        protection.MapGet("/inspection-plan", async (Guid? regionId, InspectionPlan handler, CancellationToken ct) =>
                (await handler.HandleAsync(regionId, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.RiskView)
            .WithName("InspectionPlan").WithSummary("Per region, the top-N employers by risk score not inspected in the last M months (INSP-PLAN). 404 for a region outside the account's.");

        protection.MapGet("/inspections", async ([AsParameters] InspectionQuery query, ListInspections handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.InspectionsView)
            .WithName("ListInspections").WithSummary("Inspections the caller may see: an employer its own, an inspector those of the account's region.");

        protection.MapGet("/inspections/{id:guid}", async (Guid id, GetInspection handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.InspectionsView)
            .WithName("GetInspection").WithSummary("An inspection with its findings (violations with citations) and sanctions.");

        protection.MapPost("/inspections", async (PlanInspectionForm form, PlanInspection handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/protection/inspections/{r.Id}", r)))
            .RequireAuthorization(Permissions.InspectionsManage)
            .WithName("PlanInspection").WithSummary("Plan an inspection of an employer of the account's region; a follow-up names the earlier inspection.");

        protection.MapPost("/inspections/{id:guid}/report", async (Guid id, InspectionReportForm form, RecordInspection handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.InspectionsManage)
            .WithName("RecordInspection").WithSummary("Record the visit: findings, sanctions, follow-up date, and open findings of earlier inspections now remedied — one transaction. A wage-arrears finding opens the WageArrears employer flag; closing it closes the flag.");

        protection.MapGet("/violations", () => TypedResults.Ok(Violations.All))
            .RequireAuthorization(Permissions.InspectionsView)
            .WithName("ListViolations").WithSummary("The code list of violations with their citations.");

        protection.MapGet("/sanctions", async ([AsParameters] SanctionQuery query, ListSanctions handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.SanctionsView)
            .WithName("ListSanctions").WithSummary("Every sanction with the decision that caused it and internal notes (officers).");

        protection.MapPost("/sanctions", async (SanctionForm form, ImposeSanction handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/protection/sanctions/{id}", new { id })))
            .RequireAuthorization(Permissions.SanctionsManage)
            .WithName("ImposeSanction").WithSummary("Impose a warning, fine, debarment (permits or deployments, for N months) or referral on an employer or agency, citing the decision.");

        protection.MapGet("/watchlist", async ([AsParameters] WatchlistQuery query, PublicWatchlist handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .AllowAnonymous()
            .WithName("PublicWatchlist").WithSummary("The public watchlist: employers and agencies debarred now or later, with the period and the decision reference. No sign-in.");
        return api;
    }
}
