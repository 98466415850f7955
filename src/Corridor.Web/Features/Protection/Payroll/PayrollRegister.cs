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
    private readonly Dictionary<Guid, int> _employerByGuid;

    private PayrollRegister(Dictionary<string, int> employers, Guid[] employerIds, Dictionary<long, int> workers, Guid[] workerIds)
    {
        _employers = employers;
        _employerLookup = employers.GetAlternateLookup<ReadOnlySpan<char>>();
        EmployerIds = employerIds;
        _workers = workers;
        WorkerIds = workerIds;
        _employerByGuid = new Dictionary<Guid, int>(employerIds.Length);
        for (var i = 0; i < employerIds.Length; i++) _employerByGuid[employerIds[i]] = i;
    }

    public Guid[] EmployerIds { get; }
    public Guid[] WorkerIds { get; }

    public bool TryEmployer(ReadOnlySpan<char> number, out int index) => _employerLookup.TryGetValue(number, out index);

    public bool TryWorker(long key, out int index) => _workers.TryGetValue(key, out index);

    public int EmployerIndex(Guid id) => _employerByGuid.GetValueOrDefault(id, -1);

    /// <summary>
    /// Loads the register; with <paramref name="onlyEmployer"/>, just that employer and the workers it ever held a permit
    /// for (a compliance page), otherwise everyone (an import, the daily job). Sized up front: no doubling at national scale.
    /// </summary>
    public static async Task<PayrollRegister> LoadAsync(CorridorDbContext db, CancellationToken ct, Guid? onlyEmployer = null)
    {
        var employerRows = db.Employers.AsNoTracking();
        var workerRows = db.MigrantWorkers.AsNoTracking();
        if (onlyEmployer is { } only)
        {
            employerRows = employerRows.Where(e => e.Id == only);
            workerRows = workerRows.Where(w => db.WorkPermits.Any(p => p.WorkerId == w.Id && p.EmployerId == only));
        }
        var employers = new Dictionary<string, int>(StringComparer.Ordinal);
        var employerIds = new List<Guid>();
        await foreach (var e in employerRows.Select(e => new { e.Id, e.RegistrationNumber }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (employers.TryAdd(e.RegistrationNumber, employerIds.Count)) employerIds.Add(e.Id);
        }
        var count = await workerRows.CountAsync(ct);
        var workers = new Dictionary<long, int>(count);
        var workerIds = new List<Guid>(count);
        await foreach (var w in workerRows.Select(w => new { w.Id, w.WorkerNumber }).AsAsyncEnumerable().WithCancellation(ct))
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
    /// <summary>
    /// Terms active at some time between <paramref name="from"/> and <paramref name="until"/>, indexed by the register's
    /// worker and employer positions; all employers when <paramref name="employers"/> is null.
    /// </summary>
    internal async Task<TermsIndex> LoadAsync(PayrollRegister register, IReadOnlyCollection<Guid>? employers, DateOnly from, DateOnly until, CancellationToken ct)
    {
        var permits = db.WorkPermits.AsNoTracking()
            .Where(p => p.ActivatedOn != null && p.ActivatedOn <= until && p.ValidUntil >= from && (p.EndedOn == null || p.EndedOn >= from));
        if (employers is not null) permits = permits.Where(p => employers.Contains(p.EmployerId));
        var rows = permits
            .Join(db.WorkPermitApplications, p => p.ApplicationId, a => a.Id,
                (p, a) => new { p.WorkerId, p.EmployerId, a.MonthlyWage, a.WeeklyHours, ActivatedOn = p.ActivatedOn!.Value, p.ValidUntil, p.EndedOn })
            .Join(db.MigrantWorkers, x => x.WorkerId, w => w.Id,
                (x, w) => new { w.WorkerNumber, x.EmployerId, x.MonthlyWage, x.WeeklyHours, x.ActivatedOn, x.ValidUntil, x.EndedOn });
        var index = new TermsIndex(register.WorkerIds.Length);
        // PROTECTION (issue 5): an approved e-contract's terms replace the permit's (ContractTerms.cs); the permit stays the fallback.
        var contracts = await new ContractWageTerms(db).LoadAsync(employers, ct);
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!register.TryWorker(PayrollFile.WorkerKey(r.WorkerNumber), out var worker)) continue;
            var employer = register.EmployerIndex(r.EmployerId);
            if (employer < 0) continue;
            var end = r.EndedOn is { } ended && ended < r.ValidUntil ? ended : r.ValidUntil;
            index.Add(worker, employer, contracts.Apply(register.WorkerIds[worker], r.EmployerId, new WageTerms(r.MonthlyWage, r.WeeklyHours, r.ActivatedOn, end)));
        }
        return index;
    }
}

/// <summary>
/// Registered terms by register position, in flat arrays (about 45 bytes a permit, so a national month of millions
/// of permits fits comfortably in memory): the terms of a worker chain through <c>_next</c>; by employer, one array
/// of term positions grouped by employer (built once, on the first question by employer).
/// </summary>
internal sealed class TermsIndex
{
    private readonly int[] _first;
    private WageTerms[] _terms;
    private int[] _employer, _worker, _next;
    private int[]? _employerStart, _byEmployer, _seen;

    /// <summary>Sized for one permit a worker, the usual case, so a national month does not grow its arrays by doubling.</summary>
    public TermsIndex(int workers)
    {
        _first = new int[workers];
        Array.Fill(_first, -1);
        var capacity = Math.Max(1024, workers + workers / 16);
        _terms = new WageTerms[capacity];
        _employer = new int[capacity];
        _worker = new int[capacity];
        _next = new int[capacity];
    }

    public int Count { get; private set; }

    /// <summary>Every employer (register position) with terms in the index.</summary>
    public IEnumerable<int> Employers
    {
        get
        {
            Group();
            for (var e = 0; e + 1 < _employerStart!.Length; e++)
                if (_employerStart[e + 1] > _employerStart[e]) yield return e;
        }
    }

    public void Add(int worker, int employer, WageTerms terms)
    {
        if (Count == _terms.Length)
        {
            var size = _terms.Length + _terms.Length / 2;
            Array.Resize(ref _terms, size);
            Array.Resize(ref _employer, size);
            Array.Resize(ref _worker, size);
            Array.Resize(ref _next, size);
        }
        var i = Count++;
        _terms[i] = terms;
        _employer[i] = employer;
        _worker[i] = worker;
        _next[i] = _first[worker];
        _first[worker] = i;
        _employerStart = null;
    }

    /// <summary>Groups the term positions by employer (a counting sort: two int arrays, no list or set per employer).</summary>
    private void Group()
    {
        if (_employerStart is not null) return;
        var employers = 0;
        for (var i = 0; i < Count; i++) employers = Math.Max(employers, _employer[i] + 1);
        var start = new int[employers + 1];
        for (var i = 0; i < Count; i++) start[_employer[i] + 1]++;
        for (var e = 0; e < employers; e++) start[e + 1] += start[e];
        var next = (int[])start.Clone();
        var by = new int[Count];
        for (var i = 0; i < Count; i++) by[next[_employer[i]]++] = i;
        _byEmployer = by;
        _employerStart = start;
        _seen ??= new int[_first.Length];
    }

    /// <summary>The terms in force with the employer for the longest part of the period; null when none.</summary>
    public WageTerms? Find(int worker, int employer, DateOnly period)
    {
        if (worker < 0 || worker >= _first.Length) return null;
        WageTerms? best = null;
        var bestShare = 0m;
        for (var i = _first[worker]; i >= 0; i = _next[i])
        {
            if (_employer[i] != employer) continue;
            var share = _terms[i].ShareOf(period);
            if (share > bestShare) { best = _terms[i]; bestShare = share; }
        }
        return best;
    }

    private int _stamp;

    /// <summary>Every worker (register position) with terms active with the employer in the period, once each.</summary>
    public IEnumerable<(int Worker, WageTerms Terms)> ActiveIn(int employer, DateOnly period)
    {
        Group();
        if (employer < 0 || employer + 1 >= _employerStart!.Length) yield break;
        // A worker with two permits at the employer is reported once: a stamp per call marks the workers seen.
        var stamp = ++_stamp;
        var seen = _seen!;
        for (var k = _employerStart[employer]; k < _employerStart[employer + 1]; k++)
        {
            var worker = _worker[_byEmployer![k]];
            if (seen[worker] == stamp) continue;
            seen[worker] = stamp;
            if (Find(worker, employer, period) is { } t) yield return (worker, t);
        }
    }
}
