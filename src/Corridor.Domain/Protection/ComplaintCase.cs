using System.Text.Json;
using Corridor.Domain.Common;

namespace Corridor.Domain.Protection;

/// <summary>
/// Intake → Conciliation (with a deadline) → Settled, or → Adjudication → Decided; then Closed.
/// An intake found to have no basis may be closed directly.
/// </summary>
public enum CaseStatus
{
    Intake = 1,
    Conciliation = 2,
    Settled = 3,
    Adjudication = 4,
    Decided = 5,
    Closed = 6,
}

/// <summary>Where a payment to the worker came from; escrow is the agency's deposit held by the ministry.</summary>
public enum PaidFrom
{
    Employer = 1,
    Agency = 2,
    Escrow = 3,
}

/// <summary>What opened the case: a complaint, or (later) a payroll alert.</summary>
public static class CaseOrigin
{
    public const string Complaint = "Complaint";
    public const string PayrollAlert = "PayrollAlert";
}

/// <summary>
/// A protection case. The employer and the agency named are jointly liable (ILO C181 Art. 12; the
/// Philippine joint and several liability of agency and principal) for what is awarded; amounts are
/// claimed, awarded (by settlement or decision), and recovered — each payment to the worker recorded
/// with its source. SLA: conciliation must end by its deadline, adjudication be decided by its own.
/// Every transition is guarded here and audited by the handler.
/// </summary>
public sealed class ProtectionCase : Entity
{
    private static readonly JsonSerializerOptions Json = new();

    private ProtectionCase() { }

    public ProtectionCase(string number, string originType, Guid originId, Guid? complaintId, string categories,
        ComplaintParties parties, Guid? workerId, decimal amountClaimed, DateTime openedAt)
    {
        if (!PublicNumber.IsValid(number, 'K')) throw new DomainException("Not a valid case number.", nameof(Number));
        if (amountClaimed < 0) throw new DomainException("An amount cannot be negative.", nameof(AmountClaimed));
        Number = number;
        OriginType = originType;
        OriginId = originId;
        ComplaintId = complaintId;
        Categories = categories;
        EmployerId = parties.EmployerId;
        EmployerName = parties.EmployerName;
        AgencyId = parties.AgencyId;
        AgencyName = parties.AgencyName;
        WorkerId = workerId;
        AmountClaimed = amountClaimed;
        OpenedAt = openedAt;
        Status = CaseStatus.Intake;
    }

    public string Number { get; private set; } = "";
    public string OriginType { get; private set; } = CaseOrigin.Complaint;
    public Guid OriginId { get; private set; }
    public Guid? ComplaintId { get; private set; }
    public string Categories { get; private set; } = "";
    public Guid? EmployerId { get; private set; }
    public string? EmployerName { get; private set; }
    public Guid? AgencyId { get; private set; }
    public string? AgencyName { get; private set; }
    public Guid? WorkerId { get; private set; }
    public CaseStatus Status { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public DateOnly? ConciliationDeadline { get; private set; }
    public DateOnly? DecisionDeadline { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Triage: the items answered yes, the movement element, and the rule's result with its version.</summary>
    public string TriageItems { get; private set; } = "";
    public string? TriageResultJson { get; private set; }
    public string? TriageRuleVersion { get; private set; }
    public DateTime? TriagedAt { get; private set; }
    public bool ForcedLabour { get; private set; }
    public bool Trafficking { get; private set; }
    /// <summary>Set once, when triage first flags the case; the referral is a step the officer acts on at once.</summary>
    public DateTime? UrgentReferralAt { get; private set; }
    /// <summary>Higher first: 2 likely trafficking, 1 likely forced labour, 0 otherwise. The case list sorts by it.</summary>
    public int Priority { get; private set; }

    public decimal AmountClaimed { get; private set; }
    public decimal? AmountAwarded { get; private set; }
    public decimal PaidByEmployer { get; private set; }
    public decimal PaidByAgency { get; private set; }
    public decimal PaidFromEscrow { get; private set; }
    public decimal AmountRecovered { get; private set; }
    public decimal AmountPaidToWorker { get; private set; }
    public string? Outcome { get; private set; }

    /// <summary>Both an employer and an agency are named: they answer jointly for the award.</summary>
    public bool JointlyLiable => (EmployerId is not null || EmployerName is not null) && (AgencyId is not null || AgencyName is not null);
    public bool IsOpen => Status is not CaseStatus.Closed;
    public IReadOnlyList<ComplaintCategory> CategoryList => Complaint.ParseCategories(Categories);
    public IReadOnlyList<string> TriageItemList => TriageItems.Split(',', StringSplitOptions.RemoveEmptyEntries);
    public TriageResult? Triage => TriageResultJson is null ? null : JsonSerializer.Deserialize<TriageResult>(TriageResultJson, Json);

    /// <summary>Past the SLA deadline of its current stage on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) =>
        (Status == CaseStatus.Conciliation && ConciliationDeadline < today)
        || (Status == CaseStatus.Adjudication && DecisionDeadline < today);

    /// <summary>Records the answers and the rule's result; returns true when this triage newly flags the case for urgent referral.</summary>
    public bool RecordTriage(IReadOnlyCollection<string> items, bool crossBorder, ForcedLabourRule rule, DateTime now)
    {
        Guard(Status != CaseStatus.Closed, "A closed case cannot be triaged.");
        var result = rule.Evaluate(items, crossBorder);
        TriageItems = string.Join(',', items.Distinct().Order(StringComparer.Ordinal));
        TriageResultJson = JsonSerializer.Serialize(result, Json);
        TriageRuleVersion = result.RuleVersion;
        TriagedAt = now;
        ForcedLabour = result.ForcedLabour;
        Trafficking = result.Trafficking;
        Priority = Trafficking ? 2 : ForcedLabour ? 1 : 0;
        if (!result.Flagged || UrgentReferralAt is not null) return false;
        UrgentReferralAt = now;
        return true;
    }

    public void StartConciliation(DateOnly today, int days)
    {
        Guard(Status == CaseStatus.Intake, "Conciliation starts from intake.");
        Status = CaseStatus.Conciliation;
        ConciliationDeadline = today.AddDays(days);
    }

    /// <summary>The parties agree: the agreed amount is the award.</summary>
    public void Settle(decimal agreedAmount, string? note)
    {
        Guard(Status == CaseStatus.Conciliation, "Only a case in conciliation can be settled.");
        NotNegative(agreedAmount);
        Status = CaseStatus.Settled;
        AmountAwarded = agreedAmount;
        Outcome = Note(note);
    }

    public void Escalate(DateOnly today, int days)
    {
        Guard(Status == CaseStatus.Conciliation, "Only a case in conciliation can go to adjudication.");
        Status = CaseStatus.Adjudication;
        DecisionDeadline = today.AddDays(days);
    }

    public void Decide(decimal awarded, string? note)
    {
        Guard(Status == CaseStatus.Adjudication, "Only a case in adjudication can be decided.");
        NotNegative(awarded);
        Status = CaseStatus.Decided;
        AmountAwarded = awarded;
        Outcome = Note(note);
    }

    /// <summary>Money recovered from a liable party (or the agency's escrow) and paid to the worker.</summary>
    public void RecordPayment(decimal amount, PaidFrom from)
    {
        Guard(Status is CaseStatus.Settled or CaseStatus.Decided, "Payments are recorded after a settlement or a decision.");
        if (amount <= 0) throw new DomainException("Enter an amount above zero.", "Amount");
        if (!Enum.IsDefined(from)) throw new DomainException("Choose where the money came from.", "PaidFrom");
        if (AmountRecovered + amount > AmountAwarded) throw new DomainException("More than the amount awarded.", "Amount");
        switch (from)
        {
            case PaidFrom.Employer: PaidByEmployer += amount; break;
            case PaidFrom.Agency: PaidByAgency += amount; break;
            default: PaidFromEscrow += amount; break;
        }
        AmountRecovered += amount;
        AmountPaidToWorker += amount;
    }

    public void Close(string? note, DateTime now)
    {
        Guard(Status is CaseStatus.Intake or CaseStatus.Settled or CaseStatus.Decided, "Only an intake, a settled or a decided case can be closed.");
        if (Status == CaseStatus.Intake && string.IsNullOrWhiteSpace(note))
            throw new DomainException("Say why the case is closed without conciliation.", "Note");
        Status = CaseStatus.Closed;
        ClosedAt = now;
        if (!string.IsNullOrWhiteSpace(note)) Outcome = Note(note);
    }

    private static void Guard(bool ok, string message)
    {
        if (!ok) throw new DomainException(message, "Action");
    }

    private static void NotNegative(decimal amount)
    {
        if (amount < 0) throw new DomainException("An amount cannot be negative.", "Amount");
    }

    private static string? Note(string? note) =>
        string.IsNullOrWhiteSpace(note) ? null : note.Trim().Length > 2000 ? note.Trim()[..2000] : note.Trim();
}
