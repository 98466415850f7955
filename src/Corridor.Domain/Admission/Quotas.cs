using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Admission;

/// <summary>
/// The national annual quota of foreign workers for one ISIC section (Korea EPS style). A share is held
/// back as a flexible reserve; the rest is released in rounds. <see cref="Allocated"/> only ever changes
/// through one atomic conditional update in the database (allocated + n ≤ total), never read-then-write.
/// </summary>
public sealed class NationalQuota : Entity
{
    private NationalQuota() { }

    public NationalQuota(int year, string isicSection, int total, int reserve, int policySetNumber)
    {
        if (year is < 2000 or > 2100) throw new DomainException("Give a year between 2000 and 2100.", nameof(Year));
        if (string.IsNullOrWhiteSpace(isicSection) || isicSection.Trim().Length != 1)
            throw new DomainException("Choose an ISIC section.", nameof(IsicSection));
        if (total < 1) throw new DomainException("The quota must be at least 1.", nameof(Total));
        if (reserve < 0 || reserve > total) throw new DomainException("The reserve must be between 0 and the quota.", nameof(Reserve));
        Year = year;
        IsicSection = isicSection.Trim().ToUpperInvariant();
        Total = total;
        Reserve = reserve;
        PolicySetNumber = policySetNumber;
    }

    /// <summary>The reserve the policy set prescribes (QUOTA-RESERVE), rounded down to whole workers.</summary>
    public static int ReserveFor(int total, PolicyRules rules) =>
        (int)decimal.Floor(total * rules.Get("QUOTA-RESERVE", "reservePercent") / 100m);

    public int Year { get; private set; }
    public string IsicSection { get; private set; } = "";
    public int Total { get; private set; }
    /// <summary>Held back from the ordinary rounds; released only by a round marked as drawing on the reserve.</summary>
    public int Reserve { get; private set; }
    public int Allocated { get; private set; }
    public int PolicySetNumber { get; private set; }
    public int Remaining => Total - Allocated;
}

public enum QuotaRoundStatus
{
    /// <summary>Employers may request workers.</summary>
    Open = 1,
    /// <summary>No more requests; waiting for allocation.</summary>
    Closed = 2,
    /// <summary>The released slots were allocated by ranking.</summary>
    Allocated = 3,
}

/// <summary>A release of part of a national quota, open to requests between two dates.</summary>
public sealed class QuotaRound : Entity
{
    private QuotaRound() { }

    public QuotaRound(Guid quotaId, int number, int released, DateOnly opensOn, DateOnly closesOn, bool fromReserve)
    {
        if (released < 1) throw new DomainException("Release at least 1 slot.", nameof(Released));
        if (closesOn < opensOn) throw new DomainException("A round cannot close before it opens.", nameof(ClosesOn));
        QuotaId = quotaId;
        Number = number;
        Released = released;
        OpensOn = opensOn;
        ClosesOn = closesOn;
        FromReserve = fromReserve;
        Status = QuotaRoundStatus.Open;
    }

    public Guid QuotaId { get; private set; }
    public int Number { get; private set; }
    public int Released { get; private set; }
    public bool FromReserve { get; private set; }
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }
    public QuotaRoundStatus Status { get; private set; }
    /// <summary>Slots granted in this round (set by the allocation's atomic update).</summary>
    public int Allocated { get; private set; }

    public bool AcceptsRequestsOn(DateOnly day) => Status == QuotaRoundStatus.Open && OpensOn <= day && day <= ClosesOn;
}

public enum QuotaRequestStatus
{
    Requested = 1,
    Granted = 2,
    PartlyGranted = 3,
    Refused = 4,
}

/// <summary>An employer's request for workers in one round, with its ceiling decision and its ranking points.</summary>
public sealed class QuotaRequest : Entity
{
    private static readonly JsonSerializerOptions Json = new();

    public const string OverCeilingNote = "Over the firm's ceiling.";
    public const string NoQuotaLeft = "No quota left in this round.";

    private QuotaRequest() { }

    public QuotaRequest(Guid roundId, Guid employerId, int requested, string? originCountry, bool housing, bool training, bool safety,
        DateTime requestedAt)
    {
        if (requested < 1) throw new DomainException("Request at least 1 worker.", nameof(Requested));
        RoundId = roundId;
        EmployerId = employerId;
        Requested = requested;
        OriginCountry = string.IsNullOrWhiteSpace(originCountry) ? null : originCountry.Trim().ToUpperInvariant();
        Housing = housing;
        Training = training;
        Safety = safety;
        RequestedAt = requestedAt;
        Status = QuotaRequestStatus.Requested;
    }

    public Guid RoundId { get; private set; }
    public Guid EmployerId { get; private set; }
    public int Requested { get; private set; }
    public int Granted { get; private set; }
    /// <summary>ISO 3166 alpha-3 of the workers sought, when the employer names one (for the origin sub-ceiling).</summary>
    public string? OriginCountry { get; private set; }
    public bool Housing { get; private set; }
    public bool Training { get; private set; }
    public bool Safety { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public QuotaRequestStatus Status { get; private set; }
    public int Points { get; private set; }
    public string PointsJson { get; private set; } = "[]";
    public Guid? DecisionId { get; private set; }
    /// <summary>Refused at request time by the firm ceiling: it never competes in the ranking.</summary>
    public bool OverCeiling { get; private set; }
    /// <summary>Why nothing (or less) was granted: a fixed English text the page translates.</summary>
    public string? Note { get; private set; }

    public IReadOnlyList<PointItem> Breakdown => JsonSerializer.Deserialize<List<PointItem>>(PointsJson, Json) ?? [];

    public void Score(RankingScore score)
    {
        Points = score.Total;
        PointsJson = JsonSerializer.Serialize(score.Items, Json);
    }

    /// <summary>The firm-ceiling decision taken at request time; a refused one ends the request.</summary>
    public void Decided(AdmissionDecision decision)
    {
        DecisionId = decision.Id;
        if (decision.Outcome == DecisionOutcome.Refused)
        {
            OverCeiling = true;
            Status = QuotaRequestStatus.Refused;
            Note = OverCeilingNote;
        }
    }

    public void Grant(int slots, string? note = null)
    {
        if (Status != QuotaRequestStatus.Requested) throw new DomainException("This request was already decided.");
        if (slots < 0 || slots > Requested) throw new DomainException("Cannot grant more than was requested.");
        Granted = slots;
        Status = slots == Requested ? QuotaRequestStatus.Granted : slots == 0 ? QuotaRequestStatus.Refused : QuotaRequestStatus.PartlyGranted;
        Note = note;
    }
}

/// <summary>One line of an employer's points: what it is for (catalogue parameter key), how many times, and the points.</summary>
public sealed record PointItem(string Key, int Count, int Points);

public sealed record RankingScore(int Total, IReadOnlyList<PointItem> Items);

/// <summary>
/// The RANK-POINTS rule: bonuses declared with the request minus penalties for each fatal accident,
/// finding of abuse and wage arrears that is still open on the day or opened within the look-back period.
/// </summary>
public static class Ranking
{
    public const string RuleId = "RANK-POINTS";

    public static RankingScore Score(PolicyRules rules, bool housing, bool training, bool safety, IEnumerable<EmployerFlag> flags, DateOnly day)
    {
        var items = new List<PointItem>();
        void Add(string key, int count)
        {
            if (count > 0) items.Add(new PointItem(key, count, count * rules.GetInt(RuleId, key)));
        }
        Add("housing", housing ? 1 : 0);
        Add("training", training ? 1 : 0);
        Add("safety", safety ? 1 : 0);
        var since = day.AddMonths(-rules.GetInt(RuleId, "lookbackMonths"));
        var counted = flags.Where(f => f.OpenedOn <= day && (f.IsOpenOn(day) || f.OpenedOn > since)).ToList();
        Add("fatalAccident", counted.Count(f => f.Kind == EmployerFlagKind.FatalAccident));
        Add("abuse", counted.Count(f => f.Kind == EmployerFlagKind.Abuse));
        Add("wageArrears", counted.Count(f => f.Kind == EmployerFlagKind.WageArrears));
        return new RankingScore(items.Sum(i => i.Points), items);
    }

    /// <summary>Highest points first; ties go to the earlier request, then to the smaller id, so the order never depends on the database.</summary>
    public static IReadOnlyList<QuotaRequest> Order(IEnumerable<QuotaRequest> requests) =>
        [.. requests.OrderByDescending(r => r.Points).ThenBy(r => r.RequestedAt).ThenBy(r => r.Id)];
}

/// <summary>Which firm ceiling a sector falls under.</summary>
public enum CeilingKind
{
    /// <summary>Agriculture (A), mining (B), utilities (D, E): no firm ceiling; the national quota still applies.</summary>
    None = 0,
    Manufacturing = 1,
    Construction = 2,
    Services = 3,
}

/// <summary>What the firm ceiling needs to know about an employer and a request.</summary>
public sealed record FirmWorkforce(string IsicSection, int NationalEmployees, int ForeignWorkers,
    IReadOnlyDictionary<string, int> ForeignByOrigin, int Requested, string? OriginCountry);

/// <summary>
/// The firm-level ceiling (Singapore MOM style): foreign workers after the request, as a share of the
/// whole workforce (nationals + foreign), or as a ratio to nationals in construction; optionally a
/// sub-ceiling per origin country. Integer and decimal arithmetic only, so "exactly at" is exact.
/// </summary>
public static class FirmCeiling
{
    public static CeilingKind KindOf(string isicSection) => isicSection.Trim().ToUpperInvariant() switch
    {
        "C" => CeilingKind.Manufacturing,
        "F" => CeilingKind.Construction,
        [var c] when c is >= 'G' and <= 'U' => CeilingKind.Services,
        _ => CeilingKind.None,
    };

    public static RuleChecks Check(RuleChecks checks, FirmWorkforce firm)
    {
        var foreignAfter = firm.ForeignWorkers + firm.Requested;
        var totalAfter = firm.NationalEmployees + foreignAfter;
        switch (KindOf(firm.IsicSection))
        {
            case CeilingKind.Services:
                Share(checks, "CEIL-SERVICES", foreignAfter, totalAfter);
                break;
            case CeilingKind.Manufacturing:
                Share(checks, "CEIL-MANUFACTURING", foreignAfter, totalAfter);
                break;
            case CeilingKind.Construction:
            {
                var perForeign = checks.Rules.Get("CEIL-CONSTRUCTION", "nationalsPerForeignWorker");
                var allowed = (int)decimal.Floor(firm.NationalEmployees / perForeign);
                checks.Check("CEIL-CONSTRUCTION", foreignAfter * perForeign <= firm.NationalEmployees,
                    "{0} foreign workers after this request; {1} national employees allow at most {2} (one per {3} nationals).",
                    foreignAfter, firm.NationalEmployees, allowed, perForeign.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
                break;
            }
        }

        var originMax = checks.Rules.Get("CEIL-ORIGIN", "maxSharePerOriginPercent");
        if (firm.OriginCountry is null || originMax >= 100)
        {
            checks.Check("CEIL-ORIGIN", true, "No sub-ceiling per origin country applies.");
        }
        else
        {
            var fromOrigin = firm.ForeignByOrigin.GetValueOrDefault(firm.OriginCountry) + firm.Requested;
            checks.Check("CEIL-ORIGIN", fromOrigin * 100m <= originMax * totalAfter,
                "{0} workers from {1} of {2} in all after this request; at most {3} % may come from one country.",
                fromOrigin, firm.OriginCountry, totalAfter, Percent(originMax));
        }
        return checks;
    }

    private static void Share(RuleChecks checks, string ruleId, int foreignAfter, int totalAfter)
    {
        var max = checks.Rules.Get(ruleId, "maxForeignSharePercent");
        checks.Check(ruleId, foreignAfter * 100m <= max * totalAfter,
            "{0} foreign workers of {1} in all after this request; at most {2} % may be foreign.",
            foreignAfter, totalAfter, Percent(max));
    }

    private static string Percent(decimal p) => p.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
