using Corridor.Domain.Statistics;
using Corridor.Web.Features.Shared.Reports;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Statistics;

public static class StatisticsApi
{
    public const string SdmxContentType = "application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8";

    public static RouteGroupBuilder MapStatisticsApi(this RouteGroupBuilder api)
    {
        var stats = api.MapGroup("/statistics").WithTags("Statistics");

        stats.MapGet("/indicators", () => TypedResults.Ok(Indicators.All))
            .RequireAuthorization(Permissions.StatisticsView)
            .WithName("ListStatisticsIndicators").WithSummary("The indicators of the analytics tables with their description and 20th ICLS reference.");

        stats.MapGet("/data", async ([AsParameters] StatisticsFilter f, string? format, QueryStatistics handler, IConfiguration config, CancellationToken ct) =>
            {
                var outcome = await handler.RowsAsync(f, ct);
                if (!outcome.IsOk || format is null) return (IResult)outcome.ToApi(TypedResults.Ok);
                var name = $"{f.Indicator}-{f.Period}";
                if (format == "sdmx-csv")
                    return Results.File(QueryStatistics.ToSdmxCsv(outcome.Value!, RefArea(config)), SdmxContentType, name + ".sdmx.csv");
                if (ReportTable.IsDownloadFormat(format)) return QueryStatistics.RowsTable(name, outcome.Value!).DownloadResult(format);
                return TypedResults.Problem(statusCode: 400, title: "Unknown format", detail: "format is csv, xlsx or sdmx-csv.");
            })
            .RequireAuthorization(Permissions.StatisticsView)
            .WithName("GetStatisticsData").WithSummary("Rows of the analytics table for one indicator and period (default: the latest year), filtered by sex, citizenship, isic, isco, region, category; values below 5 are null for accounts outside the ministry. format=csv|xlsx|sdmx-csv downloads the same rows.");

        stats.MapGet("/rebuilds", async (Corridor.Data.CorridorDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.StatisticsRebuilds.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(20).ToListAsync(ct))
                    .Select(RebuildStatistics.Summary)))
            .RequireAuthorization(Permissions.StatisticsView)
            .WithName("ListStatisticsRebuilds").WithSummary("The last 20 rebuilds of the analytics tables, newest first, with progress.");

        stats.MapPost("/rebuilds", async (RebuildStatistics rebuild, StatisticsRebuildRunner runner, CurrentUser user, CancellationToken ct) =>
                (await rebuild.StartAsync(user.Name, ct)).ToApi(run =>
                {
                    runner.Start(run.Id);
                    return TypedResults.Accepted($"/api/v1/statistics/rebuilds", RebuildStatistics.Summary(run));
                }))
            .RequireAuthorization(Permissions.StatisticsRebuild)
            .WithName("StartStatisticsRebuild").WithSummary("Start a rebuild of the analytics tables in the background (409 while one runs); follow it on GET /rebuilds.");

        return api;
    }

    public static string RefArea(IConfiguration config) => config["Statistics:RefArea"] ?? "KAZ";
}
