using Corridor.Domain.Common;

namespace Corridor.Domain.Registry;

/// <summary>Whether the worker came to work here (destination side) or left to work abroad (origin side).</summary>
public enum MigrationDirection
{
    Inbound = 1,
    Outbound = 2,
}

/// <summary>Identity and passport particulars of a migrant worker, as a value the registry validates whole.</summary>
public sealed record WorkerParticulars(
    string GivenName,
    string FamilyName,
    Sex Sex,
    DateOnly DateOfBirth,
    string Citizenship,
    string PassportNumber,
    string PassportIssuingCountry,
    DateOnly PassportExpiry,
    string OccupationCode,
    MigrationDirection Direction,
    string? DestinationCountry,
    string PreferredLanguage,
    string? Phone,
    string? Email);

/// <summary>
/// A migrant worker in the register: foreign workers employed here and nationals working abroad.
/// The public <see cref="WorkerNumber"/> carries a check digit. <see cref="CurrentEmployerId"/> and
/// <see cref="AgencyId"/> decide who besides officials may see the record (ownership).
/// </summary>
public sealed class MigrantWorker : Entity
{
    private MigrantWorker() { }

    public MigrantWorker(string workerNumber, WorkerParticulars p, Guid? currentEmployerId = null, Guid? agencyId = null)
    {
        WorkerNumber = workerNumber;
        CurrentEmployerId = currentEmployerId;
        AgencyId = agencyId;
        Update(p);
    }

    public string WorkerNumber { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public Sex Sex { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string Citizenship { get; private set; } = "";
    public string PassportNumber { get; private set; } = "";
    /// <summary>ISO 3166-1 alpha-3; passport numbers are unique per issuing country.</summary>
    public string PassportIssuingCountry { get; private set; } = "";
    public DateOnly PassportExpiry { get; private set; }
    /// <summary>ISCO-08 code (major, sub-major or minor group).</summary>
    public string OccupationCode { get; private set; } = "";
    public MigrationDirection Direction { get; private set; }
    /// <summary>For workers abroad: the country they work in (ISO 3166-1 alpha-3).</summary>
    public string? DestinationCountry { get; private set; }
    /// <summary>The language the worker reads (BCP 47, e.g. "ru", "uz"), for notices and contracts.</summary>
    public string PreferredLanguage { get; private set; } = "ru";
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public Guid? CurrentEmployerId { get; private set; }
    public Guid? AgencyId { get; private set; }
    public string SearchKey { get; private set; } = "";

    public string FullName => $"{GivenName} {FamilyName}";

    public void Update(WorkerParticulars p)
    {
        GivenName = p.GivenName.Trim();
        FamilyName = p.FamilyName.Trim();
        Sex = p.Sex;
        DateOfBirth = p.DateOfBirth;
        Citizenship = p.Citizenship.Trim().ToUpperInvariant();
        PassportNumber = NormalizePassport(p.PassportNumber);
        PassportIssuingCountry = p.PassportIssuingCountry.Trim().ToUpperInvariant();
        PassportExpiry = p.PassportExpiry;
        OccupationCode = p.OccupationCode.Trim();
        Direction = p.Direction;
        DestinationCountry = string.IsNullOrWhiteSpace(p.DestinationCountry) ? null : p.DestinationCountry.Trim().ToUpperInvariant();
        PreferredLanguage = p.PreferredLanguage.Trim();
        Phone = p.Phone?.Trim();
        Email = p.Email?.Trim();
        SearchKey = SearchText.Normalize(GivenName, FamilyName, PassportNumber, WorkerNumber);
    }

    /// <summary>Records who employs the worker and which agency recruited them (officers only; permits will drive this).</summary>
    public void AssignTo(Guid? employerId, Guid? agencyId)
    {
        CurrentEmployerId = employerId;
        AgencyId = agencyId;
    }

    public WorkerParticulars Particulars => new(GivenName, FamilyName, Sex, DateOfBirth, Citizenship, PassportNumber,
        PassportIssuingCountry, PassportExpiry, OccupationCode, Direction, DestinationCountry, PreferredLanguage, Phone, Email);

    /// <summary>Passports are compared without spaces and case, as border systems read them.</summary>
    public static string NormalizePassport(string number) =>
        new string(number.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    public static int AgeOn(DateOnly dateOfBirth, DateOnly day)
    {
        var age = day.Year - dateOfBirth.Year;
        if (day < dateOfBirth.AddYears(age)) age--;
        return age;
    }
}
