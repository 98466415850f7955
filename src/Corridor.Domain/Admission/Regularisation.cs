using System.Security.Cryptography;
using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Reference;

namespace Corridor.Domain.Admission;

/// <summary>Planned before it opens, Open between its dates (inclusive), Closed after.</summary>
public enum RegularisationWindowStatus
{
    Planned = 1,
    Open = 2,
    Closed = 3,
}

/// <summary>The estimated number of irregular workers of one origin and sex, the denominator of the registration rate.</summary>
public sealed record IrregularEstimate(string Country, Sex Sex, int Estimate);

/// <summary>
/// A time-boxed regularisation programme (ILO C143 Art. 9): who may apply is set by the window's own
/// criteria — arrival before a date, a registered employer, no serious criminal record declared — and
/// the estimates of the irregular population let the ministry report how many it actually reached.
/// </summary>
public sealed class RegularisationWindow : Entity
{
    private static readonly JsonSerializerOptions Json = new();

    private RegularisationWindow() { }

    public RegularisationWindow(string title, DateOnly opensOn, DateOnly closesOn, DateOnly arrivedBefore,
        bool requireRegisteredEmployer, bool requireNoSeriousCriminalRecord, IEnumerable<IrregularEstimate> estimates, Officer openedBy)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Give the window a title.", nameof(Title));
        if (closesOn < opensOn) throw new DomainException("The window must close on or after the day it opens.", nameof(ClosesOn));
        if (arrivedBefore > closesOn) throw new DomainException("The arrival cut-off must not be after the window closes.", nameof(ArrivedBefore));
        var list = estimates.Select(e => e with { Country = e.Country.Trim().ToUpperInvariant() }).ToList();
        foreach (var e in list)
        {
            if (!ReferenceData.IsCountry(e.Country)) throw new DomainException("Choose a country from the list.", nameof(Estimates));
            if (e.Estimate < 1) throw new DomainException("An estimate is at least 1.", nameof(Estimates));
        }
        if (list.GroupBy(e => (e.Country, e.Sex)).Any(g => g.Count() > 1))
            throw new DomainException("One estimate per origin country and sex.", nameof(Estimates));
        Title = title.Trim();
        OpensOn = opensOn;
        ClosesOn = closesOn;
        ArrivedBefore = arrivedBefore;
        RequireRegisteredEmployer = requireRegisteredEmployer;
        RequireNoSeriousCriminalRecord = requireNoSeriousCriminalRecord;
        EstimatesJson = JsonSerializer.Serialize(list, Json);
        OpenedById = openedBy.Id;
        OpenedByName = openedBy.Name;
    }

    public string Title { get; private set; } = "";
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }
    /// <summary>Only people who arrived before this day qualify (a cut-off, so the window does not draw new irregular entries).</summary>
    public DateOnly ArrivedBefore { get; private set; }
    public bool RequireRegisteredEmployer { get; private set; }
    public bool RequireNoSeriousCriminalRecord { get; private set; }
    public string EstimatesJson { get; private set; } = "[]";
    public Guid? OpenedById { get; private set; }
    public string OpenedByName { get; private set; } = "";

    public IReadOnlyList<IrregularEstimate> Estimates => JsonSerializer.Deserialize<List<IrregularEstimate>>(EstimatesJson, Json) ?? [];

    public RegularisationWindowStatus StatusOn(DateOnly today) =>
        today < OpensOn ? RegularisationWindowStatus.Planned : today > ClosesOn ? RegularisationWindowStatus.Closed : RegularisationWindowStatus.Open;

    public bool IsOpenOn(DateOnly day) => StatusOn(day) == RegularisationWindowStatus.Open;
}

public enum RegularisationStatus
{
    Submitted = 1,
    Approved = 2,
    Refused = 3,
}

/// <summary>What the applicant declares; passport and employer are optional because irregular workers often lack one or both.</summary>
public sealed record RegularisationParticulars(
    string GivenName,
    string FamilyName,
    Sex Sex,
    DateOnly DateOfBirth,
    string Citizenship,
    string? PassportNumber,
    DateOnly ArrivalDate,
    string? EmployerRegistrationNumber,
    bool DeclaredNoSeriousCriminalRecord);

/// <summary>
/// An application in a regularisation window, by the worker (no account: a tracking code is the only key
/// to its status) or by an employer account for its worker. Decided once by the window's rules; an
/// approval registers the worker.
/// </summary>
public sealed class RegularisationApplication : Entity
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private RegularisationApplication() { }

    public RegularisationApplication(Guid windowId, RegularisationParticulars p, string trackingCode, Guid? submittedByEmployerId,
        Guid? submittedByUserId, DateTime submittedAt)
    {
        if (string.IsNullOrWhiteSpace(p.GivenName)) throw new DomainException("Enter the given name.", nameof(GivenName));
        if (string.IsNullOrWhiteSpace(p.FamilyName)) throw new DomainException("Enter the family name.", nameof(FamilyName));
        if (!ReferenceData.IsCountry(p.Citizenship.Trim().ToUpperInvariant())) throw new DomainException("Choose a country from the list.", nameof(Citizenship));
        if (p.DateOfBirth > p.ArrivalDate)
            throw new DomainException("The arrival date cannot be before the date of birth.", nameof(ArrivalDate));
        WindowId = windowId;
        GivenName = p.GivenName.Trim();
        FamilyName = p.FamilyName.Trim();
        Sex = p.Sex;
        DateOfBirth = p.DateOfBirth;
        Citizenship = p.Citizenship.Trim().ToUpperInvariant();
        PassportNumber = string.IsNullOrWhiteSpace(p.PassportNumber) ? null : Registry.MigrantWorker.NormalizePassport(p.PassportNumber);
        ArrivalDate = p.ArrivalDate;
        EmployerRegistrationNumber = string.IsNullOrWhiteSpace(p.EmployerRegistrationNumber) ? null : p.EmployerRegistrationNumber.Trim();
        DeclaredNoSeriousCriminalRecord = p.DeclaredNoSeriousCriminalRecord;
        TrackingCode = trackingCode;
        SubmittedByEmployerId = submittedByEmployerId;
        SubmittedByUserId = submittedByUserId;
        SubmittedAt = submittedAt;
        Status = RegularisationStatus.Submitted;
    }

    public Guid WindowId { get; private set; }
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public Sex Sex { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public string Citizenship { get; private set; } = "";
    public string? PassportNumber { get; private set; }
    public DateOnly ArrivalDate { get; private set; }
    public string? EmployerRegistrationNumber { get; private set; }
    public bool DeclaredNoSeriousCriminalRecord { get; private set; }
    /// <summary>The applicant's only key to the outcome: unguessable, shown once on submission.</summary>
    public string TrackingCode { get; private set; } = "";
    public Guid? SubmittedByEmployerId { get; private set; }
    public Guid? SubmittedByUserId { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public RegularisationStatus Status { get; private set; }
    public Guid? DecisionId { get; private set; }
    /// <summary>The register entry an approval created.</summary>
    public Guid? WorkerId { get; private set; }

    public RegularisationParticulars Particulars => new(GivenName, FamilyName, Sex, DateOfBirth, Citizenship, PassportNumber, ArrivalDate,
        EmployerRegistrationNumber, DeclaredNoSeriousCriminalRecord);

    public void Decided(AdmissionDecision decision, Guid? workerId)
    {
        if (Status != RegularisationStatus.Submitted) throw new DomainException("The application has been decided already.");
        if (decision.Outcome == DecisionOutcome.Approved && workerId is null)
            throw new DomainException("An approved application registers the worker.");
        DecisionId = decision.Id;
        Status = decision.Outcome == DecisionOutcome.Approved ? RegularisationStatus.Approved : RegularisationStatus.Refused;
        WorkerId = Status == RegularisationStatus.Approved ? workerId : null;
    }

    /// <summary>12 characters from 32 unambiguous letters and digits: 60 bits, not guessable within any rate limit.</summary>
    public static string NewTrackingCode() => RandomNumberGenerator.GetString(CodeAlphabet, 12);
}

/// <summary>The window's criteria as catalogue rules, so every outcome carries rule ids, reasons and citations.</summary>
public static class RegularisationRules
{
    public const string WindowOpen = "REGUL-WINDOW-OPEN";
    public const string ArrivedBefore = "REGUL-ARRIVED-BEFORE";
    public const string RegisteredEmployer = "REGUL-REGISTERED-EMPLOYER";
    public const string NoSeriousRecord = "REGUL-NO-SERIOUS-RECORD";

    /// <param name="employerRegistered">Whether the declared registration number is in the employer register.</param>
    public static RuleChecks Check(RuleChecks checks, RegularisationWindow window, DateOnly appliedOn, RegularisationParticulars p,
        bool employerRegistered)
    {
        checks.Check(WindowOpen, window.IsOpenOn(appliedOn),
            window.IsOpenOn(appliedOn) ? "Applied on {0}, within the window ({1} to {2})." : "Applied on {0}, outside the window ({1} to {2}).",
            Iso(appliedOn), Iso(window.OpensOn), Iso(window.ClosesOn));
        var arrived = p.ArrivalDate < window.ArrivedBefore;
        checks.Check(ArrivedBefore, arrived,
            arrived ? "Arrived on {0}, before {1}." : "Arrived on {0}; only arrivals before {1} qualify.", Iso(p.ArrivalDate), Iso(window.ArrivedBefore));
        if (window.RequireRegisteredEmployer)
        {
            if (string.IsNullOrWhiteSpace(p.EmployerRegistrationNumber))
                checks.Check(RegisteredEmployer, false, "No employer was given; this window requires a registered employer.");
            else
                checks.Check(RegisteredEmployer, employerRegistered,
                    employerRegistered ? "Employer {0} is in the register." : "Employer {0} is not in the register.", p.EmployerRegistrationNumber.Trim());
        }
        if (window.RequireNoSeriousCriminalRecord)
            checks.Check(NoSeriousRecord, p.DeclaredNoSeriousCriminalRecord,
                p.DeclaredNoSeriousCriminalRecord ? "No serious criminal record declared." : "The declaration of no serious criminal record was not made.");
        return checks;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
