using System.Globalization;
using System.Text;
using Corridor.Domain.Admission;
using Corridor.Domain.Policy;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Protection.Payroll;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Testing;

/// <summary>A migrant worker with a permit active with the kit's employer all through the period, and the permit's terms.</summary>
public sealed record PayrollWorker(Guid Id, string Number, decimal Wage, int Hours, string Occupation);

/// <summary>A fresh employer (so nothing else it employs disturbs the counts) with workers under active permits, and a second employer.</summary>
public sealed record PayrollFixture(Guid EmployerId, string EmployerNumber, DateOnly Period, IReadOnlyList<PayrollWorker> Workers,
    Guid OtherEmployerId, string OtherEmployerNumber)
{
    public string Month => Period.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    /// <summary>On time: five days after the end of the period.</summary>
    public DateOnly PaidOn => Period.AddMonths(1).AddDays(4);

    /// <summary>A line paying <paramref name="w"/> exactly the registered terms, on time, by bank.</summary>
    public PayLine Pay(PayrollWorker w) => new(EmployerNumber, w.Number, "", w.Occupation, Month, w.Wage) { PaymentDate = PaidOn };

    public PayLine National(string iin, decimal basic, string occupation) => new(EmployerNumber, "", iin, occupation, Month, basic) { PaymentDate = PaidOn };
}

/// <summary>One payroll file line; net_paid is computed unless set.</summary>
public sealed record PayLine(string Employer, string Worker, string NationalId, string Occupation, string Period, decimal Basic)
{
    /// <summary>The basic_wage field as written, for malformed values.</summary>
    public string? BasicText { get; init; }
    public decimal? Housing { get; init; }
    public decimal? Food { get; init; }
    public decimal? Transport { get; init; }
    public decimal? OtherAllowance { get; init; }
    public decimal? OvertimeHours { get; init; }
    public decimal? OvertimePay { get; init; }
    public (string Reason, decimal Amount)[] Deductions { get; init; } = [];
    public decimal? Net { get; init; }
    public string Currency { get; init; } = "KZT";
    public DateOnly PaymentDate { get; init; }
    public string Channel { get; init; } = "bank";
    public string Account { get; init; } = "KZ86125KZT5004100100";

    private static string F(decimal? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public override string ToString()
    {
        var gross = Basic + (Housing ?? 0) + (Food ?? 0) + (Transport ?? 0) + (OtherAllowance ?? 0) + (OvertimePay ?? 0);
        var net = Net ?? gross - Deductions.Sum(d => d.Amount);
        var d = Enumerable.Range(0, 3).SelectMany(i => i < Deductions.Length ? new[] { Deductions[i].Reason, F(Deductions[i].Amount) } : ["", ""]);
        return string.Join(',', new[] { Employer, Worker, NationalId, Occupation, Period, BasicText ?? F(Basic), F(Housing), F(Food), F(Transport), F(OtherAllowance),
            F(OvertimeHours), F(OvertimePay) }.Concat(d).Concat([F(net), Currency, PaymentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Channel, Account]));
    }
}

public static class PayrollKit
{
    public static string File(params IEnumerable<object> lines) =>
        PayrollFile.HeaderLine + "\n" + string.Concat(lines.Select(l => l + "\n"));

    public static MemoryStream Stream(string csv) => new(Encoding.UTF8.GetBytes(csv));

    /// <summary>
    /// A new employer with <paramref name="workers"/> seeded workers (of the seeded country, without permits) under permits active
    /// from the first day of the period (the month before the clock's), wages 200,000 + 10,000 × i, 40 hours a week.
    /// </summary>
    public static Task<PayrollFixture> PrepareAsync(CorridorAppFactory app, int workers = 3, Guid? existingEmployer = null) => app.WithDbAsync(async db =>
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var period = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var template = await db.Employers.AsNoTracking().OrderBy(e => e.RegistrationNumber).FirstAsync();
        var other = await db.Employers.AsNoTracking().OrderBy(e => e.RegistrationNumber).Skip(1).FirstAsync();
        var employer = existingEmployer is { } id ? await db.Employers.AsNoTracking().SingleAsync(e => e.Id == id)
            : new Employer($"99{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", "Payroll Test LLP", template.IsicSection, template.IsicDivision, template.OrgUnitId, 20);
        if (existingEmployer is null) db.Employers.Add(employer);
        if (other.Id == employer.Id) other = template;
        var vacancy = await db.Vacancies.AsNoTracking().FirstAsync();
        var policy = await db.PolicySets.AsNoTracking().Where(p => p.Status == PolicySetStatus.Active).OrderBy(p => p.Number).FirstAsync();
        var free = await db.MigrantWorkers.AsNoTracking().Where(w => !db.WorkPermitApplications.Any(a => a.WorkerId == w.Id))
            .OrderBy(w => w.WorkerNumber).Take(workers).ToListAsync();
        if (free.Count < workers) throw new InvalidOperationException($"Only {free.Count} seeded workers without permits.");
        var list = new List<PayrollWorker>();
        // Active from the first day of the period: the whole month is owed, and no earlier month is.
        var from = period;
        for (var i = 0; i < free.Count; i++)
        {
            var w = free[i];
            var wage = 200_000m + 10_000m * i;
            var application = new WorkPermitApplication(employer.Id, w.Id, vacancy.Id, "7112", wage, 40, from, from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            db.WorkPermitApplications.Add(application);
            // The admission path is tested elsewhere; the kit only needs an approved application to hang the permit on.
            db.Entry(application).Property(a => a.Status).CurrentValue = PermitApplicationStatus.Approved;
            var permit = new WorkPermit(application, from, policy);
            application.PermitIssued(permit);
            permit.Issue(from);
            permit.Activate(from);
            db.WorkPermits.Add(permit);
            list.Add(new PayrollWorker(w.Id, w.WorkerNumber, wage, 40, "7112"));
        }
        await db.SaveChangesAsync();
        return new PayrollFixture(employer.Id, employer.RegistrationNumber, period, list, other.Id, other.RegistrationNumber);
    });

    /// <summary>Runs an import in its own scope, as the given submitter.</summary>
    public static async Task<PayrollImportResult> ImportAsync(CorridorAppFactory app, string csv, PayrollSubmitter? submitter = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<PayrollImport>();
        await using var stream = Stream(csv);
        return await import.ImportAsync(stream, "payroll.csv", submitter ?? PayrollSubmitter.Officer("test"), default);
    }

    public static Task<(int Batches, int Lines, int Alerts)> CountsAsync(CorridorAppFactory app) => app.WithDbAsync(async db =>
        (await db.PayrollBatches.CountAsync(), await db.PayrollLines.CountAsync(), await db.PayrollAlerts.CountAsync()));
}
