using Corridor.Domain.Common;

namespace Corridor.Domain.Recruitment;

/// <summary>Why a violation case was opened.</summary>
public enum ViolationKind
{
    /// <summary>A worker paid more than the policy's fee cap.</summary>
    FeeOverCap = 1,
    /// <summary>A worker paid a fee where the cap is zero (employer-pays principle).</summary>
    FeeWhereCapIsZero = 2,
    /// <summary>The contract at destination is worse for the worker than the one approved at origin.</summary>
    ContractSubstitution = 3,
    /// <summary>Recruitment without a licence in force, or against an unverified job order.</summary>
    UnlicensedRecruitment = 4,
    Other = 99,
}

public enum ViolationCaseStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>
/// A case the regulator holds against a recruitment agency and/or an employer about a fair-recruitment violation.
/// Rules open it automatically with what they found (rule id, the record that triggered it); an officer closes it
/// with an outcome. The complaints and adjudication workflow of the protection module builds on these.
/// </summary>
public sealed class ViolationCase : Entity
{
    private ViolationCase() { }

    public ViolationCase(ViolationKind kind, Guid? agencyId, Guid? employerId, Guid? workerId,
        string subjectType, Guid subjectId, string ruleId, string finding, DateTime openedAt)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("Unknown kind of violation.", nameof(Kind));
        if (agencyId is null && employerId is null) throw new DomainException("A case is held against an agency or an employer.", nameof(AgencyId));
        if (string.IsNullOrWhiteSpace(finding)) throw new DomainException("Say what was found.", nameof(Finding));
        Number = PublicNumber.New('V');
        Kind = kind;
        AgencyId = agencyId;
        EmployerId = employerId;
        WorkerId = workerId;
        SubjectType = subjectType;
        SubjectId = subjectId;
        RuleId = ruleId;
        Finding = finding.Trim();
        OpenedAt = openedAt;
        Status = ViolationCaseStatus.Open;
    }

    /// <summary>V-########## with a check digit.</summary>
    public string Number { get; private set; } = "";
    public ViolationKind Kind { get; private set; }
    public Guid? AgencyId { get; private set; }
    public Guid? EmployerId { get; private set; }
    public Guid? WorkerId { get; private set; }
    /// <summary>The record that triggered the case, e.g. "RecruitmentFeePayment" or "EmploymentContract".</summary>
    public string SubjectType { get; private set; } = "";
    public Guid SubjectId { get; private set; }
    /// <summary>The policy rule or standard that was breached, e.g. "FEE-CAP" or "C181-ART7".</summary>
    public string RuleId { get; private set; } = "";
    /// <summary>What was found, in plain words (for a substitution: the field-by-field difference).</summary>
    public string Finding { get; private set; } = "";
    public DateTime OpenedAt { get; private set; }
    public ViolationCaseStatus Status { get; private set; }
    public string? Outcome { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Longest stored finding (the column's size).</summary>
    public const int FindingMaxLength = 8000;

    /// <summary>
    /// Appends what a later record shows to an open case (one open case per party and worker, not one per record);
    /// append-only, and the audit trail keeps every earlier text.
    /// </summary>
    public void AddFinding(string line)
    {
        if (Status != ViolationCaseStatus.Open) throw new DomainException("This case is already closed.");
        if (string.IsNullOrWhiteSpace(line)) throw new DomainException("Say what was found.", nameof(Finding));
        var text = Finding + "\n" + line.Trim();
        Finding = text.Length > FindingMaxLength ? text[..(FindingMaxLength - 10)] + " …" : text;
    }

    public void Close(string officer, string outcome, DateTime now)
    {
        if (Status != ViolationCaseStatus.Open) throw new DomainException("This case is already closed.");
        if (string.IsNullOrWhiteSpace(outcome)) throw new DomainException("Give the outcome of the case.", nameof(Outcome));
        if (outcome.Trim().Length > 2000) throw new DomainException("At most 2000 characters.", nameof(Outcome));
        Status = ViolationCaseStatus.Closed;
        Outcome = outcome.Trim();
        ClosedBy = officer;
        ClosedAt = now;
    }
}
