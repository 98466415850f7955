using System.ComponentModel.DataAnnotations;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;

namespace Corridor.Web.Features.Regularisation;

public sealed record WindowSummary(Guid Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, DateOnly ArrivedBefore,
    bool RequireRegisteredEmployer, bool RequireNoSeriousCriminalRecord, RegularisationWindowStatus Status,
    IReadOnlyList<IrregularEstimate> Estimates, string OpenedByName);

public sealed class EstimateInput
{
    public string? Country { get; set; }
    public Sex? Sex { get; set; }
    public int? Estimate { get; set; }
}

public sealed class OpenWindowForm
{
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Opens on")] public DateOnly? OpensOn { get; set; }
    [Display(Name = "Closes on")] public DateOnly? ClosesOn { get; set; }
    [Display(Name = "Arrived before")] public DateOnly? ArrivedBefore { get; set; }
    [Display(Name = "Require a registered employer")] public bool RequireRegisteredEmployer { get; set; }
    [Display(Name = "Require a declaration of no serious criminal record")] public bool RequireNoSeriousCriminalRecord { get; set; }
    /// <summary>The page's text box: one "country, sex, estimate" line each (e.g. "UZB, F, 1200").</summary>
    [Display(Name = "Estimated irregular population")] public string? EstimatesText { get; set; }
    /// <summary>The API's rows; used when given.</summary>
    public List<EstimateInput>? Estimates { get; set; }
}

public sealed class ApplyForm
{
    [Display(Name = "Regularisation window")] public Guid? WindowId { get; set; }
    [Display(Name = "Given name")] public string? GivenName { get; set; }
    [Display(Name = "Family name")] public string? FamilyName { get; set; }
    [Display(Name = "Sex")] public Sex? Sex { get; set; }
    [Display(Name = "Date of birth")] public DateOnly? DateOfBirth { get; set; }
    [Display(Name = "Citizenship")] public string? Citizenship { get; set; }
    [Display(Name = "Passport number")] public string? PassportNumber { get; set; }
    [Display(Name = "Date of arrival")] public DateOnly? ArrivalDate { get; set; }
    [Display(Name = "Employer registration number")] public string? EmployerRegistrationNumber { get; set; }
    [Display(Name = "I declare that I have no serious criminal record")] public bool DeclaredNoSeriousCriminalRecord { get; set; }
}

public sealed record ApplicationReceipt(string TrackingCode, RegularisationStatus Status, string? WorkerNumber);

public sealed record StatusView(string TrackingCode, string WindowTitle, DateTime SubmittedAt, RegularisationStatus Status,
    string? WorkerNumber, int PolicySetNumber, IReadOnlyList<RuleResult> Results);

public sealed record ApplicationRow(Guid Id, string WindowTitle, string TrackingCode, string Name, Sex Sex, string Citizenship,
    DateOnly ArrivalDate, string? EmployerRegistrationNumber, bool ByEmployer, DateTime SubmittedAt, RegularisationStatus Status,
    string? WorkerNumber, IReadOnlyList<string> FailedRules);

/// <summary>One line of the report; <see cref="RatePercent"/> is null where there is no estimate.</summary>
public sealed record ReportRow(string? Country, Sex? Sex, int Applied, int Approved, int Refused, int? Estimate, decimal? RatePercent);

public sealed record RegularisationReport(Guid WindowId, string Title, DateOnly OpensOn, DateOnly ClosesOn, RegularisationWindowStatus Status,
    string Formula, ReportRow Total, IReadOnlyList<ReportRow> BySex, IReadOnlyList<ReportRow> ByOrigin, IReadOnlyList<ReportRow> ByOriginAndSex);
