using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Corridor.Data;
using Corridor.Data.Identity;
using Corridor.Domain.Policy;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Protection.Payroll;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Benchmarks;

public sealed record PayrollOptions(DatabaseProvider Provider, int Lines, int? Employers = null, bool SkipDuckDb = false, bool Keep = false)
{
    public static PayrollOptions Parse(string[] args)
    {
        DatabaseProvider? provider = null;
        int? lines = null;
        var o = new PayrollOptions(DatabaseProvider.Sqlite, 0);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--provider":
                    var p = Value();
                    provider = p.ToLowerInvariant() switch
                    {
                        "sqlite" => DatabaseProvider.Sqlite,
                        "postgres" or "postgresql" => DatabaseProvider.Postgres,
                        _ => throw new ArgumentException($"unknown provider '{p}' (sqlite|postgres)"),
                    };
                    break;
                case "--lines": lines = Count(args[i], Value()); break;
                case "--employers": o = o with { Employers = Count(args[i], Value()) }; break;
                case "--no-duckdb": o = o with { SkipDuckDb = true }; break;
                case "--keep": o = o with { Keep = true }; break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }
        if (provider is null) throw new ArgumentException("--provider is required");
        if (lines is null) throw new ArgumentException("--lines is required");
        return o with { Provider = provider.Value, Lines = lines.Value };
    }

    private static int Count(string name, string value) =>
        int.TryParse(value.Replace("_", ""), out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive number, not '{value}'");
}

/// <summary>
/// The national payroll month (issue 5): seed N migrant workers with active permits at ~N/200 employers into a
/// fresh database (untimed), write the payroll CSV and the terms CSV (untimed), then time
/// (1) Corridor: PayrollImport.ImportAsync over the CSV file, end to end from the file to stored alerts, and
/// (2) the DuckDB peer: one SQL statement from the same CSV files to a stored alerts table.
/// Peak memory: the kernel's peak resident set (VmHWM) is reset just before each side, so each figure is that side's
/// peak (DuckDB's includes the idle .NET process it runs in). Prints one JSON line.
/// </summary>
public static class PayrollScenario
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> RunAsync(PayrollOptions o, CancellationToken ct)
    {
        var database = ScratchDatabase.Create(o.Provider);
        var dir = Directory.CreateTempSubdirectory("corridor-payroll-bench-").FullName;
        var loadBefore = LoadAverage();
        try
        {
            await using var app = Program.BuildWebApp(
            [
                "--contentRoot", AppContext.BaseDirectory,
                "--Database:Provider", o.Provider.ToString(),
                "--ConnectionStrings:Corridor", database.ConnectionString,
                "--Logging:LogLevel:Default", "Warning",
                "--Logging:Console:LogToStandardErrorThreshold", "Trace",
                "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection", "Critical",
            ]);

            // ---- untimed: register and files ----
            var seedWatch = Stopwatch.StartNew();
            PayrollData data;
            string version;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
                await db.MigrateAsync(ct);
                await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<CorridorRole>>());
                version = await ServerVersionAsync(db, ct);
                var employersWanted = o.Employers ?? Math.Max(1, o.Lines / 200);
                Log($"{o.Provider} {o.Lines:N0}: seeding {employersWanted:N0} employers (DemoSeeder) and {o.Lines:N0} workers with active permits (bulk)…");
                var (employers, _) = await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
                    .SeedWorkerContextAsync(new DemoSize(employersWanted, 0, 1, 0), ct);
                db.ChangeTracker.Clear();
                data = await PayrollData.SeedAsync(db, o.Lines, employers, ct);
            }
            var seedSeconds = seedWatch.Elapsed.TotalSeconds;
            var payroll = Path.Combine(dir, "payroll.csv");
            var terms = Path.Combine(dir, "terms.csv");
            var genWatch = Stopwatch.StartNew();
            var lines = data.WritePayroll(payroll);
            data.WriteTerms(terms);
            var generateSeconds = genWatch.Elapsed.TotalSeconds;
            var csvMb = Mb(new FileInfo(payroll).Length);
            Log($"  seeded in {seedSeconds:0.0} s; payroll.csv {lines:N0} lines, {csvMb:N0} MB, written in {generateSeconds:0.0} s");
            var policy = WagePolicy.From(PolicyRules.Defaults());
            data = null!; // the generator's arrays are not the import's memory

            // ---- timed: Corridor ----
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            ResetPeak();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            int[] gcBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            using var sampler = new PeakSampler();
            var postgres = o.Provider == DatabaseProvider.Postgres;
            var cpuBefore = CpuSeconds(postgres);
            Log($"  Corridor: PayrollImport.ImportAsync…");
            PayrollImportResult result;
            var watch = Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var import = scope.ServiceProvider.GetRequiredService<PayrollImport>();
                import.ProgressEvery = Math.Max(10_000, lines / 10 / 10_000 * 10_000);
                var started = watch.Elapsed;
                import.Progress = new SyncProgress(p => Log($"    {p.Phase} {p.Lines:N0}  {watch.Elapsed.TotalSeconds:0.0} s"));
                await using var file = new FileStream(payroll, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                result = await import.ImportAsync(file, "payroll.csv", PayrollSubmitter.Officer("bench@corridor"), ct);
            }
            watch.Stop();
            var cpuAfter = CpuSeconds(postgres);
            var peakWorkingSet = PeakResident();
            var heapPeak = sampler.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            int[] gcs = [GC.CollectionCount(0) - gcBefore[0], GC.CollectionCount(1) - gcBefore[1], GC.CollectionCount(2) - gcBefore[2]];
            foreach (var e in result.Errors.Take(10)) Log($"    ERROR line {e.Line} col {e.Column} {e.Field}: {e.Message}");
            Log($"  Corridor: {(result.Stored ? "stored" : "NOT stored")} {result.Lines:N0} lines, {result.Alerts:N0} alerts in {watch.Elapsed.TotalSeconds:0.0} s " +
                $"(validate {result.ValidateTime.TotalSeconds:0.0}, store {result.StoreTime.TotalSeconds:0.0}, reconcile {result.ReconcileTime.TotalSeconds:0.0}); peak {Mb(peakWorkingSet):N0} MB");

            // Untimed: what Corridor stored.
            var corridorByRule = new Dictionary<string, long>();
            long storedLines = 0;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
                if (result.BatchId is { } batch)
                {
                    storedLines = await db.PayrollLines.LongCountAsync(l => l.BatchId == batch, ct);
                    foreach (var g in await db.PayrollAlerts.Where(a => a.BatchId == batch).GroupBy(a => a.RuleId)
                                 .Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct))
                        corridorByRule[g.Key] = g.Count;
                }
            }

            // ---- timed: DuckDB ----
            DuckDbPeer.Result? duck = null, duckLines = null;
            double? duckPeak = null, duckLinesPeak = null, duckCpuSeconds = null;
            if (!o.SkipDuckDb)
            {
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                ResetPeak();
                Log($"  DuckDB: one SQL statement from the CSV files to a stored alerts table…");
                var duckCpu = CpuSeconds(false).Self;
                duck = DuckDbPeer.Run(payroll, terms, Path.Combine(dir, "peer.duckdb"), policy);
                duckCpuSeconds = CpuSeconds(false).Self - duckCpu;
                duckPeak = Mb(PeakResident());
                Log($"  DuckDB: {duck.Alerts:N0} alerts in {duck.Seconds:0.0} s; peak {duckPeak:N0} MB ({duck.Version})");

                // The same peer storing the lines too (Corridor stores every line): a fairer comparison, reported beside it.
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                ResetPeak();
                Log($"  DuckDB storing the lines: CREATE TABLE lines AS SELECT * FROM read_csv(…), then the alerts statement over that table…");
                duckLines = DuckDbPeer.Run(payroll, terms, Path.Combine(dir, "peer-lines.duckdb"), policy, storeLines: true);
                duckLinesPeak = Mb(PeakResident());
                Log($"  DuckDB storing the lines: {duckLines.Alerts:N0} alerts in {duckLines.Seconds:0.0} s; peak {duckLinesPeak:N0} MB");
            }

            var corridorAlerts = corridorByRule.Values.Sum();
            var rules = corridorByRule.Keys.Union(duck?.ByRule.Keys ?? Enumerable.Empty<string>()).Order(StringComparer.Ordinal).ToList();
            var mismatches = duck is null ? [] : rules
                .Where(r => corridorByRule.GetValueOrDefault(r) != duck.ByRule.GetValueOrDefault(r))
                .Select(r => $"{r}: Corridor {corridorByRule.GetValueOrDefault(r)}, DuckDB {duck.ByRule.GetValueOrDefault(r)}").ToList();
            foreach (var m in mismatches) Log($"  ALERT COUNT MISMATCH {m}");

            var seconds = watch.Elapsed.TotalSeconds;
            var report = new PayrollReport(
                Provider: o.Provider.ToString().ToLowerInvariant(),
                Lines: lines,
                Workers: o.Lines,
                Employers: o.Employers ?? Math.Max(1, o.Lines / 200),
                CsvMB: csvMb,
                Stored: result.Stored,
                StoredLines: storedLines,
                Errors: result.ErrorCount,
                Seconds: Math.Round(seconds, 2),
                LinesPerSecond: Math.Round(lines / seconds),
                ValidateSeconds: Math.Round(result.ValidateTime.TotalSeconds, 2),
                StoreSeconds: Math.Round(result.StoreTime.TotalSeconds, 2),
                ReconcileSeconds: Math.Round(result.ReconcileTime.TotalSeconds, 2),
                PeakWorkingSetMB: Mb(peakWorkingSet),
                ManagedHeapPeakMB: Mb(heapPeak),
                AllocatedMB: Mb(allocated),
                Gc: gcs,
                Alerts: corridorAlerts,
                AlertsByRule: corridorByRule,
                DuckDbSeconds: duck is null ? null : Math.Round(duck.Seconds, 2),
                DuckDbLinesPerSecond: duck is null ? null : Math.Round(lines / duck.Seconds),
                DuckDbPeakMB: duckPeak,
                DuckDbAlerts: duck?.Alerts,
                DuckDbAlertsByRule: duck?.ByRule,
                Ratio: duck is null ? null : Math.Round(seconds / duck.Seconds, 2),
                CpuSeconds: Math.Round(cpuAfter.Self - cpuBefore.Self, 2),
                ServerCpuSeconds: postgres && !double.IsNaN(cpuAfter.Server - cpuBefore.Server) ? Math.Round(cpuAfter.Server - cpuBefore.Server, 2) : null,
                DuckDbCpuSeconds: duckCpuSeconds is { } dc ? Math.Round(dc, 2) : null,
                DuckDbLinesSeconds: duckLines is null ? null : Math.Round(duckLines.Seconds, 2),
                DuckDbLinesPeakMB: duckLinesPeak,
                DuckDbLinesAlerts: duckLines?.Alerts,
                RatioToStoringPeer: duckLines is null ? null : Math.Round(seconds / duckLines.Seconds, 2),
                AlertsMatch: duck is null ? null : mismatches.Count == 0 && duckLines?.Alerts == duck.Alerts,
                SeedSeconds: Math.Round(seedSeconds, 1),
                GenerateSeconds: Math.Round(generateSeconds, 1),
                Database: version,
                DuckDb: duck?.Version,
                Dotnet: RuntimeInformation.FrameworkDescription,
                ServerGc: System.Runtime.GCSettings.IsServerGC,
                LoadAverage: [loadBefore, LoadAverage()]);
            Console.Out.WriteLine(JsonSerializer.Serialize(report, Json));
            if (o.Keep) Log($"  kept: {database.ConnectionString}; files in {dir}");
            return result.Stored ? 0 : 1;
        }
        finally
        {
            if (!o.Keep)
            {
                await database.DropAsync();
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
            }
        }
    }

    /// <summary>Resets the kernel's peak resident set size of this process (VmHWM; Linux: "5" to clear_refs).</summary>
    private static void ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Log($"  (could not reset the peak resident set: {e.Message})"); }
    }

    /// <summary>VmHWM from /proc/self/status, in bytes (Process.PeakWorkingSet64 reads the same).</summary>
    private static long PeakResident()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64;
    }

    private sealed class SyncProgress(Action<PayrollImportProgress> report) : IProgress<PayrollImportProgress>
    {
        public void Report(PayrollImportProgress value) => report(value);
    }

    /// <summary>Samples the managed heap every 50 ms.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _task;
        private long _peak;

        public PeakSampler()
        {
            _peak = GC.GetTotalMemory(false);
            _task = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    _peak = Math.Max(_peak, GC.GetTotalMemory(false));
                    try { await Task.Delay(50, _stop.Token); } catch (OperationCanceledException) { }
                }
            });
        }

        public long Stop()
        {
            _stop.Cancel();
            _task.Wait();
            return Math.Max(_peak, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
        }

        public void Dispose()
        {
            if (!_stop.IsCancellationRequested) Stop();
            _stop.Dispose();
        }
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

    /// <summary>
    /// CPU seconds (user + system) used so far by this process and by the PostgreSQL server (the postmaster's children,
    /// found through $CORRIDOR_PG_DIR/data/postmaster.pid): on a shared machine, the work done, beside the wall time.
    /// </summary>
    private static (double Self, double Server) CpuSeconds(bool postgres)
    {
        using var me = Process.GetCurrentProcess();
        var self = me.TotalProcessorTime.TotalSeconds;
        if (!postgres || Environment.GetEnvironmentVariable("CORRIDOR_PG_DIR") is not { Length: > 0 } dir) return (self, double.NaN);
        try
        {
            var postmaster = File.ReadLines(Path.Combine(dir, "data", "postmaster.pid")).First().Trim();
            long ticks = 0;
            foreach (var proc in Directory.EnumerateDirectories("/proc"))
            {
                if (!char.IsAsciiDigit(Path.GetFileName(proc)[0])) continue;
                string stat;
                try { stat = File.ReadAllText(Path.Combine(proc, "stat")); }
                catch (IOException) { continue; }
                // Fields after the command name: state, ppid, …, utime (the 12th), stime (the 13th).
                var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (f[1] == postmaster || Path.GetFileName(proc) == postmaster) ticks += long.Parse(f[11]) + long.Parse(f[12]);
            }
            return (self, ticks / 100.0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException) { return (self, double.NaN); }
    }

    private static double Mb(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 1);

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    private static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");
}

public sealed record PayrollReport(
    string Provider, int Lines, int Workers, int Employers, double CsvMB, bool Stored, long StoredLines, int Errors,
    double Seconds, double LinesPerSecond, double ValidateSeconds, double StoreSeconds, double ReconcileSeconds,
    double PeakWorkingSetMB, double ManagedHeapPeakMB, double AllocatedMB, int[] Gc,
    long Alerts, Dictionary<string, long> AlertsByRule,
    double? DuckDbSeconds, double? DuckDbLinesPerSecond, double? DuckDbPeakMB, long? DuckDbAlerts, Dictionary<string, long>? DuckDbAlertsByRule,
    double? Ratio, double CpuSeconds, double? ServerCpuSeconds, double? DuckDbCpuSeconds, double? DuckDbLinesSeconds, double? DuckDbLinesPeakMB, long? DuckDbLinesAlerts, double? RatioToStoringPeer, bool? AlertsMatch, double SeedSeconds, double GenerateSeconds,
    string Database, string? DuckDb, string Dotnet, bool ServerGc, string[] LoadAverage);
