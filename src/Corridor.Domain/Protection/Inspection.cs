using Corridor.Domain.Common;

namespace Corridor.Domain.Protection;

/// <summary>A standard an inspection can find violated, with the instrument it rests on.</summary>
public sealed record ViolationType(string Code, string Description, string Citation);

/// <summary>The code list of violations an inspector records; the citations are the ILO instruments.</summary>
public static class Violations
{
    public const string WageArrears = "WAGE-ARREARS";

    public static readonly IReadOnlyList<ViolationType> All =
    [
        new(WageArrears, "Wages not paid in full or on time", "ILO C095 Art. 12"),
        new("ILLEGAL-DEDUCTIONS", "Deductions from wages not allowed by law", "ILO C095 Art. 8–9"),
        new("EXCESSIVE-HOURS", "Working hours above the legal limit", "ILO C001 Art. 2"),
        new("NO-REST-DAY", "No weekly rest day", "ILO C014 Art. 2"),
        new("DOCUMENT-RETENTION", "Identity documents kept by the employer", "ILO C029; P029 Art. 1"),
        new("UNSAFE-HOUSING", "Housing below the standard", "ILO R115; C097 Annex I"),
        new("RECRUITMENT-FEES", "Recruitment fees charged to the worker", "ILO C181 Art. 7"),
        new("UNSAFE-WORKPLACE", "Occupational safety and health not ensured", "ILO C155 Art. 16"),
    ];

    public static ViolationType? Find(string? code) => All.FirstOrDefault(v => v.Code == code?.Trim().ToUpperInvariant());
}

public enum InspectionStatus
{
    Planned = 1,
    Done = 2,
}

public enum FindingSeverity
{
    Minor = 1,
    Serious = 2,
    Critical = 3,
}

/// <summary>
/// A labour inspection of an employer: planned, then done with the visit date, findings, sanctions and a
/// follow-up date. A follow-up inspection names the inspection it follows and closes the findings remedied.
/// </summary>
public sealed class Inspection : Entity
{
    private Inspection() { }

    public Inspection(string number, Guid employerId, DateOnly plannedOn, string plannedByName, Guid? followUpOfId = null)
    {
        if (!PublicNumber.IsValid(number, 'I')) throw new DomainException("Not an inspection number.", nameof(Number));
        Number = number;
        EmployerId = employerId;
        PlannedOn = plannedOn;
        PlannedByName = plannedByName;
        FollowUpOfId = followUpOfId;
        Status = InspectionStatus.Planned;
    }

    public string Number { get; private set; } = "";
    public Guid EmployerId { get; private set; }
    public InspectionStatus Status { get; private set; }
    public DateOnly PlannedOn { get; private set; }
    public string PlannedByName { get; private set; } = "";
    public Guid? FollowUpOfId { get; private set; }
    public DateOnly? VisitedOn { get; private set; }
    public string? InspectorName { get; private set; }
    public string? Summary { get; private set; }
    public DateOnly? FollowUpOn { get; private set; }

    /// <summary>Records the visit; findings and sanctions are separate records stored in the same save.</summary>
    public void Record(DateOnly visitedOn, string inspectorName, string summary, DateOnly? followUpOn, DateOnly today)
    {
        if (Status != InspectionStatus.Planned) throw new DomainException("This inspection is already recorded.");
        if (visitedOn > today) throw new DomainException("The visit cannot be in the future.", nameof(VisitedOn));
        if (string.IsNullOrWhiteSpace(summary)) throw new DomainException("Give a summary of the visit.", nameof(Summary));
        if (followUpOn is { } f && f <= visitedOn) throw new DomainException("The follow-up must be after the visit.", nameof(FollowUpOn));
        Status = InspectionStatus.Done;
        VisitedOn = visitedOn;
        InspectorName = inspectorName;
        Summary = summary.Trim();
        FollowUpOn = followUpOn;
    }
}

/// <summary>A violation found on a visit; open until a follow-up inspection finds it remedied.</summary>
public sealed class InspectionFinding : Entity
{
    private InspectionFinding() { }

    public InspectionFinding(Guid inspectionId, Guid employerId, string violationCode, FindingSeverity severity, int workersAffected,
        decimal? amountOwed, string? note, DateOnly foundOn)
    {
        var type = Violations.Find(violationCode) ?? throw new DomainException("Choose a violation from the list.", nameof(ViolationCode));
        if (!Enum.IsDefined(severity)) throw new DomainException("Choose the severity.", nameof(Severity));
        if (workersAffected < 0) throw new DomainException("The number must not be negative.", nameof(WorkersAffected));
        if (amountOwed is < 0) throw new DomainException("The amount must not be negative.", nameof(AmountOwed));
        if (type.Code == Violations.WageArrears && amountOwed is not > 0)
            throw new DomainException("A finding of wage arrears states the amount owed.", nameof(AmountOwed));
        InspectionId = inspectionId;
        EmployerId = employerId;
        ViolationCode = type.Code;
        Citation = type.Citation;
        Severity = severity;
        WorkersAffected = workersAffected;
        AmountOwed = amountOwed;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        FoundOn = foundOn;
    }

    public Guid InspectionId { get; private set; }
    public Guid EmployerId { get; private set; }
    public string ViolationCode { get; private set; } = "";
    public string Citation { get; private set; } = "";
    public FindingSeverity Severity { get; private set; }
    public int WorkersAffected { get; private set; }
    public decimal? AmountOwed { get; private set; }
    public string? Note { get; private set; }
    public DateOnly FoundOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public Guid? ClosedByInspectionId { get; private set; }
    /// <summary>The employer flag a wage-arrears finding opened (read by LMT-NO-WAGE-ARREARS); closed with the finding.</summary>
    public Guid? EmployerFlagId { get; private set; }

    public bool IsWageArrears => ViolationCode == Violations.WageArrears;

    public void LinkFlag(Guid flagId) => EmployerFlagId = flagId;

    public void Close(Guid followUpInspectionId, DateOnly on)
    {
        if (ClosedOn is not null) throw new DomainException("This finding is already closed.");
        if (on < FoundOn) throw new DomainException("A finding cannot close before it was found.");
        ClosedOn = on;
        ClosedByInspectionId = followUpInspectionId;
    }
}
