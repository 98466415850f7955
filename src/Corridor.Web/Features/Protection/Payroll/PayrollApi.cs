using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web.Features.Protection.Payroll;

public static class PayrollApi
{
    public static RouteGroupBuilder MapPayrollApi(this RouteGroupBuilder api)
    {
        var payroll = api.MapGroup("/payroll").WithTags("Wage protection");

        payroll.MapPost("/files", async Task<Results<Created<PayrollImportResult>, BadRequest<PayrollImportResult>, ValidationProblem, ProblemHttpResult>> (
                HttpRequest request, SubmitPayroll handler, CancellationToken ct) =>
            {
                var (body, name) = await UploadedFile.ReadAsync(request, buffer: false, ct);
                var outcome = await handler.HandleAsync(body, name, ct);
                if (outcome.IsOk)
                {
                    var r = outcome.Value!;
                    return r.Stored ? TypedResults.Created($"/api/v1/payroll/files/{r.BatchId}", r) : TypedResults.BadRequest(r);
                }
                return outcome.ToApi(TypedResults.Ok).Result switch
                {
                    ValidationProblem v => v,
                    ProblemHttpResult p => p,
                    _ => TypedResults.Problem(statusCode: 500),
                };
            })
            .RequireAuthorization(Permissions.PayrollSubmit)
            .DisableAntiforgery()
            // A national month is one file: well past the default 30 MB request limit.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(4L << 30))
            .WithFormOptions(multipartBodyLengthLimit: 4L << 30)
            .Accepts<IFormFile>("multipart/form-data", "text/csv")
            .WithName("SubmitPayrollFile")
            .WithSummary("Submit a monthly payroll file (docs/payroll-file.md) as multipart field \"file\" or a text/csv body. Validated whole: 201 with the batch and its alert count, or 400 with the errors (line, column) and nothing stored. An employer may submit only its own lines.");

        payroll.MapGet("/files", async ([AsParameters] PayrollQuery q, ListPayrollBatches handler, CancellationToken ct) =>
                (await handler.HandleAsync(q, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PayrollView)
            .WithName("ListPayrollFiles").WithSummary("Stored payroll files, newest first (an employer sees those it submitted or that hold its lines).");

        payroll.MapGet("/files/{id:guid}", async (Guid id, GetPayrollBatch handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PayrollView)
            .WithName("GetPayrollFile").WithSummary("A stored payroll file: name, SHA-256, lines, alerts, submitter, policy set.");

        payroll.MapGet("/files/{id:guid}/alerts", async (Guid id, [AsParameters] PayrollQuery q, ListPayrollAlerts handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, q, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PayrollView)
            .WithName("ListPayrollAlerts").WithSummary("The reconciliation's alerts for a file, by line (an employer sees only its own).");

        payroll.MapGet("/compliance", async ([AsParameters] ComplianceQuery q, GetPayrollCompliance handler, CancellationToken ct) =>
                (await handler.HandleAsync(q, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PayrollView)
            .WithName("GetPayrollCompliance").WithSummary("An employer's compliance for a month (default: the latest month fallen due) with alerts by rule and the escalation steps taken.");

        payroll.MapGet("/compliance/by-sector", async (int? months, GetSectorCompliance handler, CancellationToken ct) =>
                (await handler.HandleAsync(months ?? GetSectorCompliance.DefaultMonths, ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PayrollViewAll)
            .WithName("GetPayrollComplianceBySector").WithSummary("Migrant workers paid in full and on time per sector (ISIC section) and month, for the last months (default 6, at most 24) whose wages have fallen due.");

        payroll.MapGet("/payslips", async (ListPayslips handler, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).ToApi(TypedResults.Ok))
            .RequireAuthorization(Permissions.PayslipsView)
            .WithName("ListMyPayslips").WithSummary("The signed-in worker's own payslips (the payroll lines filed for them).");

        return api;
    }
}
