using System.Diagnostics;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Protection;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Domain.Statistics;
using Corridor.Web.Infrastructure.Http;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Statistics;

public sealed record RebuildSummary(Guid Id, RebuildStatus Status, string Stage, int Percent, DateTime StartedAt, DateTime? FinishedAt,
    long Rows, string StartedBy, string? Error);

/// <summary>
/// Rebuilds the analytics table from the operational records: streams the registries, permits, decisions,
/// vacancies, complaints, payroll and contracts abroad through <see cref="StatisticsCalculator"/>, then
/// replaces the table in ONE transaction with a bulk load and ONE audit action ("statistics.rebuilt").
/// Progress is written to the run record with ExecuteUpdate (outside the audited save: a progress tick is
/// not a change of the ministry's records).
/// </summary>
public sealed class RebuildStatistics(CorridorDbContext db, TimeProvider clock, ILogger<RebuildStatistics> log)
{
    /// <summary>A run still "running" after this long is taken to have died with its process.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromHours(2);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Records a new run, or refuses while another is running.</summary>
    public async Task<Outcome<StatisticsRebuild>> StartAsync(string startedBy, CancellationToken ct)
    {
        var since = Now - Stale;
        if (await db.StatisticsRebuilds.AnyAsync(r => r.Status == RebuildStatus.Running && r.StartedAt > since, ct))
            return Failure.Conflict("A rebuild of the statistics is already running.");
        var run = new StatisticsRebuild(startedBy, Now);
        db.StatisticsRebuilds.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>Starts and runs a rebuild to the end (CLI, daily job, tests).</summary>
    public async Task<Outcome<RebuildSummary>> RebuildNowAsync(string startedBy, CancellationToken ct)
    {
        var started = await StartAsync(startedBy, ct);
        if (!started.IsOk) return new Failure(started.Status, started.Errors, started.Message);
        return await RunAsync(started.Value!.Id, ct);
    }

    public async Task<RebuildSummary> RunAsync(Guid runId, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var today = DateOnly.FromDateTime(Now);
            var calc = new StatisticsCalculator(today);
            await ProgressAsync(runId, "registries", 5, ct);
            var regions = await RegionsAsync(ct);
            await foreach (var e in db.Employers.AsNoTracking().Select(e => new { e.Id, e.IsicSection, e.OrgUnitId }).AsAsyncEnumerable().WithCancellation(ct))
                calc.AddEmployer(new EmployerFact(e.Id, e.IsicSection, regions.GetValueOrDefault(e.OrgUnitId, Dimensions.Unknown)));
            await foreach (var w in db.MigrantWorkers.AsNoTracking()
                               .Select(w => new WorkerFact(w.Id, w.Sex, w.DateOfBirth, w.Citizenship, w.OccupationCode)).AsAsyncEnumerable().WithCancellation(ct))
                calc.AddWorker(w);

            await ProgressAsync(runId, "permits", 20, ct);
            await foreach (var p in db.WorkPermits.AsNoTracking()
                               .Select(p => new PermitFact(p.Id, p.WorkerId, p.EmployerId, p.OccupationCode, p.Status, p.IssuedOn, p.ActivatedOn,
                                   p.ValidUntil, p.EndedOn, p.SeekingUntil, p.ContinuesPermitId)).AsAsyncEnumerable().WithCancellation(ct))
                calc.AddPermit(p);
            var refused = db.WorkPermitApplications.AsNoTracking().Where(a => a.Status == PermitApplicationStatus.Refused)
                .Select(a => new
                {
                    a.WorkerId, a.EmployerId, a.OccupationCode, a.DecidedAt, a.SubmittedAt, a.RulesPassed,
                    Decision = db.AdmissionDecisions.Where(d => d.Id == a.DecisionId).Select(d => new { d.DecidedAt, d.ResultsJson }).FirstOrDefault(),
                });
            await foreach (var a in refused.AsAsyncEnumerable().WithCancellation(ct))
            {
                var when = a.DecidedAt ?? a.Decision?.DecidedAt ?? a.SubmittedAt;
                var failed = a.RulesPassed || a.Decision is null ? []
                    : System.Text.Json.JsonSerializer.Deserialize<List<RuleResult>>(a.Decision.ResultsJson)?.Where(r => !r.Passed).Select(r => r.RuleId).ToList() ?? [];
                calc.AddRefusal(new RefusalFact(a.WorkerId, a.EmployerId, a.OccupationCode, DateOnly.FromDateTime(when), failed));
            }

            await ProgressAsync(runId, "vacancies", 35, ct);
            await foreach (var v in db.Vacancies.AsNoTracking().Select(v => new
                           {
                               v.IsicSection, v.OrgUnitId, v.OccupationCode, v.Posts, v.AdvertisingFrom, v.OutcomeRecordedOn,
                               v.NationalReferrals, v.Hires, v.CertificateIssuedOn, v.CertifiedPosts,
                           }).AsAsyncEnumerable().WithCancellation(ct))
                calc.AddVacancy(new VacancyFact(v.IsicSection, regions.GetValueOrDefault(v.OrgUnitId, Dimensions.Unknown), v.OccupationCode, v.Posts,
                    v.AdvertisingFrom, v.OutcomeRecordedOn, v.NationalReferrals, v.Hires, v.CertificateIssuedOn, v.CertifiedPosts));

            await ProgressAsync(runId, "complaints", 45, ct);
            await foreach (var c in db.Complaints.AsNoTracking().Select(c => new { c.WorkerId, c.EmployerId, c.SubmittedAt, c.Categories })
                               .AsAsyncEnumerable().WithCancellation(ct))
                calc.AddComplaint(new ComplaintFact(c.WorkerId, c.EmployerId, DateOnly.FromDateTime(c.SubmittedAt),
                    [.. Complaint.ParseCategories(c.Categories).Select(x => x.ToString())]));

            await ProgressAsync(runId, "payroll", 50, ct);
            var workerAlerts = new HashSet<(Guid, DateOnly)>();
            var employerAlerts = new HashSet<(Guid, DateOnly)>();
            await foreach (var a in db.PayrollAlerts.AsNoTracking().Select(a => new { a.WorkerId, a.EmployerId, a.Period }).AsAsyncEnumerable().WithCancellation(ct))
                if (a.WorkerId is { } w) workerAlerts.Add((w, a.Period));
                else employerAlerts.Add((a.EmployerId, a.Period));
            await foreach (var l in db.PayrollLines.AsNoTracking().Where(l => l.WorkerId != null)
                               .Select(l => new { l.WorkerId, l.EmployerId, l.OccupationCode, l.Period }).AsAsyncEnumerable().WithCancellation(ct))
                calc.AddPayroll(new PayrollFact(l.WorkerId!.Value, l.EmployerId, l.OccupationCode, l.Period,
                    !workerAlerts.Contains((l.WorkerId.Value, l.Period)) && !employerAlerts.Contains((l.EmployerId, l.Period))));

            await ProgressAsync(runId, "contracts abroad", 65, ct);
            await foreach (var c in db.EmploymentContracts.AsNoTracking()
                               .Where(c => c.Kind != ContractKind.DestinationCopy && (c.Status == ContractStatus.Signed || c.Status == ContractStatus.Registered))
                               .Where(c => db.MigrantWorkers.Any(w => w.Id == c.WorkerId && w.Direction == MigrationDirection.Outbound))
                               .Select(c => new ContractAbroadFact(c.WorkerId, c.DestinationCountry, c.OccupationCode, c.StartDate, c.EndDate))
                               .AsAsyncEnumerable().WithCancellation(ct))
                calc.AddContractAbroad(c);

            await ProgressAsync(runId, "computing", 70, ct);
            var rows = calc.Results().ToList();
            await ProgressAsync(runId, "writing", 80, ct);

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.StatisticsValues.ExecuteDeleteAsync(ct);
            var written = await StatisticsSink.WriteAsync(db, tx, rows, null, ct);
            var run = await db.StatisticsRebuilds.SingleAsync(r => r.Id == runId, ct);
            run.Succeeded(written, Now);
            db.RecordAction("statistics.rebuilt", nameof(StatisticsRebuild), run.Id, new
            {
                rows = written,
                indicators = rows.Select(r => r.Indicator).Distinct().Count(),
                seconds = Math.Round(watch.Elapsed.TotalSeconds, 1),
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            log.LogInformation("Statistics rebuilt: {Rows} rows in {Seconds:0.0} s.", written, watch.Elapsed.TotalSeconds);
            return Summary(run);
        }
        catch (Exception e)
        {
            log.LogError(e, "The statistics rebuild {Run} failed.", runId);
            db.ChangeTracker.Clear();
            await db.StatisticsRebuilds.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, RebuildStatus.Failed)
                .SetProperty(r => r.Stage, "failed")
                .SetProperty(r => r.FinishedAt, Now)
                .SetProperty(r => r.Error, e.Message.Length > 1000 ? e.Message[..1000] : e.Message), CancellationToken.None);
            return Summary(await db.StatisticsRebuilds.AsNoTracking().SingleAsync(r => r.Id == runId, CancellationToken.None));
        }
    }

    public static RebuildSummary Summary(StatisticsRebuild r) =>
        new(r.Id, r.Status, r.Stage, r.Percent, r.StartedAt, r.FinishedAt, r.Rows, r.StartedBy, r.Error);

    private Task ProgressAsync(Guid runId, string stage, int percent, CancellationToken ct) =>
        db.StatisticsRebuilds.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, stage).SetProperty(r => r.Percent, percent), ct);

    /// <summary>Org unit → the code of its region (the level-2 unit on its path; the unit itself when it is the country).</summary>
    private async Task<Dictionary<Guid, string>> RegionsAsync(CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync(ct);
        return units.ToDictionary(u => u.Id, u =>
        {
            var codes = u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return codes.Length >= 2 ? codes[1] : codes.FirstOrDefault() ?? Dimensions.Unknown;
        });
    }
}

/// <summary>Runs rebuilds started from the page or the API in the background, one at a time, each in its own scope.</summary>
public sealed class StatisticsRebuildRunner(IServiceScopeFactory scopes, ILogger<StatisticsRebuildRunner> log)
{
    private Task _current = Task.CompletedTask;

    /// <summary>The running (or last) rebuild, so tests and shutdown can wait for it.</summary>
    public Task Current => _current;

    public void Start(Guid runId)
    {
        // No request context flows into the background work (the request ends before it does).
        using (ExecutionContext.SuppressFlow())
        {
            _current = Task.Run(async () =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<RebuildStatistics>().RunAsync(runId, CancellationToken.None);
                }
                catch (Exception e)
                {
                    log.LogError(e, "The statistics rebuild {Run} could not run.", runId);
                }
            });
        }
    }
}

/// <summary>The nightly rebuild, so the dashboards show yesterday's records without anyone pressing the button.</summary>
public sealed class StatisticsRebuildJob(RebuildStatistics rebuild) : IDailyJob
{
    public string Name => "statistics.rebuild";

    public async Task<string> RunAsync(DateOnly today, CancellationToken ct)
    {
        var outcome = await rebuild.RebuildNowAsync("daily job", ct);
        if (!outcome.IsOk) return outcome.Message ?? "not run";
        var s = outcome.Value!;
        return s.Status == RebuildStatus.Succeeded ? $"{s.Rows} rows" : $"failed: {s.Error}";
    }
}
