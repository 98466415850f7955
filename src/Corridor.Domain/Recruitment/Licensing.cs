using Corridor.Domain.Admission;
using Corridor.Domain.Common;

namespace Corridor.Domain.Recruitment;

public enum LicenceApplicationKind
{
    /// <summary>A first licence for an agency registered as Applied.</summary>
    New = 1,
    /// <summary>Renewal of a licence in force, within the renewal window.</summary>
    Renewal = 2,
}

/// <summary>
/// An agency's application for a licence or its renewal: the figures it declares and its officers. The
/// requirements are checked against the policy in force when it is filed and the checks stored as an
/// <see cref="AdmissionDecision"/> (each with its citation); a qualified application is then used by one
/// grant or renewal.
/// </summary>
public sealed class LicenceApplication : Entity
{
    private LicenceApplication() { }

    public LicenceApplication(Guid agencyId, LicenceApplicationKind kind, decimal paidUpCapital, decimal escrowDeposit,
        decimal suretyBond, DateTime submittedAt, string submittedBy)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("Unknown kind of application.", nameof(Kind));
        if (paidUpCapital < 0) throw new DomainException("Must not be negative.", nameof(PaidUpCapital));
        if (escrowDeposit < 0) throw new DomainException("Must not be negative.", nameof(EscrowDeposit));
        if (suretyBond < 0) throw new DomainException("Must not be negative.", nameof(SuretyBond));
        AgencyId = agencyId;
        Kind = kind;
        PaidUpCapital = paidUpCapital;
        EscrowDeposit = escrowDeposit;
        SuretyBond = suretyBond;
        SubmittedAt = submittedAt;
        SubmittedBy = submittedBy;
    }

    public Guid AgencyId { get; private set; }
    public LicenceApplicationKind Kind { get; private set; }
    public decimal PaidUpCapital { get; private set; }
    public decimal EscrowDeposit { get; private set; }
    public decimal SuretyBond { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    /// <summary>The stored checks of the requirements.</summary>
    public Guid DecisionId { get; private set; }
    /// <summary>Every requirement passed.</summary>
    public bool Qualified { get; private set; }
    /// <summary>When a grant or renewal used this application; an application is used once.</summary>
    public DateTime? UsedAt { get; private set; }

    public void Decided(AdmissionDecision decision)
    {
        DecisionId = decision.Id;
        Qualified = decision.Outcome == DecisionOutcome.Approved;
    }

    public void Use(DateTime now)
    {
        if (!Qualified) throw new DomainException("The application did not meet the requirements.");
        if (UsedAt is not null) throw new DomainException("This application has already been used.");
        UsedAt = now;
    }
}

/// <summary>A person who directs or manages an agency, as declared in a licence application.</summary>
public sealed class AgencyOfficer : Entity
{
    private AgencyOfficer() { }

    public AgencyOfficer(Guid agencyId, Guid applicationId, string fullName, string identityDocument, string position, DateOnly? policeClearanceDate)
    {
        if (string.IsNullOrWhiteSpace(fullName)) throw new DomainException("Enter the officer's name.", nameof(FullName));
        if (string.IsNullOrWhiteSpace(identityDocument)) throw new DomainException("Enter the officer's identity document number.", nameof(IdentityDocument));
        if (string.IsNullOrWhiteSpace(position)) throw new DomainException("Enter the officer's position.", nameof(Position));
        AgencyId = agencyId;
        ApplicationId = applicationId;
        FullName = fullName.Trim();
        IdentityDocument = NormalizeDocument(identityDocument);
        Position = position.Trim();
        PoliceClearanceDate = policeClearanceDate;
    }

    public Guid AgencyId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string FullName { get; private set; } = "";
    /// <summary>Passport or national identity number, upper-cased without spaces, so the same person is found again.</summary>
    public string IdentityDocument { get; private set; } = "";
    public string Position { get; private set; } = "";
    public DateOnly? PoliceClearanceDate { get; private set; }

    public static string NormalizeDocument(string number) =>
        new([.. number.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
}

/// <summary>An officer as declared on an application, before it is stored.</summary>
public sealed record OfficerDeclaration(string FullName, string IdentityDocument, string Position, DateOnly? PoliceClearanceDate);

/// <summary>An officer of a cancelled agency found among the declared officers.</summary>
public sealed record DisqualifiedOfficer(string IdentityDocument, string FullName, string AgencyName, string LicenceNumber);

/// <summary>
/// The licensing requirements (Philippines DMW model, C181 Art. 3): capital, escrow, bond, officers'
/// clearances and disqualified persons, each checked and cited against one policy set.
/// </summary>
public static class LicenceRequirements
{
    public const string Capital = "AGENCY-CAPITAL";
    public const string Escrow = "AGENCY-ESCROW";
    public const string Bond = "AGENCY-BOND";
    public const string Clearance = "AGENCY-CLEARANCE";
    public const string Disqualified = "AGENCY-DISQUALIFIED";
    public const string LicenceYears = "AGENCY-LICENCE-YEARS";
    public const string RenewalWindow = "AGENCY-RENEWAL-WINDOW";

    public static int Years(RuleChecks checks) => checks.Rules.GetInt(LicenceYears, "years");
    public static int WindowMonths(RuleChecks checks) => checks.Rules.GetInt(RenewalWindow, "months");
    public static decimal RequiredEscrow(Policy.PolicyRules rules) => rules.Get(Escrow, "requiredDeposit");

    public static RuleChecks Check(RuleChecks checks, decimal capital, decimal escrow, decimal bond,
        IReadOnlyList<OfficerDeclaration> officers, IReadOnlyList<DisqualifiedOfficer> disqualified, DateOnly today)
    {
        var r = checks.Rules;
        var minCapital = r.Get(Capital, "minimumCapital");
        checks.Check(Capital, capital >= minCapital, capital >= minCapital
            ? "Paid-up capital {0} meets the minimum of {1}." : "Paid-up capital {0} is below the minimum of {1}.", capital, minCapital);
        var minEscrow = r.Get(Escrow, "requiredDeposit");
        checks.Check(Escrow, escrow >= minEscrow, escrow >= minEscrow
            ? "Escrow deposit {0} meets the required {1}." : "Escrow deposit {0} is below the required {1}.", escrow, minEscrow);
        var minBond = r.Get(Bond, "minimumBond");
        checks.Check(Bond, bond >= minBond, bond >= minBond
            ? "Surety bond {0} meets the minimum of {1}." : "Surety bond {0} is below the minimum of {1}.", bond, minBond);

        var months = r.GetInt(Clearance, "maxAgeMonths");
        var oldest = today.AddMonths(-months);
        var stale = officers.Where(o => o.PoliceClearanceDate is not { } d || d < oldest || d > today).Select(o => o.FullName).ToList();
        if (officers.Count == 0)
            checks.Check(Clearance, false, "No officers were declared; every officer needs a police clearance.");
        else
            checks.Check(Clearance, stale.Count == 0, stale.Count == 0
                ? "Every officer has a police clearance issued within the last {0} months."
                : "These officers have no police clearance issued within the last {0} months: {1}.", months, string.Join(", ", stale));

        if (disqualified.Count == 0)
            checks.Check(Disqualified, true, "No officer was an officer of an agency whose licence was cancelled.");
        else
            foreach (var d in disqualified)
                checks.Check(Disqualified, false, "{0} was an officer of {1} ({2}), whose licence was cancelled.", d.FullName, d.AgencyName, d.LicenceNumber);
        return checks;
    }
}
