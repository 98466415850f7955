using System.Data.Common;
using Corridor.Data;
using Corridor.Domain.Protection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Corridor.Web.Features.Protection.Payroll;

/// <summary>
/// Bulk loading of payroll lines and alerts inside the import's transaction, bypassing EF's change tracker and
/// per-row audit on purpose (the batch record, saved last through the audited save, carries the file's SHA-256).
/// PostgreSQL: binary COPY. SQLite: one prepared INSERT reused for every row.
/// </summary>
internal abstract class PayrollSink : IAsyncDisposable
{
    public const string LineColumns =
        "id, batch_id, line_number, employer_id, worker_id, national_id, occupation_code, period, basic_wage, " +
        "allowance_housing, allowance_food, allowance_transport, allowance_other, overtime_hours, overtime_pay, " +
        "deduction1_reason, deduction1_amount, deduction2_reason, deduction2_amount, deduction3_reason, deduction3_amount, " +
        "net_paid, currency, payment_date, payment_channel, account";

    public const string AlertColumns = "id, batch_id, line_number, worker_id, employer_id, period, rule_id, expected, actual, message, created_at";

    public static PayrollSink Create(CorridorDbContext db, IDbContextTransaction tx) =>
        db.Database.IsNpgsql()
            ? new PostgresSink((NpgsqlConnection)db.Database.GetDbConnection())
            : new SqliteSink((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)tx.GetDbTransaction());

    public abstract ValueTask WriteLineAsync(PayrollLine line, CancellationToken ct);
    public abstract ValueTask CompleteLinesAsync(CancellationToken ct);
    public abstract ValueTask WriteAlertsAsync(IEnumerable<PayrollAlert> alerts, CancellationToken ct);
    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class PostgresSink(NpgsqlConnection connection) : PayrollSink
    {
        private NpgsqlBinaryImporter? _lines;

        public override async ValueTask WriteLineAsync(PayrollLine l, CancellationToken ct)
        {
            _lines ??= await connection.BeginBinaryImportAsync($"COPY payroll_lines ({LineColumns}) FROM STDIN (FORMAT BINARY)", ct);
            var w = _lines;
            w.StartRow();
            w.Write(l.Id, NpgsqlDbType.Uuid);
            w.Write(l.BatchId, NpgsqlDbType.Uuid);
            w.Write(l.LineNumber, NpgsqlDbType.Integer);
            w.Write(l.EmployerId, NpgsqlDbType.Uuid);
            Nullable(w, l.WorkerId, NpgsqlDbType.Uuid);
            Text(w, l.NationalId);
            w.Write(l.OccupationCode, NpgsqlDbType.Varchar);
            w.Write(l.Period, NpgsqlDbType.Date);
            w.Write(l.BasicWage, NpgsqlDbType.Numeric);
            Nullable(w, l.AllowanceHousing, NpgsqlDbType.Numeric);
            Nullable(w, l.AllowanceFood, NpgsqlDbType.Numeric);
            Nullable(w, l.AllowanceTransport, NpgsqlDbType.Numeric);
            Nullable(w, l.AllowanceOther, NpgsqlDbType.Numeric);
            Nullable(w, l.OvertimeHours, NpgsqlDbType.Numeric);
            Nullable(w, l.OvertimePay, NpgsqlDbType.Numeric);
            Text(w, l.Deduction1Reason?.ToString());
            Nullable(w, l.Deduction1Amount, NpgsqlDbType.Numeric);
            Text(w, l.Deduction2Reason?.ToString());
            Nullable(w, l.Deduction2Amount, NpgsqlDbType.Numeric);
            Text(w, l.Deduction3Reason?.ToString());
            Nullable(w, l.Deduction3Amount, NpgsqlDbType.Numeric);
            w.Write(l.NetPaid, NpgsqlDbType.Numeric);
            w.Write(l.Currency, NpgsqlDbType.Varchar);
            w.Write(l.PaymentDate, NpgsqlDbType.Date);
            w.Write(ChannelName(l.PaymentChannel), NpgsqlDbType.Varchar);
            Text(w, l.Account);
        }

        public override async ValueTask CompleteLinesAsync(CancellationToken ct)
        {
            if (_lines is null) return;
            await _lines.CompleteAsync(ct);
            await _lines.DisposeAsync();
            _lines = null;
        }

        public override async ValueTask WriteAlertsAsync(IEnumerable<PayrollAlert> alerts, CancellationToken ct)
        {
            await using var w = await connection.BeginBinaryImportAsync($"COPY payroll_alerts ({AlertColumns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var a in alerts)
            {
                w.StartRow();
                w.Write(a.Id, NpgsqlDbType.Uuid);
                Nullable(w, a.BatchId, NpgsqlDbType.Uuid);
                Nullable(w, a.LineNumber, NpgsqlDbType.Integer);
                Nullable(w, a.WorkerId, NpgsqlDbType.Uuid);
                w.Write(a.EmployerId, NpgsqlDbType.Uuid);
                w.Write(a.Period, NpgsqlDbType.Date);
                w.Write(a.RuleId, NpgsqlDbType.Varchar);
                Nullable(w, a.Expected, NpgsqlDbType.Numeric);
                Nullable(w, a.Actual, NpgsqlDbType.Numeric);
                w.Write(a.Message, NpgsqlDbType.Varchar);
                w.Write(a.CreatedAt, NpgsqlDbType.TimestampTz);
            }
            await w.CompleteAsync(ct);
        }

        public override async ValueTask DisposeAsync()
        {
            // Not completed = cancelled: the COPY is abandoned and the transaction rolls back.
            if (_lines is not null) await _lines.DisposeAsync();
        }

        private static void Nullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : struct
        {
            if (value is { } v) w.Write(v, type);
            else w.WriteNull();
        }

        private static void Text(NpgsqlBinaryImporter w, string? value)
        {
            if (value is null) w.WriteNull();
            else w.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private sealed class SqliteSink(SqliteConnection connection, SqliteTransaction tx) : PayrollSink
    {
        private SqliteCommand? _lines;

        private SqliteCommand Prepare(string table, string columns)
        {
            var names = columns.Split(", ");
            var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", names.Select(n => "$" + n))})";
            foreach (var n in names) command.Parameters.Add(new SqliteParameter("$" + n, null));
            command.Prepare();
            return command;
        }

        // EF Core stores GUIDs on SQLite as upper-case text, dates as yyyy-MM-dd and decimals as text.
        private static object G(Guid g) => g.ToString().ToUpperInvariant();
        private static object N<T>(T? v) where T : struct => v is { } x ? x : DBNull.Value;
        private static object S(string? s) => s ?? (object)DBNull.Value;
        private static object D(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        public override ValueTask WriteLineAsync(PayrollLine l, CancellationToken ct)
        {
            _lines ??= Prepare("payroll_lines", LineColumns);
            var p = _lines.Parameters;
            p[0].Value = G(l.Id);
            p[1].Value = G(l.BatchId);
            p[2].Value = l.LineNumber;
            p[3].Value = G(l.EmployerId);
            p[4].Value = l.WorkerId is { } w ? G(w) : DBNull.Value;
            p[5].Value = S(l.NationalId);
            p[6].Value = l.OccupationCode;
            p[7].Value = D(l.Period);
            p[8].Value = l.BasicWage;
            p[9].Value = N(l.AllowanceHousing);
            p[10].Value = N(l.AllowanceFood);
            p[11].Value = N(l.AllowanceTransport);
            p[12].Value = N(l.AllowanceOther);
            p[13].Value = N(l.OvertimeHours);
            p[14].Value = N(l.OvertimePay);
            p[15].Value = S(l.Deduction1Reason?.ToString());
            p[16].Value = N(l.Deduction1Amount);
            p[17].Value = S(l.Deduction2Reason?.ToString());
            p[18].Value = N(l.Deduction2Amount);
            p[19].Value = S(l.Deduction3Reason?.ToString());
            p[20].Value = N(l.Deduction3Amount);
            p[21].Value = l.NetPaid;
            p[22].Value = l.Currency;
            p[23].Value = D(l.PaymentDate);
            p[24].Value = ChannelName(l.PaymentChannel);
            p[25].Value = S(l.Account);
            _lines.ExecuteNonQuery();
            return ValueTask.CompletedTask;
        }

        public override ValueTask CompleteLinesAsync(CancellationToken ct) => ValueTask.CompletedTask;

        public override ValueTask WriteAlertsAsync(IEnumerable<PayrollAlert> alerts, CancellationToken ct)
        {
            using var command = Prepare("payroll_alerts", AlertColumns);
            var p = command.Parameters;
            foreach (var a in alerts)
            {
                p[0].Value = G(a.Id);
                p[1].Value = a.BatchId is { } b ? G(b) : DBNull.Value;
                p[2].Value = N(a.LineNumber);
                p[3].Value = a.WorkerId is { } w ? G(w) : DBNull.Value;
                p[4].Value = G(a.EmployerId);
                p[5].Value = D(a.Period);
                p[6].Value = a.RuleId;
                p[7].Value = N(a.Expected);
                p[8].Value = N(a.Actual);
                p[9].Value = a.Message;
                p[10].Value = a.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
                command.ExecuteNonQuery();
            }
            return ValueTask.CompletedTask;
        }

        public override ValueTask DisposeAsync()
        {
            _lines?.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private static string ChannelName(PaymentChannel c) => c.ToString();
}

/// <summary>
/// Alerts found while the lines stream in, spooled to a temporary file (PostgreSQL runs one COPY at a time per
/// connection, and a million alerts must not sit in memory), then replayed into the alerts table.
/// </summary>
internal sealed class AlertSpool : IAsyncDisposable
{
    private readonly FileStream _file = new(Path.Combine(Path.GetTempPath(), $"corridor-alerts-{Guid.NewGuid():N}.bin"), FileMode.CreateNew,
        FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
    private readonly BinaryWriter _writer;

    public AlertSpool() => _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);

    public int Count { get; private set; }
    private Guid? _batch;
    private DateTime _at;

    public void Add(Guid? batchId, int? lineNumber, Guid? workerId, Guid employerId, DateOnly period, WageFinding f, DateTime at)
    {
        _batch = batchId;
        _at = at;
        _writer.Write(lineNumber ?? -1);
        _writer.Write(workerId is not null);
        if (workerId is { } w) _writer.Write(w.ToByteArray());
        _writer.Write(employerId.ToByteArray());
        _writer.Write(period.DayNumber);
        _writer.Write(f.RuleId);
        _writer.Write(f.Expected is not null);
        if (f.Expected is { } e) _writer.Write(e);
        _writer.Write(f.Actual is not null);
        if (f.Actual is { } a) _writer.Write(a);
        _writer.Write(f.Message.Length > 500 ? f.Message[..500] : f.Message);
        Count++;
    }

    public IEnumerable<PayrollAlert> Replay()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < Count; i++)
        {
            var line = reader.ReadInt32();
            Guid? worker = reader.ReadBoolean() ? new Guid(reader.ReadBytes(16)) : null;
            var employer = new Guid(reader.ReadBytes(16));
            var period = DateOnly.FromDayNumber(reader.ReadInt32());
            var rule = reader.ReadString();
            decimal? expected = reader.ReadBoolean() ? reader.ReadDecimal() : null;
            decimal? actual = reader.ReadBoolean() ? reader.ReadDecimal() : null;
            yield return new PayrollAlert
            {
                Id = Guid.CreateVersion7(), BatchId = _batch, LineNumber = line < 0 ? null : line, WorkerId = worker, EmployerId = employer,
                Period = period, RuleId = rule, Expected = expected, Actual = actual, Message = reader.ReadString(), CreatedAt = _at,
            };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _file.DisposeAsync();
    }
}
