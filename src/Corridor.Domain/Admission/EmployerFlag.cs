using Corridor.Domain.Common;

namespace Corridor.Domain.Admission;

/// <summary>What an officer has recorded about an employer that admission rules weigh.</summary>
public enum EmployerFlagKind
{
    /// <summary>Nationals laid off in an occupation (blocks a labour-market test in that occupation for a while).</summary>
    Layoff = 1,
    /// <summary>An open finding of unpaid wages (blocks certificates; a ranking penalty).</summary>
    WageArrears = 2,
    /// <summary>On the ministry's watchlist (blocks certificates and permits).</summary>
    Watchlist = 3,
    /// <summary>A fatal workplace accident (a ranking penalty).</summary>
    FatalAccident = 4,
    /// <summary>A finding of abuse, violence or sexual harassment (a ranking penalty).</summary>
    Abuse = 5,
}

/// <summary>
/// A dated fact about an employer, recorded by an officer with a reason; open until closed. Rules read
/// the flags in force on the day of a decision, so closing a flag never changes a past decision.
/// </summary>
public sealed class EmployerFlag : Entity
{
    private EmployerFlag() { }

    public EmployerFlag(Guid employerId, EmployerFlagKind kind, DateOnly openedOn, string reason,
        string? occupationCode = null, int? count = null)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("Unknown kind of employer flag.", nameof(Kind));
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the record.", nameof(Reason));
        if (kind == EmployerFlagKind.Layoff && string.IsNullOrWhiteSpace(occupationCode))
            throw new DomainException("A layoff names the occupation of the nationals laid off.", nameof(OccupationCode));
        if (count is < 1) throw new DomainException("The number must be at least 1.", nameof(Count));
        EmployerId = employerId;
        Kind = kind;
        OpenedOn = openedOn;
        Reason = reason.Trim();
        OccupationCode = occupationCode?.Trim();
        Count = count;
    }

    public Guid EmployerId { get; private set; }
    public EmployerFlagKind Kind { get; private set; }
    /// <summary>The day of the layoff, accident or finding; the day the employer was put on the watchlist.</summary>
    public DateOnly OpenedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string Reason { get; private set; } = "";
    public string? OccupationCode { get; private set; }
    public int? Count { get; private set; }

    public bool IsOpenOn(DateOnly day) => OpenedOn <= day && (ClosedOn is null || ClosedOn > day);

    /// <summary>Closes the flag (arrears paid, employer taken off the watchlist).</summary>
    public void Close(DateOnly on)
    {
        if (ClosedOn is not null) throw new DomainException("This record is already closed.");
        if (on < OpenedOn) throw new DomainException("A record cannot close before it opened.", nameof(ClosedOn));
        ClosedOn = on;
    }
}
