using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Admission;

/// <summary>Why a worker changes employer.</summary>
public enum EmployerChangeGround
{
    /// <summary>The employer releases the worker, or confirms the worker's request.</summary>
    EmployerConsent = 1,
    /// <summary>Abuse, violence or harassment by the employer (ILO C190).</summary>
    Abuse = 2,
    /// <summary>Wages unpaid for at least TRANSFER-UNPAID-WAGES months (ILO C95).</summary>
    UnpaidWages = 3,
    /// <summary>The employer closed or stopped the business.</summary>
    Closure = 4,
    /// <summary>The employer's permits are suspended (on the ministry's watchlist).</summary>
    EmployerPermitSuspended = 5,
}

public enum EmployerChangeFiler
{
    Worker = 1,
    /// <summary>An admission officer on the worker's behalf.</summary>
    Officer = 2,
    Employer = 3,
}

public enum EmployerChangeStatus
{
    /// <summary>Waiting: for the employer's confirmation (consent) or for an admission officer (no evidence on record).</summary>
    Requested = 1,
    Granted = 2,
    Refused = 3,
}

/// <summary>What the rules of a change of employer need to know, gathered on the day.</summary>
public sealed record EmployerChangeFacts(DateOnly Today, EmployerChangeGround Ground, int? UnpaidMonths,
    bool WageArrearsOnRecord, bool AbuseOnRecord, bool WatchlistOnRecord);

/// <summary>
/// The rules of a change of employer. Without consent, a ground the ministry's own records prove (an open
/// wage-arrears, abuse or watchlist flag on the employer) is granted at once; a ground the records do not
/// prove is referred to an admission officer — never refused by the system, and never blocked by the employer.
/// </summary>
public static class EmployerChangeRules
{
    public static int MinimumUnpaidMonths(PolicyRules rules) => rules.GetInt("TRANSFER-UNPAID-WAGES", "months");

    public static RuleChecks Check(PolicySet policy, EmployerChangeFacts f)
    {
        var checks = new RuleChecks(policy);
        switch (f.Ground)
        {
            case EmployerChangeGround.EmployerConsent:
                checks.Check("TRANSFER-GROUNDS", true, "The employer consented to the change.");
                break;
            case EmployerChangeGround.UnpaidWages:
                checks.Check("TRANSFER-UNPAID-WAGES", f.WageArrearsOnRecord,
                    f.WageArrearsOnRecord ? "Wages unpaid for {0} months; the ministry's records hold an open finding of wage arrears against the employer."
                    : "Wages unpaid for {0} months; the ministry's records hold no finding of wage arrears yet, so an officer checks the evidence.",
                    f.UnpaidMonths ?? 0);
                break;
            case EmployerChangeGround.Abuse:
                checks.Check("TRANSFER-GROUNDS", f.AbuseOnRecord,
                    f.AbuseOnRecord ? "The ministry's records hold a finding of abuse against the employer."
                    : "The ministry's records hold no finding of abuse yet, so an officer checks the evidence.");
                break;
            case EmployerChangeGround.EmployerPermitSuspended:
                checks.Check("TRANSFER-GROUNDS", f.WatchlistOnRecord,
                    f.WatchlistOnRecord ? "The employer is on the ministry's watchlist: its permits are suspended."
                    : "The employer is not on the ministry's watchlist, so an officer checks the evidence.");
                break;
            default:
                checks.Check("TRANSFER-GROUNDS", false, "The ministry's records do not show the closure, so an officer checks the evidence.");
                break;
        }
        return checks;
    }
}

/// <summary>
/// A change of employer for a worker holding an active permit. With the employer's consent it is granted at
/// once; without it, on a documented ground, the system grants it where its records prove the ground and
/// otherwise an admission officer grants or refuses it with a written reason. Granting releases the permit to
/// "seeking new employer" for TRANSFER-JOB-SEARCH days. The employer cannot block a grounded request.
/// </summary>
public sealed class EmployerChange : Entity
{
    public const string DecisionSubject = "EmployerChange";

    private EmployerChange() { }

    public EmployerChange(WorkPermit permit, EmployerChangeGround ground, string? statement, int? unpaidMonths,
        EmployerChangeFiler filer, string filedBy, PolicyRules rules, DateTime filedAt)
    {
        if (!Enum.IsDefined(ground)) throw new DomainException("Choose the ground for the change.", nameof(Ground));
        if (!Enum.IsDefined(filer)) throw new DomainException("Unknown filer.");
        if (filer == EmployerChangeFiler.Employer && ground != EmployerChangeGround.EmployerConsent)
            throw new DomainException("An employer can only release a worker with its consent.", nameof(Ground));
        if (ground == EmployerChangeGround.UnpaidWages)
        {
            var min = EmployerChangeRules.MinimumUnpaidMonths(rules);
            if (unpaidMonths is null) throw new DomainException("Enter the number of months of unpaid wages.", nameof(UnpaidMonths));
            if (unpaidMonths < min || unpaidMonths > 120)
                throw new DomainException("Fewer months of unpaid wages than policy TRANSFER-UNPAID-WAGES requires.", nameof(UnpaidMonths));
        }
        else unpaidMonths = null;
        statement = string.IsNullOrWhiteSpace(statement) ? null : statement.Trim();
        if (statement?.Length > 2000) throw new DomainException("At most 2000 characters.", nameof(Statement));
        if (ground != EmployerChangeGround.EmployerConsent && filer != EmployerChangeFiler.Employer && statement is null)
            throw new DomainException("Describe what happened: the statement is the evidence an officer reads.", nameof(Statement));
        PermitId = permit.Id;
        WorkerId = permit.WorkerId;
        EmployerId = permit.EmployerId;
        Ground = ground;
        Statement = statement;
        UnpaidMonths = unpaidMonths;
        FiledAs = filer;
        FiledBy = filedBy;
        FiledAt = filedAt;
        Status = EmployerChangeStatus.Requested;
    }

    public Guid PermitId { get; private set; }
    public Guid WorkerId { get; private set; }
    public Guid EmployerId { get; private set; }
    public EmployerChangeGround Ground { get; private set; }
    /// <summary>The worker's statement and evidence; never shown to the employer.</summary>
    public string? Statement { get; private set; }
    public int? UnpaidMonths { get; private set; }
    public EmployerChangeFiler FiledAs { get; private set; }
    public string FiledBy { get; private set; } = "";
    public DateTime FiledAt { get; private set; }
    public EmployerChangeStatus Status { get; private set; }
    public Guid? DecisionId { get; private set; }
    /// <summary>Granted by the rules alone (consent, or a ground the records prove).</summary>
    public bool GrantedAutomatically { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? Reason { get; private set; }

    public bool WithConsent => Ground == EmployerChangeGround.EmployerConsent;
    /// <summary>A request without consent waiting for an admission officer.</summary>
    public bool InOfficersQueue => Status == EmployerChangeStatus.Requested && !WithConsent;
    /// <summary>A worker's consent request waiting for the employer's confirmation.</summary>
    public bool AwaitingEmployer => Status == EmployerChangeStatus.Requested && WithConsent;

    /// <summary>
    /// Stores the automated decision. Granted when it passed and either the ground is documented by the records
    /// or the employer itself filed (consent); a worker's consent request waits for the employer; the rest go to an officer.
    /// </summary>
    public bool Decided(AdmissionDecision decision, WorkPermit permit, DateOnly today, int jobSearchDays, DateTime now)
    {
        if (DecisionId is not null) throw new DomainException("This request was already checked.");
        if (decision.SubjectId != Id || decision.Subject != DecisionSubject) throw new DomainException("The decision is not about this request.");
        DecisionId = decision.Id;
        if (decision.Outcome != DecisionOutcome.Approved || (WithConsent && FiledAs != EmployerChangeFiler.Employer)) return false;
        GrantedAutomatically = true;
        Grant(permit, "system", null, today, jobSearchDays, now);
        return true;
    }

    /// <summary>The employer confirms a worker's request for a change with consent.</summary>
    public void ConfirmConsent(WorkPermit permit, string employerUser, DateOnly today, int jobSearchDays, DateTime now)
    {
        if (!AwaitingEmployer) throw new DomainException("Only a request for a change with consent waiting for the employer can be confirmed.");
        Grant(permit, employerUser, null, today, jobSearchDays, now);
    }

    /// <summary>An admission officer grants a request without consent; the reason is optional (the ground stands).</summary>
    public void GrantByOfficer(WorkPermit permit, string officer, string? reason, DateOnly today, int jobSearchDays, DateTime now)
    {
        if (!InOfficersQueue) throw new DomainException("Only a request in the officers' queue can be decided.");
        Grant(permit, officer, reason, today, jobSearchDays, now);
    }

    /// <summary>An admission officer refuses, with a written reason the worker reads.</summary>
    public void Refuse(string officer, string reason, DateTime now)
    {
        if (!InOfficersQueue) throw new DomainException("Only a request in the officers' queue can be decided.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the refusal.", nameof(Reason));
        if (reason.Trim().Length > 2000) throw new DomainException("At most 2000 characters.", nameof(Reason));
        Status = EmployerChangeStatus.Refused;
        Reason = reason.Trim();
        DecidedBy = officer;
        DecidedAt = now;
    }

    private void Grant(WorkPermit permit, string by, string? reason, DateOnly today, int jobSearchDays, DateTime now)
    {
        if (permit.Id != PermitId) throw new DomainException("The permit is not the one of this request.");
        if (reason?.Trim().Length > 2000) throw new DomainException("At most 2000 characters.", nameof(Reason));
        permit.Release(Ground, today, jobSearchDays);
        Status = EmployerChangeStatus.Granted;
        DecidedBy = by;
        DecidedAt = now;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }
}

/// <summary>What a permit renewal's rules need to know, gathered on the day.</summary>
public sealed record RenewalFacts(DateOnly Today, DateOnly ValidUntil, int RenewalsLeft, DateOnly StayCap, DateOnly PassportExpiry,
    bool EmployerWatchlisted, bool LevyCurrent);

/// <summary>
/// Renewing an active permit: a renewal left, within the renewal window, the passport valid until the new end,
/// the employer not on the watchlist and its levy current. The new end is the current end plus the validity,
/// capped at the stay start plus the maximum total stay.
/// </summary>
public static class RenewalRules
{
    public const string DecisionSubject = "PermitRenewal";

    public static DateOnly NewValidUntil(PolicyRules rules, RenewalFacts f)
    {
        var extended = f.ValidUntil.AddYears(rules.GetInt("PERMIT-VALIDITY", "years"));
        return extended < f.StayCap ? extended : f.StayCap;
    }

    public static RuleChecks Check(PolicySet policy, RenewalFacts f)
    {
        var checks = new RuleChecks(policy);
        var newEnd = NewValidUntil(policy.Rules, f);
        checks.Check("PERMIT-VALIDITY", f.RenewalsLeft > 0 && newEnd > f.ValidUntil,
            f.RenewalsLeft < 1 ? "No renewals are left on this permit."
            : newEnd > f.ValidUntil ? "{0} renewals left; the permit would run until {1}, within the maximum total stay ending {2}."
            : "The maximum total stay ends on {2}: the permit cannot be extended.",
            f.RenewalsLeft, newEnd.ToString("yyyy-MM-dd"), f.StayCap.ToString("yyyy-MM-dd"));
        var days = policy.Rules.GetInt("PERMIT-RENEWAL-WINDOW", "days");
        var opens = f.ValidUntil.AddDays(-days);
        checks.Check("PERMIT-RENEWAL-WINDOW", f.Today >= opens && f.Today <= f.ValidUntil,
            "A renewal may be requested from {0} until {1}; today is {2}.",
            opens.ToString("yyyy-MM-dd"), f.ValidUntil.ToString("yyyy-MM-dd"), f.Today.ToString("yyyy-MM-dd"));
        checks.Check("PERMIT-PASSPORT", f.PassportExpiry >= newEnd,
            "The passport is valid until {0}; the permit would run until {1}.",
            f.PassportExpiry.ToString("yyyy-MM-dd"), newEnd.ToString("yyyy-MM-dd"));
        checks.Check("PERMIT-NOT-BANNED", !f.EmployerWatchlisted,
            f.EmployerWatchlisted ? "The employer is on the watchlist." : "The employer is not on the watchlist.");
        checks.Check("PERMIT-LEVY-CURRENT", f.LevyCurrent,
            f.LevyCurrent ? "The employer's levy account is current." : "The employer's levy account is in arrears.");
        return checks;
    }
}
