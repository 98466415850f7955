using System.Globalization;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Protection;

/// <summary>
/// The wage terms a worker was registered with at one employer: the approved e-contract's where there is one, else the
/// work permit's. <see cref="Allowances"/> are the cash allowances promised per month (a permit promises none);
/// <see cref="OvertimeRatePercent"/> the contract's overtime rate (null: the policy's WPS-OVERTIME rate alone).
/// </summary>
public readonly record struct WageTerms(decimal MonthlyWage, int WeeklyHours, DateOnly ActiveFrom, DateOnly ActiveUntil,
    decimal Allowances = 0, decimal? OvertimeRatePercent = null)
{
    /// <summary>The share of <paramref name="period"/>'s days the terms were in force (1 for a whole month).</summary>
    public decimal ShareOf(DateOnly period)
    {
        var first = period;
        var last = period.AddMonths(1).AddDays(-1);
        var from = ActiveFrom > first ? ActiveFrom : first;
        var until = ActiveUntil < last ? ActiveUntil : last;
        if (until < from) return 0;
        return (decimal)(until.DayNumber - from.DayNumber + 1) / (last.DayNumber - first.DayNumber + 1);
    }

    public bool ActiveIn(DateOnly period) => ShareOf(period) > 0;

    /// <summary>Hourly wage = monthly wage ÷ (weekly hours × 52 ÷ 12).</summary>
    public decimal HourlyWage => WeeklyHours <= 0 ? 0 : MonthlyWage / (WeeklyHours * 52m / 12m);
}

/// <summary>A failed wage-protection rule for one line or one employer's month.</summary>
public readonly record struct WageFinding(string RuleId, decimal? Expected, decimal? Actual, string Message);

/// <summary>The policy values the reconciliation needs, read once per batch.</summary>
public sealed record WagePolicy(decimal MinimumWage, decimal OvertimeRatePercent, decimal DeductionCapPercent, int LateDays,
    decimal EqualTreatmentTolerancePercent, decimal CompliancePercent)
{
    public static WagePolicy From(PolicyRules r) => new(
        r.Get("PERMIT-MIN-WAGE", "minimumMonthlyWage"),
        r.Get("WPS-OVERTIME", "ratePercent"),
        r.Get("WPS-DEDUCTION-CAP", "capPercent"),
        r.GetInt("WPS-LATE", "days"),
        r.Get("WPS-EQUAL-TREATMENT", "tolerancePercent"),
        r.Get("WPS-COMPLIANCE", "minimumPercent"));
}

/// <summary>
/// The reconciliation of a payroll line against the registered terms and the policy. Pure, so each
/// rule's pass and fail can be shown exactly. National lines are not reconciled one by one; they feed
/// <see cref="EqualTreatment"/>.
/// </summary>
public static class PayrollRules
{
    /// <summary>The rules whose failure means a worker was not paid in full and on time (WPS-COMPLIANCE).</summary>
    public static readonly IReadOnlySet<string> NotPaidInFull = new HashSet<string>(StringComparer.Ordinal)
    {
        "WPS-BELOW-CONTRACT", "WPS-MIN-WAGE", "WPS-ALLOWANCES", "WPS-OVERTIME", "WPS-DEDUCTION-CAP", "WPS-DEDUCTION-FORBIDDEN", "WPS-LATE", "WPS-UNPAID",
    };

    /// <summary>Statutory deductions, outside the cap: the employer withholds them for the state.</summary>
    public static bool IsStatutory(DeductionReason r) => r is DeductionReason.Tax or DeductionReason.SocialSecurity;

    public static bool IsForbidden(DeductionReason r) => r is DeductionReason.RecruitmentFee or DeductionReason.Levy or DeductionReason.DocumentFee;

    private static string M(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Adds to <paramref name="into"/> every rule <paramref name="line"/> fails; <paramref name="terms"/> null when no permit is active.</summary>
    public static void Check(PayrollLine line, WageTerms? terms, WagePolicy p, List<WageFinding> into)
    {
        if (line.IsNational) return;
        var share = terms is { } t0 ? t0.ShareOf(line.Period) : 1m;
        if (share <= 0) share = 1m;

        if (terms is { } t)
        {
            var expected = decimal.Round(t.MonthlyWage * share, 2);
            if (line.BasicWage < expected - 0.01m)
                into.Add(new("WPS-BELOW-CONTRACT", expected, line.BasicWage,
                    $"Basic wage {M(line.BasicWage)} is below the registered wage {M(expected)}."));
        }

        var minimum = decimal.Round(p.MinimumWage * share, 2);
        if (line.BasicWage < minimum - 0.01m)
            into.Add(new("WPS-MIN-WAGE", minimum, line.BasicWage, $"Basic wage {M(line.BasicWage)} is below the minimum wage {M(minimum)}."));

        if (terms is { Allowances: > 0 } ta)
        {
            var promised = decimal.Round(ta.Allowances * share, 2);
            if (line.Allowances < promised - 0.01m)
                into.Add(new("WPS-ALLOWANCES", promised, line.Allowances,
                    $"Allowances of {M(line.Allowances)} are below the {M(promised)} the registered contract promises."));
        }

        if (terms is { } t2 && line.OvertimeHours is > 0)
        {
            // The contract's rate where it promises more than the policy's floor.
            var rate = t2.OvertimeRatePercent is { } promisedRate && promisedRate > p.OvertimeRatePercent ? promisedRate : p.OvertimeRatePercent;
            var owed = decimal.Round(line.OvertimeHours.Value * t2.HourlyWage * rate / 100m, 2);
            var paid = line.OvertimePay ?? 0;
            if (paid < owed - 0.01m)
                into.Add(new("WPS-OVERTIME", owed, paid,
                    $"Overtime pay {M(paid)} for {M(line.OvertimeHours.Value)} hours is below {M(owed)} at {M(rate)} % of the contract hourly wage."));
        }

        var capped = 0m;
        foreach (var (reason, amount) in line.DeductionList())
        {
            if (!IsStatutory(reason)) capped += amount;
            if (IsForbidden(reason))
                into.Add(new("WPS-DEDUCTION-FORBIDDEN", 0, amount, $"A deduction of {M(amount)} for {Reason(reason)} is not allowed."));
        }
        var cap = decimal.Round(line.Gross * p.DeductionCapPercent / 100m, 2);
        if (capped > cap + 0.01m)
            into.Add(new("WPS-DEDUCTION-CAP", cap, capped, $"Deductions of {M(capped)} exceed the cap of {M(cap)} ({M(p.DeductionCapPercent)} % of the gross wage)."));

        var daysLate = LateBy(line.Period, line.PaymentDate);
        if (daysLate > p.LateDays)
            into.Add(new("WPS-LATE", p.LateDays, daysLate, $"Paid {daysLate} days after the end of the period; the limit is {p.LateDays}."));
    }

    /// <summary>Days between the last day of <paramref name="period"/> and the payment (0 or less when paid within the period).</summary>
    public static int LateBy(DateOnly period, DateOnly paidOn) => paidOn.DayNumber - period.AddMonths(1).AddDays(-1).DayNumber;

    /// <summary>The last day on which a period's wages are on time.</summary>
    public static DateOnly DueOn(DateOnly period, WagePolicy p) => period.AddMonths(1).AddDays(-1 + p.LateDays);

    /// <summary>A worker with terms active in the period but no line.</summary>
    public static WageFinding Unpaid(WageTerms terms, DateOnly period)
    {
        var expected = decimal.Round(terms.MonthlyWage * terms.ShareOf(period), 2);
        return new("WPS-UNPAID", expected, 0, $"No wage was reported for {period:yyyy-MM}; the registered wage is {M(expected)}.");
    }

    /// <summary>
    /// Equal treatment at one employer, in one occupation and month: a finding when the migrants' mean basic
    /// wage is more than the tolerance below the nationals' mean. Null when either group is empty.
    /// </summary>
    public static WageFinding? EqualTreatment(decimal migrantTotal, int migrants, decimal nationalTotal, int nationals, WagePolicy p)
    {
        if (migrants == 0 || nationals == 0) return null;
        var migrantMean = decimal.Round(migrantTotal / migrants, 2);
        var nationalMean = decimal.Round(nationalTotal / nationals, 2);
        var floor = nationalMean * (1 - p.EqualTreatmentTolerancePercent / 100m);
        if (migrantMean >= floor) return null;
        return new("WPS-EQUAL-TREATMENT", nationalMean, migrantMean,
            $"Migrants' mean basic wage {M(migrantMean)} ({migrants}) is more than {M(p.EqualTreatmentTolerancePercent)} % below nationals' {M(nationalMean)} ({nationals}) in the same occupation.");
    }

    /// <summary>The file's word for a deduction reason (recruitment_fee, …).</summary>
    public static string Reason(DeductionReason r) => r switch
    {
        DeductionReason.Tax => "tax",
        DeductionReason.SocialSecurity => "social_security",
        DeductionReason.Advance => "advance",
        DeductionReason.Accommodation => "accommodation",
        DeductionReason.Food => "food",
        DeductionReason.RecruitmentFee => "recruitment_fee",
        DeductionReason.Levy => "levy",
        DeductionReason.DocumentFee => "document_fee",
        _ => "other",
    };

    /// <summary>Whether an employer's month is compliant: at least the policy's share of its migrant workers paid in full and on time.</summary>
    public static bool Compliant(int workers, int paidInFull, WagePolicy p) =>
        workers == 0 || paidInFull * 100m >= p.CompliancePercent * workers;
}
