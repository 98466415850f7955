using Corridor.Data;
using Corridor.Domain.Protection;
using Corridor.Domain.Recruitment;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Protection.Payroll;

/// <summary>What an approved e-contract promises a worker at one employer, per month.</summary>
public readonly record struct PromisedTerms(decimal MonthlyWage, int WeeklyHours, decimal Allowances, decimal OvertimeRatePercent);

/// <summary>
/// The registered e-contracts as the payroll reconciliation reads them: for each (worker, employer) the latest approved
/// version (approved, signed or registered; an approved amendment supersedes the version before it). Where one exists its
/// wage, hours, cash allowances and overtime rate are the registered terms; the work permit stays the fallback and still
/// says when the terms are in force (a worker without an active permit is owed nothing through the payroll).
/// </summary>
public sealed class ContractWageTerms(CorridorDbContext db)
{
    private static readonly ContractStatus[] InForce = [ContractStatus.Approved, ContractStatus.Signed, ContractStatus.Registered];

    /// <summary>The contracts with national employers; only those of <paramref name="employers"/> when given.</summary>
    public async Task<ContractTermsIndex> LoadAsync(IReadOnlyCollection<Guid>? employers, CancellationToken ct)
    {
        var contracts = db.EmploymentContracts.AsNoTracking().Where(c => c.EmployerId != null && InForce.Contains(c.Status));
        if (employers is not null) contracts = contracts.Where(c => employers.Contains(c.EmployerId!.Value));
        // The newest contract with the employer (latest start, then its latest version): version numbers only count
        // within one contract, so an older contract's amendment must not win over a newer contract.
        var latest = new Dictionary<(Guid Worker, Guid Employer), (DateOnly Start, int Version, string Json, int? Months)>();
        await foreach (var c in contracts.Select(c => new { c.WorkerId, EmployerId = c.EmployerId!.Value, c.VersionNumber, c.TermsJson, c.StartDate, c.EndDate })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = (c.WorkerId, c.EmployerId);
            if (latest.TryGetValue(key, out var seen) && (seen.Start, seen.Version).CompareTo((c.StartDate, c.VersionNumber)) >= 0) continue;
            int? months = c.EndDate is { } end ? Math.Max(1, (end.Year - c.StartDate.Year) * 12 + end.Month - c.StartDate.Month) : null;
            latest[key] = (c.StartDate, c.VersionNumber, c.TermsJson, months);
        }
        var index = new ContractTermsIndex();
        foreach (var (key, c) in latest) index.Set(key.Worker, key.Employer, Promised(ContractTerms.FromJson(c.Json), c.Months));
        return index;
    }

    /// <summary>
    /// The contract's terms per month: the wage and the allowances paid in cash (accommodation and food given as an
    /// allowance; in kind they are not money the payroll can show), weekly hours rounded to whole hours.
    /// </summary>
    public static PromisedTerms Promised(ContractTerms t, int? contractMonths = null)
    {
        var allowances = (t.Accommodation == BenefitProvision.Allowance ? t.AccommodationAllowance : 0)
            + (t.Food == BenefitProvision.Allowance ? t.FoodAllowance : 0);
        return new PromisedTerms(t.MonthlyWage(contractMonths), (int)Math.Round(t.HoursPerWeek, MidpointRounding.AwayFromZero),
            t.PerMonth(allowances, contractMonths), t.OvertimeRatePercent);
    }
}

/// <summary>Promised terms by (worker, employer); empty when no e-contract is registered, so permits alone decide.</summary>
public sealed class ContractTermsIndex
{
    private readonly Dictionary<(Guid, Guid), PromisedTerms> _terms = [];

    public int Count => _terms.Count;

    internal void Set(Guid worker, Guid employer, PromisedTerms terms) => _terms[(worker, employer)] = terms;

    public PromisedTerms? Find(Guid worker, Guid employer) => _terms.TryGetValue((worker, employer), out var t) ? t : null;

    /// <summary>The e-contract's terms over the permit's, kept in force over the permit's dates; the permit's when there is no contract.</summary>
    public WageTerms Apply(Guid worker, Guid employer, WageTerms permit) => Find(worker, employer) is { } c
        ? permit with { MonthlyWage = c.MonthlyWage, WeeklyHours = c.WeeklyHours > 0 ? c.WeeklyHours : permit.WeeklyHours, Allowances = c.Allowances,
            OvertimeRatePercent = c.OvertimeRatePercent }
        : permit;
}
