using System.Globalization;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Recruitment;

/// <summary>
/// A wage a contract is measured against, as the regulator records it with its source and the day it takes effect:
/// the host country's monthly minimum wage (no occupation), or nationals' monthly wage for one occupation there
/// (equal treatment, C97 Art. 6). <see cref="KztPerUnit"/> is the regulator's reference rate, used only to
/// express the policy floor (set in tenge) in the host currency.
/// </summary>
public sealed class WageBenchmark : Entity
{
    private WageBenchmark() { }

    public WageBenchmark(string country, string? occupationCode, decimal monthlyAmount, string currency, decimal kztPerUnit,
        DateOnly effectiveFrom, string source)
    {
        if (string.IsNullOrWhiteSpace(country) || country.Trim().Length != 3) throw new DomainException("Choose the country.", nameof(Country));
        if (occupationCode is not null && occupationCode.Trim().Length is < 1 or > 4) throw new DomainException("Choose an occupation (ISCO-08).", nameof(OccupationCode));
        if (monthlyAmount <= 0) throw new DomainException("The amount must be more than zero.", nameof(MonthlyAmount));
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)) throw new DomainException("Give the currency as a three-letter ISO 4217 code.", nameof(Currency));
        if (kztPerUnit <= 0) throw new DomainException("The reference rate must be more than zero.", nameof(KztPerUnit));
        if (string.IsNullOrWhiteSpace(source)) throw new DomainException("Cite the source.", nameof(Source));
        Country = country.Trim().ToUpperInvariant();
        OccupationCode = string.IsNullOrWhiteSpace(occupationCode) ? null : occupationCode.Trim();
        MonthlyAmount = monthlyAmount;
        Currency = currency;
        KztPerUnit = kztPerUnit;
        EffectiveFrom = effectiveFrom;
        Source = source.Trim();
    }

    public string Country { get; private set; } = "";
    /// <summary>Null: the country's minimum wage. An ISCO code: nationals' wage in that occupation.</summary>
    public string? OccupationCode { get; private set; }
    public decimal MonthlyAmount { get; private set; }
    public string Currency { get; private set; } = "";
    public decimal KztPerUnit { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public string Source { get; private set; } = "";

    /// <summary>The row in force on a day: the latest effective on or before it.</summary>
    public static WageBenchmark? InForce(IEnumerable<WageBenchmark> rows, string country, string? occupationCode, DateOnly day) =>
        rows.Where(r => r.Country == country && r.OccupationCode == occupationCode && r.EffectiveFrom <= day)
            .OrderByDescending(r => r.EffectiveFrom).FirstOrDefault();
}

/// <summary>What the standards check of a contract needs besides the contract: gathered by the caller on the day.</summary>
public sealed record ContractCheckFacts(
    ContractParticulars Contract,
    WageBenchmark? HostMinimumWage,
    WageBenchmark? NationalsWage,
    IReadOnlyCollection<string> ContractLanguages);

/// <summary>
/// The standards check of an employment contract against the policy in force and the international minimums; pure,
/// so each rule's pass and fail can be shown exactly. Each finding carries its citation from the policy set.
/// </summary>
public static class ContractStandards
{
    /// <summary>Findings that inform but do not stop approval.</summary>
    public static readonly IReadOnlySet<string> Advisory = new HashSet<string> { "CONTRACT-PROBATION", "CONTRACT-MEDICAL-INSURANCE" };

    /// <summary>Deductions that are recruitment fees or related costs (ILO definition, 2019): never borne by the worker.</summary>
    public static readonly IReadOnlySet<DeductionKind> RecruitmentCosts = new HashSet<DeductionKind>
    {
        DeductionKind.RecruitmentFee, DeductionKind.TravelCosts, DeductionKind.DocumentsAndVisa, DeductionKind.MedicalExamination,
        DeductionKind.TrainingOrOrientation, DeductionKind.Equipment,
    };

    public static IReadOnlyList<ContractFinding> Check(PolicyRules rules, ContractCheckFacts facts)
    {
        var c = facts.Contract;
        var t = c.Terms;
        var findings = new List<ContractFinding>();
        void Add(string ruleId, bool passed, string message, params object[] args) =>
            findings.Add(new ContractFinding(ruleId, passed, !Advisory.Contains(ruleId), message,
                [.. args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")], rules.Citation(ruleId)));
        static string N(decimal d) => ContractTerms.Amount(d);

        // Particulars: C189 Art. 7 (a)–(k) for domestic workers; the same list for the general model contract.
        var missing = MissingParticulars(c);
        var particularsRule = c.Template == ContractTemplate.DomesticWorker ? "CONTRACT-C189-ART7" : "CONTRACT-PARTICULARS";
        Add(particularsRule, missing.Count == 0,
            missing.Count == 0 ? "Every required particular is stated." : "Particulars missing: {0}.", string.Join(", ", missing));

        var minRest = rules.GetInt("CONTRACT-WEEKLY-REST", "minConsecutiveHours");
        Add("CONTRACT-WEEKLY-REST", t.WeeklyRestHours >= minRest && t.RestDaysPerWeek >= 1,
            "Weekly rest of {0} consecutive hours ({1} rest days a week); the minimum is {2} consecutive hours.", t.WeeklyRestHours, t.RestDaysPerWeek, minRest);

        var maxInterval = rules.GetInt("CONTRACT-PAY-PERIOD", "maxDaysBetweenPayments");
        var interval = t.WagePeriod switch
        {
            WagePeriod.Weekly => 7,
            WagePeriod.Fortnightly => 14,
            WagePeriod.Monthly => 31,
            WagePeriod.Quarterly => 92,
            _ => Math.Max(31, c.EndDate is { } end ? end.DayNumber - c.StartDate.DayNumber : 366),
        };
        Add("CONTRACT-PAY-PERIOD", interval <= maxInterval, "The wage is paid {0} (up to {1} days apart); at most {2} days may pass between payments.",
            t.WagePeriod, interval, maxInterval);

        var feeDeductions = t.Deductions.Where(d => RecruitmentCosts.Contains(d.Kind)).ToList();
        var workerPaysTravel = t.TransportToJobsite != CostBearer.Employer;
        Add("CONTRACT-NO-FEES", feeDeductions.Count == 0 && !workerPaysTravel,
            feeDeductions.Count == 0 && !workerPaysTravel ? "No recruitment fee or related cost is charged to the worker."
            : "Charged to the worker: {0}.",
            string.Join(", ", feeDeductions.Select(d => $"{d.Kind} {N(d.Amount)} {t.Currency}")
                .Concat(workerPaysTravel ? [$"TransportToJobsite ({t.TransportToJobsite})"] : [])));

        var monthly = t.MonthlyWage(c.ContractMonths);
        var nat = facts.NationalsWage;
        if (nat is null)
            Add("CONTRACT-EQUAL-TREATMENT", true, "No nationals' wage is recorded for occupation {0} in {1}; nothing to compare.", c.OccupationCode, c.DestinationCountry);
        else if (nat.Currency != t.Currency)
            Add("CONTRACT-EQUAL-TREATMENT", false, "The wage is in {0}; nationals' wage for occupation {1} is recorded in {2}: state the wage in {2}.",
                t.Currency, c.OccupationCode, nat.Currency);
        else
            Add("CONTRACT-EQUAL-TREATMENT", monthly >= nat.MonthlyAmount, "The wage is {0} {1} a month; nationals in occupation {2} earn {3} {1} ({4}).",
                N(monthly), t.Currency, c.OccupationCode, N(nat.MonthlyAmount), nat.Source);

        var floorKzt = rules.Get("CONTRACT-MIN-WAGE", "policyFloorMonthlyKzt");
        var host = facts.HostMinimumWage;
        if (host is null)
            Add("CONTRACT-MIN-WAGE", false, "No minimum wage is recorded for {0}; the regulator records it before the contract can be checked.", c.DestinationCountry);
        else if (host.Currency != t.Currency)
            Add("CONTRACT-MIN-WAGE", false, "The wage is in {0}; the minimum wage of {1} is in {2}: state the wage in {2}.", t.Currency, c.DestinationCountry, host.Currency);
        else
        {
            var floor = Math.Round(floorKzt / host.KztPerUnit, 2);
            var required = Math.Max(host.MonthlyAmount, floor);
            Add("CONTRACT-MIN-WAGE", monthly >= required,
                "The wage is {0} {1} a month; the minimum is {2} {1}, the higher of the minimum wage of {3} ({4} {1}, {5}) and the policy floor ({6} KZT = {7} {1}).",
                N(monthly), t.Currency, N(required), c.DestinationCountry, N(host.MonthlyAmount), host.Source, N(floorKzt), N(floor));
        }

        var maxWeek = rules.GetInt("CONTRACT-MAX-HOURS", "maxWeeklyHours");
        var maxDay = rules.GetInt("CONTRACT-MAX-HOURS", "maxDailyHours");
        Add("CONTRACT-MAX-HOURS", t.HoursPerWeek <= maxWeek && t.HoursPerDay <= maxDay,
            "Normal hours are {0} a day and {1} a week; the maximum is {2} a day and {3} a week.", t.HoursPerDay, t.HoursPerWeek, maxDay, maxWeek);

        var minOvertime = rules.GetInt("CONTRACT-OVERTIME", "minRatePercent");
        Add("CONTRACT-OVERTIME", t.OvertimeRatePercent >= minOvertime, "Overtime is paid at {0} % of the normal rate; the minimum is {1} %.", t.OvertimeRatePercent, minOvertime);

        var minLeave = rules.GetInt("CONTRACT-PAID-LEAVE", "minDays");
        Add("CONTRACT-PAID-LEAVE", t.PaidLeaveDays >= minLeave, "Paid annual leave is {0} days; the minimum is {1}.", t.PaidLeaveDays, minLeave);

        Add("CONTRACT-RETURN-TRAVEL", t.ReturnTravel == CostBearer.Employer, "Return travel is paid by: {0}; the employer must pay it.", t.ReturnTravel);

        var languages = facts.ContractLanguages;
        Add("CONTRACT-LANGUAGE", languages.Contains(t.WorkerLanguage),
            "The worker reads {0}; the model contract is available in {1}.", t.WorkerLanguage, string.Join(", ", languages.Order()));

        var maxProbation = rules.GetInt("CONTRACT-PROBATION", "maxDays");
        Add("CONTRACT-PROBATION", t.ProbationDays <= maxProbation, "Probation is {0} days; at most {1}.", t.ProbationDays, maxProbation);

        Add("CONTRACT-MEDICAL-INSURANCE", t.InsuranceByEmployer && t.MedicalCareByEmployer,
            "Insurance by the employer: {0}; medical care by the employer: {1}.", t.InsuranceByEmployer ? "yes" : "no", t.MedicalCareByEmployer ? "yes" : "no");
        return findings;
    }

    /// <summary>Which C189 Art. 7 particulars are empty, by letter.</summary>
    public static IReadOnlyList<string> MissingParticulars(ContractParticulars c)
    {
        var t = c.Terms;
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(t.EmployerAddress)) missing.Add("(a) employer's address");
        if (string.IsNullOrWhiteSpace(t.WorkplaceAddress)) missing.Add("(b) workplace");
        if (string.IsNullOrWhiteSpace(t.JobDescription)) missing.Add("(d) type of work");
        if (t.HoursPerWeek <= 0) missing.Add("(f) normal hours");
        if (t.DailyRestHours <= 0) missing.Add("(g) daily rest");
        if (t.NoticeDays <= 0 || string.IsNullOrWhiteSpace(t.TerminationTerms)) missing.Add("(k) termination and notice");
        if (c.Template == ContractTemplate.DomesticWorker && c.EndDate is null) missing.Add("(c) duration");
        if (string.IsNullOrWhiteSpace(t.DisputeSettlement)) missing.Add("dispute settlement");
        return missing;
    }
}
