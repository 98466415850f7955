using Corridor.Domain.Admission;
using Corridor.Domain.Common;

namespace Corridor.Domain.Statistics;

public sealed record WorkerFact(Guid Id, Sex Sex, DateOnly DateOfBirth, string Citizenship, string OccupationCode);
public sealed record EmployerFact(Guid Id, string IsicSection, string Region);
public sealed record PermitFact(Guid Id, Guid WorkerId, Guid EmployerId, string OccupationCode, PermitStatus Status,
    DateOnly? IssuedOn, DateOnly? ActivatedOn, DateOnly ValidUntil, DateOnly? EndedOn, DateOnly? SeekingEnds, Guid? ContinuesPermitId);
public sealed record RefusalFact(Guid WorkerId, Guid EmployerId, string OccupationCode, DateOnly DecidedOn, IReadOnlyList<string> FailedRules);
public sealed record VacancyFact(string IsicSection, string Region, string OccupationCode, int Posts, DateOnly AdvertisingFrom,
    DateOnly? OutcomeRecordedOn, int Referrals, int Hires, DateOnly? CertificateIssuedOn, int? CertifiedPosts);
public sealed record ComplaintFact(Guid? WorkerId, Guid? EmployerId, DateOnly SubmittedOn, IReadOnlyList<string> Categories);
public readonly record struct PayrollFact(Guid WorkerId, Guid EmployerId, string OccupationCode, DateOnly Month, bool Compliant);
/// <summary>A national's contract abroad (origin side): deployment at its start, return at its end.</summary>
public sealed record ContractAbroadFact(Guid WorkerId, string DestinationCountry, string OccupationCode, DateOnly StartDate, DateOnly? EndDate);

/// <summary>
/// Computes the analytics table from the operational records, streaming: workers and employers are held as
/// small lookups, events are added one by one into yearly, quarterly and monthly cells, and the stock and
/// flows are computed from the permits at the end. Pure (no database), so every indicator can be checked by hand.
/// </summary>
public sealed class StatisticsCalculator(DateOnly today)
{
    private readonly record struct Key(string Indicator, Period Period, string Region, string Sex, string Age, string Citizenship,
        string Isco, string Isic, string Category);

    private readonly Dictionary<Guid, WorkerFact> _workers = [];
    private readonly Dictionary<Guid, EmployerFact> _employers = [];
    private readonly Dictionary<Guid, List<PermitFact>> _permitsByWorker = [];
    private readonly HashSet<Guid> _continued = [];
    private readonly Dictionary<Key, long> _cells = [];

    public DateOnly Today { get; } = today;

    public void AddWorker(WorkerFact w) => _workers[w.Id] = w;
    public void AddEmployer(EmployerFact e) => _employers[e.Id] = e;

    public void AddPermit(PermitFact p)
    {
        if (!_permitsByWorker.TryGetValue(p.WorkerId, out var list)) _permitsByWorker[p.WorkerId] = list = [];
        list.Add(p);
        if (p.ContinuesPermitId is { } c) _continued.Add(c);
    }

    public void AddRefusal(RefusalFact r)
    {
        if (r.DecidedOn > Today) return;
        AddEvent(Indicators.PermitsRefused, r.DecidedOn, r.WorkerId, r.EmployerId, r.OccupationCode, Dimensions.NotApplicable, 1);
        foreach (var rule in r.FailedRules.Count == 0 ? ["OFFICER"] : r.FailedRules.Distinct())
            AddEvent(Indicators.PermitsRefusedByRule, r.DecidedOn, r.WorkerId, r.EmployerId, r.OccupationCode, rule, 1);
    }

    public void AddVacancy(VacancyFact v)
    {
        var isco = Dimensions.IscoMajor(v.OccupationCode);
        var region = Known(v.Region);
        var isic = Known(v.IsicSection);
        void Add(string indicator, DateOnly day, string category, long value)
        {
            if (day > Today || value == 0) return;
            foreach (var period in PeriodsOf(day))
                Increment(new Key(indicator, period, region, Dimensions.NotApplicable, Dimensions.NotApplicable, Dimensions.NotApplicable, isco, isic, category), value);
        }
        Add(Indicators.VacancyPosts, v.AdvertisingFrom, Dimensions.NotApplicable, v.Posts);
        if (v.CertificateIssuedOn is { } certified) Add(Indicators.LabourMarketTest, certified, "CERTIFIED_POSTS", v.CertifiedPosts ?? 0);
        if (v.OutcomeRecordedOn is { } outcome)
        {
            Add(Indicators.LabourMarketTest, outcome, "NATIONALS_REFERRED", v.Referrals);
            Add(Indicators.LabourMarketTest, outcome, "NATIONALS_HIRED", v.Hires);
        }
    }

    public void AddComplaint(ComplaintFact c)
    {
        if (c.SubmittedOn > Today) return;
        foreach (var category in c.Categories.Distinct())
            AddEvent(Indicators.Complaints, c.SubmittedOn, c.WorkerId, c.EmployerId, null, category, 1);
    }

    public void AddPayroll(PayrollFact p)
    {
        if (p.Month > Today) return;
        AddEvent(Indicators.WageProtection, p.Month, p.WorkerId, p.EmployerId, p.OccupationCode, p.Compliant ? "COMPLIANT" : "NOT_COMPLIANT", 1);
    }

    public void AddContractAbroad(ContractAbroadFact c)
    {
        var destination = Known(c.DestinationCountry);
        if (c.StartDate <= Today) AddEvent(Indicators.Emigrants, c.StartDate, c.WorkerId, null, c.OccupationCode, destination, 1, regionless: true);
        if (c.EndDate is { } end && end < Today) AddEvent(Indicators.Returns, end, c.WorkerId, null, c.OccupationCode, destination, 1, regionless: true);
    }

    /// <summary>The last day a permit let the worker stay: its end, the end of a job search, or the day before it was ended.</summary>
    public static DateOnly LastDayInForce(PermitFact p)
    {
        var last = p.ValidUntil;
        if (p.SeekingEnds is { } s && s < last) last = s;
        if (p.EndedOn is { } e && e.AddDays(-1) < last) last = e.AddDays(-1);
        return last;
    }

    /// <summary>Flows and stock from the permits, then every cell; call once after adding everything.</summary>
    public IEnumerable<StatisticsValue> Results()
    {
        DateOnly? first = null;
        foreach (var (_, permits) in _permitsByWorker)
        {
            foreach (var p in permits)
            {
                if (p.IssuedOn is { } issued && issued <= Today)
                    AddEvent(Indicators.PermitsIssued, issued, p.WorkerId, p.EmployerId, p.OccupationCode, Dimensions.NotApplicable, 1);
                if (p.Status == PermitStatus.Transferred && p.EndedOn is { } moved && moved <= Today)
                    AddEvent(Indicators.PermitsTransferred, moved, p.WorkerId, p.EmployerId, p.OccupationCode, Dimensions.NotApplicable, 1);
                if (p.ActivatedOn is not { } arrived || arrived > Today) continue;
                if (first is null || arrived < first) first = arrived;
                if (p.ContinuesPermitId is null)
                    AddEvent(Indicators.Inflow, arrived, p.WorkerId, p.EmployerId, p.OccupationCode, Dimensions.NotApplicable, 1);
                var left = LastDayInForce(p).AddDays(1);
                if (left <= Today && !_continued.Contains(p.Id) && p.Status != PermitStatus.Transferred)
                    AddEvent(Indicators.Outflow, left, p.WorkerId, p.EmployerId, p.OccupationCode, Dimensions.NotApplicable, 1);
            }
        }
        if (first is { } from)
        {
            foreach (var period in Period.Covering(from, Today))
            {
                var day = period.End < Today ? period.End : Today;
                foreach (var (workerId, permits) in _permitsByWorker)
                {
                    PermitFact? inForce = null;
                    foreach (var p in permits)
                        if (p.ActivatedOn is { } a && a <= day && day <= LastDayInForce(p) && (inForce is null || a > inForce.ActivatedOn))
                            inForce = p;
                    if (inForce is null) continue;
                    Increment(KeyFor(Indicators.Stock, period, day, workerId, inForce.EmployerId, inForce.OccupationCode, Dimensions.NotApplicable, false), 1);
                }
            }
        }
        foreach (var (k, value) in _cells)
        {
            yield return new StatisticsValue
            {
                Indicator = k.Indicator,
                Period = k.Period.Code,
                PeriodType = k.Period.Type,
                PeriodStart = k.Period.Start,
                PeriodEnd = k.Period.End,
                Region = k.Region,
                Sex = k.Sex,
                AgeGroup = k.Age,
                Citizenship = k.Citizenship,
                Isco = k.Isco,
                SkillLevel = k.Isco is Dimensions.NotApplicable or Dimensions.Unknown ? k.Isco : Dimensions.SkillLevel(k.Isco),
                Isic = k.Isic,
                Category = k.Category,
                Value = value,
            };
        }
    }

    private void AddEvent(string indicator, DateOnly day, Guid? workerId, Guid? employerId, string? occupationCode, string category, long value,
        bool regionless = false)
    {
        foreach (var period in PeriodsOf(day))
            Increment(KeyFor(indicator, period, day, workerId, employerId, occupationCode, category, regionless), value);
    }

    private Key KeyFor(string indicator, Period period, DateOnly day, Guid? workerId, Guid? employerId, string? occupationCode, string category,
        bool regionless)
    {
        var worker = workerId is { } w && _workers.TryGetValue(w, out var wf) ? wf : null;
        var employer = employerId is { } e && _employers.TryGetValue(e, out var ef) ? ef : null;
        var occupation = occupationCode ?? worker?.OccupationCode;
        return new Key(indicator, period,
            regionless ? Dimensions.NotApplicable : employer is null ? Dimensions.Unknown : Known(employer.Region),
            worker is null ? Dimensions.Unknown : Dimensions.SexCode(worker.Sex),
            worker is null ? Dimensions.Unknown : Dimensions.AgeGroup(worker.DateOfBirth, day),
            worker is null ? Dimensions.Unknown : Known(worker.Citizenship),
            Dimensions.IscoMajor(occupation),
            regionless ? Dimensions.NotApplicable : employer is null ? Dimensions.Unknown : Known(employer.IsicSection),
            category);
    }

    private static string Known(string? code) => string.IsNullOrWhiteSpace(code) ? Dimensions.Unknown : code.Trim();

    private static Period[] PeriodsOf(DateOnly day) => [Period.OfYear(day.Year), Period.QuarterOf(day), Period.MonthOf(day)];

    private void Increment(Key key, long value)
    {
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_cells, key, out _) += value;
    }
}
