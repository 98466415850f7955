using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Fees;

/// <summary>An amount the agency took from a worker, with its receipt (the regulator may record one for any agency).</summary>
public sealed class CostForm
{
    [Display(Name = "Worker number")] public string? WorkerNumber { get; set; }
    /// <summary>Only the regulator gives it; an agency records for itself.</summary>
    [Display(Name = "Recruitment agency")] public Guid? AgencyId { get; set; }
    [Display(Name = "Job order")] public Guid? JobOrderId { get; set; }
    [Display(Name = "Destination country")] public string? DestinationCountry { get; set; }
    [Display(Name = "Occupation (ISCO-08)")] public string? OccupationCode { get; set; }
    [Display(Name = "Cost category")] public string? Category { get; set; }
    [Display(Name = "Amount")] public decimal? Amount { get; set; }
    [Display(Name = "Currency (ISO 4217)")] public string? Currency { get; set; }
    [Display(Name = "Paid on")] public DateOnly? PaidOn { get; set; }
    [Display(Name = "Receipt number")] public string? ReceiptNumber { get; set; }
    [Display(Name = "Basic monthly wage of the job")] public decimal? BasicMonthlyWage { get; set; }
    [Display(Name = "Wage currency (ISO 4217)")] public string? WageCurrency { get; set; }
}

/// <summary>What a worker declares they paid, in their own words: the rest comes from their record.</summary>
public sealed class DeclarationForm
{
    /// <summary>Empty: the agency on the worker's record.</summary>
    [Display(Name = "Recruitment agency")] public Guid? AgencyId { get; set; }
    [Display(Name = "Country where you went to work")] public string? DestinationCountry { get; set; }
    [Display(Name = "What was the payment for?")] public string? Category { get; set; }
    [Display(Name = "Amount")] public decimal? Amount { get; set; }
    [Display(Name = "Currency (ISO 4217)")] public string? Currency { get; set; }
    [Display(Name = "Paid on")] public DateOnly? PaidOn { get; set; }
    [Display(Name = "Receipt number, if you got one")] public string? ReceiptNumber { get; set; }
}

public sealed class EarningsForm
{
    /// <summary>The regulator and agencies give it; a worker declares for themself.</summary>
    [Display(Name = "Worker number")] public string? WorkerNumber { get; set; }
    [Display(Name = "Month (YYYY-MM)")] public string? Month { get; set; }
    [Display(Name = "Amount")] public decimal? Amount { get; set; }
    [Display(Name = "Currency (ISO 4217)")] public string? Currency { get; set; }
}

public sealed class FeeCapExceptionForm
{
    [Display(Name = "Destination country")] public string? DestinationCountry { get; set; }
    [Display(Name = "Occupation code prefix (ISCO-08)")] public string? IscoPrefix { get; set; }
    [Display(Name = "Cap (months of basic wage)")] public decimal? CapMonths { get; set; }
    [Display(Name = "Valid from")] public DateOnly? ValidFrom { get; set; }
    [Display(Name = "Valid to")] public DateOnly? ValidTo { get; set; }
    [Display(Name = "Citation")] public string? Citation { get; set; }
}

public sealed class CloseCaseForm
{
    [Display(Name = "Outcome")] public string? Outcome { get; set; }
    public int? Version { get; set; }
}

public sealed class CaseListQuery
{
    [Display(Name = "Kind")] public ViolationKind? Kind { get; set; }
    [Display(Name = "Status")] public ViolationCaseStatus? Status { get; set; }
    [Display(Name = "Recruitment agency")] public Guid? AgencyId { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

public sealed class CostListQuery
{
    [Display(Name = "Recruitment agency")] public Guid? AgencyId { get; set; }
    public Guid? WorkerId { get; set; }
    [Display(Name = "Source")] public CostSource? Source { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

public sealed record CostView(Guid Id, Guid WorkerId, string? WorkerNumber, string? WorkerName, Guid AgencyId, string AgencyName, Guid? JobOrderId,
    string DestinationCountry, string OccupationCode, string Category, decimal Amount, string Currency, DateOnly PaidOn, string? ReceiptNumber,
    CostSource Source, string EnteredBy, decimal? BasicMonthlyWage, string? WageCurrency, string CapRuleId, decimal CapMonths, string CapSource,
    decimal? CapAmount, decimal CheckedTotal, FeeFinding Finding, Guid? ViolationCaseId, DateTime RecordedAt);

/// <summary>What saving an amount did: the stored record, what the check found, and the case it opened or added to.</summary>
public sealed record CostResult(Guid Id, FeeFinding Finding, string CapRuleId, decimal CapMonths, string CapSource, decimal? CapAmount,
    decimal CheckedTotal, Guid? ViolationCaseId, string? CaseNumber, bool CaseOpened);

public sealed record EarningsView(Guid Id, Guid WorkerId, DateOnly Month, decimal Amount, string Currency, EarningsSource Source, string EnteredBy);

/// <summary>One category of a worker × agency account: what the agency's receipts say against what the worker declared.</summary>
public sealed record SideBySideLine(string Category, string Currency, decimal Receipts, decimal Declared)
{
    public bool Contradicts => Receipts != Declared;
}

public sealed record WorkerCostsView(Guid WorkerId, string WorkerNumber, string WorkerName, IReadOnlyList<AgencyAccount> Agencies,
    IReadOnlyList<EarningsView> Earnings);

public sealed record AgencyAccount(Guid AgencyId, string AgencyName, IReadOnlyList<SideBySideLine> Lines, IReadOnlyList<CostView> Records);

public sealed record CaseSummary(Guid Id, string Number, ViolationKind Kind, ViolationCaseStatus Status, Guid? AgencyId, string? AgencyName,
    Guid? WorkerId, string? WorkerName, string RuleId, DateTime OpenedAt);

public sealed record CaseDetails(Guid Id, string Number, ViolationKind Kind, ViolationCaseStatus Status, Guid? AgencyId, string? AgencyName,
    Guid? EmployerId, Guid? WorkerId, string? WorkerNumber, string? WorkerName, bool FromWorkerDeclaration, string SubjectType, Guid SubjectId,
    string RuleId, string Finding, DateTime OpenedAt, string? Outcome, string? ClosedBy, DateTime? ClosedAt, IReadOnlyList<CostView> Records, int Version);

/// <summary>Who sees which costs and cases; a record not visible is simply not found.</summary>
public static class FeeScopes
{
    /// <summary>
    /// An agency sees only its own receipts, never the workers' declarations about it: that a worker declared is
    /// theirs to tell, and the regulator acts on it. A worker sees everything recorded about them.
    /// </summary>
    public static IQueryable<RecruitmentCost> VisibleTo(this IQueryable<RecruitmentCost> q, CurrentUser user) =>
        user.Can(Permissions.RecruitmentCostsViewAll) ? q
        : !user.Can(Permissions.RecruitmentCostsView) ? q.Where(_ => false)
        : user.AgencyId is { } agency ? q.Where(c => c.AgencyId == agency && c.Source == CostSource.Agency)
        : user.WorkerId is { } worker ? q.Where(c => c.WorkerId == worker)
        : q.Where(_ => false);

    /// <summary>An agency sees the cases against it; a worker those opened or fed by their own declarations.</summary>
    public static IQueryable<ViolationCase> VisibleTo(this IQueryable<ViolationCase> q, CurrentUser user, CorridorDbContext db) =>
        user.Can(Permissions.ViolationCasesViewAll) ? q
        : !user.Can(Permissions.ViolationCasesView) ? q.Where(_ => false)
        : user.AgencyId is { } agency ? q.Where(c => c.AgencyId == agency)
        : user.WorkerId is { } worker ? q.Where(c => c.WorkerId == worker
            && db.RecruitmentCosts.Any(r => r.ViolationCaseId == c.Id && r.Source == CostSource.WorkerDeclaration))
        : q.Where(_ => false);

    /// <summary>The worker's identity is protected: an agency never learns who declared against it.</summary>
    public static bool HidesWorker(CurrentUser user) => !user.Can(Permissions.ViolationCasesViewAll) && user.WorkerId is null;
}

public static class FeeChoices
{
    public static IEnumerable<SelectListItem> Categories(string culture) =>
        CostCategories.All.Select(c => new SelectListItem(c.Name(culture), c.Code));

    public static string CategoryName(string code, string culture) => CostCategories.Find(code)?.Name(culture) ?? code;

    public static string Culture => System.Globalization.CultureInfo.CurrentUICulture.Name;

    public static string FindingText(IStringLocalizer l, FeeFinding f) => f switch
    {
        FeeFinding.NoFee => l["Nothing counts towards the cap."],
        FeeFinding.WithinCap => l["Within the cap."],
        FeeFinding.OverCap => l["Over the cap: a violation case is open."],
        FeeFinding.CapIsZero => l["The cap is zero (employer pays): a violation case is open."],
        FeeFinding.NeedsWage => l["The check needs the basic monthly wage of the job."],
        FeeFinding.CurrencyDiffers => l["Amounts in another currency than the wage: the regulator compares them."],
        _ => f.ToString(),
    };
}
