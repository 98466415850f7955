using Corridor.Domain.Common;

namespace Corridor.Domain.Protection;

public enum SanctionKind
{
    Warning = 1,
    Fine = 2,
    /// <summary>No new work permits for the employer (or agency) during the period; the public watchlist shows it.</summary>
    DebarmentPermits = 3,
    /// <summary>No new deployments through the agency (or to the employer) during the period; the public watchlist shows it.</summary>
    DebarmentDeployments = 4,
    ProsecutionReferral = 5,
}

public enum SanctionParty
{
    Employer = 1,
    Agency = 2,
}

/// <summary>
/// A sanction imposed on an employer or an agency with the decision that caused it (an inspection number or a
/// case reference). Debarments run from <see cref="From"/> to <see cref="To"/> inclusive and are public;
/// <see cref="InternalNote"/> never is.
/// </summary>
public sealed class Sanction : Entity
{
    private Sanction() { }

    public Sanction(SanctionParty party, Guid partyId, SanctionKind kind, DateOnly from, int? months, decimal? fineAmount,
        string decisionReference, string reason, Guid? inspectionId = null, string? internalNote = null)
    {
        if (!Enum.IsDefined(party)) throw new DomainException("Choose an employer or an agency.", nameof(Party));
        if (!Enum.IsDefined(kind)) throw new DomainException("Choose the kind of sanction.", nameof(Kind));
        if (string.IsNullOrWhiteSpace(decisionReference)) throw new DomainException("Give the decision that imposes the sanction.", nameof(DecisionReference));
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the record.", nameof(Reason));
        if (IsDebarmentKind(kind))
        {
            if (months is not (>= 1 and <= 120)) throw new DomainException("A debarment lasts 1 to 120 months.", nameof(Months));
            To = from.AddMonths(months.Value).AddDays(-1);
        }
        else months = null;
        if (kind == SanctionKind.Fine && fineAmount is not > 0) throw new DomainException("A fine states its amount.", nameof(FineAmount));
        Party = party;
        PartyId = partyId;
        Kind = kind;
        From = from;
        Months = months;
        FineAmount = kind == SanctionKind.Fine ? fineAmount : null;
        DecisionReference = decisionReference.Trim();
        Reason = reason.Trim();
        InspectionId = inspectionId;
        InternalNote = string.IsNullOrWhiteSpace(internalNote) ? null : internalNote.Trim();
    }

    public SanctionParty Party { get; private set; }
    public Guid PartyId { get; private set; }
    public SanctionKind Kind { get; private set; }
    public DateOnly From { get; private set; }
    /// <summary>The last day of a debarment; null for other sanctions.</summary>
    public DateOnly? To { get; private set; }
    public int? Months { get; private set; }
    public decimal? FineAmount { get; private set; }
    public string DecisionReference { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public Guid? InspectionId { get; private set; }
    public string? InternalNote { get; private set; }
    /// <summary>The Watchlist employer flag a permit debarment of an employer opened (so PERMIT-NOT-BANNED reads it).</summary>
    public Guid? EmployerFlagId { get; private set; }

    public bool IsDebarment => IsDebarmentKind(Kind);
    public static bool IsDebarmentKind(SanctionKind kind) => kind is SanctionKind.DebarmentPermits or SanctionKind.DebarmentDeployments;
    public bool InForceOn(DateOnly day) => IsDebarment && From <= day && To >= day;

    public void LinkFlag(Guid flagId) => EmployerFlagId = flagId;
}
