using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Corridor.Domain.Admission;

namespace Corridor.Web.Features.Levies;

public sealed record LevyStatementSummary(Guid Id, Guid EmployerId, string EmployerName, string RegistrationNumber, DateOnly Period,
    decimal Total, decimal AmountPaid, DateOnly DueOn, LevyStatementStatus Status, int PolicySetNumber, bool InArrears)
{
    public decimal Balance => Total - AmountPaid;
    public string Month => LevyMonth.Format(Period);
}

public sealed record LevyPaymentView(Guid Id, decimal Amount, DateOnly PaidOn, string? Reference, string RecordedByName, DateTime RecordedAt);

public sealed record LevyStatementDetails(Guid Id, Guid EmployerId, string EmployerName, string RegistrationNumber, string IsicSection,
    DateOnly Period, string RuleId, int Tier, int NationalEmployees, int ForeignWorkers, decimal ForeignSharePercent,
    IReadOnlyList<LevyLine> Lines, decimal Total, decimal AmountPaid, DateOnly DueOn, LevyStatementStatus Status,
    int PolicySetNumber, string PolicySetTitle, string Citation, int GraceDays, bool InArrears, DateTime IssuedAt,
    IReadOnlyList<LevyPaymentView> Payments, int Version)
{
    public decimal Balance => Total - AmountPaid;
    public string Month => LevyMonth.Format(Period);
}

public sealed record LevyIssueResult(string Month, int PolicySetNumber, int Issued, int AlreadyIssued, int NotLevied, decimal Total);

/// <summary>Filters of the statement list; every one is optional.</summary>
public sealed class LevyListQuery
{
    [Display(Name = "Employer name or registration number")] public string? Q { get; set; }
    [Display(Name = "Month (YYYY-MM)")] public string? Month { get; set; }
    [Display(Name = "In arrears only")] public bool? Arrears { get; set; }
    public Guid? EmployerId { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

public sealed class IssueLevyForm
{
    [Display(Name = "Month (YYYY-MM)")] public string? Month { get; set; }
}

public sealed class LevyPaymentForm
{
    [Display(Name = "Amount (KZT)")] public decimal? Amount { get; set; }
    [Display(Name = "Paid on")] public DateOnly? PaidOn { get; set; }
    [Display(Name = "Payment reference")] public string? Reference { get; set; }
    public int? Version { get; set; }
}

/// <summary>A levy month is written "2026-11" and stored as its first day.</summary>
public static class LevyMonth
{
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string Format(DateOnly period) => period.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
