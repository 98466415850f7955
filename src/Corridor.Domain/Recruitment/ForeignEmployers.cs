using System.Text.Json;
using Corridor.Domain.Common;

namespace Corridor.Domain.Recruitment;

public enum AccreditationStatus
{
    Applied = 1,
    Accredited = 2,
    Expired = 3,
    Revoked = 4,
}

/// <summary>The documents a foreign employer files for accreditation (Philippines DMW/MWO checklist).</summary>
public enum EmployerDocument
{
    BusinessRegistration = 1,
    ManpowerRequest = 2,
    RecruitmentAgreement = 3,
    MasterEmploymentContract = 4,
    AffidavitOfUndertaking = 5,
}

/// <summary>One checklist item: received or not, and when.</summary>
public sealed record DocumentItem(EmployerDocument Document, bool Received, DateOnly? ReceivedOn);

/// <summary>
/// An employer abroad that recruits through the country's agencies. The labour attaché (partner account)
/// inspects it and accredits it once every document is received; accreditation expires or is revoked.
/// </summary>
public sealed class ForeignEmployer : Entity
{
    private ForeignEmployer() { }

    public ForeignEmployer(string name, string country, string? address, string sector)
    {
        Update(name, country, address, sector);
        Status = AccreditationStatus.Applied;
        DocumentsJson = JsonSerializer.Serialize(Enum.GetValues<EmployerDocument>().Select(d => new DocumentItem(d, false, null)).ToList());
    }

    public string Name { get; private set; } = "";
    /// <summary>ISO 3166-1 alpha-3 of the country of employment.</summary>
    public string Country { get; private set; } = "";
    public string? Address { get; private set; }
    /// <summary>ISIC Rev.4 section or division.</summary>
    public string Sector { get; private set; } = "";
    public string DocumentsJson { get; private set; } = "[]";
    public AccreditationStatus Status { get; private set; }
    public string? InspectedBy { get; private set; }
    public string? InspectionNote { get; private set; }
    public DateOnly? InspectedOn { get; private set; }
    public DateOnly? AccreditedUntil { get; private set; }
    public string? RevocationReason { get; private set; }
    public string SearchKey { get; private set; } = "";

    public IReadOnlyList<DocumentItem> Documents => JsonSerializer.Deserialize<List<DocumentItem>>(DocumentsJson) ?? [];

    public void Update(string name, string country, string? address, string sector)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Enter the name.", nameof(Name));
        if (string.IsNullOrWhiteSpace(country)) throw new DomainException("Choose the country.", nameof(Country));
        if (string.IsNullOrWhiteSpace(sector)) throw new DomainException("Choose the sector.", nameof(Sector));
        Name = name.Trim();
        Country = country.Trim().ToUpperInvariant();
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        Sector = sector.Trim().ToUpperInvariant();
        SearchKey = SearchText.Normalize(Name);
    }

    public void RecordDocument(EmployerDocument document, bool received, DateOnly? receivedOn)
    {
        if (!Enum.IsDefined(document)) throw new DomainException("Unknown document.", nameof(Documents));
        if (received && receivedOn is null) throw new DomainException("Enter the date the document was received.", nameof(DocumentItem.ReceivedOn));
        var items = Documents.Select(d => d.Document == document ? new DocumentItem(document, received, received ? receivedOn : null) : d).ToList();
        DocumentsJson = JsonSerializer.Serialize(items);
    }

    public bool AccreditedOn(DateOnly day) => Status == AccreditationStatus.Accredited && AccreditedUntil >= day;

    /// <summary>Applied (or Expired, for re-accreditation) → Accredited, after inspection, with every document received.</summary>
    public void Accredit(string attache, string inspectionNote, DateOnly inspectedOn, DateOnly until, DateOnly today)
    {
        if (Status is not (AccreditationStatus.Applied or AccreditationStatus.Expired))
            throw new DomainException("Only an employer applying for accreditation can be accredited.");
        if (Documents.Any(d => !d.Received)) throw new DomainException("Every document of the checklist must be received first.");
        if (string.IsNullOrWhiteSpace(inspectionNote)) throw new DomainException("Write the inspection note.", nameof(InspectionNote));
        if (inspectionNote.Trim().Length > 2000) throw new DomainException("At most 2000 characters.", nameof(InspectionNote));
        if (inspectedOn > today) throw new DomainException("The inspection cannot be in the future.", nameof(InspectedOn));
        if (until <= today) throw new DomainException("The accreditation must end after today.", nameof(AccreditedUntil));
        Status = AccreditationStatus.Accredited;
        InspectedBy = attache;
        InspectionNote = inspectionNote.Trim();
        InspectedOn = inspectedOn;
        AccreditedUntil = until;
    }

    public void Revoke(string reason)
    {
        if (Status != AccreditationStatus.Accredited) throw new DomainException("Only an accredited employer can have its accreditation revoked.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason.", nameof(RevocationReason));
        Status = AccreditationStatus.Revoked;
        RevocationReason = reason.Trim();
    }

    /// <summary>The daily job: an accreditation past its end expires.</summary>
    public void Expire(DateOnly today)
    {
        if (Status != AccreditationStatus.Accredited || AccreditedUntil >= today)
            throw new DomainException("Only an accreditation past its end can expire.");
        Status = AccreditationStatus.Expired;
    }
}

public enum JobOrderStatus
{
    Draft = 1,
    Verified = 2,
    Rejected = 3,
}

/// <summary>
/// A foreign employer's request for workers placed through one agency: positions, wage, hours, jobsite.
/// An agency may recruit against it only once the attaché (or the regulator) has verified it, and only while
/// the employer's accreditation is in force.
/// </summary>
public sealed class JobOrder : Entity
{
    private JobOrder() { }

    public JobOrder(Guid foreignEmployerId, Guid agencyId, string occupation, int positions, decimal monthlyWage, string currency,
        int hoursPerWeek, string jobsite, string destinationCountry, DateOnly validUntil)
    {
        ForeignEmployerId = foreignEmployerId;
        AgencyId = agencyId;
        Number = PublicNumber.New('J');
        Status = JobOrderStatus.Draft;
        Update(occupation, positions, monthlyWage, currency, hoursPerWeek, jobsite, destinationCountry, validUntil);
    }

    /// <summary>J-########## with a check digit.</summary>
    public string Number { get; private set; } = "";
    public Guid ForeignEmployerId { get; private set; }
    public Guid AgencyId { get; private set; }
    /// <summary>ISCO-08 code.</summary>
    public string Occupation { get; private set; } = "";
    public int Positions { get; private set; }
    public decimal MonthlyWage { get; private set; }
    /// <summary>ISO 4217.</summary>
    public string Currency { get; private set; } = "";
    public int HoursPerWeek { get; private set; }
    public string Jobsite { get; private set; } = "";
    public string DestinationCountry { get; private set; } = "";
    public DateOnly ValidUntil { get; private set; }
    public JobOrderStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }
    public DateOnly? DecidedOn { get; private set; }

    public void Update(string occupation, int positions, decimal monthlyWage, string currency, int hoursPerWeek,
        string jobsite, string destinationCountry, DateOnly validUntil)
    {
        if (Status != JobOrderStatus.Draft) throw new DomainException("Only a draft job order can be changed.");
        if (positions < 1) throw new DomainException("At least one position.", nameof(Positions));
        if (monthlyWage <= 0) throw new DomainException("The wage must be more than zero.", nameof(MonthlyWage));
        if (hoursPerWeek is < 1 or > 84) throw new DomainException("Hours per week must be between 1 and 84.", nameof(HoursPerWeek));
        if (string.IsNullOrWhiteSpace(jobsite)) throw new DomainException("Enter the jobsite.", nameof(Jobsite));
        Occupation = occupation.Trim();
        Positions = positions;
        MonthlyWage = monthlyWage;
        Currency = currency.Trim().ToUpperInvariant();
        HoursPerWeek = hoursPerWeek;
        Jobsite = jobsite.Trim();
        DestinationCountry = destinationCountry.Trim().ToUpperInvariant();
        ValidUntil = validUntil;
    }

    public void Verify(ForeignEmployer employer, string officer, string note, DateOnly today)
    {
        if (Status != JobOrderStatus.Draft) throw new DomainException("Only a draft job order can be verified or rejected.");
        if (employer.Id != ForeignEmployerId) throw new DomainException("This is not the job order's employer.");
        if (!employer.AccreditedOn(today)) throw new DomainException("The foreign employer is not accredited: the job order cannot be verified.");
        if (ValidUntil < today) throw new DomainException("The job order's validity has ended.", nameof(ValidUntil));
        Decide(JobOrderStatus.Verified, officer, note, today);
    }

    public void Reject(string officer, string note, DateOnly today)
    {
        if (Status != JobOrderStatus.Draft) throw new DomainException("Only a draft job order can be verified or rejected.");
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Give the reason.", nameof(DecisionNote));
        Decide(JobOrderStatus.Rejected, officer, note, today);
    }

    private void Decide(JobOrderStatus status, string officer, string note, DateOnly today)
    {
        if (note?.Trim().Length > 2000) throw new DomainException("At most 2000 characters.", nameof(DecisionNote));
        Status = status;
        DecidedBy = officer;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedOn = today;
    }

    /// <summary>Whether an agency may recruit against it on <paramref name="day"/> (the employer's accreditation is checked by the caller).</summary>
    public bool OpenForRecruitment(DateOnly day) => Status == JobOrderStatus.Verified && ValidUntil >= day;
}
