using System.Globalization;
using Corridor.Data;
using Corridor.Domain.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Corridor.Web.Features.Statistics;

/// <summary>
/// Bulk loading of the analytics table inside the rebuild's transaction, bypassing EF's change tracker and the
/// per-row audit on purpose (one "statistics.rebuilt" action covers the rebuild). PostgreSQL: binary COPY.
/// SQLite: one prepared INSERT reused for every row (as <c>PayrollSink</c>).
/// </summary>
internal static class StatisticsSink
{
    private const string Columns =
        "indicator, period, period_type, period_start, period_end, region, sex, age_group, citizenship, isco, skill_level, isic, category, value";

    public static async Task<long> WriteAsync(CorridorDbContext db, IDbContextTransaction tx, IEnumerable<StatisticsValue> rows,
        Action<long>? progress, CancellationToken ct)
    {
        long n = 0;
        if (db.Database.IsNpgsql())
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var w = await connection.BeginBinaryImportAsync($"COPY statistics_values ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var r in rows)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(r.Indicator, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Period, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.PeriodType.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.PeriodStart, NpgsqlDbType.Date, ct);
                await w.WriteAsync(r.PeriodEnd, NpgsqlDbType.Date, ct);
                await w.WriteAsync(r.Region, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Sex, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.AgeGroup, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Citizenship, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Isco, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.SkillLevel, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Isic, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Category, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Value, NpgsqlDbType.Bigint, ct);
                if (++n % 100_000 == 0) progress?.Invoke(n);
            }
            await w.CompleteAsync(ct);
            return n;
        }

        var sqlite = (SqliteConnection)db.Database.GetDbConnection();
        var names = Columns.Split(", ");
        await using var command = sqlite.CreateCommand();
        command.Transaction = (SqliteTransaction)tx.GetDbTransaction();
        command.CommandText = $"INSERT INTO statistics_values ({Columns}) VALUES ({string.Join(", ", names.Select(c => "$" + c))})";
        foreach (var c in names) command.Parameters.Add(new SqliteParameter("$" + c, null));
        command.Prepare();
        var p = command.Parameters;
        foreach (var r in rows)
        {
            p[0].Value = r.Indicator;
            p[1].Value = r.Period;
            p[2].Value = r.PeriodType.ToString();
            // EF Core stores dates on SQLite as yyyy-MM-dd text.
            p[3].Value = r.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[4].Value = r.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[5].Value = r.Region;
            p[6].Value = r.Sex;
            p[7].Value = r.AgeGroup;
            p[8].Value = r.Citizenship;
            p[9].Value = r.Isco;
            p[10].Value = r.SkillLevel;
            p[11].Value = r.Isic;
            p[12].Value = r.Category;
            p[13].Value = r.Value;
            await command.ExecuteNonQueryAsync(ct);
            if (++n % 100_000 == 0) progress?.Invoke(n);
        }
        return n;
    }
}
