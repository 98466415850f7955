using System.Globalization;
using System.Reflection;
using System.Text;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Protection;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Protection.Payroll;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Benchmarks;

/// <summary>
/// The national payroll month for the benchmark: N migrant workers with work permits active at ~N/200 employers,
/// and the payroll CSV (docs/payroll-file.md) for them with a realistic mix of problems, plus the same registered
/// terms exported as CSV for the DuckDB peer.
/// Employers (and the org units they refer to) are seeded through DemoSeeder (EF Core, audited). Workers, one
/// vacancy per employer, permit applications and work permits are bulk-inserted with the same shapes EF Core
/// stores (BulkRows: table, columns and conversions from the EF model) but without the per-row audit event —
/// a million audited saves would take longer than the benchmark itself and are not what it measures.
/// </summary>
internal sealed class PayrollData
{
    public static readonly DateOnly Period = new(2026, 10, 1);
    public static readonly DateOnly PermitFrom = new(2025, 6, 1);
    public static readonly DateOnly ActivatedOn = new(2025, 6, 8);
    public static readonly DateOnly PermitUntil = new(2027, 5, 31);

    // Share of lines with each problem (independent draws), and workers with no line at all.
    public const double Underpaid = 0.03, Late = 0.01, Forbidden = 0.01, OvertimeUnpaid = 0.005, Missing = 0.005;
    public const double WithOvertime = 0.20, Nationals = 0.005, Accommodation = 0.10;

    public required int Workers { get; init; }
    public required string[] EmployerNumbers { get; init; }
    public required Guid[] EmployerIds { get; init; }
    public required Guid[] WorkerIds { get; init; }
    public required int[] Wage { get; init; }
    public required byte[] Hours { get; init; }
    public required string[] Occupations { get; init; }

    public static int EmployerOf(int i, int employers) => i % employers;
    public int OccupationOf(int i) => (i / EmployerNumbers.Length) % Occupations.Length;
    public static string WorkerNumber(int i)
    {
        var digits = (1_000_000_000L + i).ToString("D10", CultureInfo.InvariantCulture);
        return $"W-{digits}{CheckDigit.Compute(digits)}";
    }

    /// <summary>Seeds the register for <paramref name="workers"/> workers at <paramref name="employerNumbers"/>' employers, in one transaction.</summary>
    public static async Task<PayrollData> SeedAsync(CorridorDbContext db, int workers, List<Employer> employers, CancellationToken ct)
    {
        var random = new Random(2026);
        var occupations = ReferenceData.Isco.Keys.Where(k => k.Length == 3 && k[0] is '7' or '8' or '9').Order(StringComparer.Ordinal).Take(20).ToArray();
        var orgUnit = await db.OrgUnits.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(ct);
        var now = DateTime.UtcNow;
        var data = new PayrollData
        {
            Workers = workers,
            EmployerNumbers = [.. employers.Select(e => e.RegistrationNumber)],
            EmployerIds = [.. employers.Select(e => e.Id)],
            WorkerIds = new Guid[workers],
            Wage = new int[workers],
            Hours = new byte[workers],
            Occupations = occupations,
        };
        for (var i = 0; i < workers; i++)
        {
            data.Wage[i] = 150_000 + 1_000 * random.Next(0, 251);
            data.Hours[i] = (byte)(random.NextDouble() < 0.8 ? 40 : 48);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var vacancies = employers.Select(e =>
        {
            var v = Make<Vacancy>();
            Set(v, nameof(Vacancy.EmployerId), e.Id);
            Set(v, nameof(Vacancy.OccupationCode), occupations[0]);
            Set(v, nameof(Vacancy.IsicSection), e.IsicSection);
            Set(v, nameof(Vacancy.Posts), 200);
            Set(v, nameof(Vacancy.MonthlyWage), 200_000m);
            Set(v, nameof(Vacancy.WeeklyHours), 40);
            Set(v, nameof(Vacancy.OrgUnitId), orgUnit);
            Set(v, nameof(Vacancy.StartDate), PermitFrom);
            Set(v, nameof(Vacancy.Status), VacancyStatus.CertificateIssued);
            Set(v, nameof(Vacancy.AdvertisingFrom), PermitFrom.AddMonths(-2));
            Set(v, nameof(Vacancy.AdvertisingDays), 30);
            Set(v, nameof(Vacancy.PolicySetNumber), 1);
            Stamp(v, now);
            return v;
        }).ToList();
        await BulkRows.InsertAsync(db, vacancies, ct);

        await BulkRows.InsertAsync(db, Enumerable.Range(0, workers).Select(i =>
        {
            var e = EmployerOf(i, employers.Count);
            var w = new MigrantWorker(WorkerNumber(i), new WorkerParticulars(
                "Aziz", "Karimov", Sex.Male, new DateOnly(1990, 1, 1).AddDays(i % 5000), "UZB", "FA" + i.ToString("D9", CultureInfo.InvariantCulture), "UZB",
                new DateOnly(2030, 1, 1), data.Occupations[data.OccupationOf(i)], MigrationDirection.Inbound, null, "uz", null, null), employers[e].Id);
            Stamp(w, now);
            data.WorkerIds[i] = w.Id;
            return w;
        }), ct);

        var applicationIds = new Guid[workers];
        await BulkRows.InsertAsync(db, Enumerable.Range(0, workers).Select(i =>
        {
            var e = EmployerOf(i, employers.Count);
            var a = new WorkPermitApplication(employers[e].Id, data.WorkerIds[i], vacancies[e].Id, data.Occupations[data.OccupationOf(i)],
                data.Wage[i], data.Hours[i], PermitFrom, PermitFrom.AddDays(-30).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
            Set(a, nameof(WorkPermitApplication.Status), PermitApplicationStatus.Approved);
            Set(a, nameof(WorkPermitApplication.RulesPassed), true);
            Set(a, nameof(WorkPermitApplication.DecidedBy), "bench");
            Set(a, nameof(WorkPermitApplication.DecidedAt), a.SubmittedAt.AddHours(2));
            Stamp(a, now);
            applicationIds[i] = a.Id;
            return a;
        }), ct);

        await BulkRows.InsertAsync(db, Enumerable.Range(0, workers).Select(i =>
        {
            var e = EmployerOf(i, employers.Count);
            var p = Make<WorkPermit>();
            Set(p, nameof(WorkPermit.ApplicationId), applicationIds[i]);
            Set(p, nameof(WorkPermit.EmployerId), employers[e].Id);
            Set(p, nameof(WorkPermit.WorkerId), data.WorkerIds[i]);
            Set(p, nameof(WorkPermit.OccupationCode), data.Occupations[data.OccupationOf(i)]);
            Set(p, nameof(WorkPermit.Number), "P-" + (1_000_000_000L + i).ToString("D10", CultureInfo.InvariantCulture));
            Set(p, nameof(WorkPermit.VerificationCode), Guid.NewGuid().ToString("N"));
            Set(p, nameof(WorkPermit.ValidFrom), PermitFrom);
            Set(p, nameof(WorkPermit.ValidUntil), PermitUntil);
            Set(p, nameof(WorkPermit.RenewalsLeft), 1);
            Set(p, nameof(WorkPermit.PolicySetNumber), 1);
            Set(p, nameof(WorkPermit.Status), PermitStatus.Active);
            Set(p, nameof(WorkPermit.IssuedOn), PermitFrom);
            Set(p, nameof(WorkPermit.ActivatedOn), ActivatedOn);
            Set(p, nameof(WorkPermit.StayStartedOn), PermitFrom);
            Stamp(p, now);
            return p;
        }), ct);
        await tx.CommitAsync(ct);
        return data;
    }

    /// <summary>Writes the payroll file; returns the number of lines (without the header).</summary>
    public int WritePayroll(string path)
    {
        var random = new Random(11);
        var inv = CultureInfo.InvariantCulture;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        w.WriteLine(PayrollFile.HeaderLine);
        var lines = 0;
        var periodEnd = Period.AddMonths(1).AddDays(-1);
        var period = Period.ToString("yyyy-MM", inv);
        static string A(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var sb = new StringBuilder(256);
        for (var i = 0; i < Workers; i++)
        {
            var employer = EmployerOf(i, EmployerNumbers.Length);
            var occupation = Occupations[OccupationOf(i)];
            if (random.NextDouble() < Nationals)
            {
                // A national employee in the same occupation; sometimes paid well above the migrants (equal treatment).
                var nationalWage = Wage[i] * (random.NextDouble() < 0.5 ? 1.3m : 1.0m);
                var nTax = decimal.Round(nationalWage * 0.1m, 2);
                sb.Clear().Append(EmployerNumbers[employer]).Append(",,").Append((100_000_000_000L + i).ToString(inv)).Append(',').Append(occupation).Append(',').Append(period)
                    .Append(',').Append(A(nationalWage)).Append(",,,,,,,tax,").Append(A(nTax)).Append(",,,,,")
                    .Append(A(nationalWage - nTax)).Append(",KZT,").Append(periodEnd.AddDays(5).ToString("yyyy-MM-dd", inv)).Append(",bank,KZ").Append(i);
                w.WriteLine(sb);
                lines++;
            }
            if (random.NextDouble() < Missing) continue;
            var contract = (decimal)Wage[i];
            var basic = random.NextDouble() < Underpaid ? decimal.Round(contract * 0.9m, 0) : contract;
            decimal? housing = random.NextDouble() < 0.5 ? 30_000m : null;
            decimal? food = random.NextDouble() < 0.3 ? 15_000m : null;
            decimal? overtimeHours = null, overtimePay = null;
            if (random.NextDouble() < WithOvertime)
            {
                overtimeHours = 8 + random.Next(0, 17);
                var hourly = contract / (Hours[i] * 52m / 12m);
                var owed = decimal.Round(overtimeHours.Value * hourly * 150m / 100m, 2);
                overtimePay = random.NextDouble() < OvertimeUnpaid / WithOvertime ? decimal.Round(owed * 2 / 3, 2) : decimal.Ceiling(owed) + 1;
            }
            var gross = basic + (housing ?? 0) + (food ?? 0) + (overtimePay ?? 0);
            var tax = decimal.Round(basic * 0.1m, 2);
            (string Reason, decimal Amount)? d2 = random.NextDouble() < Accommodation ? ("accommodation", 20_000m) : null;
            (string Reason, decimal Amount)? d3 = random.NextDouble() < Forbidden
                ? (random.Next(3) switch { 0 => "recruitment_fee", 1 => "levy", _ => "document_fee" }, 5_000m) : null;
            var net = gross - tax - (d2?.Amount ?? 0) - (d3?.Amount ?? 0);
            var paid = random.NextDouble() < Late ? periodEnd.AddDays(16 + random.Next(0, 20)) : periodEnd.AddDays(random.Next(1, 10));
            sb.Clear().Append(EmployerNumbers[employer]).Append(',').Append(WorkerNumber(i)).Append(",,").Append(occupation).Append(',').Append(period)
                .Append(',').Append(A(basic)).Append(',').Append(housing is { } h ? A(h) : "").Append(',').Append(food is { } f ? A(f) : "").Append(",,,")
                .Append(overtimeHours is { } oh ? A(oh) : "").Append(',').Append(overtimePay is { } op ? A(op) : "")
                .Append(",tax,").Append(A(tax))
                .Append(',').Append(d2?.Reason ?? "").Append(',').Append(d2 is { } x2 ? A(x2.Amount) : "")
                .Append(',').Append(d3?.Reason ?? "").Append(',').Append(d3 is { } x3 ? A(x3.Amount) : "")
                .Append(',').Append(A(net)).Append(",KZT,").Append(paid.ToString("yyyy-MM-dd", inv)).Append(',');
            if (i % 10 == 9) sb.Append("wallet,\"+7 701 ").Append(i % 10_000_000).Append('"');
            else sb.Append("bank,KZ86125KZT").Append(i);
            w.WriteLine(sb);
            lines++;
        }
        return lines;
    }

    /// <summary>The registered terms as the DuckDB peer reads them: what Corridor's RegisteredTerms loads from the permits.</summary>
    public void WriteTerms(string path)
    {
        var inv = CultureInfo.InvariantCulture;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        w.WriteLine("worker_number,employer_number,monthly_wage,weekly_hours,active_from,active_until");
        var from = ActivatedOn.ToString("yyyy-MM-dd", inv);
        var until = PermitUntil.ToString("yyyy-MM-dd", inv);
        for (var i = 0; i < Workers; i++)
            w.WriteLine($"{WorkerNumber(i)},{EmployerNumbers[EmployerOf(i, EmployerNumbers.Length)]},{Wage[i]},{Hours[i]},{from},{until}");
    }

    private static T Make<T>() where T : class => (T)Activator.CreateInstance(typeof(T), nonPublic: true)!;

    private static void Set(object o, string property, object? value)
    {
        var p = o.GetType().GetProperty(property, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{o.GetType().Name}.{property}");
        p.SetValue(o, value);
    }

    private static void Stamp(Entity e, DateTime now)
    {
        e.Version = 1;
        e.CreatedAt = now;
        e.UpdatedAt = now;
    }
}
