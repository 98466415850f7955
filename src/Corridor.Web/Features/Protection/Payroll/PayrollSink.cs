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
            _lines = null;
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
            _lines = null;
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

/// <summary>
/// What the per-line rules need of each stored migrant line (amounts, deductions, dates, register positions), spooled
/// in a compact binary temporary file while the lines stream into the database, and replayed once the registered
/// terms are loaded: the file is parsed once, and no line is held in memory. Amounts are stored exactly (the
/// unscaled integer and the scale of the parsed decimal), about 40 bytes a line.
/// </summary>
internal sealed class RuleInputSpool : IAsyncDisposable
{
    private readonly FileStream _file = new(Path.Combine(Path.GetTempPath(), $"corridor-payroll-rules-{Guid.NewGuid():N}.bin"), FileMode.CreateNew,
        FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
    private readonly BinaryWriter _writer;

    public RuleInputSpool() => _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);

    public int Count { get; private set; }

    public void Add(PayrollLine l, int workerIndex, int employerIndex)
    {
        var w = _writer;
        w.Write7BitEncodedInt(l.LineNumber);
        w.Write7BitEncodedInt(workerIndex);
        w.Write7BitEncodedInt(employerIndex);
        w.Write7BitEncodedInt(l.Period.DayNumber);
        w.Write7BitEncodedInt(l.PaymentDate.DayNumber);
        // Which optional amounts are present, one bit each.
        var present = (l.AllowanceHousing is null ? 0 : 1) | (l.AllowanceFood is null ? 0 : 2) | (l.AllowanceTransport is null ? 0 : 4)
            | (l.AllowanceOther is null ? 0 : 8) | (l.OvertimeHours is null ? 0 : 16) | (l.OvertimePay is null ? 0 : 32)
            | (l.Deduction1Amount is null ? 0 : 64) | (l.Deduction2Amount is null ? 0 : 128) | (l.Deduction3Amount is null ? 0 : 256);
        w.Write7BitEncodedInt(present);
        Amount(w, l.BasicWage);
        if (l.AllowanceHousing is { } a1) Amount(w, a1);
        if (l.AllowanceFood is { } a2) Amount(w, a2);
        if (l.AllowanceTransport is { } a3) Amount(w, a3);
        if (l.AllowanceOther is { } a4) Amount(w, a4);
        if (l.OvertimeHours is { } oh) Amount(w, oh);
        if (l.OvertimePay is { } op) Amount(w, op);
        w.Write((byte)(l.Deduction1Reason ?? 0));
        w.Write((byte)(l.Deduction2Reason ?? 0));
        w.Write((byte)(l.Deduction3Reason ?? 0));
        if (l.Deduction1Amount is { } d1) Amount(w, d1);
        if (l.Deduction2Amount is { } d2) Amount(w, d2);
        if (l.Deduction3Amount is { } d3) Amount(w, d3);
        Count++;
    }

    /// <summary>The spooled lines in order; the same <see cref="PayrollLine"/> instance each time (read it before moving on).</summary>
    public IEnumerable<(PayrollLine Line, int WorkerIndex, int EmployerIndex)> Replay(PayrollRegister register)
    {
        _writer.Flush();
        _file.Position = 0;
        using var r = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        var l = new PayrollLine();
        for (var i = 0; i < Count; i++)
        {
            l.LineNumber = r.Read7BitEncodedInt();
            var worker = r.Read7BitEncodedInt();
            var employer = r.Read7BitEncodedInt();
            l.WorkerId = register.WorkerIds[worker];
            l.EmployerId = register.EmployerIds[employer];
            l.Period = DateOnly.FromDayNumber(r.Read7BitEncodedInt());
            l.PaymentDate = DateOnly.FromDayNumber(r.Read7BitEncodedInt());
            var present = r.Read7BitEncodedInt();
            l.BasicWage = Amount(r);
            l.AllowanceHousing = (present & 1) != 0 ? Amount(r) : null;
            l.AllowanceFood = (present & 2) != 0 ? Amount(r) : null;
            l.AllowanceTransport = (present & 4) != 0 ? Amount(r) : null;
            l.AllowanceOther = (present & 8) != 0 ? Amount(r) : null;
            l.OvertimeHours = (present & 16) != 0 ? Amount(r) : null;
            l.OvertimePay = (present & 32) != 0 ? Amount(r) : null;
            l.Deduction1Reason = Reason(r.ReadByte());
            l.Deduction2Reason = Reason(r.ReadByte());
            l.Deduction3Reason = Reason(r.ReadByte());
            l.Deduction1Amount = (present & 64) != 0 ? Amount(r) : null;
            l.Deduction2Amount = (present & 128) != 0 ? Amount(r) : null;
            l.Deduction3Amount = (present & 256) != 0 ? Amount(r) : null;
            yield return (l, worker, employer);
        }
    }

    private static DeductionReason? Reason(byte b) => b == 0 ? null : (DeductionReason)b;

    // The file's amounts are non-negative, below 10^12 with at most two decimals: the unscaled value fits a long.
    private static void Amount(BinaryWriter w, decimal d)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        if (bits[2] != 0 || bits[3] < 0) throw new InvalidOperationException($"Amount {d} is outside the payroll file's range.");
        w.Write7BitEncodedInt64((uint)bits[0] | ((long)(uint)bits[1] << 32));
        w.Write((byte)(bits[3] >> 16));
    }

    private static decimal Amount(BinaryReader r)
    {
        var unscaled = r.Read7BitEncodedInt64();
        var scale = r.ReadByte();
        return new decimal((int)unscaled, (int)(unscaled >> 32), 0, false, scale);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _file.DisposeAsync();
    }
}
