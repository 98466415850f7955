using Corridor.Domain.Common;

namespace Corridor.Domain.Registry;

/// <summary>
/// Licence status of a private recruitment agency (C181 Art. 3). It changes only through the licensing
/// transitions (<see cref="RecruitmentAgency.Grant"/>, Suspend, LiftSuspension, Cancel, Expire, Renew), each
/// with a reason; the registry's edit form no longer sets it.
/// </summary>
public enum LicenceStatus
{
    Applied = 1,
    Licensed = 2,
    Suspended = 3,
    Cancelled = 4,
    Expired = 5,
}

/// <summary>Why a licence was suspended, cancelled or ended: what the public register shows (never the officer's note).</summary>
public enum LicenceReasonCategory
{
    /// <summary>Fees charged to workers over the cap or where none are allowed.</summary>
    IllegalFees = 1,
    /// <summary>Contract substitution or violation of the approved contract.</summary>
    ContractViolation = 2,
    /// <summary>Escrow or bond below what the rules require.</summary>
    FinancialRequirements = 3,
    /// <summary>False documents or misrepresentation.</summary>
    Misrepresentation = 4,
    /// <summary>Decided complaints of workers.</summary>
    WorkerComplaints = 5,
    /// <summary>At the agency's own request.</summary>
    AgencyRequest = 6,
    Other = 7,
    /// <summary>Set by the expiry job only.</summary>
    ValidityEnded = 8,
}

public sealed class RecruitmentAgency : Entity
{
    private RecruitmentAgency() { }

    /// <summary>
    /// Registers an agency: normally as <see cref="LicenceStatus.Applied"/>; any other status is a record of a licence
    /// decided before Corridor (legacy), which the regulator enters with a validity date.
    /// </summary>
    public RecruitmentAgency(string licenceNumber, string name, string country, LicenceStatus status,
        DateOnly? licenceValidUntil, Guid? orgUnitId = null, string? address = null, string? phone = null, string? email = null)
    {
        LicenceNumber = NormalizeLicenceNumber(licenceNumber);
        if (LicenceNumber.Length == 0) throw new DomainException("An agency needs a licence number.", nameof(LicenceNumber));
        if (!Enum.IsDefined(status)) throw new DomainException("Unknown licence status.", nameof(Status));
        // Only an application has no validity date yet; every licence granted has one.
        if (status != LicenceStatus.Applied && licenceValidUntil is null)
            throw new DomainException("A licence needs a validity date unless it has only been applied for.", nameof(LicenceValidUntil));
        Status = status;
        LicenceValidUntil = licenceValidUntil;
        Update(name, country, orgUnitId, address, phone, email);
    }

    /// <summary>Fixed at registration; there is deliberately no way to change it.</summary>
    public string LicenceNumber { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>ISO 3166-1 alpha-3 of the country that licensed the agency.</summary>
    public string Country { get; private set; } = "";
    public LicenceStatus Status { get; private set; }
    public DateOnly? LicenceValidUntil { get; private set; }
    public Guid? OrgUnitId { get; private set; }
    public string? Address { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string SearchKey { get; private set; } = "";

    /// <summary>The day the current status began (grant, suspension, cancellation, expiry); null for a legacy record.</summary>
    public DateOnly? StatusSince { get; private set; }
    /// <summary>Why the licence was suspended or cancelled, as the public register shows it.</summary>
    public LicenceReasonCategory? StatusCategory { get; private set; }
    /// <summary>The officer's reason for the last transition: internal, never on the public register.</summary>
    public string? StatusNote { get; private set; }

    /// <summary>Corrects the agency's particulars; the licence status changes only through the transitions below.</summary>
    public void Update(string name, string country, Guid? orgUnitId, string? address, string? phone, string? email)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("An agency needs a name.", nameof(Name));
        Name = name.Trim();
        Country = country.Trim().ToUpperInvariant();
        OrgUnitId = orgUnitId;
        Address = address?.Trim();
        Phone = phone?.Trim();
        Email = email?.Trim();
        SearchKey = SearchText.Normalize(Name, LicenceNumber);
    }

    /// <summary>Whether the licence is in force on <paramref name="day"/>: licensed (not suspended) and not past its validity.</summary>
    public bool LicenceInForce(DateOnly day) => Status == LicenceStatus.Licensed && LicenceValidUntil is { } until && until >= day;

    /// <summary>Applied → Licensed for <paramref name="years"/> from <paramref name="today"/>.</summary>
    public void Grant(int years, string reason, DateOnly today)
    {
        Require(LicenceStatus.Applied, "Only an application can be granted a licence.");
        if (years < 1) throw new DomainException("A licence is valid for at least one year.");
        Transition(LicenceStatus.Licensed, null, reason, today);
        LicenceValidUntil = today.AddYears(years).AddDays(-1);
    }

    /// <summary>Licensed → Suspended: the agency may not recruit or deploy until the suspension is lifted.</summary>
    public void Suspend(LicenceReasonCategory category, string reason, DateOnly today)
    {
        Require(LicenceStatus.Licensed, "Only a licence in force can be suspended.");
        Transition(LicenceStatus.Suspended, RequireCategory(category), reason, today);
    }

    /// <summary>Suspended → Licensed, if the licence has not run out meanwhile.</summary>
    public void LiftSuspension(string reason, DateOnly today)
    {
        Require(LicenceStatus.Suspended, "Only a suspended licence can have its suspension lifted.");
        if (LicenceValidUntil < today) throw new DomainException("The licence ran out during the suspension; it cannot be restored.");
        Transition(LicenceStatus.Licensed, null, reason, today);
    }

    /// <summary>Licensed or Suspended → Cancelled, for good: its officers are disqualified from new licences.</summary>
    public void Cancel(LicenceReasonCategory category, string reason, DateOnly today)
    {
        if (Status is not (LicenceStatus.Licensed or LicenceStatus.Suspended))
            throw new DomainException("Only a licence in force or suspended can be cancelled.");
        Transition(LicenceStatus.Cancelled, RequireCategory(category), reason, today);
    }

    /// <summary>Licensed or Suspended → Expired the day after its validity ends (the daily job).</summary>
    public void Expire(DateOnly today)
    {
        if (Status is not (LicenceStatus.Licensed or LicenceStatus.Suspended) || LicenceValidUntil is not { } until || until >= today)
            throw new DomainException("Only a licence past its validity can expire.");
        Transition(LicenceStatus.Expired, LicenceReasonCategory.ValidityEnded, $"The licence was valid until {until:yyyy-MM-dd}.", today);
    }

    /// <summary>
    /// Extends a licence in force by <paramref name="years"/> from its current end, only within the last
    /// <paramref name="windowMonths"/> months of its validity (the requirements are re-checked by the caller).
    /// </summary>
    public void Renew(int years, int windowMonths, string reason, DateOnly today)
    {
        Require(LicenceStatus.Licensed, "Only a licence in force can be renewed.");
        if (!InRenewalWindow(windowMonths, today))
            throw new DomainException("A licence can be renewed only within the renewal window before its validity ends.");
        var until = LicenceValidUntil!.Value;
        Transition(LicenceStatus.Licensed, null, reason, today);
        LicenceValidUntil = until.AddYears(years);
    }

    public bool InRenewalWindow(int windowMonths, DateOnly today) =>
        Status == LicenceStatus.Licensed && LicenceValidUntil is { } until && today <= until && today >= until.AddMonths(-windowMonths);

    private void Require(LicenceStatus status, string message)
    {
        if (Status != status) throw new DomainException(message);
    }

    private static LicenceReasonCategory RequireCategory(LicenceReasonCategory category) =>
        Enum.IsDefined(category) && category != LicenceReasonCategory.ValidityEnded ? category
            : throw new DomainException("Choose the reason category.", nameof(StatusCategory));

    private void Transition(LicenceStatus to, LicenceReasonCategory? category, string reason, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason.", nameof(StatusNote));
        if (reason.Trim().Length > 2000) throw new DomainException("At most 2000 characters.", nameof(StatusNote));
        Status = to;
        StatusCategory = category;
        StatusNote = reason.Trim();
        StatusSince = today;
    }

    /// <summary>Licence numbers are compared without surrounding spaces and case.</summary>
    public static string NormalizeLicenceNumber(string number) => number.Trim().ToUpperInvariant();
}
