using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Reference;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Contracts;

public sealed record ContractSummary(Guid Id, string Number, int VersionNumber, ContractKind Kind, ContractStatus Status, ContractTemplate Template,
    Guid WorkerId, string WorkerNumber, string WorkerName, string EmployerName, string OccupationCode, string DestinationCountry,
    DateOnly StartDate, bool WorseThanPrevious);

public sealed record ContractView(Guid Id, string Number, int VersionNumber, ContractKind Kind, ContractStatus Status, ContractTemplate Template,
    Guid WorkerId, string WorkerNumber, string WorkerName, string WorkerPreferredLanguage,
    Guid? AgencyId, string? AgencyName, Guid? EmployerId, string EmployerName, string? ForeignEmployerCountry, Guid? ForeignEmployerId, Guid? JobOrderId,
    string OccupationCode, string DestinationCountry, DateOnly StartDate, DateOnly? EndDate, ContractTerms Terms,
    DateTime DraftedAt, DateTime? SubmittedAt, int? PolicySetNumber, IReadOnlyList<ContractFinding> Findings, bool HasFailingMandatoryFinding,
    string? ReviewedBy, DateTime? ReviewedAt, string? ReviewNote, DateTime? SignedAt, SignatureMethod? SignatureMethod, string? SignatureRecordedBy,
    string? SignedLanguage, DateTime? RegisteredAt, string? RegisteredBy, Guid? PreviousVersionId, bool WorseThanPrevious, Guid? SubstitutionCaseId,
    string? SubstitutionCaseNumber, IReadOnlyList<ContractChange> ChangesFromPrevious, IReadOnlyList<ContractVersionLink> Versions, int Version,
    IReadOnlyList<Corridor.Web.Features.Shared.HistoryEntry> History);

public sealed record ContractVersionLink(Guid Id, int VersionNumber, ContractKind Kind, ContractStatus Status);

/// <summary>The result of a step that stores a contract: its id, status, version and (for a later version) the case a worse change opened.</summary>
public sealed record ContractStepResult(Guid Id, string Number, ContractStatus Status, int Version,
    IReadOnlyList<ContractFinding> Findings, IReadOnlyList<ContractChange> Changes, Guid? SubstitutionCaseId);

public sealed class DeductionLine
{
    [Display(Name = "Deduction")] public DeductionKind? Kind { get; set; }
    [Display(Name = "Amount")] public decimal? Amount { get; set; }
}

/// <summary>An e-contract as a form and as the API's body: every term of the model contracts.</summary>
public sealed class ContractForm
{
    [Display(Name = "Worker number")] public string? WorkerNumber { get; set; }
    [Display(Name = "Model contract")] public ContractTemplate? Template { get; set; }
    [Display(Name = "Foreign employer")] public string? ForeignEmployerName { get; set; }
    [Display(Name = "Foreign employer's country")] public string? ForeignEmployerCountry { get; set; }
    [Display(Name = "Foreign employer record")] public Guid? ForeignEmployerId { get; set; }
    [Display(Name = "Job order")] public Guid? JobOrderId { get; set; }
    [Display(Name = "Occupation")] public string? OccupationCode { get; set; }
    [Display(Name = "Destination country")] public string? DestinationCountry { get; set; }
    [Display(Name = "Start date")] public DateOnly? StartDate { get; set; }
    [Display(Name = "End date")] public DateOnly? EndDate { get; set; }
    [Display(Name = "Employer's address")] public string? EmployerAddress { get; set; }
    [Display(Name = "Workplace address")] public string? WorkplaceAddress { get; set; }
    [Display(Name = "Type of work")] public string? JobDescription { get; set; }
    [Display(Name = "Wage")] public decimal? Wage { get; set; }
    [Display(Name = "Currency (ISO 4217)")] public string? Currency { get; set; }
    [Display(Name = "Wage paid")] public WagePeriod? WagePeriod { get; set; }
    [Display(Name = "Accommodation")] public BenefitProvision? Accommodation { get; set; }
    [Display(Name = "Accommodation allowance")] public decimal? AccommodationAllowance { get; set; }
    [Display(Name = "Food")] public BenefitProvision? Food { get; set; }
    [Display(Name = "Food allowance")] public decimal? FoodAllowance { get; set; }
    [Display(Name = "Normal hours a day")] public decimal? HoursPerDay { get; set; }
    [Display(Name = "Normal hours a week")] public decimal? HoursPerWeek { get; set; }
    [Display(Name = "Daily rest (hours)")] public decimal? DailyRestHours { get; set; }
    [Display(Name = "Rest days a week")] public int? RestDaysPerWeek { get; set; }
    [Display(Name = "Consecutive weekly rest (hours)")] public int? WeeklyRestHours { get; set; }
    [Display(Name = "Paid annual leave (days)")] public int? PaidLeaveDays { get; set; }
    [Display(Name = "Overtime rate (% of the hourly wage)")] public int? OvertimeRatePercent { get; set; }
    [Display(Name = "Transport to the jobsite paid by")] public CostBearer? TransportToJobsite { get; set; }
    [Display(Name = "Return travel paid by")] public CostBearer? ReturnTravel { get; set; }
    [Display(Name = "Insurance by the employer")] public bool? InsuranceByEmployer { get; set; }
    [Display(Name = "Insurance cover")] public string? InsuranceCover { get; set; }
    [Display(Name = "Medical care by the employer")] public bool? MedicalCareByEmployer { get; set; }
    [Display(Name = "Probation (days)")] public int? ProbationDays { get; set; }
    [Display(Name = "Notice period (days)")] public int? NoticeDays { get; set; }
    [Display(Name = "Termination")] public string? TerminationTerms { get; set; }
    [Display(Name = "Dispute settlement")] public string? DisputeSettlement { get; set; }
    public List<DeductionLine>? Deductions { get; set; } = [];
    [Display(Name = "Language the worker reads")] public string? WorkerLanguage { get; set; }
    public int Version { get; set; }

    public static ContractForm From(EmploymentContract c, string workerNumber)
    {
        var t = c.Terms;
        return new ContractForm
        {
            WorkerNumber = workerNumber, Template = c.Template, ForeignEmployerName = c.ForeignEmployerName, ForeignEmployerCountry = c.ForeignEmployerCountry,
            ForeignEmployerId = c.ForeignEmployerId, JobOrderId = c.JobOrderId, OccupationCode = c.OccupationCode, DestinationCountry = c.DestinationCountry,
            StartDate = c.StartDate, EndDate = c.EndDate, EmployerAddress = t.EmployerAddress, WorkplaceAddress = t.WorkplaceAddress,
            JobDescription = t.JobDescription, Wage = t.Wage, Currency = t.Currency, WagePeriod = t.WagePeriod, Accommodation = t.Accommodation,
            AccommodationAllowance = t.AccommodationAllowance, Food = t.Food, FoodAllowance = t.FoodAllowance, HoursPerDay = t.HoursPerDay,
            HoursPerWeek = t.HoursPerWeek, DailyRestHours = t.DailyRestHours, RestDaysPerWeek = t.RestDaysPerWeek, WeeklyRestHours = t.WeeklyRestHours,
            PaidLeaveDays = t.PaidLeaveDays, OvertimeRatePercent = t.OvertimeRatePercent, TransportToJobsite = t.TransportToJobsite,
            ReturnTravel = t.ReturnTravel, InsuranceByEmployer = t.InsuranceByEmployer, InsuranceCover = t.InsuranceCover,
            MedicalCareByEmployer = t.MedicalCareByEmployer, ProbationDays = t.ProbationDays, NoticeDays = t.NoticeDays,
            TerminationTerms = t.TerminationTerms, DisputeSettlement = t.DisputeSettlement,
            Deductions = [.. t.Deductions.Select(d => new DeductionLine { Kind = d.Kind, Amount = d.Amount })],
            WorkerLanguage = t.WorkerLanguage, Version = c.Version,
        };
    }

    /// <summary>
    /// The particulars the form describes, or the field errors. Required here are the values the standards check cannot
    /// do without; an empty particular (an address, the termination terms) is kept and reported by the check instead.
    /// </summary>
    public Outcome<ContractParticulars> ToParticulars(Guid? agencyId, Guid? employerId, IStringLocalizer l)
    {
        var errors = new FieldErrors();
        void Need(object? value, string field, string message)
        {
            if (value is null || value is string s && string.IsNullOrWhiteSpace(s)) errors.Add(field, l[message]);
        }
        Need(Template, nameof(Template), "Choose a model contract.");
        if (!ReferenceData.IsIscoCode(OccupationCode))
            errors.Add(nameof(OccupationCode), l["Choose an occupation (ISCO-08)."]);
        if (!ReferenceData.IsCountry(DestinationCountry)) errors.Add(nameof(DestinationCountry), l["Choose the destination country."]);
        if (employerId is null)
        {
            Need(ForeignEmployerName, nameof(ForeignEmployerName), "Name the employer.");
            if (!ReferenceData.IsCountry(ForeignEmployerCountry)) errors.Add(nameof(ForeignEmployerCountry), l["Give the foreign employer's country."]);
        }
        Need(StartDate, nameof(StartDate), "Enter the start date.");
        Need(Wage, nameof(Wage), "The wage must be more than zero.");
        Need(Currency, nameof(Currency), "Give the currency as a three-letter ISO 4217 code.");
        Need(WagePeriod, nameof(WagePeriod), "Choose how often the wage is paid.");
        Need(Accommodation, nameof(Accommodation), "Say how accommodation is given.");
        Need(Food, nameof(Food), "Say how food is given.");
        Need(HoursPerDay, nameof(HoursPerDay), "Between 1 and 24 hours a day.");
        Need(HoursPerWeek, nameof(HoursPerWeek), "Between 1 and 168 hours a week.");
        Need(RestDaysPerWeek, nameof(RestDaysPerWeek), "Between 0 and 7 days.");
        Need(WeeklyRestHours, nameof(WeeklyRestHours), "Between 0 and 168 hours.");
        Need(PaidLeaveDays, nameof(PaidLeaveDays), "Between 0 and 366 days.");
        Need(OvertimeRatePercent, nameof(OvertimeRatePercent), "Between 0 and 1000 %.");
        Need(TransportToJobsite, nameof(TransportToJobsite), "Say who pays the transport to the jobsite.");
        Need(ReturnTravel, nameof(ReturnTravel), "Say who pays the return travel.");
        Need(WorkerLanguage, nameof(WorkerLanguage), "Give the language as a two-letter ISO 639-1 code.");
        Deductions ??= []; // an API body may send null
        for (var i = 0; i < Deductions.Count; i++)
        {
            var d = Deductions[i];
            if (d.Kind is null && d.Amount is null) continue;
            if (d.Kind is null || d.Amount is not > 0) errors.Add($"Deductions[{i}]", l["Each deduction needs a kind and an amount above zero."]);
        }
        if (errors.Any) return errors.ToFailure();

        var terms = new ContractTerms
        {
            EmployerAddress = EmployerAddress ?? "", WorkplaceAddress = WorkplaceAddress ?? "", JobDescription = JobDescription ?? "",
            Wage = Wage!.Value, Currency = Currency!.Trim().ToUpperInvariant(), WagePeriod = WagePeriod!.Value,
            Accommodation = Accommodation!.Value, AccommodationAllowance = AccommodationAllowance ?? 0, Food = Food!.Value, FoodAllowance = FoodAllowance ?? 0,
            HoursPerDay = HoursPerDay!.Value, HoursPerWeek = HoursPerWeek!.Value, DailyRestHours = DailyRestHours ?? 0, RestDaysPerWeek = RestDaysPerWeek!.Value,
            WeeklyRestHours = WeeklyRestHours!.Value, PaidLeaveDays = PaidLeaveDays!.Value, OvertimeRatePercent = OvertimeRatePercent!.Value,
            TransportToJobsite = TransportToJobsite!.Value, ReturnTravel = ReturnTravel!.Value, InsuranceByEmployer = InsuranceByEmployer ?? false,
            InsuranceCover = InsuranceCover ?? "", MedicalCareByEmployer = MedicalCareByEmployer ?? false, ProbationDays = ProbationDays ?? 0,
            NoticeDays = NoticeDays ?? 0, TerminationTerms = TerminationTerms ?? "", DisputeSettlement = DisputeSettlement ?? "",
            Deductions = [.. Deductions!.Where(d => d.Kind is not null).Select(d => new ContractDeduction(d.Kind!.Value, d.Amount!.Value))],
            WorkerLanguage = WorkerLanguage!.Trim().ToLowerInvariant(),
        };
        return new ContractParticulars(Template!.Value, agencyId, employerId,
            employerId is null ? ForeignEmployerName : null, employerId is null ? ForeignEmployerCountry?.Trim().ToUpperInvariant() : null,
            employerId is null ? ForeignEmployerId : null, JobOrderId, OccupationCode!.Trim(), DestinationCountry!.Trim().ToUpperInvariant(),
            StartDate!.Value, EndDate, terms);
    }
}

public sealed class ReviewContractForm
{
    [Display(Name = "Decision")] public ReviewAction? Action { get; set; }
    [Display(Name = "Note or what must be fixed")] public string? Note { get; set; }
    public int Version { get; set; }
}

public enum ReviewAction
{
    Approve = 1,
    Return = 2,
}

public sealed class SignContractForm
{
    /// <summary>Portal when the worker signs; an officer records a paper signature.</summary>
    [Display(Name = "Signature")] public SignatureMethod? Method { get; set; }
    public int Version { get; set; }
}

internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];
    public void Add(string field, string message) => (_errors.TryGetValue(field, out var l) ? l : _errors[field] = []).Add(message);
    public bool Any => _errors.Count > 0;
    public Failure ToFailure() => new(OutcomeStatus.Invalid, _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
}

/// <summary>
/// The standards check as the handlers run it: the policy in force today, the destination's minimum wage and
/// nationals' wage for the occupation in force today, and the languages the model contract is written in.
/// </summary>
public sealed class ContractChecker(CorridorDbContext db, PolicyBook book)
{
    public async Task<(IReadOnlyList<ContractFinding> Findings, int PolicySetNumber)?> CheckAsync(ContractParticulars p, CancellationToken ct)
    {
        var today = book.Today;
        var policy = await book.InForceAsync(today, ct);
        if (policy is null) return null;
        var rows = await db.WageBenchmarks.AsNoTracking()
            .Where(w => w.Country == p.DestinationCountry && (w.OccupationCode == null || w.OccupationCode == p.OccupationCode) && w.EffectiveFrom <= today)
            .ToListAsync(ct);
        var facts = new ContractCheckFacts(p, WageBenchmark.InForce(rows, p.DestinationCountry, null, today),
            WageBenchmark.InForce(rows, p.DestinationCountry, p.OccupationCode, today), ContractText.Languages);
        return (ContractStandards.Check(policy.Rules, facts), policy.Number);
    }
}

/// <summary>Who may do what to one contract: ownership on top of the role's permissions.</summary>
internal static class ContractAccess
{
    /// <summary>The drafting side: the agency that drafted it, or the national employer for its own contract.</summary>
    public static bool IsDrafter(this CurrentUser user, EmploymentContract c) =>
        user.Can(Permissions.ContractsDraft)
        && (user.AgencyId is { } a && c.AgencyId == a || user.EmployerId is { } e && c.EmployerId == e && c.AgencyId is null);

    /// <summary>
    /// Compares a later version with the one before it and, when a term is worse for the worker, opens a substitution
    /// case against the agency (and the national employer) with the field-by-field difference, in the caller's transaction.
    /// </summary>
    public static async Task<(IReadOnlyList<ContractChange> Changes, ViolationCase? Case)> CompareWithPreviousAsync(CorridorDbContext db,
        EmploymentContract later, DateTime now, CancellationToken ct)
    {
        var previous = await db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == later.PreviousVersionId, ct);
        var changes = ContractComparison.Compare(previous.Particulars, later.Particulars);
        var worse = changes.Any(c => c.Worse);
        ViolationCase? opened = null;
        if (worse && later.SubstitutionCaseId is null && (later.AgencyId is not null || later.EmployerId is not null))
        {
            var what = later.Kind == ContractKind.DestinationCopy ? "registered at destination" : "amended";
            opened = new ViolationCase(ViolationKind.ContractSubstitution, later.AgencyId, later.EmployerId, later.WorkerId,
                nameof(EmploymentContract), later.Id, "CONTRACT-SUBSTITUTION",
                $"Contract {later.Number} version {later.VersionNumber} ({what}) is worse for the worker than version {previous.VersionNumber}:\n"
                + ContractComparison.Describe(changes), now);
            while (await db.ViolationCases.AnyAsync(v => v.Number == opened.Number, ct))
                opened = new ViolationCase(ViolationKind.ContractSubstitution, later.AgencyId, later.EmployerId, later.WorkerId,
                    nameof(EmploymentContract), later.Id, "CONTRACT-SUBSTITUTION", opened.Finding, now);
            db.ViolationCases.Add(opened);
            db.RecordAction("violation-case.opened", nameof(ViolationCase), opened.Id,
                new { kind = opened.Kind.ToString(), contract = later.Id, number = later.Number, fields = changes.Where(c => c.Worse).Select(c => c.Field) });
        }
        later.Compared(worse, opened?.Id ?? later.SubstitutionCaseId);
        return (changes, opened);
    }

    public static Failure Invalid(DomainException e, IStringLocalizer l) => Failure.Invalid(e.Field ?? "", l[e.Message]);
}

internal static class ContractQueries
{
    public static IQueryable<ContractSummary> Summaries(this IQueryable<EmploymentContract> q, CorridorDbContext db) =>
        from c in q
        join w in db.MigrantWorkers on c.WorkerId equals w.Id
        join e in db.Employers on c.EmployerId equals e.Id into es
        from e in es.DefaultIfEmpty()
        select new ContractSummary(c.Id, c.Number, c.VersionNumber, c.Kind, c.Status, c.Template, w.Id, w.WorkerNumber,
            w.GivenName + " " + w.FamilyName, e != null ? e.Name : c.ForeignEmployerName ?? "", c.OccupationCode, c.DestinationCountry,
            c.StartDate, c.WorseThanPrevious);
}
