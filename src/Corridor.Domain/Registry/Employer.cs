using Corridor.Domain.Common;

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
        RegistrationNumber = registrationNumber.Trim();
        Update(name, isicSection, isicDivision, orgUnitId, nationalEmployees, address, phone, email);
    }

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
}
