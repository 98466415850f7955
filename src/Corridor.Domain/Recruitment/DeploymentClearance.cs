using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.Domain.Common;

namespace Corridor.Domain.Recruitment;

/// <summary>What a worker needs before departure (the Philippines' OEC, Bangladesh's BMET clearance card).</summary>
public enum ClearanceRequirement
{
    Passport = 1,
    JobOrder = 2,
    Contract = 3,
    Orientation = 4,
    WelfareFund = 5,
    Insurance = 6,
    Medical = 7,
    Agency = 8,
    /// <summary>Fast lane only: a previous clearance for the same employer and jobsite.</summary>
    ReturningWorker = 9,
}

public enum ClearanceStatus
{
    Issued = 1,
    Refused = 2,
    Revoked = 3,
    /// <summary>Never stored: an issued clearance reads expired after its last day (<see cref="DeploymentClearance.StatusOn"/>).</summary>
    Expired = 4,
}

/// <summary>One requirement checked: met or not, and what it found (English template + values for the localizer).</summary>
public sealed record ClearanceCheck(ClearanceRequirement Requirement, bool Met, string Message, string[] Args)
{
    public string Text => Args.Length == 0 ? Message : string.Format(CultureInfo.InvariantCulture, Message, Args);

    public static ClearanceCheck Pass(ClearanceRequirement r, string message, params string[] args) => new(r, true, message, args);
    public static ClearanceCheck Fail(ClearanceRequirement r, string message, params string[] args) => new(r, false, message, args);
}

/// <summary>What the clearance is for, read from the contract when it is requested.</summary>
public sealed record ClearanceSubject(Guid WorkerId, Guid? AgencyId, Guid ContractId, Guid? JobOrderId, Guid? ForeignEmployerId,
    string EmployerKey, string EmployerName, string DestinationCountry, string OccupationCode, string Jobsite, DateOnly? ContractEnd);

/// <summary>
/// A decision on a worker's exit clearance, with every requirement's result stored as it was found (like an
/// admission decision). Issued when all are met, valid until the contract ends; Refused otherwise — a refusal is
/// a record too, so worker and agency see what to fix and ask again. The regulator may revoke an issued one.
/// Expiry is read from the date, not stored: no job has to run for a pass to read expired.
/// </summary>
public sealed class DeploymentClearance : Entity
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private DeploymentClearance() { }

    public DeploymentClearance(ClearanceSubject s, IReadOnlyList<ClearanceCheck> checks, bool fastLane, Guid? previousClearanceId,
        string requestedBy, DateTime now)
    {
        if (checks.Count == 0) throw new DomainException("A clearance needs its requirements checked.");
        WorkerId = s.WorkerId;
        AgencyId = s.AgencyId;
        ContractId = s.ContractId;
        JobOrderId = s.JobOrderId;
        ForeignEmployerId = s.ForeignEmployerId;
        EmployerKey = Cut(s.EmployerKey, 300);
        EmployerName = Cut(s.EmployerName, 200);
        DestinationCountry = s.DestinationCountry;
        OccupationCode = s.OccupationCode;
        Jobsite = Cut(s.Jobsite, 300);
        FastLane = fastLane;
        PreviousClearanceId = previousClearanceId;
        ChecksJson = JsonSerializer.Serialize(checks, Json);
        RequestedBy = requestedBy;
        DecidedAt = now;
        DecidedOn = DateOnly.FromDateTime(now);
        Number = PublicNumber.New('D');
        if (checks.All(c => c.Met) && s.ContractEnd is { } end)
        {
            Status = ClearanceStatus.Issued;
            ValidUntil = end;
            VerificationCode = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        }
        else
        {
            Status = ClearanceStatus.Refused;
        }
    }

    /// <summary>D-########## with a check digit, printed on the pass.</summary>
    public string Number { get; private set; } = "";
    /// <summary>Random, 32 URL-safe characters, only on an issued clearance; what the pass's QR code points at (/verify/{code}).</summary>
    public string? VerificationCode { get; private set; }
    public Guid WorkerId { get; private set; }
    public Guid? AgencyId { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid? JobOrderId { get; private set; }
    public Guid? ForeignEmployerId { get; private set; }
    /// <summary>The employer as one comparable string (<see cref="ContractParticulars.EmployerKey"/>): the fast lane matches on it.</summary>
    public string EmployerKey { get; private set; } = "";
    public string EmployerName { get; private set; } = "";
    public string DestinationCountry { get; private set; } = "";
    public string OccupationCode { get; private set; } = "";
    public string Jobsite { get; private set; } = "";
    public bool FastLane { get; private set; }
    /// <summary>On a fast-lane clearance: the earlier clearance it matched.</summary>
    public Guid? PreviousClearanceId { get; private set; }
    public string ChecksJson { get; private set; } = "[]";
    public ClearanceStatus Status { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public DateTime DecidedAt { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public string? RevokedBy { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public string? RevocationReason { get; private set; }

    public IReadOnlyList<ClearanceCheck> Checks => JsonSerializer.Deserialize<List<ClearanceCheck>>(ChecksJson, Json) ?? [];
    public IEnumerable<ClearanceCheck> Unmet => Checks.Where(c => !c.Met);

    public ClearanceStatus StatusOn(DateOnly day) =>
        Status == ClearanceStatus.Issued && ValidUntil < day ? ClearanceStatus.Expired : Status;

    public bool ValidOn(DateOnly day) => StatusOn(day) == ClearanceStatus.Issued;

    /// <summary>The regulator withdraws an issued clearance (e.g. the contract was cancelled); the pass then reads not valid.</summary>
    public void Revoke(string officer, string reason, DateTime now)
    {
        if (Status != ClearanceStatus.Issued) throw new DomainException("Only an issued clearance can be revoked.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the revocation.", nameof(RevocationReason));
        if (reason.Trim().Length > 1000) throw new DomainException("At most 1000 characters.", nameof(RevocationReason));
        Status = ClearanceStatus.Revoked;
        RevokedBy = officer;
        RevokedAt = now;
        RevocationReason = reason.Trim();
    }

    /// <summary>Jobsites compare without case and extra spaces: "Riyadh,  Al Olaya" is "RIYADH, AL OLAYA".</summary>
    public static string JobsiteKey(string jobsite) =>
        string.Join(' ', jobsite.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}

/// <summary>
/// The worker's membership of the migrant workers' welfare fund (the Philippines' OWWA), paid once per contract.
/// Minimal on purpose: the social-protection module builds the fund itself on these records.
/// </summary>
public sealed class WelfareFundMembership : Entity
{
    private WelfareFundMembership() { }

    public WelfareFundMembership(Guid workerId, Guid contractId, DateOnly? contractEnd, decimal amount, string currency, DateOnly paidOn,
        string receiptNumber, string recordedBy, DateOnly today)
    {
        if (amount <= 0) throw new DomainException("The amount must be more than zero.", nameof(Amount));
        if (amount > 1_000_000) throw new DomainException("The amount is too large.", nameof(Amount));
        currency = (currency ?? "").Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            throw new DomainException("Give the currency as a three-letter ISO 4217 code.", nameof(Currency));
        if (paidOn > today) throw new DomainException("The payment cannot be in the future.", nameof(PaidOn));
        if (string.IsNullOrWhiteSpace(receiptNumber)) throw new DomainException("Enter the receipt number.", nameof(ReceiptNumber));
        if (receiptNumber.Trim().Length > 64) throw new DomainException("At most 64 characters.", nameof(ReceiptNumber));
        WorkerId = workerId;
        ContractId = contractId;
        Amount = amount;
        Currency = currency;
        PaidOn = paidOn;
        ReceiptNumber = receiptNumber.Trim();
        RecordedBy = recordedBy;
        var twoYears = paidOn.AddYears(2).AddDays(-1);
        CoversUntil = contractEnd is { } end && end < twoYears ? end : twoYears;
    }

    public Guid WorkerId { get; private set; }
    public Guid ContractId { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public DateOnly PaidOn { get; private set; }
    public string ReceiptNumber { get; private set; } = "";
    /// <summary>The contract's end or two years after payment, whichever comes first.</summary>
    public DateOnly CoversUntil { get; private set; }
    public string RecordedBy { get; private set; } = "";
}

/// <summary>The worker's insurance for the contract (compulsory insurance of agency-hired workers, Philippines RA 10022).</summary>
public sealed class InsuranceCover : Entity
{
    private InsuranceCover() { }

    public InsuranceCover(Guid workerId, Guid contractId, string insurer, string policyNumber, DateOnly coversFrom, DateOnly coversTo, string recordedBy)
    {
        if (string.IsNullOrWhiteSpace(insurer)) throw new DomainException("Enter the insurer.", nameof(Insurer));
        if (insurer.Trim().Length > 200) throw new DomainException("At most 200 characters.", nameof(Insurer));
        if (string.IsNullOrWhiteSpace(policyNumber)) throw new DomainException("Enter the policy number.", nameof(PolicyNumber));
        if (policyNumber.Trim().Length > 64) throw new DomainException("At most 64 characters.", nameof(PolicyNumber));
        if (coversTo < coversFrom) throw new DomainException("The cover must end after it starts.", nameof(CoversTo));
        WorkerId = workerId;
        ContractId = contractId;
        Insurer = insurer.Trim();
        PolicyNumber = policyNumber.Trim();
        CoversFrom = coversFrom;
        CoversTo = coversTo;
        RecordedBy = recordedBy;
    }

    public Guid WorkerId { get; private set; }
    public Guid ContractId { get; private set; }
    public string Insurer { get; private set; } = "";
    public string PolicyNumber { get; private set; } = "";
    public DateOnly CoversFrom { get; private set; }
    public DateOnly CoversTo { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public bool Covers(DateOnly from, DateOnly to) => CoversFrom <= from && CoversTo >= to;
}

public enum FitnessResult
{
    Fit = 1,
    Unfit = 2,
}

/// <summary>
/// The result of the pre-departure medical examination: fit or unfit, when, where. Nothing else, by design: no
/// diagnosis, no findings, no HIV status (ILO HIV and AIDS Recommendation R200 §25: no mandatory HIV testing of
/// migrant workers; the seeds forbid it). Who recorded it is in the audit trail.
/// </summary>
public sealed class MedicalFitness : Entity
{
    private MedicalFitness() { }

    public MedicalFitness(Guid workerId, FitnessResult result, DateOnly examinedOn, string clinicName, DateOnly today)
    {
        if (!Enum.IsDefined(result)) throw new DomainException("Choose fit or unfit.", nameof(Result));
        if (examinedOn > today) throw new DomainException("The examination cannot be in the future.", nameof(ExaminedOn));
        if (string.IsNullOrWhiteSpace(clinicName)) throw new DomainException("Enter the clinic.", nameof(ClinicName));
        if (clinicName.Trim().Length > 200) throw new DomainException("At most 200 characters.", nameof(ClinicName));
        WorkerId = workerId;
        Result = result;
        ExaminedOn = examinedOn;
        ClinicName = clinicName.Trim();
    }

    public Guid WorkerId { get; private set; }
    public FitnessResult Result { get; private set; }
    public DateOnly ExaminedOn { get; private set; }
    public string ClinicName { get; private set; } = "";
}
