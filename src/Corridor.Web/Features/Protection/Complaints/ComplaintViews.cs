using System.ComponentModel.DataAnnotations;
using Corridor.Domain.Protection;
using Corridor.Web.Infrastructure.Auth;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>A complaint as typed on any of the three intake forms (portal, officer, anonymous) or posted to the API.</summary>
public sealed class ComplaintForm
{
    [Display(Name = "What is the complaint about?")] public List<ComplaintCategory> Categories { get; set; } = [];
    [Display(Name = "What happened")] public string? Narrative { get; set; }
    [Display(Name = "Language of the complaint")] public string? Language { get; set; }
    [Display(Name = "Employer registration number")] public string? EmployerNumber { get; set; }
    [Display(Name = "Employer name")] public string? EmployerName { get; set; }
    [Display(Name = "Agency licence number")] public string? AgencyNumber { get; set; }
    [Display(Name = "Agency name")] public string? AgencyName { get; set; }
    /// <summary>Officer intake only: the worker the complaint is for, when in the register.</summary>
    [Display(Name = "Worker number")] public string? WorkerNumber { get; set; }
    /// <summary>Officer intake only: the complainant's name when not in the register.</summary>
    [Display(Name = "Complainant's name")] public string? ComplainantName { get; set; }
    [Display(Name = "The employer and the agency may see my name")] public bool ConsentToDisclose { get; set; }
    [Display(Name = "Amount claimed (KZT)")] public decimal? AmountClaimed { get; set; }
}

/// <summary>What the complainant gets back. The tracking code is shown this once; case ids only to signed-in users who may see the case.</summary>
public sealed record ComplaintReceipt(string TrackingCode, CaseStatus Status, Guid? CaseId, string? CaseNumber);

/// <summary>The public status page: status and the next step, nothing that identifies anyone.</summary>
public sealed record ComplaintStatusView(string TrackingCode, DateTime SubmittedAt, CaseStatus Status, string NextStep);

public sealed class CaseListQuery
{
    [Display(Name = "Category")] public ComplaintCategory? Category { get; set; }
    [Display(Name = "Status")] public CaseStatus? Status { get; set; }
    [Display(Name = "Overdue only")] public bool? Overdue { get; set; }
    [Display(Name = "Flagged only")] public bool? Flagged { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>One row of the case list. <see cref="Complainant"/> is filled only for those who may see identities.</summary>
public sealed record CaseSummary(Guid Id, string Number, CaseStatus Status, IReadOnlyList<ComplaintCategory> Categories,
    DateTime OpenedAt, int AgeDays, DateOnly? Deadline, bool Overdue, int Priority, bool ForcedLabour, bool Trafficking,
    string? Employer, string? Agency, string? Complainant, decimal AmountClaimed, decimal? AmountAwarded, decimal AmountPaidToWorker);

/// <summary>
/// A case as one reader may see it. For the employer and the agency the identity fields and the
/// narrative are null unless the complainant consented (<see cref="IdentityWithheld"/>), and the
/// triage is never shown to them.
/// </summary>
public sealed record CaseView(Guid Id, string Number, int Version, CaseStatus Status, IReadOnlyList<ComplaintCategory> Categories,
    string OriginType, ComplaintChannel? Channel, string? Language, DateTime OpenedAt, DateOnly? ConciliationDeadline, DateOnly? DecisionDeadline,
    bool Overdue, int Priority, Guid? EmployerId, string? Employer, Guid? AgencyId, string? Agency, bool JointlyLiable,
    bool IdentityWithheld, string? ComplainantName, string? WorkerNumber, string? Narrative,
    bool ForcedLabour, bool Trafficking, DateTime? UrgentReferralAt, IReadOnlyList<string>? TriageItems, TriageResult? Triage,
    decimal AmountClaimed, decimal? AmountAwarded, decimal PaidByEmployer, decimal PaidByAgency, decimal PaidFromEscrow,
    decimal AmountRecovered, decimal AmountPaidToWorker, string? Outcome, DateTime? ClosedAt);

public sealed class TriageForm
{
    [Display(Name = "Items observed")] public List<string> Items { get; set; } = [];
    [Display(Name = "Recruited across a border (migrant worker)")] public bool CrossBorder { get; set; }
    public int Version { get; set; }
}

/// <summary>One transition with what it needs: an amount for settle, decide and pay; the source for pay; a note.</summary>
public sealed class TransitionForm
{
    /// <summary>conciliate, settle, escalate, decide, pay or close.</summary>
    [Display(Name = "Action")] public string? Action { get; set; }
    [Display(Name = "Amount (KZT)")] public decimal? Amount { get; set; }
    [Display(Name = "Paid from")] public PaidFrom? PaidFrom { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
    public int Version { get; set; }
}

public static class CaseActions
{
    public const string Conciliate = "conciliate";
    public const string Settle = "settle";
    public const string Escalate = "escalate";
    public const string Decide = "decide";
    public const string Pay = "pay";
    public const string Close = "close";

    /// <summary>The actions open in a status, in the order the page offers them.</summary>
    public static IReadOnlyList<string> For(CaseStatus status) => status switch
    {
        CaseStatus.Intake => [Conciliate, Close],
        CaseStatus.Conciliation => [Settle, Escalate],
        CaseStatus.Adjudication => [Decide],
        CaseStatus.Settled or CaseStatus.Decided => [Pay, Close],
        _ => [],
    };

    public static string Label(string action) => action switch
    {
        Conciliate => "Start conciliation",
        Settle => "Record the settlement",
        Escalate => "Escalate to adjudication",
        Decide => "Record the decision",
        Pay => "Record a payment to the worker",
        Close => "Close the case",
        _ => action,
    };
}

public sealed record AgeBandCount(string Band, int Count);
public sealed record CategoryRow(ComplaintCategory Category, int Open, IReadOnlyList<int> ByAgeBand);

/// <summary>A case past the SLA deadline of its stage: numbers and dates only, no party or complainant.</summary>
public sealed record OverdueCase(Guid Id, string Number, CaseStatus Stage, IReadOnlyList<ComplaintCategory> Categories, DateOnly Deadline, int DaysOverdue);

/// <summary>Open cases by category and age band, overdue and flagged counts, the overdue list: aggregates and case numbers only.</summary>
public sealed record CaseDashboard(DateOnly Today, int Open, int Overdue, int Flagged, IReadOnlyList<string> AgeBands,
    IReadOnlyList<CategoryRow> ByCategory, IReadOnlyList<AgeBandCount> ByAge, IReadOnlyList<AgeBandCount> ByStatus,
    IReadOnlyList<OverdueCase> OverdueCases);

/// <summary>Who sees what of a case.</summary>
public static class CaseAccess
{
    /// <summary>Officers, the complainant themself, and — only with consent — the parties.</summary>
    public static bool SeesIdentity(CurrentUser user, ProtectionCase c, Complaint? complaint) =>
        user.Can(Permissions.CasesViewAll)
        || (user.WorkerId is { } w && c.WorkerId == w)
        || complaint?.ConsentToDisclose == true;

    /// <summary>The triage is the ministry's assessment; the complainant and the parties do not see it.</summary>
    public static bool SeesTriage(CurrentUser user) => user.Can(Permissions.CasesViewAll);

    public static string NextStep(CaseStatus status) => status switch
    {
        CaseStatus.Intake => "A case officer is reviewing the complaint.",
        CaseStatus.Conciliation => "Conciliation with the employer and the agency is under way.",
        CaseStatus.Settled => "The parties settled; the payment to the worker is being recorded.",
        CaseStatus.Adjudication => "The case is with adjudication for a decision.",
        CaseStatus.Decided => "A decision was made; the payment to the worker is being recorded.",
        _ => "The case is closed.",
    };
}

/// <summary>English labels (localization keys) for the enum values whose names are not words.</summary>
public static class ProtectionText
{
    public static string Category(ComplaintCategory c) => c switch
    {
        ComplaintCategory.UnpaidWages => "Unpaid wages",
        ComplaintCategory.LateWages => "Late wages",
        ComplaintCategory.Underpayment => "Underpayment",
        ComplaintCategory.DocumentRetention => "Documents retained",
        ComplaintCategory.ContractSubstitution => "Contract substitution",
        ComplaintCategory.ExcessiveHours => "Excessive hours",
        ComplaintCategory.NoRestDay => "No rest day",
        ComplaintCategory.AbuseOrViolence => "Abuse or violence",
        ComplaintCategory.RecruitmentFees => "Illegal recruitment fees",
        ComplaintCategory.Confinement => "Confinement",
        ComplaintCategory.Threats => "Threats",
        _ => "Discrimination",
    };

    public static string Dimension(ForcedLabourDimension d) => d switch
    {
        ForcedLabourDimension.UnfreeRecruitment => "Unfree recruitment",
        ForcedLabourDimension.WorkUnderDuress => "Work and life under duress",
        _ => "Impossibility of leaving the employer",
    };

    public static string Indicator(IloIndicator i) => i switch
    {
        IloIndicator.AbuseOfVulnerability => "Abuse of vulnerability",
        IloIndicator.Deception => "Deception",
        IloIndicator.RestrictionOfMovement => "Restriction of movement",
        IloIndicator.Isolation => "Isolation",
        IloIndicator.PhysicalAndSexualViolence => "Physical and sexual violence",
        IloIndicator.IntimidationAndThreats => "Intimidation and threats",
        IloIndicator.RetentionOfIdentityDocuments => "Retention of identity documents",
        IloIndicator.WithholdingOfWages => "Withholding of wages",
        IloIndicator.DebtBondage => "Debt bondage",
        IloIndicator.AbusiveWorkingAndLivingConditions => "Abusive working and living conditions",
        _ => "Excessive overtime",
    };

    public static string Kind(TriageItemKind k) => k == TriageItemKind.Involuntariness ? "Involuntariness" : "Menace of penalty";
    public static string Strength(TriageItemStrength s) => s == TriageItemStrength.Strong ? "Strong" : "Medium";

    public static string Money(decimal? amount) => amount is { } a ? a.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
