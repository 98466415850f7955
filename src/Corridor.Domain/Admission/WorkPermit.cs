using System.Security.Cryptography;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Admission;

public enum PermitApplicationStatus
{
    /// <summary>Received; the automated checks have not yet been stored.</summary>
    Submitted = 1,
    Approved = 2,
    Refused = 3,
    /// <summary>In the admission officers' queue.</summary>
    Referred = 4,
    /// <summary>An officer asked the employer for more information; still in the queue.</summary>
    InformationRequested = 5,
}

/// <summary>What the automated checks of a work-permit application need to know, gathered by the caller on the day.</summary>
public sealed record PermitFacts(
    DateOnly Today,
    DateOnly PermitEnds,
    DateOnly WorkerDateOfBirth,
    DateOnly PassportExpiry,
    string? CertificateNumber,
    bool CertificateValid,
    int FreeCertifiedPosts,
    string IsicSection,
    int? QuotaRemaining,
    FirmWorkforce Firm,
    bool LevyCurrent,
    bool EmployerWatchlisted,
    bool WorkerHoldsActivePermit,
    decimal MonthlyWage,
    int WeeklyHours);

/// <summary>The rules a work-permit application is checked against; pure, so each rule's pass and fail can be shown exactly.</summary>
public static class PermitRules
{
    public static RuleChecks Check(PolicySet policy, PermitFacts f)
    {
        var checks = new RuleChecks(policy);
        var r = policy.Rules;

        var certified = f.CertificateValid && f.FreeCertifiedPosts > 0;
        checks.Check("PERMIT-LMT-CERTIFICATE", certified,
            f.CertificateNumber is null ? "The vacancy has no labour-market-test certificate."
            : !f.CertificateValid ? "Certificate {0} is not valid on {1}."
            : f.FreeCertifiedPosts > 0 ? "Certificate {0} is valid on {1}; {2} certified posts are free."
            : "Every post certified by {0} is already taken.",
            f.CertificateNumber ?? "", f.Today.ToString("yyyy-MM-dd"), f.FreeCertifiedPosts);

        checks.Check("PERMIT-QUOTA", f.QuotaRemaining is > 0,
            f.QuotaRemaining is null ? "No national quota is set for sector {0} in {1}."
            : f.QuotaRemaining > 0 ? "{2} slots remain in the quota for sector {0} in {1}."
            : "No quota left for sector {0} in {1}.",
            f.IsicSection, f.Today.Year, f.QuotaRemaining ?? 0);

        // The firm ceiling reuses the quota module's checks; their results are summed into one permit rule.
        var ceiling = FirmCeiling.Check(new RuleChecks(policy), f.Firm);
        var over = ceiling.Results.Where(x => !x.Passed).ToList();
        checks.Check("PERMIT-CEILING", over.Count == 0,
            over.Count == 0 ? "Within the firm's ceiling: {0}" : "Over the firm's ceiling: {0}",
            string.Join(" ", (over.Count == 0 ? ceiling.Results : over).Select(x => x.RuleId + ": " + x.Text)));

        checks.Check("PERMIT-LEVY-CURRENT", f.LevyCurrent,
            f.LevyCurrent ? "The employer's levy account is current." : "The employer's levy account is in arrears.");

        var age = Registry.MigrantWorker.AgeOn(f.WorkerDateOfBirth, f.Today);
        int min = r.GetInt("PERMIT-AGE", "minimumAge"), max = r.GetInt("PERMIT-AGE", "maximumAge");
        checks.Check("PERMIT-AGE", age >= min && age <= max, "The worker is {0}; the age limits are {1} to {2}.", age, min, max);

        checks.Check("PERMIT-PASSPORT", f.PassportExpiry >= f.PermitEnds,
            "The passport is valid until {0}; the permit would run until {1}.",
            f.PassportExpiry.ToString("yyyy-MM-dd"), f.PermitEnds.ToString("yyyy-MM-dd"));

        var banned = f.EmployerWatchlisted || f.WorkerHoldsActivePermit;
        checks.Check("PERMIT-NOT-BANNED", !banned,
            f.EmployerWatchlisted ? "The employer is on the watchlist."
            : f.WorkerHoldsActivePermit ? "The worker already holds a permit in force."
            : "The employer is not on the watchlist and the worker holds no other permit in force.");

        var minWage = r.Get("PERMIT-MIN-WAGE", "minimumMonthlyWage");
        checks.Check("PERMIT-MIN-WAGE", f.MonthlyWage >= minWage, "The offered wage is {0} a month; the minimum is {1}.",
            f.MonthlyWage.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            minWage.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));

        var maxHours = r.GetInt("PERMIT-MAX-HOURS", "maxWeeklyHours");
        checks.Check("PERMIT-MAX-HOURS", f.WeeklyHours <= maxHours, "The offered hours are {0} a week; the maximum is {1}.", f.WeeklyHours, maxHours);
        return checks;
    }

    /// <summary>Whether policy lets the system approve a passing application without an officer (PERMIT-AUTO-APPROVE).</summary>
    public static bool AutoApprove(PolicyRules rules) => rules.GetInt("PERMIT-AUTO-APPROVE", "enabled") == 1;

    /// <summary>The end of a permit starting on <paramref name="from"/>: PERMIT-VALIDITY years, capped by the maximum stay.</summary>
    public static DateOnly ValidUntil(PolicyRules rules, DateOnly from)
    {
        var months = Math.Min(rules.GetInt("PERMIT-VALIDITY", "years") * 12, rules.GetInt("PERMIT-VALIDITY", "maxStayMonths"));
        return from.AddMonths(months).AddDays(-1);
    }
}

/// <summary>
/// An employer's application for a work permit for a named worker. The automated checks are stored as an
/// <see cref="AdmissionDecision"/>; a referred application waits for an officer. An officer approving
/// despite a failed rule writes a justification, and a second, different officer confirms it.
/// </summary>
public sealed class WorkPermitApplication : Entity
{
    public const string DecisionSubject = "WorkPermitApplication";

    private WorkPermitApplication() { }

    public WorkPermitApplication(Guid employerId, Guid workerId, Guid vacancyId, string occupationCode, decimal monthlyWage,
        int weeklyHours, DateOnly requestedStart, DateTime submittedAt)
    {
        if (monthlyWage <= 0) throw new DomainException("The wage must be more than zero.", nameof(MonthlyWage));
        if (weeklyHours is < 1 or > 80) throw new DomainException("Between 1 and 80 hours a week.", nameof(WeeklyHours));
        EmployerId = employerId;
        WorkerId = workerId;
        VacancyId = vacancyId;
        OccupationCode = occupationCode;
        MonthlyWage = monthlyWage;
        WeeklyHours = weeklyHours;
        RequestedStart = requestedStart;
        SubmittedAt = submittedAt;
        Status = PermitApplicationStatus.Submitted;
    }

    public Guid EmployerId { get; private set; }
    public Guid WorkerId { get; private set; }
    public Guid VacancyId { get; private set; }
    public string OccupationCode { get; private set; } = "";
    public decimal MonthlyWage { get; private set; }
    public int WeeklyHours { get; private set; }
    public DateOnly RequestedStart { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public PermitApplicationStatus Status { get; private set; }
    /// <summary>The automated decision on this application.</summary>
    public Guid? DecisionId { get; private set; }
    /// <summary>Whether every automated rule passed (an officer approving a failed one overrides it).</summary>
    public bool RulesPassed { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    /// <summary>The officer's reasons: for a refusal, a request for information, or an override.</summary>
    public string? Justification { get; private set; }
    /// <summary>An override awaiting the second officer: the first officer's name.</summary>
    public string? OverrideProposedBy { get; private set; }
    public string? OverrideSecondOfficer { get; private set; }
    public Guid? PermitId { get; private set; }

    public bool InQueue => Status is PermitApplicationStatus.Referred or PermitApplicationStatus.InformationRequested;

    /// <summary>Stores the automated decision; approved only when every rule passed and policy allows automatic approval.</summary>
    public void Decided(AdmissionDecision decision, bool autoApprove)
    {
        if (Status != PermitApplicationStatus.Submitted) throw new DomainException("This application was already decided.");
        if (decision.SubjectId != Id || decision.Subject != DecisionSubject) throw new DomainException("The decision is not about this application.");
        DecisionId = decision.Id;
        RulesPassed = decision.Outcome == DecisionOutcome.Approved;
        Status = decision.Outcome switch
        {
            DecisionOutcome.Approved => autoApprove ? PermitApplicationStatus.Approved : PermitApplicationStatus.Referred,
            DecisionOutcome.Referred => PermitApplicationStatus.Referred,
            _ => PermitApplicationStatus.Refused,
        };
    }

    /// <summary>
    /// An officer approves. Returns true when the application is approved now; false when an override was
    /// proposed and waits for a second officer (failed rules need a justification and two officers).
    /// </summary>
    public bool Approve(string officer, string? justification, DateTime now)
    {
        RequireQueued();
        if (RulesPassed)
        {
            Approved(officer, justification, now);
            return true;
        }
        if (OverrideProposedBy is null)
        {
            if (string.IsNullOrWhiteSpace(justification))
                throw new DomainException("Approving despite a failed rule needs a written justification.", nameof(Justification));
            OverrideProposedBy = officer;
            Justification = justification.Trim();
            return false;
        }
        if (string.Equals(OverrideProposedBy, officer, StringComparison.OrdinalIgnoreCase))
            throw new DomainException("A second, different officer must confirm the override.", nameof(OverrideSecondOfficer));
        OverrideSecondOfficer = officer;
        Status = PermitApplicationStatus.Approved;
        DecidedBy = OverrideProposedBy;
        DecidedAt = now;
        return true;
    }

    public void Refuse(string officer, string reason, DateTime now)
    {
        RequireQueued();
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the refusal.", nameof(Justification));
        Status = PermitApplicationStatus.Refused;
        Justification = reason.Trim();
        DecidedBy = officer;
        DecidedAt = now;
        OverrideProposedBy = null;
    }

    public void RequestInformation(string officer, string what, DateTime now)
    {
        RequireQueued();
        if (string.IsNullOrWhiteSpace(what)) throw new DomainException("Say what information is needed.", nameof(Justification));
        Status = PermitApplicationStatus.InformationRequested;
        Justification = what.Trim();
        DecidedBy = officer;
        DecidedAt = now;
    }

    public void PermitIssued(WorkPermit permit)
    {
        if (Status != PermitApplicationStatus.Approved) throw new DomainException("A permit is issued only on an approved application.");
        PermitId = permit.Id;
    }

    private void Approved(string officer, string? justification, DateTime now)
    {
        Status = PermitApplicationStatus.Approved;
        DecidedBy = officer;
        DecidedAt = now;
        Justification = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();
    }

    private void RequireQueued()
    {
        if (!InQueue) throw new DomainException("Only an application in the officers' queue can be decided.");
    }
}

/// <summary>
/// Where a work permit stands.
/// <code>
///   Approved ──Issue──▶ Issued ──Activate (arrival)──▶ Active ──Expire──▶ Expired
///                          │                             ├──Cancel──▶ Cancelled
///                          └──Cancel──▶ Cancelled        ├──Renew (new end, same permit)
///                                                        └──Release──▶ SeekingEmployer ──new permit issued──▶ Transferred
///                                                                             └──job search over──▶ Expired
/// </code>
/// Expired, Cancelled and Transferred are final.
/// </summary>
public enum PermitStatus
{
    Approved = 1,
    Issued = 2,
    Active = 3,
    Expired = 4,
    Cancelled = 5,
    Transferred = 6,
    /// <summary>Released by a change of employer: lawful stay during the job-search period (TRANSFER-JOB-SEARCH), not illegal.</summary>
    SeekingEmployer = 7,
}

/// <summary>
/// A work permit for one worker with one employer in one occupation. The number carries a check digit;
/// the verification code (random, URL-safe) is what the printed QR code points at, so the public check
/// needs nothing personal.
/// </summary>
public sealed class WorkPermit : Entity
{
    private WorkPermit() { }

    public WorkPermit(WorkPermitApplication application, DateOnly validFrom, PolicySet policy)
    {
        if (application.Status != PermitApplicationStatus.Approved) throw new DomainException("A permit needs an approved application.");
        ApplicationId = application.Id;
        EmployerId = application.EmployerId;
        WorkerId = application.WorkerId;
        OccupationCode = application.OccupationCode;
        Number = PublicNumber.New('P');
        VerificationCode = NewVerificationCode();
        ValidFrom = validFrom;
        ValidUntil = PermitRules.ValidUntil(policy.Rules, validFrom);
        RenewalsLeft = policy.Rules.GetInt("PERMIT-VALIDITY", "renewals");
        StayStartedOn = validFrom;
        PolicySetNumber = policy.Number;
        Status = PermitStatus.Approved;
    }

    public Guid ApplicationId { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid WorkerId { get; private set; }
    public string OccupationCode { get; private set; } = "";
    public string Number { get; private set; } = "";
    /// <summary>Random, 32 URL-safe characters; unique; printed as a QR code.</summary>
    public string VerificationCode { get; private set; } = "";
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public int RenewalsLeft { get; private set; }
    public int PolicySetNumber { get; private set; }
    public PermitStatus Status { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public DateOnly? ActivatedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>
    /// The first day of the worker's stay under this and any earlier permit it continues (change of employer):
    /// the maximum total stay (PERMIT-VALIDITY.maxStayMonths) counts from here. Null on permits stored before it existed.
    /// </summary>
    public DateOnly? StayStartedOn { get; private set; }
    /// <summary>The seeking permit this one continues, when the worker came from a change of employer.</summary>
    public Guid? ContinuesPermitId { get; private set; }
    /// <summary>When the worker was released from this employer (change of employer).</summary>
    public DateOnly? ReleasedOn { get; private set; }
    /// <summary>The last day of the job-search period; after it (or after <see cref="ValidUntil"/>) the permit is expired.</summary>
    public DateOnly? SeekingUntil { get; private set; }
    public EmployerChangeGround? ReleaseGround { get; private set; }

    public DateOnly StayStart => StayStartedOn ?? ValidFrom;

    /// <summary>The last day the stay may reach: the stay start plus the maximum total stay.</summary>
    public DateOnly StayCap(PolicyRules rules) => StayStart.AddMonths(rules.GetInt("PERMIT-VALIDITY", "maxStayMonths")).AddDays(-1);

    /// <summary>The day a seeking permit lapses: the end of the job search, never after the permit's own end.</summary>
    public DateOnly? SeekingEnds => SeekingUntil is { } s ? (s < ValidUntil ? s : ValidUntil) : null;

    /// <summary>The status as the clock sees it: a permit past its end (or a job search past its end) reads expired before any job flips it.</summary>
    public PermitStatus StatusOn(DateOnly day) =>
        Status is PermitStatus.Approved or PermitStatus.Issued or PermitStatus.Active && day > ValidUntil ? PermitStatus.Expired
        : Status == PermitStatus.SeekingEmployer && day > SeekingEnds ? PermitStatus.Expired
        : Status;

    /// <summary>
    /// Whether the permit lets the worker WORK for its employer on <paramref name="day"/>: issued or active only.
    /// A permit seeking a new employer is not in force for work — the worker has left that employer — but the
    /// stay is lawful (<see cref="LawfulStayOn"/>), and the public check says "seeking new employer, until …".
    /// </summary>
    public bool InForceOn(DateOnly day) => StatusOn(day) is PermitStatus.Issued or PermitStatus.Active;

    /// <summary>Whether the worker's stay is lawful on <paramref name="day"/> under this permit: in force, or seeking a new employer.</summary>
    public bool LawfulStayOn(DateOnly day) => StatusOn(day) is PermitStatus.Issued or PermitStatus.Active or PermitStatus.SeekingEmployer;

    /// <summary>
    /// This permit continues the stay of the worker's seeking permit (a change of employer): one stay, not a
    /// fresh one — it keeps the earlier stay start for the maximum-stay cap and the renewals left, and its end
    /// is capped accordingly. Called before issue.
    /// </summary>
    public void ContinuesStayOf(WorkPermit previous, PolicyRules rules)
    {
        Require(PermitStatus.Approved, "Only a permit not yet issued can continue an earlier stay.");
        if (previous.WorkerId != WorkerId) throw new DomainException("The earlier permit is another worker's.");
        if (previous.Status != PermitStatus.SeekingEmployer) throw new DomainException("Only a permit seeking a new employer can be continued.");
        ContinuesPermitId = previous.Id;
        StayStartedOn = previous.StayStart;
        RenewalsLeft = previous.RenewalsLeft;
        var cap = StayCap(rules);
        if (ValidUntil > cap) ValidUntil = cap;
        if (ValidUntil < ValidFrom) throw new DomainException("The worker's maximum total stay has been reached.");
    }

    /// <summary>The worker is released from this employer (change of employer granted): the job search begins.</summary>
    public void Release(EmployerChangeGround ground, DateOnly today, int jobSearchDays)
    {
        Require(PermitStatus.Active, "Only an active permit can be released for a change of employer.");
        if (today > ValidUntil) throw new DomainException("The permit has expired.");
        if (jobSearchDays < 1) throw new DomainException("The job-search period must be at least one day.");
        Status = PermitStatus.SeekingEmployer;
        ReleasedOn = today;
        SeekingUntil = today.AddDays(jobSearchDays);
        ReleaseGround = ground;
    }

    /// <summary>A renewal granted by the rules (<see cref="RenewalRules"/>): a new end on the same permit, one renewal fewer.</summary>
    public void Renew(DateOnly newValidUntil, DateOnly today)
    {
        Require(PermitStatus.Active, "Only an active permit can be renewed.");
        if (today > ValidUntil) throw new DomainException("The permit has expired.");
        if (RenewalsLeft < 1) throw new DomainException("No renewals are left on this permit.");
        if (newValidUntil <= ValidUntil) throw new DomainException("A renewal must extend the permit.");
        ValidUntil = newValidUntil;
        RenewalsLeft--;
    }

    public void Issue(DateOnly today)
    {
        Require(PermitStatus.Approved, "Only an approved permit can be issued.");
        Status = PermitStatus.Issued;
        IssuedOn = today;
    }

    /// <summary>The worker arrived and started work.</summary>
    public void Activate(DateOnly today)
    {
        Require(PermitStatus.Issued, "Only an issued permit can be activated.");
        if (today > ValidUntil) throw new DomainException("The permit has expired.");
        Status = PermitStatus.Active;
        ActivatedOn = today;
    }

    public void Expire(DateOnly today)
    {
        if (Status is not (PermitStatus.Issued or PermitStatus.Active or PermitStatus.SeekingEmployer))
            throw new DomainException("Only an issued, active or seeking permit can expire.");
        if (StatusOn(today) != PermitStatus.Expired) throw new DomainException("The permit is still within its validity.");
        Status = PermitStatus.Expired;
        EndedOn = today;
    }

    public void Cancel(string reason, DateOnly today)
    {
        if (Status is not (PermitStatus.Approved or PermitStatus.Issued or PermitStatus.Active))
            throw new DomainException("This permit has already ended.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the cancellation.", nameof(CancellationReason));
        if (reason.Trim().Length > 1000) throw new DomainException("At most 1000 characters.", nameof(CancellationReason));
        Status = PermitStatus.Cancelled;
        CancellationReason = reason.Trim();
        EndedOn = today;
    }

    /// <summary>The worker, released, moved to another employer under a new permit (change of employer).</summary>
    public void Transferred(DateOnly today)
    {
        Require(PermitStatus.SeekingEmployer, "Only a permit seeking a new employer can be transferred.");
        Status = PermitStatus.Transferred;
        EndedOn = today;
    }

    /// <summary>"Dana Yessenova" → "D. Y.": all the public verification shows of a person.</summary>
    public static string Initials(string givenName, string familyName) =>
        string.Join(" ", new[] { givenName, familyName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => char.ToUpperInvariant(n.Trim()[0]) + "."));

    private static string NewVerificationCode() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    private void Require(PermitStatus from, string message)
    {
        if (Status != from) throw new DomainException(message);
    }
}
