using System.Data.Common;
using System.Globalization;
using Corridor.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Corridor.Benchmarks;

/// <summary>
/// Bulk insert of domain entities for seeding a benchmark, with the SAME shapes EF Core stores (table, columns and
/// value conversions come from the EF model) but without the change tracker and the per-row audit event:
/// PostgreSQL binary COPY, SQLite one prepared INSERT. Only for preparing data that a scenario then measures.
/// </summary>
internal static class BulkRows
{
    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, NpgsqlDbType PgType);

    public static async Task<long> InsertAsync<T>(CorridorDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var postgres = db.Database.IsNpgsql();
        var columns = entity.GetProperties()
            .Select(p => (p, name: p.GetColumnName(store)))
            .Where(x => x.name is not null)
            .Select(x =>
            {
                var mapping = (RelationalTypeMapping)x.p.GetRelationalTypeMapping();
                var pg = postgres ? PgType(mapping.StoreType) : default;
                return new Column(x.p, x.name!, mapping, pg);
            })
            .ToList();
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var connection = db.Database.GetDbConnection();
        long n = 0;
        if (postgres)
        {
            await using var w = await ((NpgsqlConnection)connection).BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
            // The foreign-key checks of millions of rows run when the COPY completes: far beyond the 30-second default.
            w.Timeout = TimeSpan.FromMinutes(30);
            foreach (var row in rows)
            {
                await w.StartRowAsync(ct);
                foreach (var c in columns)
                {
                    var v = Value(c, row);
                    if (v is null) await w.WriteNullAsync(ct);
                    else await w.WriteAsync(v, c.PgType, ct);
                }
                n++;
            }
            await w.CompleteAsync(ct);
            return n;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Count; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++) command.Parameters[i].Value = Sqlite(Value(columns[i], row)) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
            n++;
        }
        return n;
    }

    /// <summary>The binary COPY type of a PostgreSQL column type as EF's mapping names it.</summary>
    private static NpgsqlDbType PgType(string storeType)
    {
        var t = storeType.Split('(')[0].Trim();
        return t switch
        {
            "uuid" => NpgsqlDbType.Uuid,
            "text" => NpgsqlDbType.Text,
            "character varying" or "varchar" => NpgsqlDbType.Varchar,
            "character" => NpgsqlDbType.Char,
            "integer" or "int" => NpgsqlDbType.Integer,
            "bigint" => NpgsqlDbType.Bigint,
            "smallint" => NpgsqlDbType.Smallint,
            "boolean" => NpgsqlDbType.Boolean,
            "numeric" => NpgsqlDbType.Numeric,
            "date" => NpgsqlDbType.Date,
            "timestamp with time zone" => NpgsqlDbType.TimestampTz,
            "timestamp without time zone" => NpgsqlDbType.Timestamp,
            "double precision" => NpgsqlDbType.Double,
            "real" => NpgsqlDbType.Real,
            "bytea" => NpgsqlDbType.Bytea,
            "jsonb" => NpgsqlDbType.Jsonb,
            _ => throw new NotSupportedException($"column type {storeType}"),
        };
    }

    private static object? Value(Column c, object row)
    {
        var v = c.Property.GetGetter().GetClrValue(row);
        if (v is not null && c.Mapping.Converter is { } converter) v = converter.ConvertToProvider(v);
        return v;
    }

    // EF Core stores GUIDs on SQLite as upper-case text, dates as yyyy-MM-dd, date-times as below and decimals as text.
    private static object? Sqlite(object? v) => v switch
    {
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        _ => v,
    };
}
