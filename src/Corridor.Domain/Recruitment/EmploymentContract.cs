using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.Domain.Common;

namespace Corridor.Domain.Recruitment;

/// <summary>Which model contract a contract follows.</summary>
public enum ContractTemplate
{
    GeneralWorker = 1,
    /// <summary>The domestic-worker model contract (ILO C189): every Art. 7 particular is required.</summary>
    DomesticWorker = 2,
}

/// <summary>How often the wage is paid.</summary>
public enum WagePeriod
{
    Monthly = 1,
    Fortnightly = 2,
    Weekly = 3,
    /// <summary>Less often than monthly: fails CONTRACT-PAY-PERIOD (C189 Art. 12; C95 Art. 12).</summary>
    Quarterly = 4,
    /// <summary>Paid in one sum at the end of the contract: fails CONTRACT-PAY-PERIOD.</summary>
    AtEndOfContract = 5,
}

/// <summary>Who pays a cost such as travel.</summary>
public enum CostBearer
{
    Employer = 1,
    Worker = 2,
    Shared = 3,
}

/// <summary>How accommodation or food is given: free in kind, as a cash allowance, or not at all.</summary>
public enum BenefitProvision
{
    Provided = 1,
    Allowance = 2,
    NotProvided = 3,
}

/// <summary>What an amount taken from the wage is for. The first six are recruitment costs the worker must not bear (C181 Art. 7).</summary>
public enum DeductionKind
{
    RecruitmentFee = 1,
    TravelCosts = 2,
    DocumentsAndVisa = 3,
    MedicalExamination = 4,
    TrainingOrOrientation = 5,
    Equipment = 6,
    Accommodation = 7,
    Food = 8,
    SocialSecurity = 9,
    IncomeTax = 10,
    Other = 99,
}

public sealed record ContractDeduction(DeductionKind Kind, decimal Amount);

/// <summary>
/// The terms of an e-contract as structured data: every term the model contracts and C189 Art. 7 name. Amounts are
/// in <see cref="Currency"/> (ISO 4217) per <see cref="WagePeriod"/> (allowances and deductions too).
/// </summary>
public sealed record ContractTerms
{
    public string EmployerAddress { get; init; } = "";
    public string WorkplaceAddress { get; init; } = "";
    /// <summary>The type of work, in plain words (C189 Art. 7(d)).</summary>
    public string JobDescription { get; init; } = "";
    public decimal Wage { get; init; }
    public string Currency { get; init; } = "";
    public WagePeriod WagePeriod { get; init; } = WagePeriod.Monthly;
    public BenefitProvision Accommodation { get; init; } = BenefitProvision.Provided;
    public decimal AccommodationAllowance { get; init; }
    public BenefitProvision Food { get; init; } = BenefitProvision.Provided;
    public decimal FoodAllowance { get; init; }
    public decimal HoursPerDay { get; init; }
    public decimal HoursPerWeek { get; init; }
    public decimal DailyRestHours { get; init; }
    public int RestDaysPerWeek { get; init; }
    /// <summary>The longest unbroken weekly rest, in hours (C189 Art. 10(2): at least 24 consecutive).</summary>
    public int WeeklyRestHours { get; init; }
    public int PaidLeaveDays { get; init; }
    /// <summary>Overtime pay as a percentage of the normal hourly wage (125 = time and a quarter).</summary>
    public int OvertimeRatePercent { get; init; }
    public CostBearer TransportToJobsite { get; init; } = CostBearer.Employer;
    public CostBearer ReturnTravel { get; init; } = CostBearer.Employer;
    public bool InsuranceByEmployer { get; init; }
    public string InsuranceCover { get; init; } = "";
    public bool MedicalCareByEmployer { get; init; }
    public int ProbationDays { get; init; }
    public int NoticeDays { get; init; }
    public string TerminationTerms { get; init; } = "";
    public string DisputeSettlement { get; init; } = "";
    public IReadOnlyList<ContractDeduction> Deductions { get; init; } = [];
    /// <summary>The language the worker reads (ISO 639-1); the contract is given and signed in it.</summary>
    public string WorkerLanguage { get; init; } = "ru";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
    public static ContractTerms FromJson(string json) => JsonSerializer.Deserialize<ContractTerms>(json, Json) ?? new();

    /// <summary>The wage as a monthly amount, so contracts paid weekly and monthly compare.</summary>
    public decimal MonthlyWage(int? contractMonths = null) => PerMonth(Wage, contractMonths);

    public decimal PerMonth(decimal amount, int? contractMonths = null) => Math.Round(WagePeriod switch
    {
        WagePeriod.Weekly => amount * 52 / 12,
        WagePeriod.Fortnightly => amount * 26 / 12,
        WagePeriod.Quarterly => amount / 3,
        WagePeriod.AtEndOfContract => amount / Math.Max(1, contractMonths ?? 1),
        _ => amount,
    }, 2);

    public decimal TotalDeductions => Deductions.Sum(d => d.Amount);

    /// <summary>Checks the values themselves (not the standards): the first problem as a field error.</summary>
    public void Validate()
    {
        static void Need(bool ok, string message, string field)
        {
            if (!ok) throw new DomainException(message, field);
        }
        Need(Wage > 0, "The wage must be more than zero.", nameof(Wage));
        Need(Wage <= 1_000_000_000, "The amount is too large.", nameof(Wage));
        Need(Currency.Length == 3 && Currency.All(char.IsAsciiLetterUpper), "Give the currency as a three-letter ISO 4217 code.", nameof(Currency));
        Need(Enum.IsDefined(WagePeriod), "Choose how often the wage is paid.", nameof(WagePeriod));
        Need(Enum.IsDefined(Accommodation), "Say how accommodation is given.", nameof(Accommodation));
        Need(Enum.IsDefined(Food), "Say how food is given.", nameof(Food));
        Need(AccommodationAllowance >= 0 && FoodAllowance >= 0, "An allowance cannot be negative.", nameof(AccommodationAllowance));
        Need(HoursPerDay is > 0 and <= 24, "Between 1 and 24 hours a day.", nameof(HoursPerDay));
        Need(HoursPerWeek is > 0 and <= 168, "Between 1 and 168 hours a week.", nameof(HoursPerWeek));
        Need(DailyRestHours is >= 0 and <= 24, "Between 0 and 24 hours.", nameof(DailyRestHours));
        Need(RestDaysPerWeek is >= 0 and <= 7, "Between 0 and 7 days.", nameof(RestDaysPerWeek));
        Need(WeeklyRestHours is >= 0 and <= 168, "Between 0 and 168 hours.", nameof(WeeklyRestHours));
        Need(PaidLeaveDays is >= 0 and <= 366, "Between 0 and 366 days.", nameof(PaidLeaveDays));
        Need(OvertimeRatePercent is >= 0 and <= 1000, "Between 0 and 1000 %.", nameof(OvertimeRatePercent));
        Need(Enum.IsDefined(TransportToJobsite), "Say who pays the transport to the jobsite.", nameof(TransportToJobsite));
        Need(Enum.IsDefined(ReturnTravel), "Say who pays the return travel.", nameof(ReturnTravel));
        Need(ProbationDays is >= 0 and <= 366, "Between 0 and 366 days.", nameof(ProbationDays));
        Need(NoticeDays is >= 0 and <= 366, "Between 0 and 366 days.", nameof(NoticeDays));
        Need(WorkerLanguage.Length == 2 && WorkerLanguage.All(char.IsAsciiLetterLower), "Give the language as a two-letter ISO 639-1 code.", nameof(WorkerLanguage));
        Need(Deductions.All(d => Enum.IsDefined(d.Kind) && d.Amount > 0), "Each deduction needs a kind and an amount above zero.", nameof(Deductions));
        foreach (var (text, field) in new[] { (EmployerAddress, nameof(EmployerAddress)), (WorkplaceAddress, nameof(WorkplaceAddress)),
                     (JobDescription, nameof(JobDescription)), (InsuranceCover, nameof(InsuranceCover)), (TerminationTerms, nameof(TerminationTerms)),
                     (DisputeSettlement, nameof(DisputeSettlement)) })
            Need(text.Length <= 1000, "At most 1000 characters.", field);
    }

    public static string Amount(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}

/// <summary>The parties, job and terms of one contract version: what the standards check and the substitution comparison read.</summary>
public sealed record ContractParticulars(
    ContractTemplate Template,
    Guid? AgencyId,
    Guid? EmployerId,
    string? ForeignEmployerName,
    string? ForeignEmployerCountry,
    Guid? ForeignEmployerId,
    Guid? JobOrderId,
    string OccupationCode,
    string DestinationCountry,
    DateOnly StartDate,
    DateOnly? EndDate,
    ContractTerms Terms)
{
    /// <summary>The employer as one comparable string: the national employer's id or the foreign employer's name and country.</summary>
    public string EmployerKey => EmployerId is { } id ? id.ToString()
        : ForeignEmployerId is { } f ? f.ToString()
        : $"{ForeignEmployerName?.Trim().ToUpperInvariant()}|{ForeignEmployerCountry}";

    public int? ContractMonths => EndDate is { } end ? Math.Max(1, (end.Year - StartDate.Year) * 12 + end.Month - StartDate.Month) : null;
}

public enum ContractStatus
{
    Draft = 1,
    /// <summary>Submitted for review; the standards check ran and is stored.</summary>
    Submitted = 2,
    /// <summary>The regulator sent it back with the findings to fix; it can be changed and submitted again.</summary>
    Returned = 3,
    Approved = 4,
    /// <summary>The worker accepted it in their language.</summary>
    Signed = 5,
    /// <summary>A copy was registered at destination (the copy is its own record, linked to this one).</summary>
    Registered = 6,
    /// <summary>An approved amendment replaced this version.</summary>
    Superseded = 7,
}

public enum ContractKind
{
    /// <summary>The contract drafted and approved in the country of origin.</summary>
    Original = 1,
    /// <summary>The contract as registered at destination; compared with the approved one.</summary>
    DestinationCopy = 2,
    /// <summary>A later version of an approved contract; compared with the version it amends.</summary>
    Amendment = 3,
}

public enum SignatureMethod
{
    /// <summary>The worker accepted it on the worker portal.</summary>
    Portal = 1,
    /// <summary>An officer recorded a signature on paper.</summary>
    Paper = 2,
}

/// <summary>One standards rule checked on a contract: passed or not, why (English template + values), the source, mandatory or advisory.</summary>
public sealed record ContractFinding(string RuleId, bool Passed, bool Mandatory, string Message, string[] Args, string Citation)
{
    public string Text => Args.Length == 0 ? Message : string.Format(CultureInfo.InvariantCulture, Message, Args);
}

/// <summary>
/// An employment contract as structured data (an e-contract) for one worker.
/// <code>
///   Draft ──Submit (check stored)──▶ Submitted ──Approve (no failing mandatory finding)──▶ Approved ──Sign──▶ Signed ──▶ Registered
///     ▲                                  │                                                    (a destination copy is registered)
///     └──── Change ◀── Returned ◀──Return┘
/// </code>
/// An amendment is a new version linked to the approved one and goes through the same steps; approving it supersedes
/// the version it amends. A destination copy is a new version recorded as Registered. Both are compared with the
/// version before them; a term worse for the worker opens a substitution case.
/// </summary>
public sealed class EmploymentContract : Entity
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private EmploymentContract() { }

    public EmploymentContract(Guid workerId, ContractParticulars p, DateTime now)
        : this(workerId, p, ContractKind.Original, null, 1, now) { }

    private EmploymentContract(Guid workerId, ContractParticulars p, ContractKind kind, EmploymentContract? previous, int versionNumber, DateTime now)
    {
        Number = previous?.Number ?? PublicNumber.New('K');
        WorkerId = workerId;
        Kind = kind;
        PreviousVersionId = previous?.Id;
        VersionNumber = versionNumber;
        Status = ContractStatus.Draft;
        DraftedAt = now;
        Apply(p);
    }

    /// <summary>K-########## with a check digit; the same on every version of one contract.</summary>
    public string Number { get; private set; } = "";
    public int VersionNumber { get; private set; }
    public ContractKind Kind { get; private set; }
    public Guid? PreviousVersionId { get; private set; }
    public Guid WorkerId { get; private set; }
    public ContractTemplate Template { get; private set; }
    public Guid? AgencyId { get; private set; }
    /// <summary>The national employer, when the job is in this country.</summary>
    public Guid? EmployerId { get; private set; }
    public string? ForeignEmployerName { get; private set; }
    public string? ForeignEmployerCountry { get; private set; }
    /// <summary>The foreign employer and job order records (kept as plain ids; their tables belong to licensing).</summary>
    public Guid? ForeignEmployerId { get; private set; }
    public Guid? JobOrderId { get; private set; }
    public string OccupationCode { get; private set; } = "";
    public string DestinationCountry { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public string TermsJson { get; private set; } = "{}";
    public ContractStatus Status { get; private set; }
    public DateTime DraftedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public int? PolicySetNumber { get; private set; }
    public string FindingsJson { get; private set; } = "[]";
    public string? ReviewedBy { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    /// <summary>The regulator's note: why it was returned, or a remark on approval.</summary>
    public string? ReviewNote { get; private set; }
    public DateTime? SignedAt { get; private set; }
    public SignatureMethod? SignatureMethod { get; private set; }
    public string? SignatureRecordedBy { get; private set; }
    public string? SignedLanguage { get; private set; }
    public DateTime? RegisteredAt { get; private set; }
    public string? RegisteredBy { get; private set; }
    /// <summary>On a destination copy or an amendment: whether a term is worse for the worker than the version before.</summary>
    public bool WorseThanPrevious { get; private set; }
    public Guid? SubstitutionCaseId { get; private set; }

    public ContractTerms Terms => ContractTerms.FromJson(TermsJson);
    public IReadOnlyList<ContractFinding> Findings => JsonSerializer.Deserialize<List<ContractFinding>>(FindingsJson, Json) ?? [];
    public bool HasFailingMandatoryFinding => Findings.Any(f => f.Mandatory && !f.Passed);
    public bool IsEditable => Status is ContractStatus.Draft or ContractStatus.Returned;

    public ContractParticulars Particulars => new(Template, AgencyId, EmployerId, ForeignEmployerName, ForeignEmployerCountry,
        ForeignEmployerId, JobOrderId, OccupationCode, DestinationCountry, StartDate, EndDate, Terms);

    /// <summary>Changes a draft or a returned contract; a returned one goes back to draft.</summary>
    public void Change(ContractParticulars p)
    {
        if (!IsEditable) throw new DomainException("Only a draft or a returned contract can be changed.");
        if (Kind == ContractKind.Amendment || Kind == ContractKind.DestinationCopy)
        {
            // A later version stays between the same worker and parties' agency; only terms and the job may change.
            p = p with { AgencyId = AgencyId };
        }
        Apply(p);
        Status = ContractStatus.Draft;
    }

    /// <summary>Stores the standards check and puts the contract in the regulator's queue.</summary>
    public void Submit(IReadOnlyList<ContractFinding> findings, int policySetNumber, DateTime now)
    {
        if (!IsEditable) throw new DomainException("Only a draft or a returned contract can be submitted.");
        if (findings.Count == 0) throw new DomainException("The standards check found nothing to check.");
        FindingsJson = JsonSerializer.Serialize(findings, Json);
        PolicySetNumber = policySetNumber;
        SubmittedAt = now;
        Status = ContractStatus.Submitted;
    }

    /// <summary>The regulator approves; only when no mandatory finding failed.</summary>
    public void Approve(string officer, string? note, DateTime now)
    {
        if (Status != ContractStatus.Submitted) throw new DomainException("Only a submitted contract can be approved.");
        if (HasFailingMandatoryFinding)
            throw new DomainException("A contract with a failing mandatory finding cannot be approved; return it to be fixed.");
        Status = ContractStatus.Approved;
        Reviewed(officer, note, now);
    }

    public void Return(string officer, string reason, DateTime now)
    {
        if (Status != ContractStatus.Submitted) throw new DomainException("Only a submitted contract can be returned.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say what must be fixed.", nameof(ReviewNote));
        Status = ContractStatus.Returned;
        Reviewed(officer, reason, now);
    }

    /// <summary>The worker accepts the approved contract in the language they read.</summary>
    public void Sign(SignatureMethod method, string recordedBy, string language, DateTime now)
    {
        if (Status != ContractStatus.Approved) throw new DomainException("Only an approved contract can be signed.");
        if (!Enum.IsDefined(method)) throw new DomainException("Say how the contract was signed.", nameof(SignatureMethod));
        Status = ContractStatus.Signed;
        SignatureMethod = method;
        SignatureRecordedBy = recordedBy;
        SignedLanguage = language;
        SignedAt = now;
    }

    /// <summary>
    /// Registers the contract as it stands at destination: a new version, recorded as Registered, linked to this
    /// signed one. The caller compares the two and opens a case when the copy is worse.
    /// </summary>
    public EmploymentContract RegisterDestinationCopy(ContractParticulars atDestination, string officer, DateTime now)
    {
        if (Status != ContractStatus.Signed) throw new DomainException("Only a signed contract can be registered at destination.");
        var copy = new EmploymentContract(WorkerId, atDestination with { AgencyId = AgencyId }, ContractKind.DestinationCopy, this, VersionNumber + 1, now)
        {
            Status = ContractStatus.Registered,
            RegisteredAt = now,
            RegisteredBy = officer,
        };
        Status = ContractStatus.Registered;
        RegisteredAt = now;
        RegisteredBy = officer;
        return copy;
    }

    /// <summary>Starts an amendment: a new draft version linked to this approved (or signed, or registered) one.</summary>
    public EmploymentContract Amend(ContractParticulars amended, DateTime now)
    {
        if (Status is not (ContractStatus.Approved or ContractStatus.Signed or ContractStatus.Registered))
            throw new DomainException("Only an approved, signed or registered contract can be amended.");
        return new EmploymentContract(WorkerId, amended with { AgencyId = AgencyId }, ContractKind.Amendment, this, VersionNumber + 1, now);
    }

    /// <summary>An approved amendment replaces the version it amends.</summary>
    public void SupersededBy(EmploymentContract amendment)
    {
        if (amendment.PreviousVersionId != Id || amendment.Status != ContractStatus.Approved)
            throw new DomainException("Only an approved amendment of this contract supersedes it.");
        Status = ContractStatus.Superseded;
    }

    /// <summary>Records the comparison with the version before; a case id when the change was worse for the worker.</summary>
    public void Compared(bool worse, Guid? caseId)
    {
        if (PreviousVersionId is null) throw new DomainException("An original contract has no version before it.");
        WorseThanPrevious = worse;
        SubstitutionCaseId = caseId;
    }

    private void Reviewed(string officer, string? note, DateTime now)
    {
        if (note is { Length: > 2000 }) throw new DomainException("At most 2000 characters.", nameof(ReviewNote));
        ReviewedBy = officer;
        ReviewedAt = now;
        ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    private void Apply(ContractParticulars p)
    {
        if (!Enum.IsDefined(p.Template)) throw new DomainException("Choose a model contract.", nameof(Template));
        if (string.IsNullOrWhiteSpace(p.OccupationCode) || p.OccupationCode.Trim().Length is < 1 or > 4)
            throw new DomainException("Choose an occupation (ISCO-08).", nameof(OccupationCode));
        if (string.IsNullOrWhiteSpace(p.DestinationCountry) || p.DestinationCountry.Trim().Length != 3)
            throw new DomainException("Choose the destination country.", nameof(DestinationCountry));
        if (p.EmployerId is null && string.IsNullOrWhiteSpace(p.ForeignEmployerName))
            throw new DomainException("Name the employer.", nameof(ForeignEmployerName));
        if (p.EmployerId is null && string.IsNullOrWhiteSpace(p.ForeignEmployerCountry))
            throw new DomainException("Give the foreign employer's country.", nameof(ForeignEmployerCountry));
        if (p.ForeignEmployerName is { Length: > 200 }) throw new DomainException("At most 200 characters.", nameof(ForeignEmployerName));
        if (p.EndDate is { } end && end <= p.StartDate) throw new DomainException("The end must be after the start.", nameof(EndDate));
        p.Terms.Validate();
        Template = p.Template;
        AgencyId = p.AgencyId;
        EmployerId = p.EmployerId;
        ForeignEmployerName = p.EmployerId is null ? p.ForeignEmployerName?.Trim() : null;
        ForeignEmployerCountry = p.EmployerId is null ? p.ForeignEmployerCountry?.Trim().ToUpperInvariant() : null;
        ForeignEmployerId = p.EmployerId is null ? p.ForeignEmployerId : null;
        JobOrderId = p.JobOrderId;
        OccupationCode = p.OccupationCode.Trim();
        DestinationCountry = p.DestinationCountry.Trim().ToUpperInvariant();
        StartDate = p.StartDate;
        EndDate = p.EndDate;
        TermsJson = (p.Terms with
        {
            EmployerAddress = p.Terms.EmployerAddress.Trim(),
            WorkplaceAddress = p.Terms.WorkplaceAddress.Trim(),
            JobDescription = p.Terms.JobDescription.Trim(),
            InsuranceCover = p.Terms.InsuranceCover.Trim(),
            TerminationTerms = p.Terms.TerminationTerms.Trim(),
            DisputeSettlement = p.Terms.DisputeSettlement.Trim(),
        }).ToJson();
    }
}
