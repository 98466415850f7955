using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json;
using Corridor.Data;
using Corridor.Data.Identity;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Audit;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Benchmarks;

/// <summary>
/// Automated admission decisions per second through the API: the real app on Kestrel (127.0.0.1, a free
/// port), HTTP clients POSTing /api/v1/permits/applications as employers with bearer tokens. Each POST is one
/// decision: every permit rule checked, the decision and application stored, and on auto-approval a quota
/// slot taken and the permit issued, all in one transaction on the audit hash chain.
/// <para>Data, through EF and the audit chain: the small demo country (policy set 1 in force, with
/// PERMIT-AUTO-APPROVE on), then bench employers in ISIC section B (mining: no firm ceiling, no demo quota),
/// each with a linked employer account and one certified vacancy with enough posts, a section-B national
/// quota for this year twice the worker pool, and the worker pool itself, so every request is a fresh
/// application for a worker who holds no permit.</para>
/// <para>The mix, by worker (round-robin over the pool): 8 in 10 pass every rule and are approved
/// automatically; 1 in 10 is offered 70,000 KZT, under the 85,000 minimum (PERMIT-MIN-WAGE fails: refused);
/// 1 in 10 has a passport that ends a year from now, before the 3-year permit would (PERMIT-PASSPORT fails:
/// referred to an officer).</para>
/// </summary>
public static class AdmissionScenario
{
    public const decimal Wage = 120_000, WageUnderMinimum = 70_000;
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private sealed record Job(int Employer, Guid VacancyId, string WorkerNumber, decimal Wage);

    public static async Task<int> RunAsync(AdmissionOptions o, CancellationToken ct)
    {
        var database = ScratchDatabase.Create(o.Provider);
        try
        {
            await using var app = Program.BuildWebApp(
            [
                "--contentRoot", AppContext.BaseDirectory,
                "--urls", "http://127.0.0.1:0",
                "--Database:Provider", o.Provider.ToString(),
                "--ConnectionStrings:Corridor", database.ConnectionString,
                "--Database:MigrateOnStart", "true",
                // One token per bench employer from one address; the default 10 a minute is for people.
                "--Auth:TokenRequestsPerMinute", "100000",
                "--Logging:LogLevel:Default", "Warning",
                "--Logging:Console:LogToStandardErrorThreshold", "Trace",
                "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection", "Critical",
                // A refused request is part of the mix, not news.
                "--Logging:LogLevel:Microsoft.AspNetCore", "Error",
            ]);
            await app.PrepareDatabaseAsync(ct);
            await app.StartAsync(ct);
            var root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Log($"{o.Provider}: app on {root}; preparing data ({o.Employers} employers, {o.Workers:N0} workers)…");

            var prepare = Stopwatch.StartNew();
            var (emails, jobs, employerIds, version) = await PrepareAsync(app, o, ct);
            Log($"  prepared in {prepare.Elapsed.TotalSeconds:0.0} s");

            using var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = int.MaxValue };
            var tokens = new AuthenticationHeaderValue[emails.Count];
            using (var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(root) })
            {
                for (var i = 0; i < emails.Count; i++)
                {
                    var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = emails[i], password = Password }, ct);
                    response.EnsureSuccessStatusCode();
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                    tokens[i] = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
                }
            }

            var (baseDecisions, basePermits) = await CountsAsync(app, ct);
            using var ef = new EfTimings();
            var pool = new JobPool(jobs);
            var runner = new Runner(handler, new Uri(root), tokens, pool, ef);

            if (o.WarmupSeconds > 0)
            {
                var w = await runner.RunAsync(Math.Min(8, o.Clients.Max()), o.WarmupSeconds, ct);
                Log($"  warm-up: {w.Decisions} decisions in {w.Seconds:0.0} s, {w.Errors} errors");
            }
            var totals = runner.Totals;
            var runs = new List<(RunResult Result, string[] Load)>();
            foreach (var clients in o.Clients)
            {
                var loadBefore = LoadAverage();
                var r = await runner.RunAsync(clients, o.DurationSeconds, ct);
                runs.Add((r, [loadBefore, LoadAverage()]));
                Log($"  {clients,2} clients: {r.Decisions} decisions, {r.Decisions / r.Seconds:0.0}/s, p50 {r.Percentile(0.50):0.0} ms, p99 {r.Percentile(0.99):0.0} ms, {r.Errors} errors{(r.PoolExhausted ? " (worker pool ran out)" : "")}");
            }

            // Untimed: every 201 left exactly its application, decision and (when approved) permit, and the chain holds.
            Log("  verifying…");
            var problems = await VerifyAsync(app, employerIds, runner.Totals, baseDecisions, basePermits, ct);
            foreach (var p in problems) Log($"  VERIFY FAILED: {p}");

            foreach (var (r, load) in runs)
            {
                var report = new AdmissionReport(
                    Provider: o.Provider.ToString().ToLowerInvariant(),
                    Clients: r.Clients,
                    Seconds: Math.Round(r.Seconds, 2),
                    Decisions: r.Decisions,
                    DecisionsPerSecond: Math.Round(r.Decisions / r.Seconds, 1),
                    P50Ms: Math.Round(r.Percentile(0.50), 1),
                    P95Ms: Math.Round(r.Percentile(0.95), 1),
                    P99Ms: Math.Round(r.Percentile(0.99), 1),
                    MaxMs: Math.Round(r.Percentile(1.0), 1),
                    MeanMs: Math.Round(r.MeanMs, 1),
                    Errors: r.Errors,
                    ErrorSamples: r.ErrorSamples,
                    Approved: r.Outcomes.GetValueOrDefault("Approved"),
                    Refused: r.Outcomes.GetValueOrDefault("Refused"),
                    Referred: r.Outcomes.GetValueOrDefault("Referred"),
                    DbMsPerDecision: r.Decisions == 0 ? 0 : Math.Round(r.DbTime.TotalMilliseconds / r.Decisions, 2),
                    LockWaitMsPerDecision: r.Decisions == 0 ? 0 : Math.Round(r.LockWait.TotalMilliseconds / r.Decisions, 2),
                    QuotaRowMsPerDecision: r.Decisions == 0 ? 0 : Math.Round(r.QuotaRow.TotalMilliseconds / r.Decisions, 2),
                    DbCommandsPerDecision: r.Decisions == 0 ? 0 : Math.Round(r.DbCommands / (double)r.Decisions, 1),
                    ProcessCpuPercent: Math.Round(100 * r.CpuTime.TotalSeconds / r.Seconds, 0),
                    PoolExhausted: r.PoolExhausted,
                    Verified: problems.Count == 0,
                    Workers: o.Workers,
                    Employers: o.Employers,
                    Database: version,
                    Dotnet: RuntimeInformation.FrameworkDescription,
                    ServerGc: System.Runtime.GCSettings.IsServerGC,
                    LoadAverage: load);
                Console.Out.WriteLine(JsonSerializer.Serialize(report, Json));
            }
            await app.StopAsync(CancellationToken.None);
            return problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            await database.DropAsync();
        }
    }

    public const string Password = "bench-Password-1";

    /// <summary>Demo country, bench employers with accounts and certified vacancies, the section-B quota and the workers.</summary>
    private static async Task<(List<string> Emails, Job[] Jobs, List<Guid> EmployerIds, string Version)> PrepareAsync(
        WebApplication app, AdmissionOptions o, CancellationToken ct)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
                .SeedAsync(new DemoSize(Employers: 30, Workers: 200, Agencies: 20, JobSeekers: 50), Password, null, ct);

        await using var work = app.Services.CreateAsyncScope();
        var sp = work.ServiceProvider;
        var db = sp.GetRequiredService<CorridorDbContext>();
        var users = sp.GetRequiredService<UserManager<CorridorUser>>();
        var version = await ServerVersionAsync(db, ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var policy = await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1, ct);
        var district = await db.OrgUnits.Where(u => u.Level == 3).OrderBy(u => u.Code).FirstAsync(ct);

        var employers = new List<Employer>();
        var vacancies = new List<Guid>();
        var postsEach = o.Workers / o.Employers + 10;
        for (var i = 0; i < o.Employers; i++)
        {
            var e = new Employer($"BENCH{i + 1:000000}", $"Bench mining employer {i + 1}", "B", "05", district.Id, 200);
            employers.Add(e);
            db.Employers.Add(e);
            var v = Vacancy.CarriedOver(e.Id, "B", new VacancyTerms("811", postsEach, Wage, 40, district.Id, today.AddDays(10)), today.AddDays(-30), today, policy);
            v.RecordOutcome(0, 0, 0, null, today);
            var decision = v.CheckForCertificate(policy, [], today).Decide(Vacancy.DecisionSubject, v.Id, new { bench = true }, DateTime.UtcNow);
            db.AdmissionDecisions.Add(decision);
            v.IssueCertificate(decision, PublicNumber.New('C'), today, policy);
            db.Vacancies.Add(v);
            vacancies.Add(v.Id);
        }
        var quotaTotal = o.Workers * 2;
        db.NationalQuotas.Add(new NationalQuota(today.Year, "B", quotaTotal, NationalQuota.ReserveFor(quotaTotal, policy.Rules), policy.Number));
        await db.SaveChangesAsync(ct);

        var emails = new List<string>();
        for (var i = 0; i < employers.Count; i++)
        {
            var email = $"employer-{i + 1}@bench.corridor";
            var user = new CorridorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Bench employer {i + 1}", EmployerId = employers[i].Id };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, Roles.Employer));
            emails.Add(email);
        }

        var numbers = new HashSet<string>(await db.MigrantWorkers.Select(w => w.WorkerNumber).ToListAsync(ct));
        var random = new Random(3);
        var jobs = new Job[o.Workers];
        for (var i = 0; i < o.Workers; i++)
        {
            string number;
            do number = PublicNumber.New('W', random); while (!numbers.Add(number));
            var employer = i % o.Employers;
            var passportExpiry = i % 10 == 7 ? today.AddYears(1) : today.AddYears(6);
            db.MigrantWorkers.Add(new MigrantWorker(number, new WorkerParticulars("Aziz", "Bench", Sex.Male, today.AddYears(-30).AddDays(-i % 3000),
                "UZB", $"BN{i:0000000}", "UZB", passportExpiry, "811", MigrationDirection.Inbound, null, "uz", null, null), employers[employer].Id));
            jobs[i] = new Job(employer, vacancies[employer], number, i % 10 == 3 ? WageUnderMinimum : Wage);
            if ((i + 1) % 1000 == 0)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync(ct);
        return (emails, jobs, [.. employers.Select(e => e.Id)], version);

        static void Check(IdentityResult r)
        {
            if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
        }
    }

    private static async Task<(long Decisions, long Permits)> CountsAsync(WebApplication app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        return (await db.AdmissionDecisions.LongCountAsync(d => d.Subject == WorkPermitApplication.DecisionSubject, ct),
            await db.WorkPermits.LongCountAsync(ct));
    }

    private static async Task<List<string>> VerifyAsync(WebApplication app, List<Guid> employerIds, Totals t, long baseDecisions, long basePermits,
        CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var problems = new List<string>();
        var byStatus = await db.WorkPermitApplications.Where(a => employerIds.Contains(a.EmployerId))
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key.ToString(), g => g.Count, ct);
        var stored = byStatus.Values.Sum();
        if (stored != t.Decisions) problems.Add($"{stored} applications stored, {t.Decisions} created responses");
        foreach (var status in new[] { "Approved", "Refused", "Referred" })
            if (byStatus.GetValueOrDefault(status) != t.Outcomes.GetValueOrDefault(status))
                problems.Add($"{byStatus.GetValueOrDefault(status)} {status} applications stored, {t.Outcomes.GetValueOrDefault(status)} responses said so");
        var (decisions, permits) = await CountsAsync(app, ct);
        if (decisions - baseDecisions != t.Decisions) problems.Add($"{decisions - baseDecisions} permit decisions stored, {t.Decisions} responses");
        var approved = t.Outcomes.GetValueOrDefault("Approved");
        if (permits - basePermits != approved) problems.Add($"{permits - basePermits} permits stored, {approved} approved responses");
        var allocated = await db.NationalQuotas.Where(q => q.IsicSection == "B").Select(q => q.Allocated).SingleAsync(ct);
        if (allocated != approved) problems.Add($"section-B quota has {allocated} slots allocated, {approved} approved responses");
        var chain = await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().HandleAsync(ct: ct);
        if (!chain.Intact) problems.Add(chain.Describe());
        else Log($"  audit chain intact; {stored} applications, {permits - basePermits} permits, quota allocated {allocated}");
        return problems;
    }

    /// <summary>Hands out each worker once, in order, across all clients and runs.</summary>
    private sealed class JobPool(Job[] jobs)
    {
        private int _next = -1;
        public Job? Take()
        {
            var i = Interlocked.Increment(ref _next);
            return i < jobs.Length ? jobs[i] : null;
        }
    }

    public sealed class Totals
    {
        public long Decisions;
        public Dictionary<string, long> Outcomes { get; } = [];
    }

    private sealed class RunResult
    {
        public int Clients;
        public double Seconds;
        public long Decisions;
        public long Errors;
        public List<string> ErrorSamples = [];
        public Dictionary<string, long> Outcomes = [];
        public double[] LatenciesMs = [];
        public TimeSpan DbTime, LockWait, QuotaRow, CpuTime;
        public long DbCommands;
        public bool PoolExhausted;
        public double MeanMs => LatenciesMs.Length == 0 ? 0 : LatenciesMs.Average();

        /// <summary>Nearest-rank percentile of every request's latency (errors included).</summary>
        public double Percentile(double p) =>
            LatenciesMs.Length == 0 ? 0 : LatenciesMs[Math.Clamp((int)Math.Ceiling(p * LatenciesMs.Length) - 1, 0, LatenciesMs.Length - 1)];
    }

    private sealed class Runner(SocketsHttpHandler handler, Uri root, AuthenticationHeaderValue[] tokens, JobPool pool, EfTimings ef)
    {
        public Totals Totals { get; } = new();

        public async Task<RunResult> RunAsync(int clients, double seconds, CancellationToken ct)
        {
            var result = new RunResult { Clients = clients };
            var perClient = new List<double>[clients];
            var outcomes = new Dictionary<string, long>[clients];
            var errors = new long[clients];
            var samples = new System.Collections.Concurrent.ConcurrentQueue<string>();
            var exhausted = false;
            // Each client its own HttpClient, all on one handler (one connection pool), as a load generator would.
            var https = Enumerable.Range(0, clients).Select(_ => new HttpClient(handler, disposeHandler: false) { BaseAddress = root }).ToArray();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var db0 = ef.Database; var lock0 = ef.LockWait; var quota0 = ef.QuotaRowUpdate; var commands0 = ef.Commands;
            ef.Counting = true;
            var watch = Stopwatch.StartNew();
            var until = TimeSpan.FromSeconds(seconds);
            var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                var latencies = perClient[c] = new List<double>(4096);
                var mine = outcomes[c] = [];
                while (watch.Elapsed < until && !ct.IsCancellationRequested)
                {
                    if (pool.Take() is not { } job) { exhausted = true; break; }
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/permits/applications")
                    {
                        Content = JsonContent.Create(new { workerNumber = job.WorkerNumber, vacancyId = job.VacancyId, monthlyWage = job.Wage, weeklyHours = 40 }),
                    };
                    request.Headers.Authorization = tokens[job.Employer];
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await https[c].SendAsync(request, ct);
                        var body = await response.Content.ReadAsStringAsync(ct);
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            var status = JsonDocument.Parse(body).RootElement.GetProperty("status").GetString() ?? "?";
                            mine[status] = mine.GetValueOrDefault(status) + 1;
                        }
                        else
                        {
                            errors[c]++;
                            if (samples.Count < 5) samples.Enqueue($"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
                        }
                    }
                    catch (HttpRequestException e)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        errors[c]++;
                        if (samples.Count < 5) samples.Enqueue(e.Message);
                    }
                }
            }, ct)).ToArray();
            await Task.WhenAll(tasks);
            watch.Stop();
            ef.Counting = false;
            process.Refresh();
            foreach (var h in https) h.Dispose();

            result.Seconds = watch.Elapsed.TotalSeconds;
            result.CpuTime = process.TotalProcessorTime - cpuBefore;
            result.DbTime = ef.Database - db0;
            result.LockWait = ef.LockWait - lock0;
            result.QuotaRow = ef.QuotaRowUpdate - quota0;
            result.DbCommands = ef.Commands - commands0;
            result.LatenciesMs = [.. perClient.SelectMany(l => l).Order()];
            result.Errors = errors.Sum();
            result.ErrorSamples = [.. samples];
            foreach (var (status, n) in outcomes.SelectMany(d => d))
            {
                result.Outcomes[status] = result.Outcomes.GetValueOrDefault(status) + n;
                Totals.Outcomes[status] = Totals.Outcomes.GetValueOrDefault(status) + n;
            }
            result.Decisions = result.Outcomes.Values.Sum();
            Totals.Decisions += result.Decisions;
            result.PoolExhausted = exhausted;
            return result;
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

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    private static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");
}

public sealed record AdmissionReport(
    string Provider, int Clients, double Seconds, long Decisions, double DecisionsPerSecond,
    double P50Ms, double P95Ms, double P99Ms, double MaxMs, double MeanMs, long Errors, List<string> ErrorSamples,
    long Approved, long Refused, long Referred,
    double DbMsPerDecision, double LockWaitMsPerDecision, double QuotaRowMsPerDecision, double DbCommandsPerDecision, double ProcessCpuPercent, bool PoolExhausted,
    bool Verified, int Workers, int Employers, string Database, string Dotnet, bool ServerGc, string[] LoadAverage);
