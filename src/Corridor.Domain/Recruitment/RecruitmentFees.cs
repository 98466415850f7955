using System.Globalization;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Reference;

namespace Corridor.Domain.Recruitment;

/// <summary>Who put an amount on record: the agency with its receipt, or the worker declaring what was actually paid.</summary>
public enum CostSource
{
    Agency = 1,
    WorkerDeclaration = 2,
}

/// <summary>What the check on save found for the worker × agency total, as it stood when the amount was recorded.</summary>
public enum FeeFinding
{
    /// <summary>Nothing counted towards the cap (e.g. only categories the policy does not count).</summary>
    NoFee = 1,
    WithinCap = 2,
    OverCap = 3,
    /// <summary>The cap is zero (employer pays) or the amount is illegitimate: any amount is a violation.</summary>
    CapIsZero = 4,
    /// <summary>The cap is above zero but the worker's basic wage is not known, so the check cannot be made.</summary>
    NeedsWage = 5,
    /// <summary>Amounts in a currency other than the wage's: the regulator compares them by hand.</summary>
    CurrencyDiffers = 6,
}

/// <summary>
/// An exception to the employer-pays default that the recruitment regulator maintains (C181 Art. 7(2)): for a
/// destination country and an ISCO-08 code prefix (empty = every occupation), workers may pay at most
/// <see cref="CapMonths"/> months of basic wage between the dates. Never edited once saved: it is ended
/// (<see cref="End"/>) and a new entry made, so past findings can be re-read as they were.
/// </summary>
public sealed class FeeCapException : Entity
{
    private FeeCapException() { }

    public FeeCapException(string destinationCountry, string? iscoPrefix, decimal capMonths, DateOnly validFrom, DateOnly? validTo,
        string citation, string createdBy)
    {
        if (!ReferenceData.IsCountry(destinationCountry)) throw new DomainException("Choose a country from the list.", nameof(DestinationCountry));
        var prefix = string.IsNullOrWhiteSpace(iscoPrefix) ? "" : iscoPrefix.Trim();
        if (prefix.Length > 0 && !FeeCaps.IsOccupationCode(prefix))
            throw new DomainException("Give an ISCO-08 code of one to four digits, or leave it empty for every occupation.", nameof(IscoPrefix));
        if (capMonths < 0 || capMonths > 12) throw new DomainException("The cap must be between 0 and 12 months of basic wage.", nameof(CapMonths));
        if (decimal.Round(capMonths, 2) != capMonths) throw new DomainException("Give the cap to at most two decimal places.", nameof(CapMonths));
        if (validTo is { } to && to < validFrom) throw new DomainException("The end cannot come before the start.", nameof(ValidTo));
        if (string.IsNullOrWhiteSpace(citation)) throw new DomainException("Cite the decision that allows the exception.", nameof(Citation));
        if (citation.Trim().Length > 300) throw new DomainException("At most 300 characters.", nameof(Citation));
        DestinationCountry = destinationCountry.Trim().ToUpperInvariant();
        IscoPrefix = prefix;
        CapMonths = capMonths;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Citation = citation.Trim();
        CreatedBy = createdBy;
    }

    public string DestinationCountry { get; private set; } = "";
    public string IscoPrefix { get; private set; } = "";
    public decimal CapMonths { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public string Citation { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";

    public bool InForceOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>Ends the exception after <paramref name="lastDay"/>; amounts paid until then keep their cap.</summary>
    public void End(DateOnly lastDay)
    {
        if (lastDay < ValidFrom) throw new DomainException("The end cannot come before the start.", nameof(ValidTo));
        if (ValidTo is { } to && to <= lastDay) throw new DomainException("The exception already ends by then.", nameof(ValidTo));
        ValidTo = lastDay;
    }
}

/// <summary>The cap that applied to an amount and where it came from, stored with the amount.</summary>
public sealed record AppliedCap(string RuleId, decimal Months, string Source, Guid? ExceptionId);

/// <summary>
/// Which cap applies (FEE-DOMESTIC-ZERO, then the most specific exception in force on the payment day, else FEE-CAP)
/// and what the worker × agency total comes to against it.
/// </summary>
public static class FeeCaps
{
    public const string DefaultRule = "FEE-CAP";
    public const string DomesticRule = "FEE-DOMESTIC-ZERO";
    /// <summary>ISCO-08 unit group 9111, domestic cleaners and helpers (C189).</summary>
    public const string DomesticIsco = "9111";

    /// <summary>An ISCO-08 group of the bundled list (1–3 digits), or a unit group (4 digits) under a known minor group.</summary>
    public static bool IsOccupationCode(string? code) =>
        code is not null && code.All(char.IsAsciiDigit)
        && (ReferenceData.IsIscoCode(code) || (code.Length == 4 && ReferenceData.IsIscoCode(code[..3])));

    public static AppliedCap Resolve(PolicyRules rules, IEnumerable<FeeCapException> exceptions, string destinationCountry, string occupationCode, DateOnly paidOn)
    {
        if (occupationCode.StartsWith(DomesticIsco, StringComparison.Ordinal))
            return new(DomesticRule, 0, rules.Citation(DomesticRule), null);
        var match = exceptions
            .Where(e => string.Equals(e.DestinationCountry, destinationCountry, StringComparison.OrdinalIgnoreCase)
                        && occupationCode.StartsWith(e.IscoPrefix, StringComparison.Ordinal) && e.InForceOn(paidOn))
            .OrderByDescending(e => e.IscoPrefix.Length).ThenByDescending(e => e.ValidFrom).ThenByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .FirstOrDefault();
        if (match is not null) return new(DefaultRule, match.CapMonths, match.Citation, match.Id);
        return new(DefaultRule, rules.Get(DefaultRule, "capMonths"), rules.Citation(DefaultRule), null);
    }

    /// <summary>One amount of the worker × agency account as the check sees it.</summary>
    public sealed record Paid(decimal Amount, string Currency, CostSource Source, string CategoryCode);

    public sealed record Result(FeeFinding Finding, decimal Total, decimal? CapAmount, string? Currency)
    {
        public bool IsViolation => Finding is FeeFinding.OverCap or FeeFinding.CapIsZero;
    }

    /// <summary>
    /// The worker × agency total against the cap. Receipts and the worker's declarations describe the same
    /// payments, so they are not added together: the larger of the two totals counts (a receipt written for
    /// less than was taken — the false-receipt problem — does not hide the rest). An illegitimate cost, or any
    /// counted amount where the cap is zero, is a violation whatever its size.
    /// </summary>
    public static Result Check(AppliedCap cap, IReadOnlyCollection<Paid> paid, decimal? basicMonthlyWage, string? wageCurrency)
    {
        var counted = paid.Where(p => p.Amount > 0 && CostCategories.Find(p.CategoryCode) is { Counts: true }).ToList();
        if (counted.Count == 0) return new(FeeFinding.NoFee, 0, null, null);
        var illegitimate = counted.Any(p => CostCategories.Find(p.CategoryCode)!.Illegitimate);
        if (cap.Months == 0 || illegitimate)
        {
            var currency = counted.Select(p => p.Currency).Distinct().Count() == 1 ? counted[0].Currency : null;
            return new(FeeFinding.CapIsZero, currency is null ? 0 : Larger(counted), cap.Months == 0 ? 0 : null, currency);
        }
        if (basicMonthlyWage is not { } wage || wage <= 0 || wageCurrency is null) return new(FeeFinding.NeedsWage, 0, null, null);
        var capAmount = decimal.Round(cap.Months * wage, 2);
        if (counted.Any(p => p.Currency != wageCurrency)) return new(FeeFinding.CurrencyDiffers, 0, capAmount, wageCurrency);
        var total = Larger(counted);
        return new(total > capAmount ? FeeFinding.OverCap : FeeFinding.WithinCap, total, capAmount, wageCurrency);
    }

    private static decimal Larger(IEnumerable<Paid> paid) =>
        Math.Max(paid.Where(p => p.Source == CostSource.Agency).Sum(p => p.Amount), paid.Where(p => p.Source == CostSource.WorkerDeclaration).Sum(p => p.Amount));

    public static string Money(decimal amount) => amount.ToString("#,##0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// An amount taken from a worker in recruitment: recorded by the agency with its receipt, or declared by the worker.
/// Kept per worker, per ILO cost category, with its currency, for SDG 10.7.1. The cap applied and what the check
/// found are stored with it, so a later policy or exception never alters a past finding.
/// </summary>
public sealed class RecruitmentCost : Entity
{
    private RecruitmentCost() { }

    public RecruitmentCost(Guid workerId, Guid agencyId, Guid? jobOrderId, string destinationCountry, string occupationCode, string categoryCode,
        decimal amount, string currency, DateOnly paidOn, string? receiptNumber, CostSource source, string enteredBy, DateOnly today,
        decimal? basicMonthlyWage = null, string? wageCurrency = null)
    {
        if (!ReferenceData.IsCountry(destinationCountry)) throw new DomainException("Choose a country from the list.", nameof(DestinationCountry));
        if (!FeeCaps.IsOccupationCode(occupationCode?.Trim())) throw new DomainException("Choose an occupation from the list.", nameof(OccupationCode));
        if (CostCategories.Find(categoryCode) is not { } category) throw new DomainException("Choose a cost category from the list.", nameof(CategoryCode));
        if (amount <= 0) throw new DomainException("The amount must be more than zero.", nameof(Amount));
        if (decimal.Round(amount, 2) != amount) throw new DomainException("Give the amount to at most two decimal places.", nameof(Amount));
        if (!Currencies.IsKnown(currency)) throw new DomainException("Give an ISO 4217 currency code, e.g. KZT, USD.", nameof(Currency));
        if (paidOn > today) throw new DomainException("A payment cannot be dated in the future.", nameof(PaidOn));
        var receipt = string.IsNullOrWhiteSpace(receiptNumber) ? null : receiptNumber.Trim();
        if (source == CostSource.Agency && receipt is null) throw new DomainException("Give the number of the receipt issued to the worker.", nameof(ReceiptNumber));
        if (receipt is { Length: > 64 }) throw new DomainException("At most 64 characters.", nameof(ReceiptNumber));
        if (basicMonthlyWage is { } w && (w <= 0 || decimal.Round(w, 2) != w)) throw new DomainException("The wage must be more than zero.", nameof(BasicMonthlyWage));
        if (basicMonthlyWage is not null && !Currencies.IsKnown(wageCurrency)) throw new DomainException("Give an ISO 4217 currency code, e.g. KZT, USD.", nameof(WageCurrency));
        WorkerId = workerId;
        AgencyId = agencyId;
        JobOrderId = jobOrderId;
        DestinationCountry = destinationCountry.Trim().ToUpperInvariant();
        OccupationCode = occupationCode!.Trim();
        CategoryCode = category.Code;
        Amount = amount;
        Currency = currency.Trim().ToUpperInvariant();
        PaidOn = paidOn;
        ReceiptNumber = receipt;
        Source = source;
        EnteredBy = enteredBy;
        BasicMonthlyWage = basicMonthlyWage;
        WageCurrency = basicMonthlyWage is null ? null : wageCurrency!.Trim().ToUpperInvariant();
    }

    public Guid WorkerId { get; private set; }
    public Guid AgencyId { get; private set; }
    /// <summary>The job order the worker was recruited against, when known (kept as a plain id).</summary>
    public Guid? JobOrderId { get; private set; }
    public string DestinationCountry { get; private set; } = "";
    public string OccupationCode { get; private set; } = "";
    public string CategoryCode { get; private set; } = "";
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public DateOnly PaidOn { get; private set; }
    public string? ReceiptNumber { get; private set; }
    public CostSource Source { get; private set; }
    public string EnteredBy { get; private set; } = "";
    /// <summary>The basic monthly wage of the job as given with this amount (the cap is a number of months of it).</summary>
    public decimal? BasicMonthlyWage { get; private set; }
    public string? WageCurrency { get; private set; }

    // What the check on save applied and found; never recomputed.
    public string CapRuleId { get; private set; } = "";
    public decimal CapMonths { get; private set; }
    public string CapSource { get; private set; } = "";
    public Guid? CapExceptionId { get; private set; }
    public decimal? CapAmount { get; private set; }
    public decimal CheckedTotal { get; private set; }
    public FeeFinding Finding { get; private set; }
    public Guid? ViolationCaseId { get; private set; }

    public void Checked(AppliedCap cap, FeeCaps.Result result, Guid? caseId)
    {
        CapRuleId = cap.RuleId;
        CapMonths = cap.Months;
        CapSource = cap.Source.Length > 300 ? cap.Source[..300] : cap.Source;
        CapExceptionId = cap.ExceptionId;
        CapAmount = result.CapAmount;
        CheckedTotal = result.Total;
        Finding = result.Finding;
        ViolationCaseId = caseId;
    }
}

public enum EarningsSource
{
    Agency = 1,
    Employer = 2,
    WorkerDeclaration = 3,
}

/// <summary>What the worker earned in the first month of the job abroad (12th ICLS earnings), for SDG 10.7.1.</summary>
public sealed class FirstMonthEarnings : Entity
{
    private FirstMonthEarnings() { }

    public FirstMonthEarnings(Guid workerId, DateOnly month, decimal amount, string currency, EarningsSource source, string enteredBy, DateOnly today)
    {
        if (month.Day != 1) throw new DomainException("Give the month as YYYY-MM, e.g. 2026-11.", nameof(Month));
        if (month > today) throw new DomainException("The month cannot be in the future.", nameof(Month));
        if (amount <= 0) throw new DomainException("The amount must be more than zero.", nameof(Amount));
        if (decimal.Round(amount, 2) != amount) throw new DomainException("Give the amount to at most two decimal places.", nameof(Amount));
        if (!Currencies.IsKnown(currency)) throw new DomainException("Give an ISO 4217 currency code, e.g. KZT, USD.", nameof(Currency));
        WorkerId = workerId;
        Month = month;
        Amount = amount;
        Currency = currency.Trim().ToUpperInvariant();
        Source = source;
        EnteredBy = enteredBy;
    }

    public Guid WorkerId { get; private set; }
    /// <summary>The first month of the job, as its first day.</summary>
    public DateOnly Month { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public EarningsSource Source { get; private set; }
    public string EnteredBy { get; private set; } = "";
}
