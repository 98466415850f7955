namespace Corridor.Domain.Recruitment;

/// <summary>How a changed term affects the worker.</summary>
public enum ChangeEffect
{
    /// <summary>Worse for the worker: flagged as possible contract substitution.</summary>
    Worse = 1,
    Better = 2,
    /// <summary>Changed but neither better nor worse in itself (e.g. wording, dates).</summary>
    Neutral = 3,
}

/// <summary>One term that differs between two versions of a contract.</summary>
public sealed record ContractChange(string Field, string Before, string After, ChangeEffect Effect)
{
    public bool Worse => Effect == ChangeEffect.Worse;
    public override string ToString() => $"{Field}: {Before} → {After} ({Effect})";
}

/// <summary>
/// Contract substitution detection: compares the approved contract with the one registered at destination (or a
/// later amendment) field by field. Pure; every difference is listed, and those worse for the worker are flagged.
/// </summary>
public static class ContractComparison
{
    public static IReadOnlyList<ContractChange> Compare(ContractParticulars before, ContractParticulars after)
    {
        var changes = new List<ContractChange>();
        ContractTerms a = before.Terms, b = after.Terms;
        static string N(decimal d) => ContractTerms.Amount(d);

        void Higher(string field, decimal x, decimal y, string unit = "")
        {
            if (x != y) changes.Add(new(field, N(x) + unit, N(y) + unit, y > x ? ChangeEffect.Better : ChangeEffect.Worse));
        }
        void Lower(string field, decimal x, decimal y, string unit = "")
        {
            if (x != y) changes.Add(new(field, N(x) + unit, N(y) + unit, y < x ? ChangeEffect.Better : ChangeEffect.Worse));
        }
        void Text(string field, string? x, string? y, ChangeEffect effect = ChangeEffect.Neutral)
        {
            if (!string.Equals((x ?? "").Trim(), (y ?? "").Trim(), StringComparison.Ordinal)) changes.Add(new(field, x ?? "", y ?? "", effect));
        }
        static int Rank(BenefitProvision p) => p switch { BenefitProvision.Provided => 2, BenefitProvision.Allowance => 1, _ => 0 };
        static int Payer(CostBearer c) => c switch { CostBearer.Employer => 2, CostBearer.Shared => 1, _ => 0 };
        void Ranked(string field, object x, object y, int rx, int ry)
        {
            if (!Equals(x, y)) changes.Add(new(field, x.ToString()!, y.ToString()!, ry > rx ? ChangeEffect.Better : ry < rx ? ChangeEffect.Worse : ChangeEffect.Neutral));
        }

        if (before.EmployerKey != after.EmployerKey)
            changes.Add(new("Employer", EmployerText(before), EmployerText(after), ChangeEffect.Worse));
        Text("OccupationCode", before.OccupationCode, after.OccupationCode, ChangeEffect.Worse);
        Text("DestinationCountry", before.DestinationCountry, after.DestinationCountry, ChangeEffect.Worse);
        Text("Template", before.Template.ToString(), after.Template.ToString());
        Text("StartDate", before.StartDate.ToString("yyyy-MM-dd"), after.StartDate.ToString("yyyy-MM-dd"));
        Text("EndDate", before.EndDate?.ToString("yyyy-MM-dd"), after.EndDate?.ToString("yyyy-MM-dd"));
        Text("WorkplaceAddress", a.WorkplaceAddress, b.WorkplaceAddress);
        Text("JobDescription", a.JobDescription, b.JobDescription);

        if (a.Currency != b.Currency)
            // Another currency cannot be shown to be no worse without a rate: treat it as worse and let the officer judge.
            changes.Add(new("Wage", $"{N(a.Wage)} {a.Currency} {a.WagePeriod}", $"{N(b.Wage)} {b.Currency} {b.WagePeriod}", ChangeEffect.Worse));
        else
        {
            var ma = a.MonthlyWage(before.ContractMonths);
            var mb = b.MonthlyWage(after.ContractMonths);
            if (a.Wage != b.Wage || a.WagePeriod != b.WagePeriod)
                changes.Add(new("Wage", $"{N(a.Wage)} {a.Currency} {a.WagePeriod}", $"{N(b.Wage)} {b.Currency} {b.WagePeriod}",
                    mb > ma ? ChangeEffect.Better : mb < ma ? ChangeEffect.Worse : ChangeEffect.Neutral));
            if (a.WagePeriod != b.WagePeriod && PeriodDays(b.WagePeriod) > PeriodDays(a.WagePeriod))
                changes.Add(new("WagePeriod", a.WagePeriod.ToString(), b.WagePeriod.ToString(), ChangeEffect.Worse));
            Higher("AccommodationAllowance", a.PerMonth(a.AccommodationAllowance), b.PerMonth(b.AccommodationAllowance), " " + b.Currency);
            Higher("FoodAllowance", a.PerMonth(a.FoodAllowance), b.PerMonth(b.FoodAllowance), " " + b.Currency);
        }
        Ranked("Accommodation", a.Accommodation, b.Accommodation, Rank(a.Accommodation), Rank(b.Accommodation));
        Ranked("Food", a.Food, b.Food, Rank(a.Food), Rank(b.Food));
        Lower("HoursPerDay", a.HoursPerDay, b.HoursPerDay);
        Lower("HoursPerWeek", a.HoursPerWeek, b.HoursPerWeek);
        Higher("DailyRestHours", a.DailyRestHours, b.DailyRestHours);
        Higher("RestDaysPerWeek", a.RestDaysPerWeek, b.RestDaysPerWeek);
        Higher("WeeklyRestHours", a.WeeklyRestHours, b.WeeklyRestHours);
        Higher("PaidLeaveDays", a.PaidLeaveDays, b.PaidLeaveDays);
        Higher("OvertimeRatePercent", a.OvertimeRatePercent, b.OvertimeRatePercent, " %");
        Ranked("TransportToJobsite", a.TransportToJobsite, b.TransportToJobsite, Payer(a.TransportToJobsite), Payer(b.TransportToJobsite));
        Ranked("ReturnTravel", a.ReturnTravel, b.ReturnTravel, Payer(a.ReturnTravel), Payer(b.ReturnTravel));
        Ranked("InsuranceByEmployer", a.InsuranceByEmployer, b.InsuranceByEmployer, a.InsuranceByEmployer ? 1 : 0, b.InsuranceByEmployer ? 1 : 0);
        Text("InsuranceCover", a.InsuranceCover, b.InsuranceCover);
        Ranked("MedicalCareByEmployer", a.MedicalCareByEmployer, b.MedicalCareByEmployer, a.MedicalCareByEmployer ? 1 : 0, b.MedicalCareByEmployer ? 1 : 0);
        Lower("ProbationDays", a.ProbationDays, b.ProbationDays);
        Text("NoticeDays", a.NoticeDays.ToString(), b.NoticeDays.ToString());
        Text("TerminationTerms", a.TerminationTerms, b.TerminationTerms);
        Text("DisputeSettlement", a.DisputeSettlement, b.DisputeSettlement);
        Text("WorkerLanguage", a.WorkerLanguage, b.WorkerLanguage, ChangeEffect.Worse);

        // Deductions by kind: a new kind or a larger amount is worse; a removed or smaller one better.
        var da = a.Deductions.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => a.PerMonth(g.Sum(d => d.Amount)));
        var db = b.Deductions.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => b.PerMonth(g.Sum(d => d.Amount)));
        foreach (var kind in da.Keys.Union(db.Keys).Order())
        {
            var x = da.GetValueOrDefault(kind);
            var y = db.GetValueOrDefault(kind);
            if (x != y) changes.Add(new($"Deduction.{kind}", x == 0 ? "—" : $"{N(x)} {a.Currency}", y == 0 ? "—" : $"{N(y)} {b.Currency}",
                y > x ? ChangeEffect.Worse : ChangeEffect.Better));
        }
        return changes;
    }

    /// <summary>The difference as plain text for a violation case's finding: one line per changed field, worse ones first.</summary>
    public static string Describe(IEnumerable<ContractChange> changes) =>
        string.Join("\n", changes.OrderBy(c => c.Effect).Select(c => $"{(c.Worse ? "WORSE" : c.Effect == ChangeEffect.Better ? "better" : "changed")}: {c.Field}: {c.Before} → {c.After}"));

    private static int PeriodDays(WagePeriod p) => p switch
    {
        WagePeriod.Weekly => 7,
        WagePeriod.Fortnightly => 14,
        WagePeriod.Monthly => 31,
        WagePeriod.Quarterly => 92,
        _ => 366,
    };

    private static string EmployerText(ContractParticulars p) =>
        p.EmployerId is { } id ? $"employer {id}" : $"{p.ForeignEmployerName} ({p.ForeignEmployerCountry})";
}
