using System.Diagnostics;
using System.Globalization;
using Corridor.Domain.Protection;
using DuckDB.NET.Data;

namespace Corridor.Benchmarks;

/// <summary>
/// The peer: the same reconciliation as Corridor's PayrollImport (the WPS-* rules with the same policy values)
/// written as ONE SQL statement in DuckDB over the payroll CSV and the registered-terms CSV, storing the alerts
/// in a table of a DuckDB database file (CREATE TABLE alerts AS …). Timed end to end: open, read both CSV
/// files, reconcile, store, checkpoint and close.
/// What it does not do that Corridor does: validate every field with line and column errors, resolve
/// employers and workers in a register, hash the file, store the lines themselves, keep an audit chain.
/// The variant with storeLines also stores the lines (CREATE TABLE lines AS SELECT * FROM read_csv(…)) and
/// reconciles from that table, so the lines-stored comparison is reported beside the alerts-only one.
/// </summary>
internal static class DuckDbPeer
{
    public sealed record Result(double Seconds, long Alerts, Dictionary<string, long> ByRule, string Version);

    private const string Amount = "DECIMAL(18,2)";

    private static string Q(string path) => "'" + path.Replace("'", "''") + "'";

    /// <summary>The payroll CSV as DuckDB reads it: the 23 columns of the format with their types.</summary>
    public static string ReadPayroll(string payroll) => $"""
        read_csv({Q(payroll)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false,
          columns = {'{'}'employer_number': 'VARCHAR', 'worker_number': 'VARCHAR', 'national_id': 'VARCHAR', 'occupation_code': 'VARCHAR',
            'period': 'VARCHAR', 'basic_wage': '{Amount}', 'allowance_housing': '{Amount}', 'allowance_food': '{Amount}',
            'allowance_transport': '{Amount}', 'allowance_other': '{Amount}', 'overtime_hours': '{Amount}', 'overtime_pay': '{Amount}',
            'deduction_1_reason': 'VARCHAR', 'deduction_1_amount': '{Amount}', 'deduction_2_reason': 'VARCHAR', 'deduction_2_amount': '{Amount}',
            'deduction_3_reason': 'VARCHAR', 'deduction_3_amount': '{Amount}', 'net_paid': '{Amount}', 'currency': 'VARCHAR',
            'payment_date': 'DATE', 'payment_channel': 'VARCHAR', 'account': 'VARCHAR'{'}'})
        """;

    /// <summary>The alerts statement over <paramref name="lines"/>: the CSV itself (<see cref="ReadPayroll"/>) or a table of the stored lines.</summary>
    public static string Sql(string lines, string terms, WagePolicy p)
    {
        string D(decimal v) => v.ToString(CultureInfo.InvariantCulture);
        var amount = Amount;
        return $"""
            CREATE TABLE alerts AS
            WITH l AS (
              SELECT *,
                CAST(period || '-01' AS DATE) AS period_start,
                last_day(CAST(period || '-01' AS DATE)) AS period_end,
                basic_wage + coalesce(allowance_housing, 0) + coalesce(allowance_food, 0) + coalesce(allowance_transport, 0)
                  + coalesce(allowance_other, 0) + coalesce(overtime_pay, 0) AS gross
              FROM {lines}
            ),
            t AS (
              SELECT * FROM read_csv({Q(terms)}, header = true, auto_detect = false,
                columns = {'{'}'worker_number': 'VARCHAR', 'employer_number': 'VARCHAR', 'monthly_wage': '{amount}', 'weekly_hours': 'INTEGER',
                  'active_from': 'DATE', 'active_until': 'DATE'{'}'})
            ),
            m AS (
              -- migrant lines with the terms in force with that employer, and the share of the month they were in force
              SELECT l.*, t.monthly_wage, t.weekly_hours,
                CASE WHEN t.worker_number IS NULL THEN 1.0
                  ELSE (datediff('day', greatest(t.active_from, l.period_start), least(t.active_until, l.period_end)) + 1)::DOUBLE
                       / (datediff('day', l.period_start, l.period_end) + 1) END AS share
              FROM l LEFT JOIN t ON t.worker_number = l.worker_number AND t.employer_number = l.employer_number
                AND t.active_from <= l.period_end AND t.active_until >= l.period_start
              WHERE l.worker_number IS NOT NULL
            ),
            d AS (
              SELECT worker_number, employer_number, period, unnest([deduction_1_reason, deduction_2_reason, deduction_3_reason]) AS reason,
                unnest([deduction_1_amount, deduction_2_amount, deduction_3_amount]) AS amount, gross
              FROM m
            ),
            f AS (
              SELECT worker_number, employer_number, period, 'WPS-BELOW-CONTRACT' AS rule_id, round(monthly_wage * share, 2) AS expected, basic_wage AS actual
              FROM m WHERE monthly_wage IS NOT NULL AND basic_wage < round(monthly_wage * share, 2) - 0.01
              UNION ALL
              SELECT worker_number, employer_number, period, 'WPS-MIN-WAGE', round({D(p.MinimumWage)} * share, 2), basic_wage
              FROM m WHERE basic_wage < round({D(p.MinimumWage)} * share, 2) - 0.01
              UNION ALL
              SELECT worker_number, employer_number, period, 'WPS-OVERTIME', owed, coalesce(overtime_pay, 0)
              FROM (SELECT *, round(overtime_hours * (monthly_wage / (weekly_hours * 52.0 / 12.0)) * {D(p.OvertimeRatePercent)} / 100, 2) AS owed
                    FROM m WHERE monthly_wage IS NOT NULL AND overtime_hours > 0)
              WHERE coalesce(overtime_pay, 0) < owed - 0.01
              UNION ALL
              SELECT worker_number, employer_number, period, 'WPS-DEDUCTION-FORBIDDEN', 0, amount
              FROM d WHERE reason IN ('recruitment_fee', 'levy', 'document_fee')
              UNION ALL
              SELECT worker_number, employer_number, period, 'WPS-DEDUCTION-CAP', cap, capped
              FROM (SELECT worker_number, employer_number, period, round(any_value(gross) * {D(p.DeductionCapPercent)} / 100, 2) AS cap,
                      sum(amount) FILTER (WHERE reason IS NOT NULL AND reason NOT IN ('tax', 'social_security')) AS capped
                    FROM d GROUP BY worker_number, employer_number, period)
              WHERE capped > cap + 0.01
              UNION ALL
              SELECT worker_number, employer_number, period, 'WPS-LATE', {p.LateDays}, datediff('day', period_end, payment_date)
              FROM m WHERE datediff('day', period_end, payment_date) > {p.LateDays}
              UNION ALL
              -- a permit in force with an employer that filed for the month, but no line for the worker from it
              SELECT t.worker_number, t.employer_number, fp.period, 'WPS-UNPAID',
                round(t.monthly_wage * (datediff('day', greatest(t.active_from, fp.period_start), least(t.active_until, fp.period_end)) + 1)::DOUBLE
                  / (datediff('day', fp.period_start, fp.period_end) + 1), 2), 0
              FROM (SELECT DISTINCT employer_number, period, period_start, period_end FROM l) fp
              JOIN t ON t.employer_number = fp.employer_number AND t.active_from <= fp.period_end AND t.active_until >= fp.period_start
              WHERE NOT EXISTS (SELECT 1 FROM l WHERE l.worker_number = t.worker_number AND l.employer_number = t.employer_number AND l.period = fp.period)
              UNION ALL
              SELECT NULL, employer_number, period, 'WPS-EQUAL-TREATMENT', national_mean, migrant_mean
              FROM (SELECT employer_number, occupation_code, period,
                      round(avg(basic_wage) FILTER (WHERE worker_number IS NOT NULL), 2) AS migrant_mean,
                      round(avg(basic_wage) FILTER (WHERE worker_number IS NULL), 2) AS national_mean
                    FROM l GROUP BY employer_number, occupation_code, period)
              WHERE migrant_mean IS NOT NULL AND national_mean IS NOT NULL
                AND migrant_mean < national_mean * (1 - {D(p.EqualTreatmentTolerancePercent)} / 100)
            )
            SELECT uuid() AS id, worker_number, employer_number, CAST(period || '-01' AS DATE) AS period, rule_id,
              expected::{amount} AS expected, actual::{amount} AS actual,
              rule_id || ': expected ' || coalesce(CAST(expected AS VARCHAR), '') || ', actual ' || coalesce(CAST(actual AS VARCHAR), '') AS message,
              now() AS created_at
            FROM f
            """;
    }

    /// <summary>
    /// Runs the peer. With <paramref name="storeLines"/> it also stores the lines, as Corridor does: first
    /// <c>CREATE TABLE lines AS SELECT * FROM read_csv(…)</c>, then the same alerts statement over that table (the CSV is
    /// read once), both in the one timed run.
    /// </summary>
    public static Result Run(string payroll, string terms, string databaseFile, WagePolicy policy, bool storeLines = false)
    {
        var sql = Sql(storeLines ? "lines" : ReadPayroll(payroll), terms, policy);
        var watch = Stopwatch.StartNew();
        using (var connection = new DuckDBConnection($"Data Source={databaseFile}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            if (storeLines)
            {
                command.CommandText = $"CREATE TABLE lines AS SELECT * FROM {ReadPayroll(payroll)}";
                command.ExecuteNonQuery();
            }
            command.CommandText = sql;
            command.ExecuteNonQuery();
            command.CommandText = "CHECKPOINT";
            command.ExecuteNonQuery();
        }
        var seconds = watch.Elapsed.TotalSeconds;

        // Untimed: what was stored.
        using var check = new DuckDBConnection($"Data Source={databaseFile}");
        check.Open();
        using var c = check.CreateCommand();
        c.CommandText = "SELECT version()";
        var version = (string)c.ExecuteScalar()!;
        c.CommandText = "SELECT rule_id, count(*) FROM alerts GROUP BY rule_id ORDER BY rule_id";
        var byRule = new Dictionary<string, long>();
        using (var r = c.ExecuteReader())
            while (r.Read()) byRule[r.GetString(0)] = Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture);
        return new Result(seconds, byRule.Values.Sum(), byRule, version);
    }
}
