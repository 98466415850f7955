using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Domain.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Features.Protection.Payroll;

/// <summary>Who submits a payroll file: an employer (only its own lines) or an officer, WPS agent or bank (a batch for many employers).</summary>
public sealed record PayrollSubmitter(string Name, Guid? EmployerId)
{
    public static PayrollSubmitter Employer(Guid employerId, string name) => new(name, employerId);
    public static PayrollSubmitter Officer(string name) => new(name, null);
}

/// <summary>
/// The outcome of an import. <see cref="Stored"/> is false when the file had any error (then nothing was stored and
/// <see cref="Errors"/> holds at most the first 1,000, <see cref="ErrorCount"/> how many were found before reading stopped).
/// </summary>
public sealed record PayrollImportResult(
    bool Stored,
    Guid? BatchId,
    int Lines,
    IReadOnlyList<PayrollImportError> Errors,
    int ErrorCount,
    int Alerts,
    TimeSpan ValidateTime,
    TimeSpan StoreTime,
    TimeSpan ReconcileTime,
    string? Sha256);

/// <summary>Progress of an import, for the command line: the phase ("validate", "store", "reconcile") and lines done.</summary>
public readonly record struct PayrollImportProgress(string Phase, int Lines);

/// <summary>
/// The streaming payroll import (docs/payroll-file.md), in ONE pass over the file with two threads:
/// a parser thread reads the CSV, hashes it (SHA-256), parses and validates every field and the duplicates, and
/// hands the valid lines in recycled batches to the writer (this method), which bulk-loads them into the open
/// transaction (PostgreSQL binary COPY, SQLite a prepared INSERT) and spools what the per-line rules need in a
/// compact binary temporary file. The whole-file rule holds through the transaction: at the first error the
/// parser stops handing over lines (it goes on only to report errors), and the transaction (or, inside a
/// caller's transaction, a savepoint) is rolled back, so nothing is stored. A valid file then gets its
/// registered terms loaded, its lines reconciled from the spool, the batch-level alerts (unpaid workers, equal
/// treatment) and the batch record saved last through the audited save, then the commit. A crash or a killed
/// process before the commit leaves nothing.
/// </summary>
public sealed class PayrollImport(CorridorDbContext db, RegisteredTerms registeredTerms, TimeProvider clock, IServiceScopeFactory scopes)
{
    /// <summary>Optional progress reports (the command line prints them); every <see cref="ProgressEvery"/> lines.</summary>
    public IProgress<PayrollImportProgress>? Progress { get; set; }
    public int ProgressEvery { get; set; } = 10_000;

    /// <summary>
    /// Crash drills (operations and the killed-import test): after storing this many lines, inside the open transaction,
    /// report "paused" and wait until cancelled or killed. Null in normal use.
    /// </summary>
    public int? PauseAfterLines { get; set; }

    private const int BatchSize = 1024, BatchesInFlight = 4;

    /// <summary>
    /// From this size on (about 35,000 lines) the registered terms are loaded on a second connection while the file
    /// streams in, for the month of the first valid line and every employer; smaller files load theirs afterwards.
    /// </summary>
    private const long EarlyTermsBytes = 4L << 20;
    private const string Savepoint = "corridor_payroll_import";

    public async Task<PayrollImportResult> ImportAsync(Stream csv, string fileName, PayrollSubmitter submitter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(submitter);
        FileStream? spool = null;
        try
        {
            var input = csv;
            if (!csv.CanSeek)
            {
                // A request body may refuse the parser thread's synchronous reads: spool it to a temporary file that disappears when closed.
                spool = new FileStream(Path.Combine(Path.GetTempPath(), $"corridor-payroll-{Guid.NewGuid():N}.csv"), FileMode.CreateNew,
                    FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                await csv.CopyToAsync(spool, 1 << 16, ct);
                spool.Position = 0;
                input = spool;
            }
            return await ImportCoreAsync(input, fileName, submitter, ct);
        }
        finally
        {
            if (spool is not null) await spool.DisposeAsync();
        }
    }

    private static StreamReader Reader(Stream s) =>
        new(s, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);

    /// <summary>What the parser learned besides the errors: the periods, who filed for which month, and which worker was paid by whom.</summary>
    private sealed class Validation
    {
        public ErrorList Errors { get; } = new();
        public int Lines;
        public int MinPeriod = int.MaxValue, MaxPeriod = int.MinValue;
        /// <summary>(employer index, period index) pairs present in the file.</summary>
        public HashSet<long> Filed { get; } = [];
        /// <summary>Per period, by worker position: 1 + the position of the employer that paid the worker (0: no line), to find duplicates and unpaid workers.</summary>
        public Dictionary<int, int[]> PaidBy { get; } = [];
        /// <summary>The parser thread's own time (parse, validate, hash).</summary>
        public TimeSpan Busy;
        /// <summary>The period index of the first valid line, as soon as it is known (cancelled when there is none).</summary>
        public TaskCompletionSource<int> FirstPeriod { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Valid lines handed from the parser thread to the writer; the line objects are reused batch after batch.</summary>
    private sealed class LineBatch
    {
        public readonly PayrollLine[] Lines = NewLines();
        public readonly int[] WorkerIndex = new int[BatchSize], EmployerIndex = new int[BatchSize];
        public int Count;

        private static PayrollLine[] NewLines()
        {
            var a = new PayrollLine[BatchSize];
            for (var i = 0; i < a.Length; i++) a[i] = new PayrollLine();
            return a;
        }
    }

    private static long EmployerPeriodKey(int employerIndex, int periodIndex) => ((long)employerIndex << 20) | (uint)periodIndex;
    private static DateOnly PeriodOf(int periodIndex) => new(periodIndex / 12, periodIndex % 12 + 1, 1);

    /// <summary>
    /// The parser thread: validates the whole file and hands each valid line on in batches until the first error
    /// (then only the errors matter). Blocks while the writer is <see cref="BatchesInFlight"/> batches behind.
    /// </summary>
    private void Parse(Stream input, PayrollRegister register, PayrollSubmitter submitter, Validation v,
        Channel<LineBatch> free, Channel<LineBatch> full, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var text = Reader(input);
        var r = new CsvRecordReader(text);
        var keys = new ParsedKeys();
        var scratch = new PayrollLine();
        LineBatch? batch = null;
        try
        {
            if (!r.Read())
            {
                v.Errors.Add(1, 1, PayrollFile.Header[0], "The file is empty: it needs the header and at least one line.");
                return;
            }
            if (PayrollFile.CheckHeader(r) is { } headerError)
            {
                v.Errors.Add(headerError.Line, headerError.Column, headerError.Field, headerError.Message);
                return;
            }
            while (r.Read())
            {
                v.Lines++;
                if ((v.Lines & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
                if (v.Lines % ProgressEvery == 0) Progress?.Report(new("validate", v.Lines));
                if (batch is null && v.Errors.Count == 0) batch = Take(free, ct);
                var line = v.Errors.Count == 0 ? batch!.Lines[batch.Count] : scratch;
                if (!PayrollFile.Parse(r, register, submitter, line, ref keys, v.Errors))
                {
                    if (v.Errors.Full) return;
                    continue;
                }
                var period = PayrollFile.PeriodIndex(line.Period);
                if (period < v.MinPeriod) v.MinPeriod = period;
                if (period > v.MaxPeriod) v.MaxPeriod = period;
                v.Filed.Add(EmployerPeriodKey(keys.EmployerIndex, period));
                if (keys.WorkerIndex >= 0)
                {
                    if (!v.PaidBy.TryGetValue(period, out var paidBy)) v.PaidBy[period] = paidBy = new int[register.WorkerIds.Length];
                    if (paidBy[keys.WorkerIndex] != 0)
                    {
                        v.Errors.Add(r.Line, PayrollFile.WorkerNumber, "This worker already has a line for this period in this file.");
                        continue;
                    }
                    paidBy[keys.WorkerIndex] = keys.EmployerIndex + 1;
                }
                if (v.Errors.Count > 0) continue;
                if (!v.FirstPeriod.Task.IsCompleted) v.FirstPeriod.TrySetResult(period);
                line.LineNumber = r.Line;
                batch!.WorkerIndex[batch.Count] = keys.WorkerIndex;
                batch.EmployerIndex[batch.Count] = keys.EmployerIndex;
                if (++batch.Count == BatchSize)
                {
                    Hand(full, batch, ct);
                    batch = null;
                }
            }
            if (v.Lines == 0 && v.Errors.Count == 0)
                v.Errors.Add(2, 1, PayrollFile.Header[0], "The file holds no payroll lines.");
            if (batch is { Count: > 0 } && v.Errors.Count == 0) Hand(full, batch, ct);
        }
        catch (DecoderFallbackException)
        {
            v.Errors.Add(r.Line, 1, "", "The file is not valid UTF-8 text.");
        }
        finally
        {
            v.Busy = Stopwatch.GetElapsedTime(started);
            v.FirstPeriod.TrySetCanceled(CancellationToken.None);
        }

        static LineBatch Take(Channel<LineBatch> free, CancellationToken ct)
        {
            if (free.Reader.TryRead(out var b)) { b.Count = 0; return b; }
            b = free.Reader.ReadAsync(ct).AsTask().GetAwaiter().GetResult();
            b.Count = 0;
            return b;
        }

        static void Hand(Channel<LineBatch> full, LineBatch b, CancellationToken ct)
        {
            if (!full.Writer.TryWrite(b)) full.Writer.WriteAsync(b, ct).AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task<PayrollImportResult> ImportCoreAsync(Stream input, string fileName, PayrollSubmitter submitter, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var register = await PayrollRegister.LoadAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var policySet = await db.PolicySets.AsNoTracking()
            .Where(s => s.Status == PolicySetStatus.Active && s.EffectiveFrom <= today)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Number).FirstOrDefaultAsync(ct);
        var policy = WagePolicy.From(policySet?.Rules ?? PolicyRules.Defaults());
        var loadTime = watch.Elapsed;

        var batchId = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        var v = new Validation();
        var equal = new Dictionary<(int Employer, string Occupation, int Period), EqualAcc>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // The caller's transaction when there is one (the demo seeder stores its payroll with the rest of the country).
        var ambient = db.Database.CurrentTransaction;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var own = ambient is null ? await db.Database.BeginTransactionAsync(ct) : null;
            var tx = ambient ?? own!;
            if (ambient is not null) await ambient.CreateSavepointAsync(Savepoint, ct);
            await using var rules = new RuleInputSpool();
            var writeTicks = 0L;
            var n = 0;
            await using (var sink = PayrollSink.Create(db, tx))
            {
                var free = Channel.CreateUnbounded<LineBatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
                for (var i = 0; i < BatchesInFlight; i++) free.Writer.TryWrite(new LineBatch());
                var full = Channel.CreateUnbounded<LineBatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var early = input.CanSeek && input.Length - input.Position >= EarlyTermsBytes ? LoadTermsEarlyAsync(register, v, stop.Token) : null;
                var parser = Task.Factory.StartNew(() =>
                {
                    try { Parse(new HashingStream(input, hash), register, submitter, v, free, full, stop.Token); }
                    finally { full.Writer.TryComplete(); }
                }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                try
                {
                    while (await full.Reader.WaitToReadAsync(ct))
                    {
                        while (full.Reader.TryRead(out var batch))
                        {
                            var started = Stopwatch.GetTimestamp();
                            for (var i = 0; i < batch.Count; i++)
                            {
                                var line = batch.Lines[i];
                                line.Id = Guid.CreateVersion7();
                                line.BatchId = batchId;
                                await sink.WriteLineAsync(line, ct);
                                var employerIndex = batch.EmployerIndex[i];
                                if (line.WorkerId is not null) rules.Add(line, batch.WorkerIndex[i], employerIndex);
                                var group = (employerIndex, line.OccupationCode, PayrollFile.PeriodIndex(line.Period));
                                ref var acc = ref CollectionsMarshal.GetValueRefOrAddDefault(equal, group, out _);
                                if (line.WorkerId is null) { acc.NationalTotal += line.BasicWage; acc.Nationals++; }
                                else { acc.MigrantTotal += line.BasicWage; acc.Migrants++; }

                                if (++n % ProgressEvery == 0) Progress?.Report(new("store", n));
                                if (n == PauseAfterLines)
                                {
                                    Progress?.Report(new("paused", n));
                                    await Task.Delay(Timeout.Infinite, ct);
                                }
                            }
                            writeTicks += Stopwatch.GetTimestamp() - started;
                            free.Writer.TryWrite(batch);
                        }
                    }
                    await parser;
                }
                catch
                {
                    await stop.CancelAsync();
                    try { await parser; } catch (OperationCanceledException) { }
                    if (early is not null) try { await early; } catch (OperationCanceledException) { }
                    throw;
                }

                var validateTime = loadTime + v.Busy;
                if (v.Errors.Count > 0)
                {
                    await stop.CancelAsync();
                    if (early is not null) try { await early; } catch (OperationCanceledException) { }
                    // Nothing stored: the unfinished COPY is abandoned (disposing the sink) and the lines written so far roll back.
                    await sink.DisposeAsync();
                    if (own is not null) await own.RollbackAsync(ct);
                    else await ambient!.RollbackToSavepointAsync(Savepoint, ct);
                    return new(false, null, v.Lines, v.Errors.Items, v.Errors.Count, 0, validateTime, TimeSpan.Zero, TimeSpan.Zero, null);
                }
                var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
                var completing = Stopwatch.GetTimestamp();
                await sink.CompleteLinesAsync(ct);
                var storeTime = Stopwatch.GetElapsedTime(0, writeTicks) + Stopwatch.GetElapsedTime(completing);

                var reconcile = Stopwatch.StartNew();
                await using var alerts = new AlertSpool();
                var firstPeriod = PeriodOf(v.MinPeriod);
                var lastDay = PeriodOf(v.MaxPeriod).AddMonths(1).AddDays(-1);
                var employerIndexes = v.Filed.Select(k => (int)(k >> 20)).Distinct().ToList();
                // The terms loaded early serve when the file holds that one month (they cover every employer).
                var loaded = early is null ? null : await early;
                var terms = loaded is { } l && l.Period == v.MinPeriod && l.Period == v.MaxPeriod ? l.Terms
                    // A small batch loads its employers' terms; a national batch loads every permit active in its months.
                    : await registeredTerms.LoadAsync(register,
                        employerIndexes.Count <= 500 ? employerIndexes.Select(i => register.EmployerIds[i]).ToList() : null, firstPeriod, lastDay, ct);
                loaded = null;

                // The per-line rules, replayed from the spool in file order.
                var findings = new List<WageFinding>(4);
                foreach (var (line, workerIndex, employerIndex) in rules.Replay(register))
                {
                    findings.Clear();
                    PayrollRules.Check(line, terms.Find(workerIndex, employerIndex, line.Period), policy, findings);
                    foreach (var f in findings) alerts.Add(batchId, line.LineNumber, line.WorkerId, line.EmployerId, line.Period, f, now);
                }
                // Workers with an active permit at an employer that filed for the month, but no line from it.
                foreach (var key in v.Filed)
                {
                    var employerIndex = (int)(key >> 20);
                    var periodIndex = (int)(key & 0xFFFFF);
                    var employer = register.EmployerIds[employerIndex];
                    var period = PeriodOf(periodIndex);
                    var paidBy = v.PaidBy.GetValueOrDefault(periodIndex);
                    foreach (var (worker, t) in terms.ActiveIn(employerIndex, period))
                    {
                        if (paidBy is not null && paidBy[worker] == employerIndex + 1) continue;
                        alerts.Add(batchId, null, register.WorkerIds[worker], employer, period, PayrollRules.Unpaid(t, period), now);
                    }
                }
                foreach (var ((employerIndex, _, periodIndex), acc) in equal)
                    if (PayrollRules.EqualTreatment(acc.MigrantTotal, acc.Migrants, acc.NationalTotal, acc.Nationals, policy) is { } f)
                        alerts.Add(batchId, null, null, register.EmployerIds[employerIndex], PeriodOf(periodIndex), f, now);
                await sink.WriteAlertsAsync(alerts.Replay(), ct);
                Progress?.Report(new("reconcile", alerts.Count));
                var reconcileTime = reconcile.Elapsed;

                var saving = Stopwatch.StartNew();
                db.PayrollBatches.Add(new PayrollBatch(batchId, fileName, sha, n, alerts.Count, submitter.Name, submitter.EmployerId, now, policySet?.Number));
                await db.SaveChangesAsync(ct);
                if (own is not null) await own.CommitAsync(ct);
                else await ambient!.ReleaseSavepointAsync(Savepoint, ct);
                return new(true, batchId, n, [], 0, alerts.Count, validateTime, storeTime + saving.Elapsed, reconcileTime, sha);
            }
        }
        finally
        {
            if (ambient is null) db.ChangeTracker.Clear();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every employer's terms for the month of the file's first valid line, on a connection of its own.</summary>
    private async Task<(int Period, TermsIndex Terms)?> LoadTermsEarlyAsync(PayrollRegister register, Validation v, CancellationToken ct)
    {
        await Task.Yield();
        int period;
        try { period = await v.FirstPeriod.Task.WaitAsync(ct); }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested) { return null; }
        await using var scope = scopes.CreateAsyncScope();
        var terms = await scope.ServiceProvider.GetRequiredService<RegisteredTerms>()
            .LoadAsync(register, null, PeriodOf(period), PeriodOf(period).AddMonths(1).AddDays(-1), ct);
        return (period, terms);
    }

    private struct EqualAcc
    {
        public decimal MigrantTotal, NationalTotal;
        public int Migrants, Nationals;
    }
}

/// <summary>Feeds every byte read through a hash, so pass 1 computes the file's SHA-256 as it validates.</summary>
internal sealed class HashingStream(Stream inner, IncrementalHash hash) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        hash.AppendData(buffer[..n]);
        return n;
    }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
