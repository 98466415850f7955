using Corridor.Domain.Common;

namespace Corridor.Domain.Protection;

/// <summary>The steps of the escalation ladder for an employer's non-compliant month (WPS-ESCALATION).</summary>
public enum EscalationStep
{
    FirstReminder = 1,
    SecondReminder = 2,
    /// <summary>New permits suspended: an open Watchlist employer flag, which PERMIT-NOT-BANNED reads.</summary>
    PermitSuspension = 3,
    /// <summary>An inspection is requested (a record inspectors see; the inspection itself is another module's).</summary>
    InspectionRequested = 4,
    Referral = 5,
    /// <summary>The month became compliant: the ladder stops and a suspension is lifted.</summary>
    Resolved = 6,
}

/// <summary>The policy days of the ladder, counted from the day a month's wages fell due.</summary>
public sealed record EscalationDays(int FirstReminder, int SecondReminder, int Suspension, int Inspection, int Referral)
{
    public static EscalationDays From(Policy.PolicyRules r) => new(
        r.GetInt("WPS-ESCALATION", "firstReminderDays"), r.GetInt("WPS-ESCALATION", "secondReminderDays"),
        r.GetInt("WPS-ESCALATION", "suspensionDays"), r.GetInt("WPS-ESCALATION", "inspectionDays"),
        r.GetInt("WPS-ESCALATION", "referralDays"));

    /// <summary>Every step due after <paramref name="overdueDays"/> days, in ladder order.</summary>
    public IEnumerable<EscalationStep> DueAfter(int overdueDays)
    {
        if (overdueDays >= FirstReminder) yield return EscalationStep.FirstReminder;
        if (overdueDays >= SecondReminder) yield return EscalationStep.SecondReminder;
        if (overdueDays >= Suspension) yield return EscalationStep.PermitSuspension;
        if (overdueDays >= Inspection) yield return EscalationStep.InspectionRequested;
        if (overdueDays >= Referral) yield return EscalationStep.Referral;
    }
}

/// <summary>
/// One step taken on the ladder for one employer's month: audited (saved through the audited save) and shown
/// to the employer on its compliance page. One row per employer, month and step, so the job is safe to repeat.
/// </summary>
public sealed class WageEscalation : Entity
{
    private WageEscalation() { }

    public WageEscalation(Guid employerId, DateOnly period, EscalationStep step, DateOnly takenOn, int overdueDays,
        int workers, int paidInFull, Guid? flagId = null)
    {
        if (period.Day != 1) throw new DomainException("A payroll period is a month, given by its first day.", nameof(Period));
        EmployerId = employerId;
        Period = period;
        Step = step;
        TakenOn = takenOn;
        OverdueDays = overdueDays;
        Workers = workers;
        PaidInFull = paidInFull;
        FlagId = flagId;
    }

    public Guid EmployerId { get; private set; }
    public DateOnly Period { get; private set; }
    public EscalationStep Step { get; private set; }
    public DateOnly TakenOn { get; private set; }
    /// <summary>Days since the month's wages fell due, on the day of the step.</summary>
    public int OverdueDays { get; private set; }
    /// <summary>Migrant workers expected to be paid for the month, and how many were paid in full and on time, on the day.</summary>
    public int Workers { get; private set; }
    public int PaidInFull { get; private set; }
    /// <summary>The Watchlist employer flag opened by a suspension.</summary>
    public Guid? FlagId { get; private set; }
}
