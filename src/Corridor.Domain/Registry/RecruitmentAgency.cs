using Corridor.Domain.Common;

namespace Corridor.Domain.Registry;

/// <summary>
/// Licence status of a private recruitment agency (C181). The full licensing workflow —
/// applied → licensed → suspended → cancelled | expired, with renewal — arrives with the
/// recruitment module; the registry only records the status.
/// </summary>
public enum LicenceStatus
{
    Applied = 1,
    Licensed = 2,
    Suspended = 3,
    Cancelled = 4,
    Expired = 5,
}

public sealed class RecruitmentAgency : Entity
{
    private RecruitmentAgency() { }

    public RecruitmentAgency(string licenceNumber, string name, string country, LicenceStatus status,
        DateOnly? licenceValidUntil, Guid? orgUnitId = null, string? address = null, string? phone = null, string? email = null)
    {
        LicenceNumber = NormalizeLicenceNumber(licenceNumber);
        if (LicenceNumber.Length == 0) throw new DomainException("An agency needs a licence number.", nameof(LicenceNumber));
        Update(name, country, status, licenceValidUntil, orgUnitId, address, phone, email);
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

    public void Update(string name, string country, LicenceStatus status, DateOnly? licenceValidUntil,
        Guid? orgUnitId, string? address, string? phone, string? email)
    {
        if (!Enum.IsDefined(status)) throw new DomainException("Unknown licence status.", nameof(Status));
        // Only an application has no validity date yet; every licence granted has one.
        if (status != LicenceStatus.Applied && licenceValidUntil is null)
            throw new DomainException("A licence needs a validity date unless it has only been applied for.", nameof(LicenceValidUntil));
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("An agency needs a name.", nameof(Name));
        Name = name.Trim();
        Country = country.Trim().ToUpperInvariant();
        Status = status;
        LicenceValidUntil = licenceValidUntil;
        OrgUnitId = orgUnitId;
        Address = address?.Trim();
        Phone = phone?.Trim();
        Email = email?.Trim();
        SearchKey = SearchText.Normalize(Name, LicenceNumber);
    }

    /// <summary>Licence numbers are compared without surrounding spaces and case.</summary>
    public static string NormalizeLicenceNumber(string number) => number.Trim().ToUpperInvariant();
}
