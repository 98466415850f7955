using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Recruitment.Fees;

public static class RecruitmentFeesApi
{
    public static RouteGroupBuilder MapRecruitmentFeesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recruitment").WithTags("Recruitment fees");

        group.MapGet("/costs", async ([AsParameters] CostListQuery query, ListRecruitmentCosts handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.RecruitmentCostsView)
            .WithName("ListRecruitmentCosts").WithSummary("Recruitment costs the caller may see: an agency its own receipts, a worker everything about them, the regulator all.");

        group.MapPost("/costs", async (CostForm form, RecordRecruitmentCost handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/recruitment/costs/{r.Id}", r)))
            .RequireAuthorization(Permissions.RecruitmentCostsRecord)
            .WithName("RecordRecruitmentCost").WithSummary("An agency records an amount taken from one of its workers, with the receipt. 201 with the cap applied and what the check found; a violation opens (or adds to) a case against the agency.");

        group.MapPost("/costs/declarations", async (DeclarationForm form, DeclareRecruitmentCost handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/recruitment/costs/{r.Id}", r)))
            .RequireAuthorization(Permissions.RecruitmentCostsDeclare)
            .WithName("DeclareRecruitmentCost").WithSummary("A worker declares what they actually paid; checked against the cap like a receipt.");

        group.MapGet("/costs/workers/{workerId:guid}", async (Guid workerId, GetWorkerCosts handler, CancellationToken ct) =>
                (await handler.HandleAsync(workerId, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.RecruitmentCostsView)
            .WithName("GetWorkerRecruitmentCosts").WithSummary("A worker's costs per agency and category, receipts beside declarations, with first-month earnings (the worker and the regulator only).");

        group.MapGet("/earnings", async (Guid? workerId, int? page, int? pageSize, ListFirstMonthEarnings handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(workerId, page, pageSize, ct)))
            .RequireAuthorization(Permissions.RecruitmentCostsView)
            .WithName("ListFirstMonthEarnings").WithSummary("First-month earnings the caller may see.");

        group.MapPost("/earnings", async (EarningsForm form, RecordFirstMonthEarnings handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(r => TypedResults.Created($"/api/v1/recruitment/earnings/{r.Id}", r)))
            .RequireAuthorization(Permissions.RecruitmentCostsView)
            .WithName("RecordFirstMonthEarnings").WithSummary("First-month earnings of a worker (agency: its own workers; worker: themself), for SDG 10.7.1.");

        group.MapGet("/cases", async ([AsParameters] CaseListQuery query, ListViolationCases handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.ViolationCasesView)
            .WithName("ListViolationCases").WithSummary("Violation cases the caller may see, filtered by kind, status and agency.");

        group.MapGet("/cases/{id:guid}", async (Guid id, GetViolationCase handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.ViolationCasesView)
            .WithName("GetViolationCase").WithSummary("A case with its finding and the records that triggered it; an agency never sees a declaring worker's identity.");

        group.MapPost("/cases/{id:guid}/close", async (Guid id, CloseCaseForm form, CloseViolationCase handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.ViolationCasesClose)
            .WithName("CloseViolationCase").WithSummary("The regulator closes a case with its outcome.");

        group.MapGet("/fee-caps", async (ListFeeCapExceptions handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(Permissions.RecruitmentCostsViewAll)
            .WithName("ListFeeCapExceptions").WithSummary("The dated table of exceptions to the employer-pays default.");

        group.MapPost("/fee-caps", async (FeeCapExceptionForm form, AddFeeCapException handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(id => TypedResults.Created($"/api/v1/recruitment/fee-caps/{id}", new { id })))
            .RequireAuthorization(Permissions.FeeCapsManage)
            .WithName("AddFeeCapException").WithSummary("Add an exception: destination × ISCO prefix → cap in months of basic wage, with dates and citation.");
        group.MapPost("/fee-caps/{id:guid}/end", async (Guid id, EndFeeCapExceptionForm form, EndFeeCapException handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToApi(version => TypedResults.Ok(new { id, version })))
            .RequireAuthorization(Permissions.FeeCapsManage)
            .WithName("EndFeeCapException").WithSummary("End an exception after its last day in force; amounts already checked keep their cap.");
        return api;
    }
}
