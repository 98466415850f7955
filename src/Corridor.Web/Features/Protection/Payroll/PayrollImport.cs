using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Domain.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
/// The streaming payroll import (docs/payroll-file.md). Pass 1 validates the whole file, streaming, and stores
/// nothing on any error. Pass 2 re-reads it (rewinding the stream, or the temporary file a non-seekable upload
/// was spooled to) and, in ONE transaction, bulk-loads the lines (PostgreSQL binary COPY, SQLite a prepared
/// INSERT), reconciles each line as it goes (alerts spooled to a temporary file, then bulk-loaded), adds the
/// batch-level alerts (unpaid workers, equal treatment) and saves the batch record last through the audited
/// save, then commits. A crash or a killed process before the commit leaves nothing.
/// </summary>
public sealed class PayrollImport(CorridorDbContext db, RegisteredTerms registeredTerms, TimeProvider clock)
{
    /// <summary>Optional progress reports (the command line prints them); every <see cref="ProgressEvery"/> lines.</summary>
    public IProgress<PayrollImportProgress>? Progress { get; set; }
    public int ProgressEvery { get; set; } = 10_000;

    /// <summary>
    /// Crash drills (operations and the killed-import test): after storing this many lines, inside the open transaction,
    /// report "paused" and wait until cancelled or killed. Null in normal use.
    /// </summary>
    public int? PauseAfterLines { get; set; }

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
                // An upload is read twice: spool it to a temporary file that disappears when closed.
                spool = new FileStream(Path.Combine(Path.GetTempPath(), $"corridor-payroll-{Guid.NewGuid():N}.csv"), FileMode.CreateNew,
                    FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                await csv.CopyToAsync(spool, 1 << 16, ct);
                spool.Position = 0;
                input = spool;
            }
            var origin = input.Position;

            var watch = Stopwatch.StartNew();
            var register = await PayrollRegister.LoadAsync(db, ct);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var v = Validate(new HashingStream(input, hash), register, submitter, ct);
            var validateTime = watch.Elapsed;
            if (v.Errors.Count > 0)
                return new(false, null, v.Lines, v.Errors.Items, v.Errors.Count, 0, validateTime, TimeSpan.Zero, TimeSpan.Zero, null);
            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());

            input.Position = origin;
            return await StoreAsync(input, fileName, submitter, register, v, sha, validateTime, ct);
        }
        finally
        {
            if (spool is not null) await spool.DisposeAsync();
        }
    }

    private static StreamReader Reader(Stream s) =>
        new(s, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);

    /// <summary>What pass 1 learned besides the errors: the periods, who filed for which month, and which worker was paid by whom.</summary>
    private sealed class Validation
    {
        public ErrorList Errors { get; } = new();
        public int Lines;
        public int MinPeriod = int.MaxValue, MaxPeriod = int.MinValue;
        /// <summary>(employer index, period index) pairs present in the file.</summary>
        public HashSet<long> Filed { get; } = [];
        /// <summary>Per period, by worker position: 1 + the position of the employer that paid the worker (0: no line), to find duplicates and unpaid workers.</summary>
        public Dictionary<int, int[]> PaidBy { get; } = [];
    }

    private static long EmployerPeriodKey(int employerIndex, int periodIndex) => ((long)employerIndex << 20) | (uint)periodIndex;
    private static DateOnly PeriodOf(int periodIndex) => new(periodIndex / 12, periodIndex % 12 + 1, 1);

    private Validation Validate(Stream input, PayrollRegister register, PayrollSubmitter submitter, CancellationToken ct)
    {
        var v = new Validation();
        using var text = Reader(input);
        var r = new CsvRecordReader(text);
        var line = new PayrollLine();
        var keys = new ParsedKeys();
        try
        {
            if (!r.Read())
            {
                v.Errors.Add(1, 1, PayrollFile.Header[0], "The file is empty: it needs the header and at least one line.");
                return v;
            }
            if (PayrollFile.CheckHeader(r) is { } headerError)
            {
                v.Errors.Add(headerError.Line, headerError.Column, headerError.Field, headerError.Message);
                return v;
            }
            while (r.Read())
            {
                v.Lines++;
                if ((v.Lines & 0xFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    if (v.Lines % ProgressEvery == 0) Progress?.Report(new("validate", v.Lines));
                }
                if (!PayrollFile.Parse(r, register, submitter, line, ref keys, v.Errors))
                {
                    if (v.Errors.Full) return v;
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
                        v.Errors.Add(r.Line, PayrollFile.WorkerNumber, "This worker already has a line for this period in this file.");
                    else paidBy[keys.WorkerIndex] = keys.EmployerIndex + 1;
                }
            }
            if (v.Lines == 0 && v.Errors.Count == 0)
                v.Errors.Add(2, 1, PayrollFile.Header[0], "The file holds no payroll lines.");
        }
        catch (DecoderFallbackException)
        {
            v.Errors.Add(r.Line, 1, "", "The file is not valid UTF-8 text.");
        }
        return v;
    }

    private async Task<PayrollImportResult> StoreAsync(Stream input, string fileName, PayrollSubmitter submitter, PayrollRegister register,
        Validation v, string sha, TimeSpan validateTime, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var reconcileTicks = 0L;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var policySet = await db.PolicySets.AsNoTracking()
            .Where(s => s.Status == PolicySetStatus.Active && s.EffectiveFrom <= today)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Number).FirstOrDefaultAsync(ct);
        var policy = WagePolicy.From(policySet?.Rules ?? PolicyRules.Defaults());

        var firstPeriod = PeriodOf(v.MinPeriod);
        var lastDay = PeriodOf(v.MaxPeriod).AddMonths(1).AddDays(-1);
        var employerIndexes = v.Filed.Select(k => (int)(k >> 20)).Distinct().ToList();
        // A small batch loads its employers' terms; a national batch loads every permit active in its months.
        var terms = await registeredTerms.LoadAsync(register, employerIndexes.Count <= 500 ? employerIndexes.Select(i => register.EmployerIds[i]).ToList() : null,
            firstPeriod, lastDay, ct);

        var batchId = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var alerts = new AlertSpool();
        var equal = new Dictionary<(int Employer, string Occupation, int Period), EqualAcc>();
        var findings = new List<WageFinding>(4);

        // The caller's transaction when there is one (the demo seeder stores its payroll with the rest of the country).
        var ambient = db.Database.CurrentTransaction;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var own = ambient is null ? await db.Database.BeginTransactionAsync(ct) : null;
            var tx = ambient ?? own!;
            await using (var sink = PayrollSink.Create(db, tx))
            {
                using var text = Reader(input);
                var r = new CsvRecordReader(text);
                r.Read(); // the header, already checked
                var line = new PayrollLine { BatchId = batchId };
                var keys = new ParsedKeys();
                var scratch = new ErrorList();
                var n = 0;
                while (r.Read())
                {
                    if (!PayrollFile.Parse(r, register, submitter, line, ref keys, scratch))
                        throw new InvalidOperationException($"Line {r.Line} changed between the two passes over the file.");
                    line.Id = Guid.CreateVersion7();
                    line.LineNumber = r.Line;
                    await sink.WriteLineAsync(line, ct);

                    var started = Stopwatch.GetTimestamp();
                    var period = PayrollFile.PeriodIndex(line.Period);
                    if (line.WorkerId is { } worker)
                    {
                        findings.Clear();
                        PayrollRules.Check(line, terms.Find(keys.WorkerIndex, keys.EmployerIndex, line.Period), policy, findings);
                        foreach (var f in findings) alerts.Add(batchId, line.LineNumber, worker, line.EmployerId, line.Period, f, now);
                    }
                    var group = (keys.EmployerIndex, line.OccupationCode, period);
                    ref var acc = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(equal, group, out _);
                    if (line.WorkerId is null) { acc.NationalTotal += line.BasicWage; acc.Nationals++; }
                    else { acc.MigrantTotal += line.BasicWage; acc.Migrants++; }
                    reconcileTicks += Stopwatch.GetTimestamp() - started;

                    if (++n % ProgressEvery == 0) Progress?.Report(new("store", n));
                    if (n == PauseAfterLines)
                    {
                        Progress?.Report(new("paused", n));
                        await Task.Delay(Timeout.Infinite, ct);
                    }
                }
                await sink.CompleteLinesAsync(ct);
                var storeElapsed = watch.Elapsed - Stopwatch.GetElapsedTime(0, reconcileTicks);

                var reconcile = Stopwatch.StartNew();
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
                var reconcileTime = reconcile.Elapsed + Stopwatch.GetElapsedTime(0, reconcileTicks);

                var saving = Stopwatch.StartNew();
                db.PayrollBatches.Add(new PayrollBatch(batchId, fileName, sha, n, alerts.Count, submitter.Name, submitter.EmployerId, now, policySet?.Number));
                await db.SaveChangesAsync(ct);
                if (own is not null) await own.CommitAsync(ct);
                return new(true, batchId, n, [], 0, alerts.Count, validateTime, storeElapsed + saving.Elapsed, reconcileTime, sha);
            }
        }
        finally
        {
            if (ambient is null) db.ChangeTracker.Clear();
            await db.Database.CloseConnectionAsync();
        }
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
