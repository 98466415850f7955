using Corridor.Domain.Common;
using Corridor.Domain.Registry;

namespace Corridor.Domain.Recruitment;

public enum EscrowEntryKind
{
    /// <summary>The deposit made for the licence.</summary>
    Deposit = 1,
    /// <summary>A top-up after a claim or a raised requirement.</summary>
    TopUp = 2,
    /// <summary>Paid out of escrow to a worker after a decided complaint.</summary>
    ClaimPaid = 3,
}

/// <summary>
/// One movement of an agency's escrow account. Entries are never changed or deleted: the balance is the sum of
/// deposits and top-ups less the claims paid, so every figure can be traced to its entry.
/// </summary>
public sealed class EscrowEntry : Entity
{
    private EscrowEntry() { }

    public EscrowEntry(Guid agencyId, EscrowEntryKind kind, decimal amount, DateOnly recordedOn, string? reference,
        Guid? workerId, Guid? violationCaseId, string? note, string recordedBy)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("Unknown kind of escrow entry.", nameof(Kind));
        if (amount <= 0) throw new DomainException("The amount must be more than zero.", nameof(Amount));
        if (kind == EscrowEntryKind.ClaimPaid)
        {
            if (workerId is null) throw new DomainException("A claim is paid to a worker: give the worker.", nameof(WorkerId));
            if (string.IsNullOrWhiteSpace(reference))
                throw new DomainException("A claim is paid after a decided complaint: give the case number or the decision reference.", nameof(Reference));
        }
        if (reference?.Trim().Length > 64) throw new DomainException("At most 64 characters.", nameof(Reference));
        if (note?.Trim().Length > 500) throw new DomainException("At most 500 characters.", nameof(Note));
        AgencyId = agencyId;
        Kind = kind;
        Amount = amount;
        RecordedOn = recordedOn;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        WorkerId = workerId;
        ViolationCaseId = violationCaseId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordedBy = recordedBy;
    }

    public Guid AgencyId { get; private set; }
    public EscrowEntryKind Kind { get; private set; }
    /// <summary>Always positive; <see cref="Signed"/> gives its effect on the balance.</summary>
    public decimal Amount { get; private set; }
    public DateOnly RecordedOn { get; private set; }
    /// <summary>Bank reference of a deposit, or the violation case number / decision reference of a claim.</summary>
    public string? Reference { get; private set; }
    public Guid? WorkerId { get; private set; }
    public Guid? ViolationCaseId { get; private set; }
    public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public decimal Signed => Kind == EscrowEntryKind.ClaimPaid ? -Amount : Amount;
}

/// <summary>Whether an agency may deploy workers on a day, and every reason why not.</summary>
public sealed record DeploymentStanding(bool MayDeploy, decimal EscrowBalance, decimal EscrowRequired, IReadOnlyList<string> Reasons)
{
    /// <summary>What the agency must deposit to meet the requirement (its top-up obligation); zero when none.</summary>
    public decimal TopUpDue => Math.Max(0, EscrowRequired - EscrowBalance);

    public static DeploymentStanding Of(RecruitmentAgency agency, decimal balance, decimal required, DateOnly day)
    {
        var reasons = new List<string>();
        if (agency.Status == LicenceStatus.Suspended) reasons.Add("The licence is suspended.");
        else if (agency.Status == LicenceStatus.Cancelled) reasons.Add("The licence is cancelled.");
        else if (agency.Status == LicenceStatus.Applied) reasons.Add("The agency has no licence yet.");
        else if (!agency.LicenceInForce(day)) reasons.Add("The licence has expired.");
        if (balance < required) reasons.Add("The escrow balance is below the required deposit.");
        return new DeploymentStanding(reasons.Count == 0, balance, required, reasons);
    }
}
