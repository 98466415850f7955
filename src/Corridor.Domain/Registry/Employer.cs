using Corridor.Domain.Common;
using Corridor.Domain.Reference;

namespace Corridor.Domain.Registry;

/// <summary>
/// An employer registered in the destination country. <see cref="NationalEmployees"/> is the
/// denominator of firm-level foreign-worker ceilings (admission), so it can never be negative.
/// </summary>
public sealed class Employer : Entity
{
    private Employer() { }

    public Employer(string registrationNumber, string name, string isicSection, string isicDivision,
        Guid orgUnitId, int nationalEmployees, string? address = null, string? phone = null, string? email = null)
    {
        RegistrationNumber = NormalizeRegistrationNumber(registrationNumber);
        if (RegistrationNumber.Length == 0)
            throw new DomainException("An employer needs a registration number.", nameof(RegistrationNumber));
        Update(name, isicSection, isicDivision, orgUnitId, nationalEmployees, address, phone, email);
    }

    /// <summary>Fixed at registration (permits, levies and inspections refer to it): there is deliberately no way to change it.</summary>
    public string RegistrationNumber { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>ISIC Rev.4 section letter (A–U).</summary>
    public string IsicSection { get; private set; } = "";
    /// <summary>ISIC Rev.4 division (two digits), which must belong to <see cref="IsicSection"/>.</summary>
    public string IsicDivision { get; private set; } = "";
    public Guid OrgUnitId { get; private set; }
    public int NationalEmployees { get; private set; }
    public string? Address { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string SearchKey { get; private set; } = "";

    public void Update(string name, string isicSection, string isicDivision, Guid orgUnitId, int nationalEmployees,
        string? address, string? phone, string? email)
    {
        if (nationalEmployees < 0)
            throw new DomainException("The number of national employees cannot be negative.", nameof(NationalEmployees));
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("An employer needs a name.", nameof(Name));
        if (!ReferenceData.IsIsicDivisionOf(isicDivision, isicSection))
            throw new DomainException("The ISIC division does not belong to the ISIC section.", nameof(IsicDivision));
        Name = name.Trim();
        IsicSection = isicSection.Trim().ToUpperInvariant();
        IsicDivision = isicDivision.Trim();
        OrgUnitId = orgUnitId;
        NationalEmployees = nationalEmployees;
        Address = address?.Trim();
        Phone = phone?.Trim();
        Email = email?.Trim();
        SearchKey = SearchText.Normalize(Name, RegistrationNumber);
    }

    /// <summary>Registration numbers are compared without surrounding spaces and case.</summary>
    public static string NormalizeRegistrationNumber(string number) => number.Trim().ToUpperInvariant();
}
