using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Corridor.Data;
using Corridor.Data.Identity;
using Corridor.Domain.Audit;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Audit;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Corridor.Benchmarks;

/// <summary>
/// Seeding N migrant workers into a fresh database the way `corridor seed` does: the app's own host
/// (Program.BuildWebApp), the CLI's migration (CorridorDbContext.MigrateAsync + roles), then
/// DemoSeeder. Only DemoSeeder.SeedWorkersAsync is timed; the org units, employers and agencies it
/// refers to are seeded first, untimed. Afterwards the rows and the audit chain are checked.
/// </summary>
public static class SeedScenario
{
    private const int TailToCheck = 10_000;
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> RunAsync(SeedOptions o, CancellationToken ct)
    {
        var database = ScratchDatabase.Create(o.Provider);
        var loadBefore = LoadAverage();
        try
        {
            await using var app = Program.BuildWebApp(
            [
                "--contentRoot", AppContext.BaseDirectory,
                "--Database:Provider", o.Provider.ToString(),
                "--ConnectionStrings:Corridor", database.ConnectionString,
                "--Logging:LogLevel:Default", "Warning",
                // stdout carries only the JSON line.
                "--Logging:Console:LogToStandardErrorThreshold", "Trace",
                // Migrating a database that does not exist yet first fails to connect, by design.
                "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection", "Critical",
            ]);
            using var ef = new EfTimings();

            string version;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                // What `corridor migrate` does.
                var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
                await db.MigrateAsync(ct);
                await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<CorridorRole>>());
                version = await ServerVersionAsync(db, ct);
            }

            await using var work = app.Services.CreateAsyncScope();
            var sp = work.ServiceProvider;
            var seeder = sp.GetRequiredService<DemoSeeder>();
            var dbc = sp.GetRequiredService<CorridorDbContext>();
            var (employers, agencies) = await seeder.SeedWorkerContextAsync(new DemoSize(o.Employers, o.Workers, o.Agencies, 0), ct);
            var contextEvents = await dbc.AuditEvents.LongCountAsync(ct);
            dbc.ChangeTracker.Clear();

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var workingSetBefore = process.WorkingSet64;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            int[] gcBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            long heapPeak = GC.GetTotalMemory(false);
            var lastDecile = 0;
            var fraction = 0.0;

            Log($"{o.Provider} {o.Workers:N0} workers ({o.Commit} commit): seeding…");
            ef.Counting = true;
            var watch = Stopwatch.StartNew();
            try
            {
                await using var transaction = o.Commit == CommitMode.Whole ? await dbc.Database.BeginTransactionAsync(ct) : null;
                var seeded = await seeder.SeedWorkersAsync(o.Workers, employers, agencies, done =>
                {
                    // Sampled after each batch of 1000 (after ChangeTracker.Clear): what stays live.
                    heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(false));
                    fraction = done;
                    var decile = (int)(done * 10);
                    if (decile > lastDecile && decile < 10)
                    {
                        lastDecile = decile;
                        Log($"  {decile * 10}%  {watch.Elapsed.TotalSeconds:0.0} s  {done * o.Workers / watch.Elapsed.TotalSeconds:N0} rows/s");
                    }
                }, ct);
                if (seeded != o.Workers) throw new InvalidOperationException($"SeedWorkersAsync seeded {seeded} workers, not {o.Workers}");
                if (transaction is not null) await transaction.CommitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // Same shape as the progress lines, so scripts/bench can tell how far a stopped run got.
                Log($"  {(int)(fraction * 100)}%  {watch.Elapsed.TotalSeconds:0.0} s  {fraction * o.Workers / watch.Elapsed.TotalSeconds:N0} rows/s  (stopped at {fraction * o.Workers:N0} workers)");
                throw;
            }
            watch.Stop();
            ef.Counting = false;
            process.Refresh();
            var peakWorkingSet = process.PeakWorkingSet64;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            int[] gcs = [GC.CollectionCount(0) - gcBefore[0], GC.CollectionCount(1) - gcBefore[1], GC.CollectionCount(2) - gcBefore[2]];
            var loadAfter = LoadAverage();
            Log($"  done in {watch.Elapsed.TotalSeconds:0.0} s; verifying…");

            // Untimed checks: every worker stored, one audit event each, and the chain unbroken.
            dbc.ChangeTracker.Clear();
            var workers = await dbc.MigrantWorkers.LongCountAsync(ct);
            var auditEvents = await dbc.AuditEvents.LongCountAsync(ct);
            var workerEvents = await dbc.AuditEvents.LongCountAsync(e => e.EntityType == nameof(MigrantWorker) && e.Action == "created", ct);
            var lastSequence = await dbc.AuditEvents.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            var tail = await dbc.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).Take(TailToCheck).ToListAsync(ct);
            tail.Reverse();
            var problems = new List<string>();
            if (workers != o.Workers) problems.Add($"{workers} workers stored, not {o.Workers}");
            if (workerEvents != o.Workers) problems.Add($"{workerEvents} worker audit events, not {o.Workers}");
            if (auditEvents != contextEvents + o.Workers) problems.Add($"{auditEvents} audit events, expected {contextEvents} + {o.Workers}");
            if (lastSequence != auditEvents) problems.Add($"last sequence {lastSequence} but {auditEvents} events (a gap)");
            for (var i = 0; i < tail.Count; i++)
            {
                var e = tail[i];
                if (i > 0 && (e.Sequence != tail[i - 1].Sequence + 1 || e.PreviousHash != tail[i - 1].Hash))
                { problems.Add($"event #{e.Sequence} is not linked to #{tail[i - 1].Sequence}"); break; }
                if (e.ComputeHash() != e.Hash) { problems.Add($"event #{e.Sequence} does not match its hash"); break; }
            }
            bool? fullChain = null;
            if (o.VerifyFull)
            {
                var result = await sp.GetRequiredService<VerifyAuditChain>().HandleAsync(ct: ct);
                fullChain = result.Intact;
                if (!result.Intact) problems.Add(result.Describe());
            }
            foreach (var p in problems) Log($"  VERIFY FAILED: {p}");

            var hashMicros = HashMicrosPerEvent(tail);
            var seconds = watch.Elapsed.TotalSeconds;
            var report = new SeedReport(
                Provider: o.Provider.ToString().ToLowerInvariant(),
                Workers: o.Workers,
                Commit: o.Commit.ToString().ToLowerInvariant(),
                Seconds: Math.Round(seconds, 2),
                RowsPerSecond: Math.Round(o.Workers / seconds),
                PeakWorkingSetMB: Mb(peakWorkingSet),
                WorkingSetBeforeMB: Mb(workingSetBefore),
                ManagedHeapPeakMB: Mb(heapPeak),
                AllocatedMB: Mb(allocated),
                Gc: gcs,
                DbSeconds: Math.Round(ef.Database.TotalSeconds, 2),
                EfSaveChangesSeconds: Math.Round(ef.SaveChanges.TotalSeconds, 2),
                DetectChangesSeconds: Math.Round(ef.DetectChanges.TotalSeconds, 2),
                DbCommands: ef.Commands,
                AuditEvents: auditEvents,
                WorkerAuditEvents: workerEvents,
                HashMicrosPerEvent: Math.Round(hashMicros, 2),
                Verified: problems.Count == 0,
                FullChainVerified: fullChain,
                Employers: employers.Count,
                Agencies: agencies.Count,
                Database: version,
                Dotnet: RuntimeInformation.FrameworkDescription,
                EfCore: typeof(DbContext).Assembly.GetName().Version!.ToString(3),
                ServerGc: System.Runtime.GCSettings.IsServerGC,
                LoadAverage: [loadBefore, loadAfter]);
            Console.Out.WriteLine(JsonSerializer.Serialize(report, Json));
            if (o.Keep) Log($"  database kept: {database.ConnectionString}");
            return problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (!o.Keep) await database.DropAsync();
        }
    }

    /// <summary>SHA-256 of the canonical form, timed on stored events, to size the hash chain's share.</summary>
    private static double HashMicrosPerEvent(List<AuditEvent> events)
    {
        if (events.Count == 0) return 0;
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        do
        {
            foreach (var e in events) _ = e.ComputeHash();
            rounds++;
        } while (watch.ElapsedMilliseconds < 200);
        return watch.Elapsed.TotalMicroseconds / (rounds * (double)events.Count);
    }

    private static async Task<string> ServerVersionAsync(CorridorDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = db.Database.IsNpgsql() ? "SHOW server_version" : "SELECT sqlite_version()";
            var v = (string)(await command.ExecuteScalarAsync(ct))!;
            return (db.Database.IsNpgsql() ? "PostgreSQL " : "SQLite ") + v.Split(' ')[0];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static double Mb(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 1);

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    private static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");
}

public sealed record SeedReport(
    string Provider, int Workers, string Commit, double Seconds, double RowsPerSecond,
    double PeakWorkingSetMB, double WorkingSetBeforeMB, double ManagedHeapPeakMB, double AllocatedMB, int[] Gc,
    double DbSeconds, double EfSaveChangesSeconds, double DetectChangesSeconds, long DbCommands, long AuditEvents, long WorkerAuditEvents, double HashMicrosPerEvent,
    bool Verified, bool? FullChainVerified, int Employers, int Agencies,
    string Database, string Dotnet, string EfCore, bool ServerGc, string[] LoadAverage);

/// <summary>A throw-away database: a temporary SQLite file, or a uniquely named PostgreSQL database.</summary>
public sealed class ScratchDatabase
{
    private readonly DatabaseProvider _provider;
    private readonly string? _sqlitePath;

    private ScratchDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath)
    {
        _provider = provider;
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
    }

    public string ConnectionString { get; }

    public static ScratchDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"corridor-bench-{Guid.NewGuid():N}.db");
            return new(provider, $"Data Source={path}", path);
        }
        var server = Environment.GetEnvironmentVariable("CORRIDOR_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
            throw new ArgumentException("PostgreSQL needs CORRIDOR_TEST_POSTGRES (eval \"$(scripts/pg-start --env)\", or use scripts/bench)");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"corridor_bench_{Guid.NewGuid():N}" };
        return new(provider, builder.ConnectionString, null);
    }

    public async Task DropAsync()
    {
        try
        {
            if (_sqlitePath is not null)
            {
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_sqlitePath + suffix);
                return;
            }
            NpgsqlConnection.ClearAllPools();
            var options = new DbContextOptionsBuilder<CorridorDbContext>();
            options.UseCorridorProvider(_provider, ConnectionString);
            await using var db = new CorridorDbContext(options.Options);
            await db.Database.EnsureDeletedAsync();
        }
        catch (Exception e) when (e is IOException or NpgsqlException)
        {
            Console.Error.WriteLine($"[bench] could not remove the scratch database ({ConnectionString}): {e.Message}");
        }
    }
}
