using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Protection;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Payroll;

/// <summary>
/// The register as a payroll batch needs it, loaded once per batch into compact arrays and dictionaries:
/// employers by registration number and migrant workers by public number (as a number, so a look-up
/// allocates nothing).
/// </summary>
internal sealed class PayrollRegister
{
    private readonly Dictionary<string, int> _employers;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _employerLookup;
    private readonly Dictionary<long, int> _workers;
    private Dictionary<Guid, int>? _workerByGuid;

    private PayrollRegister(Dictionary<string, int> employers, Guid[] employerIds, Dictionary<long, int> workers, Guid[] workerIds)
    {
        _employers = employers;
        _employerLookup = employers.GetAlternateLookup<ReadOnlySpan<char>>();
        EmployerIds = employerIds;
        _workers = workers;
        WorkerIds = workerIds;
    }

    public Guid[] EmployerIds { get; }
    public Guid[] WorkerIds { get; }

    public bool TryEmployer(ReadOnlySpan<char> number, out int index) => _employerLookup.TryGetValue(number, out index);

    public bool TryWorker(long key, out int index) => _workers.TryGetValue(key, out index);

    public int WorkerIndex(Guid id)
    {
        _workerByGuid ??= WorkerIds.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i);
        return _workerByGuid.GetValueOrDefault(id, -1);
    }

    public static async Task<PayrollRegister> LoadAsync(CorridorDbContext db, CancellationToken ct)
    {
        var employers = new Dictionary<string, int>(StringComparer.Ordinal);
        var employerIds = new List<Guid>();
        await foreach (var e in db.Employers.AsNoTracking().Select(e => new { e.Id, e.RegistrationNumber }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (employers.TryAdd(e.RegistrationNumber, employerIds.Count)) employerIds.Add(e.Id);
        }
        var workers = new Dictionary<long, int>();
        var workerIds = new List<Guid>();
        await foreach (var w in db.MigrantWorkers.AsNoTracking().Select(w => new { w.Id, w.WorkerNumber }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = PayrollFile.WorkerKey(w.WorkerNumber);
            if (key >= 0 && workers.TryAdd(key, workerIds.Count)) workerIds.Add(w.Id);
        }
        return new PayrollRegister(employers, [.. employerIds], workers, [.. workerIds]);
    }
}

/// <summary>
/// The wage terms each migrant worker was registered with at an employer. Today these are the terms of the
/// work permit (WorkPermitApplication.MonthlyWage and WeeklyHours), active from the day the permit was
/// activated until it ended or expires. This is the one place to point at registered e-contracts once they exist.
/// </summary>
public sealed class RegisteredTerms(CorridorDbContext db)
{
    /// <summary>Terms active at some time between <paramref name="from"/> and <paramref name="until"/>; all employers when <paramref name="employers"/> is null.</summary>
    public async Task<TermsIndex> LoadAsync(IReadOnlyCollection<Guid>? employers, DateOnly from, DateOnly until, CancellationToken ct)
    {
        var permits = db.WorkPermits.AsNoTracking()
            .Where(p => p.ActivatedOn != null && p.ActivatedOn <= until && p.ValidUntil >= from && (p.EndedOn == null || p.EndedOn >= from));
        if (employers is not null) permits = permits.Where(p => employers.Contains(p.EmployerId));
        var rows = permits.Join(db.WorkPermitApplications, p => p.ApplicationId, a => a.Id,
            (p, a) => new { p.WorkerId, p.EmployerId, a.MonthlyWage, a.WeeklyHours, ActivatedOn = p.ActivatedOn!.Value, p.ValidUntil, p.EndedOn });
        var index = new TermsIndex();
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var end = r.EndedOn is { } ended && ended < r.ValidUntil ? ended : r.ValidUntil;
            index.Add(r.WorkerId, r.EmployerId, new WageTerms(r.MonthlyWage, r.WeeklyHours, r.ActivatedOn, end));
        }
        return index;
    }
}

/// <summary>Registered terms by worker and employer, and by employer for the check that every worker was paid.</summary>
public sealed class TermsIndex
{
    private readonly Dictionary<(Guid Worker, Guid Employer), List<WageTerms>> _byWorker = [];
    private readonly Dictionary<Guid, List<(Guid Worker, WageTerms Terms)>> _byEmployer = [];

    public int Count { get; private set; }

    /// <summary>Every employer with terms in the index.</summary>
    public IEnumerable<Guid> Employers => _byEmployer.Keys;

    public void Add(Guid worker, Guid employer, WageTerms terms)
    {
        if (!_byWorker.TryGetValue((worker, employer), out var list)) _byWorker[(worker, employer)] = list = new List<WageTerms>(1);
        list.Add(terms);
        if (!_byEmployer.TryGetValue(employer, out var workers)) _byEmployer[employer] = workers = [];
        workers.Add((worker, terms));
        Count++;
    }

    /// <summary>The terms in force with the employer for the longest part of the period; null when none.</summary>
    public WageTerms? Find(Guid worker, Guid employer, DateOnly period)
    {
        if (!_byWorker.TryGetValue((worker, employer), out var list)) return null;
        WageTerms? best = null;
        var bestShare = 0m;
        foreach (var t in list)
        {
            var share = t.ShareOf(period);
            if (share > bestShare) { best = t; bestShare = share; }
        }
        return best;
    }

    /// <summary>Every worker with terms active with the employer in the period (once per worker).</summary>
    public IEnumerable<(Guid Worker, WageTerms Terms)> ActiveIn(Guid employer, DateOnly period)
    {
        if (!_byEmployer.TryGetValue(employer, out var workers)) yield break;
        var seen = new HashSet<Guid>();
        foreach (var (worker, _) in workers)
            if (seen.Add(worker) && Find(worker, employer, period) is { } t) yield return (worker, t);
    }
}
