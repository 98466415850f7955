using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Corridor.Benchmarks;

/// <summary>
/// Where seeding time goes, from EF Core's DiagnosticListener (so the app's services need no change):
/// <list type="bullet">
/// <item><see cref="Database"/>: waiting on the database — commands including reading their results,
/// transaction begin/commit;</item>
/// <item><see cref="SaveChanges"/>: inside EF's own SaveChanges (change detection, SQL and parameters,
/// the database time) — CorridorDbContext's stamping and audit events happen before it;</item>
/// <item><see cref="DetectChanges"/>: every change-detection pass, inside SaveChanges or not
/// (ChangeTracker.Entries() runs one).</item>
/// </list>
/// The rest is building workers (DemoSeeder) and the audit trail (collecting values, JSON, SHA-256).
/// </summary>
public sealed class EfTimings : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private long _database, _saveChanges, _detectChanges, _commands, _lockWait, _quotaRow;
    private long _saveStarted, _detectStarted;

    public EfTimings() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Counts only while true, so migrations and the context seed stay out of the figures.</summary>
    public bool Counting { get; set; }

    public TimeSpan Database => TimeSpan.FromTicks(Interlocked.Read(ref _database));
    public TimeSpan SaveChanges => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _saveChanges));
    public TimeSpan DetectChanges => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _detectChanges));
    public long Commands => Interlocked.Read(ref _commands);
    /// <summary>
    /// Waiting for the audit chain's serialising lock (part of <see cref="Database"/>): PostgreSQL's
    /// pg_advisory_xact_lock command; on SQLite, BEGIN IMMEDIATE (a transaction's start waits for the write lock).
    /// Summed over concurrent requests, so it can exceed the wall-clock time.
    /// </summary>
    public TimeSpan LockWait => TimeSpan.FromTicks(Interlocked.Read(ref _lockWait));
    /// <summary>
    /// The UPDATE of a national_quotas row (a permit taking its quota slot), part of <see cref="Database"/>: on
    /// PostgreSQL it waits for the row lock that every other open transaction on the same quota holds to its commit.
    /// </summary>
    public TimeSpan QuotaRowUpdate => TimeSpan.FromTicks(Interlocked.Read(ref _quotaRow));

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        // Only these events: EF builds event data for every enabled event, which would slow what we measure.
        if (listener.Name == DbLoggerCategory.Name)
            lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, (Predicate<string>)Wanted.Contains));
    }

    private static readonly string SaveStarting = CoreEventId.SaveChangesStarting.Name!;
    private static readonly string SaveCompleted = CoreEventId.SaveChangesCompleted.Name!;
    private static readonly string SaveFailed = CoreEventId.SaveChangesFailed.Name!;
    private static readonly string DetectStarting = CoreEventId.DetectChangesStarting.Name!;
    private static readonly string DetectCompleted = CoreEventId.DetectChangesCompleted.Name!;
    private static readonly string TransactionStarted = RelationalEventId.TransactionStarted.Name!;

    private static readonly HashSet<string> Wanted =
    [
        SaveStarting, SaveCompleted, SaveFailed, DetectStarting, DetectCompleted,
        RelationalEventId.CommandExecuted.Name!, RelationalEventId.DataReaderDisposing.Name!,
        RelationalEventId.TransactionStarted.Name!, RelationalEventId.TransactionCommitted.Name!,
        RelationalEventId.TransactionRolledBack.Name!,
    ];

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (!Counting) return;
        var now = Stopwatch.GetTimestamp();
        if (e.Key == SaveStarting) _saveStarted = now;
        else if ((e.Key == SaveCompleted || e.Key == SaveFailed) && _saveStarted != 0) { Interlocked.Add(ref _saveChanges, now - _saveStarted); _saveStarted = 0; }
        else if (e.Key == DetectStarting) _detectStarted = now;
        else if (e.Key == DetectCompleted && _detectStarted != 0) { Interlocked.Add(ref _detectChanges, now - _detectStarted); _detectStarted = 0; }
        switch (e.Value)
        {
            // Executing a command runs until its first result; a reader's Disposing event then carries
            // the time spent reading the rest (a batch's later results).
            case CommandExecutedEventData c:
                Interlocked.Add(ref _database, c.Duration.Ticks);
                Interlocked.Increment(ref _commands);
                if (c.Command.CommandText.Contains("pg_advisory_xact_lock", StringComparison.Ordinal)) Interlocked.Add(ref _lockWait, c.Duration.Ticks);
                else if (c.Command.CommandText.StartsWith("UPDATE", StringComparison.Ordinal) && c.Command.CommandText.Contains("national_quotas", StringComparison.Ordinal))
                    Interlocked.Add(ref _quotaRow, c.Duration.Ticks);
                break;
            case DataReaderDisposingEventData r:
                Interlocked.Add(ref _database, r.Duration.Ticks);
                break;
            case TransactionEndEventData t:
                Interlocked.Add(ref _database, t.Duration.Ticks);
                if (e.Key == TransactionStarted && t.Transaction is Microsoft.Data.Sqlite.SqliteTransaction) Interlocked.Add(ref _lockWait, t.Duration.Ticks);
                break;
        }
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var s in _subscriptions) s.Dispose();
            _subscriptions.Clear();
        }
    }
}
