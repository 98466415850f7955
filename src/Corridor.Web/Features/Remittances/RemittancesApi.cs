using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Remittances;

public static class RemittancesApi
{
    public static RouteGroupBuilder MapRemittancesApi(this RouteGroupBuilder api)
    {
        var remittances = api.MapGroup("/remittances").WithTags("Remittances");

        remittances.MapGet("/corridors", async (PublicRemittancePrices handler, CancellationToken ct) => TypedResults.Ok(await handler.CorridorsAsync(ct)))
            .AllowAnonymous()
            .WithName("ListRemittanceCorridors").WithSummary("Public: the corridors with collected prices (code SENDING-RECEIVING, e.g. KAZ-UZB), their latest quarter and the USD 200 equivalent in the sending currency.");

        remittances.MapGet("/prices", async (string? corridor, decimal? amount, PublicRemittancePrices handler, CancellationToken ct) =>
                (await handler.CompareAsync(corridor, amount, ct)).ToApi(TypedResults.Ok))
            .AllowAnonymous()
            .WithName("CompareRemittancePrices").WithSummary("Public: every provider of the corridor's latest quarter for an amount paid in the sending currency (fee included; default about USD 200), ranked by what the family receives.");

        remittances.MapGet("/catalogue", async ([AsParameters] CatalogueQuery q, string? table, string? format, RemittanceCatalogue handler,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var view = await handler.HandleAsync(q, ct);
                if (ReportTable.IsDownloadFormat(format))
                    return (table == "remittance-services" ? RemittanceCatalogue.ServiceTable(view, l) : RemittanceCatalogue.CorridorTable(view, l)).DownloadResult(format!);
                return TypedResults.Ok(view);
            })
            .RequireAuthorization(Permissions.RemittancesCatalogue)
            .WithName("GetRemittanceCatalogue").WithSummary("The catalogue of a quarter (default the latest): services with FX margin and total cost at USD 200 and 500, corridor averages, SmaRT, flags above 5 % and 3 %, and the global average over services. format=csv|xlsx with table=remittance-corridors|remittance-services.");

        remittances.MapPost("/prices", async (PriceForm form, EnterRemittancePrice handler, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToApi(s => TypedResults.Created($"/api/v1/remittances/catalogue?period={s.Period}", s)))
            .RequireAuthorization(Permissions.RemittancesManage)
            .WithName("EnterRemittancePrice").WithSummary("Enter one provider's price in a corridor for a quarter; 400 with every field error, nothing stored.");

        remittances.MapPost("/import", async Task<Results<Created<ImportResult>, BadRequest<ImportResult>, ValidationProblem, ProblemHttpResult>> (
                HttpRequest request, ImportRemittancePrices handler, CancellationToken ct) =>
            {
                var (body, name) = await UploadedFile.ReadAsync(request, buffer: true, ct);
                var outcome = await handler.HandleAsync(body, name, ct);
                if (outcome.IsOk) return outcome.Value!.Stored ? TypedResults.Created("/api/v1/remittances/catalogue", outcome.Value) : TypedResults.BadRequest(outcome.Value);
                return outcome.ToApi(TypedResults.Ok).Result switch
                {
                    ValidationProblem v => v,
                    ProblemHttpResult p => p,
                    _ => TypedResults.Problem(statusCode: 500),
                };
            })
            .RequireAuthorization(Permissions.RemittancesManage)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data", "text/csv")
            .WithName("ImportRemittancePrices").WithSummary("Import a CSV in the World Bank RPW column layout (multipart field \"file\" or a text/csv body). Checked whole: 201 with the number of prices, or 400 with every error (line, column) and nothing stored.");

        api.MapGroup("/statistics").WithTags("Statistics")
            .MapGet("/recruitment-costs", async (string? format, RecruitmentCostIndicatorReport handler, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var report = await handler.HandleAsync(ct);
                return ReportTable.IsDownloadFormat(format) ? RecruitmentCostIndicatorReport.Table(report, l).DownloadResult(format!) : TypedResults.Ok(report);
            })
            .RequireAuthorization(Permissions.RecruitmentCostStatistics)
            .WithName("GetRecruitmentCostIndicator").WithSummary("SDG 10.7.1 by corridor (citizenship × destination) and sex with n: mean of ratios over workers who paid (the SDG 10.7.1 value), over all workers, ratio of means, median, share who paid nothing; workers whose cost and earnings currencies differ are counted, not converted. format=csv|xlsx.");

        return api;
    }
}
