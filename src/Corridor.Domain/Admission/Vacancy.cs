using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Reference;

namespace Corridor.Domain.Admission;

/// <summary>
/// Where a vacancy stands in its labour market test.
/// <code>
///   Advertising ──IssueCertificate──▶ CertificateIssued
///       ▲  │                              │
///       │  └──Withdraw──▶ Withdrawn       │
///       └───material change (Change)──────┘   (restarts the advertising, clears the certificate)
///   Advertising | CertificateIssued ──Close──▶ Closed
/// </code>
/// Withdrawn and Closed are final.
/// </summary>
public enum VacancyStatus
{
    /// <summary>On the public job board and the job seekers' matching list; the advertising period runs.</summary>
    Advertising = 1,
    /// <summary>The test is passed: a certificate says nationals did not fill the posts.</summary>
    CertificateIssued = 2,
    /// <summary>The employer no longer needs the posts (filled, or hiring finished).</summary>
    Closed = 3,
    /// <summary>The employer withdrew the vacancy before a certificate was issued.</summary>
    Withdrawn = 4,
}

/// <summary>What the employer offers; a change to some of these restarts the advertising (<see cref="Vacancy.IsMaterialChange"/>).</summary>
public sealed record VacancyTerms(string OccupationCode, int Posts, decimal MonthlyWage, int WeeklyHours, Guid OrgUnitId, DateOnly StartDate);

/// <summary>
/// A vacancy an employer must advertise to nationals before a foreign worker may be sought (the labour
/// market test). The advertising period and the policy version are copied from the policy in force
/// when advertising starts, so a later policy never shortens or lengthens a running test.
/// </summary>
public sealed class Vacancy : Entity
{
    public const string DecisionSubject = "LabourMarketTest";

    private Vacancy() { }

    private Vacancy(Guid employerId, string isicSection, VacancyTerms terms, DateOnly advertisingFrom, PolicySet policy)
    {
        EmployerId = employerId;
        IsicSection = isicSection.Trim().ToUpperInvariant();
        if (IsicSection.Length != 1) throw new DomainException("The employer's ISIC section is missing.", nameof(IsicSection));
        Apply(terms);
        StartAdvertising(advertisingFrom, policy);
    }

    /// <summary>The employer posts a vacancy today; its advertising starts today under the policy in force.</summary>
    public static Vacancy Post(Guid employerId, string isicSection, VacancyTerms terms, DateOnly today, PolicySet policy) =>
        new(employerId, isicSection, terms, today, policy);

    /// <summary>
    /// A vacancy whose advertising began before it was entered in Corridor (carried over from the
    /// employment service's earlier system, and the demo country, which needs tests already under way).
    /// The start may be in the past, never in the future; the policy is the one in force on that day.
    /// </summary>
    public static Vacancy CarriedOver(Guid employerId, string isicSection, VacancyTerms terms, DateOnly advertisingFrom, DateOnly today, PolicySet policy)
    {
        if (advertisingFrom > today) throw new DomainException("Advertising cannot start in the future.", nameof(AdvertisingFrom));
        return new(employerId, isicSection, terms, advertisingFrom, policy);
    }

    public Guid EmployerId { get; private set; }
    /// <summary>ISCO-08 code of the occupation sought.</summary>
    public string OccupationCode { get; private set; } = "";
    /// <summary>The employer's ISIC Rev.4 section when the vacancy was posted (A gets the agriculture period).</summary>
    public string IsicSection { get; private set; } = "";
    public int Posts { get; private set; }
    public decimal MonthlyWage { get; private set; }
    public int WeeklyHours { get; private set; }
    /// <summary>Where the work is (a district).</summary>
    public Guid OrgUnitId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public VacancyStatus Status { get; private set; }

    public DateOnly AdvertisingFrom { get; private set; }
    public int AdvertisingDays { get; private set; }
    /// <summary>The policy set in force when the (latest) advertising started.</summary>
    public int PolicySetNumber { get; private set; }

    public DateOnly? OutcomeRecordedOn { get; private set; }
    public int NationalReferrals { get; private set; }
    public int Interviews { get; private set; }
    public int Hires { get; private set; }
    public string? ReasonsNotHired { get; private set; }

    public string? CertificateNumber { get; private set; }
    public DateOnly? CertificateIssuedOn { get; private set; }
    public DateOnly? CertificateValidUntil { get; private set; }
    public int? CertifiedPosts { get; private set; }

    /// <summary>The first day on which the advertising period has elapsed.</summary>
    public DateOnly AdvertisingEndsOn => AdvertisingFrom.AddDays(AdvertisingDays);
    public bool AdvertisingElapsedOn(DateOnly day) => day >= AdvertisingEndsOn;
    public bool CertificateValidOn(DateOnly day) =>
        Status == VacancyStatus.CertificateIssued && CertificateValidUntil is { } until && day <= until;

    /// <summary>The advertising period a policy gives a sector: agriculture, forestry and fishing (ISIC A) is shorter.</summary>
    public static int AdvertisingDaysFor(PolicyRules rules, string isicSection) =>
        string.Equals(isicSection, "A", StringComparison.OrdinalIgnoreCase)
            ? rules.GetInt("LMT-ADVERTISING", "agricultureDays")
            : rules.GetInt("LMT-ADVERTISING", "standardDays");

    /// <summary>A lower wage, another occupation or another number of posts is a new offer to nationals.</summary>
    public bool IsMaterialChange(VacancyTerms terms) =>
        terms.MonthlyWage < MonthlyWage || terms.OccupationCode.Trim() != OccupationCode || terms.Posts != Posts;

    /// <summary>
    /// Changes the offer. A material change restarts the advertising today under the policy in force
    /// and clears the outcome and any certificate (they answered another offer); other changes keep
    /// the running test. Returns whether the advertising restarted.
    /// </summary>
    public bool Change(VacancyTerms terms, DateOnly today, PolicySet policy)
    {
        if (Status is not (VacancyStatus.Advertising or VacancyStatus.CertificateIssued))
            throw new DomainException("A closed or withdrawn vacancy cannot be changed.");
        var material = IsMaterialChange(terms);
        Apply(terms);
        if (material) StartAdvertising(today, policy);
        return material;
    }

    /// <summary>What came of the advertising: nationals referred, interviewed and hired, and why the others were not.</summary>
    public void RecordOutcome(int referrals, int interviews, int hires, string? reasonsNotHired, DateOnly today)
    {
        if (Status != VacancyStatus.Advertising) throw new DomainException("The outcome can be recorded only while the vacancy is advertised.");
        if (referrals < 0) throw new DomainException("The number cannot be negative.", nameof(NationalReferrals));
        if (interviews < 0) throw new DomainException("The number cannot be negative.", nameof(Interviews));
        if (hires < 0) throw new DomainException("The number cannot be negative.", nameof(Hires));
        if (interviews > referrals) throw new DomainException("More interviews than nationals referred.", nameof(Interviews));
        if (hires > Posts) throw new DomainException("More hires than posts.", nameof(Hires));
        var reasons = string.IsNullOrWhiteSpace(reasonsNotHired) ? null : reasonsNotHired.Trim();
        if (reasons is null && referrals > hires)
            throw new DomainException("Give the reasons the referred nationals were not hired.", nameof(ReasonsNotHired));
        if (reasons is { Length: > 2000 }) throw new DomainException("At most 2000 characters.", nameof(ReasonsNotHired));
        NationalReferrals = referrals;
        Interviews = interviews;
        Hires = hires;
        ReasonsNotHired = reasons;
        OutcomeRecordedOn = today;
    }

    /// <summary>
    /// Checks every rule of the labour market test against the policy in force today and the employer's
    /// flags; the caller stores the decision whatever its outcome.
    /// </summary>
    public RuleChecks CheckForCertificate(PolicySet policy, IEnumerable<EmployerFlag> employerFlags, DateOnly today)
    {
        var checks = new RuleChecks(policy);
        var flags = employerFlags.Where(f => f.EmployerId == EmployerId).ToList();

        var elapsed = AdvertisingElapsedOn(today);
        checks.Check("LMT-ADVERTISING", elapsed,
            elapsed ? "The vacancy was advertised for {0} days, from {1}." : "The vacancy must be advertised for {0} days, from {1}; the period ends on {2}.",
            AdvertisingDays, AdvertisingFrom.ToString("yyyy-MM-dd"), AdvertisingEndsOn.ToString("yyyy-MM-dd"));

        if (OutcomeRecordedOn is null)
            checks.Check("LMT-UNFILLED", false, "The outcome of the advertising (referrals, interviews, hires) has not been recorded.");
        else if (Hires < Posts)
            checks.Check("LMT-UNFILLED", true, "Nationals filled {0} of {1} posts; {2} remain unfilled.", Hires, Posts, Posts - Hires);
        else
            checks.Check("LMT-UNFILLED", false, "Nationals filled all {0} posts.", Posts);

        var lookback = policy.Rules.GetInt("LMT-NO-LAYOFFS", "lookbackMonths");
        var since = today.AddMonths(-lookback);
        var layoff = flags.Where(f => f.Kind == EmployerFlagKind.Layoff && SameOccupation(f.OccupationCode, OccupationCode)
                && f.OpenedOn > since && f.OpenedOn <= today)
            .OrderByDescending(f => f.OpenedOn).FirstOrDefault();
        checks.Check("LMT-NO-LAYOFFS", layoff is null,
            layoff is null ? "No layoffs of nationals in this occupation in the last {0} months." : "The employer laid off nationals in this occupation on {1}, within the last {0} months.",
            lookback, layoff?.OpenedOn.ToString("yyyy-MM-dd") ?? "");

        var arrears = flags.Any(f => f.Kind == EmployerFlagKind.WageArrears && f.IsOpenOn(today));
        checks.Check("LMT-NO-WAGE-ARREARS", !arrears,
            arrears ? "The employer has an open finding of unpaid wages." : "No open finding of unpaid wages.");

        var watched = flags.Any(f => f.Kind == EmployerFlagKind.Watchlist && f.IsOpenOn(today));
        checks.Check("LMT-NOT-WATCHLISTED", !watched,
            watched ? "The employer is on the watchlist." : "The employer is not on the watchlist.");
        return checks;
    }

    /// <summary>
    /// Issues the certificate after an approving decision: valid for the months the policy says, for
    /// the posts nationals did not fill.
    /// </summary>
    public void IssueCertificate(AdmissionDecision decision, string certificateNumber, DateOnly today, PolicySet policy)
    {
        if (Status != VacancyStatus.Advertising) throw new DomainException("A certificate is issued only for a vacancy under advertising.");
        if (decision.Outcome != DecisionOutcome.Approved || decision.SubjectId != Id || decision.Subject != DecisionSubject)
            throw new DomainException("A certificate needs an approving labour market test decision on this vacancy.");
        if (!PublicNumber.IsValid(certificateNumber, 'C')) throw new DomainException("Not a certificate number.", nameof(CertificateNumber));
        Status = VacancyStatus.CertificateIssued;
        CertificateNumber = certificateNumber;
        CertificateIssuedOn = today;
        CertificateValidUntil = today.AddMonths(policy.Rules.GetInt("LMT-CERTIFICATE", "validityMonths"));
        CertifiedPosts = Posts - Hires;
    }

    public void Withdraw()
    {
        if (Status != VacancyStatus.Advertising) throw new DomainException("Only a vacancy under advertising can be withdrawn.");
        Status = VacancyStatus.Withdrawn;
    }

    public void Close()
    {
        if (Status is not (VacancyStatus.Advertising or VacancyStatus.CertificateIssued))
            throw new DomainException("The vacancy is already closed or withdrawn.");
        Status = VacancyStatus.Closed;
    }

    /// <summary>One code within the other (a layoff recorded for a sub-major group covers its minor groups, and the reverse).</summary>
    private static bool SameOccupation(string? a, string b) =>
        a is { Length: > 0 } && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));

    private void Apply(VacancyTerms t)
    {
        var occupation = t.OccupationCode?.Trim() ?? "";
        if (!ReferenceData.IsIscoCode(occupation)) throw new DomainException("Not an ISCO-08 occupation code.", nameof(OccupationCode));
        if (t.Posts < 1) throw new DomainException("At least one post.", nameof(Posts));
        if (t.MonthlyWage <= 0) throw new DomainException("The wage must be more than zero.", nameof(MonthlyWage));
        if (t.WeeklyHours is < 1 or > 60) throw new DomainException("Between 1 and 60 hours a week.", nameof(WeeklyHours));
        if (t.OrgUnitId == Guid.Empty) throw new DomainException("Choose where the work is.", nameof(OrgUnitId));
        OccupationCode = occupation;
        Posts = t.Posts;
        MonthlyWage = t.MonthlyWage;
        WeeklyHours = t.WeeklyHours;
        OrgUnitId = t.OrgUnitId;
        StartDate = t.StartDate;
    }

    private void StartAdvertising(DateOnly from, PolicySet policy)
    {
        Status = VacancyStatus.Advertising;
        AdvertisingFrom = from;
        AdvertisingDays = AdvertisingDaysFor(policy.Rules, IsicSection);
        PolicySetNumber = policy.Number;
        OutcomeRecordedOn = null;
        NationalReferrals = Interviews = Hires = 0;
        ReasonsNotHired = null;
        CertificateNumber = null;
        CertificateIssuedOn = null;
        CertificateValidUntil = null;
        CertifiedPosts = null;
    }
}
