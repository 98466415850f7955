using Corridor.Domain.Common;

namespace Corridor.Domain.Registry;

public enum JobSeekerStatus
{
    Active = 1,
    Placed = 2,
    Withdrawn = 3,
}

/// <summary>
/// A national registered with the public employment service. Job seekers are the people a labour
/// market test refers to a vacancy before a foreign worker may be admitted.
/// </summary>
public sealed class NationalJobSeeker : Entity
{
    private NationalJobSeeker() { }

    public NationalJobSeeker(string nationalId, string givenName, string familyName, Sex sex, DateOnly dateOfBirth,
        string occupationCode, Guid orgUnitId, DateOnly registeredOn, string? phone = null, string? email = null)
    {
        NationalId = nationalId.Trim();
        if (NationalId.Length == 0) throw new DomainException("A job seeker needs a national identification number.", nameof(NationalId));
        RegisteredOn = registeredOn;
        Update(givenName, familyName, sex, dateOfBirth, occupationCode, orgUnitId, JobSeekerStatus.Active, phone, email);
    }

    /// <summary>The national identification number (IIN in Kazakhstan), unique; fixed at registration.</summary>
    public string NationalId { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public Sex Sex { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public string OccupationCode { get; private set; } = "";
    public Guid OrgUnitId { get; private set; }
    public DateOnly RegisteredOn { get; private set; }
    public JobSeekerStatus Status { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string SearchKey { get; private set; } = "";

    public string FullName => $"{GivenName} {FamilyName}";

    public void Update(string givenName, string familyName, Sex sex, DateOnly dateOfBirth, string occupationCode,
        Guid orgUnitId, JobSeekerStatus status, string? phone, string? email)
    {
        if (!Enum.IsDefined(status)) throw new DomainException("Unknown job seeker status.", nameof(Status));
        GivenName = givenName.Trim();
        FamilyName = familyName.Trim();
        Sex = sex;
        DateOfBirth = dateOfBirth;
        OccupationCode = occupationCode.Trim();
        OrgUnitId = orgUnitId;
        Status = status;
        Phone = phone?.Trim();
        Email = email?.Trim();
        SearchKey = SearchText.Normalize(GivenName, FamilyName, NationalId);
    }
}
