using System.Diagnostics;
using System.Text.Json;
using Corridor.Data;
using Corridor.Data.Identity;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Statistics;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Benchmarks;

/// <summary>
/// The analytics rebuild over N workers and 5N events: N work-permit applications, N permits and 3N payroll lines
/// (three months per worker), bulk-inserted untimed with the payroll bench's generator (PayrollData). Then times
/// RebuildStatistics.RebuildNowAsync (read everything, compute, replace the table, one audit action) and one
/// dashboard query (QueryStatistics.DashboardAsync: stock for the latest year broken down by region, plus its series).
/// </summary>
public static class StatisticsScenario
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var provider = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() is "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var workers = int.Parse(args.SkipWhile(a => a != "--workers").Skip(1).FirstOrDefault() ?? "100000", System.Globalization.CultureInfo.InvariantCulture);
        var database = ScratchDatabase.Create(provider);
        try
        {
            await using var app = Program.BuildWebApp(
            [
                "--contentRoot", AppContext.BaseDirectory,
                "--Database:Provider", provider.ToString(),
                "--ConnectionStrings:Corridor", database.ConnectionString,
                "--Logging:LogLevel:Default", "Warning",
                "--Logging:Console:LogToStandardErrorThreshold", "Trace",
            ]);
            var seedWatch = Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
                await db.MigrateAsync(ct);
                await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<CorridorRole>>());
                Console.Error.WriteLine($"[bench] {provider} {workers:N0}: seeding workers, applications, permits and payroll lines (bulk)…");
                var (employers, _) = await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
                    .SeedWorkerContextAsync(new DemoSize(Math.Max(1, workers / 200), 0, 1, 0), ct);
                db.ChangeTracker.Clear();
                var data = await PayrollData.SeedAsync(db, workers, employers, ct);
                var batch = Guid.NewGuid();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await BulkRows.InsertAsync(db, Enumerable.Range(0, workers * 3).Select(k =>
                {
                    var i = k / 3;
                    return new PayrollLine
                    {
                        Id = Guid.CreateVersion7(), BatchId = batch, LineNumber = k + 2,
                        EmployerId = data.EmployerIds[PayrollData.EmployerOf(i, data.EmployerIds.Length)], WorkerId = data.WorkerIds[i],
                        OccupationCode = data.Occupations[data.OccupationOf(i)], Period = PayrollData.Period.AddMonths(-(k % 3)),
                        BasicWage = data.Wage[i], NetPaid = data.Wage[i], Currency = "KZT", PaymentDate = PayrollData.Period.AddMonths(1 - k % 3),
                        PaymentChannel = PaymentChannel.Bank,
                    };
                }), ct);
                await tx.CommitAsync(ct);
            }
            var seedSeconds = seedWatch.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"[bench]   seeded in {seedSeconds:0.0} s; rebuilding…");

            var watch = Stopwatch.StartNew();
            RebuildSummary summary;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var outcome = await scope.ServiceProvider.GetRequiredService<RebuildStatistics>().RebuildNowAsync("bench", ct);
                summary = outcome.Value ?? throw new InvalidOperationException(outcome.Message);
            }
            var rebuildSeconds = watch.Elapsed.TotalSeconds;
            if (summary.Status != Corridor.Domain.Statistics.RebuildStatus.Succeeded) throw new InvalidOperationException(summary.Error);

            var queryWatch = Stopwatch.StartNew();
            long? total;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var view = await scope.ServiceProvider.GetRequiredService<QueryStatistics>()
                    .DashboardAsync(new StatisticsFilter { Indicator = "PERMITS_ISSUED", By = "isco" }, ct);
                total = view.Value!.Total;
            }
            var querySeconds = queryWatch.Elapsed.TotalSeconds;
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                scenario = "statistics", provider = provider.ToString(), workers, events = workers * 5L, seedSeconds = Math.Round(seedSeconds, 1),
                rebuildSeconds = Math.Round(rebuildSeconds, 1), rows = summary.Rows, dashboardQuerySeconds = Math.Round(querySeconds, 3),
                permitsIssuedTotal = total, peakWorkingSetMb = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0),
                load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "",
            }));
            return 0;
        }
        finally
        {
            await database.DropAsync();
        }
    }
}
