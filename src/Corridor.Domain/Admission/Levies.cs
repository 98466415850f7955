using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Admission;

/// <summary>ISCO-08 skill levels 3–4 are higher-skilled; 1–2 (or unknown) basic-skilled, which pays the higher levy.</summary>
public enum LevySkill
{
    Higher = 1,
    Basic = 2,
}

/// <summary>One line of a levy statement: how many workers of one skill band, at what monthly rate.</summary>
public sealed record LevyLine(LevySkill Skill, int Workers, decimal Rate, decimal Amount);

/// <summary>What the levy of one employer for one month comes to, with how it was reached.</summary>
public sealed record LevyAssessment(string RuleId, int Tier, int NationalEmployees, int ForeignWorkers, decimal ForeignSharePercent,
    IReadOnlyList<LevyLine> Lines, decimal Total);

/// <summary>
/// The LEVY-* rules (Singapore MOM style): a monthly levy per foreign worker by the firm's sector, the
/// worker's skill level and the tier of the firm's foreign share = foreign / (nationals + foreign).
/// A share exactly at a tier's upper bound stays in that tier. Decimal arithmetic only.
/// </summary>
public static class LevyCalculator
{
    /// <summary>The levy rule of a sector; null where no levy applies (agriculture, mining, utilities: no firm ceiling either).</summary>
    public static string? RuleFor(CeilingKind kind) => kind switch
    {
        CeilingKind.Services => "LEVY-SERVICES",
        CeilingKind.Manufacturing => "LEVY-MANUFACTURING",
        CeilingKind.Construction => "LEVY-CONSTRUCTION",
        _ => null,
    };

    /// <summary>Unknown occupations count as basic-skilled: the statement errs towards the published higher rate, never towards none.</summary>
    public static LevySkill SkillOf(int? iscoSkillLevel) => iscoSkillLevel is 3 or 4 ? LevySkill.Higher : LevySkill.Basic;

    public static int TierOf(PolicyRules rules, string ruleId, int nationalEmployees, int foreignWorkers)
    {
        var total = nationalEmployees + foreignWorkers;
        if (total == 0) return 1;
        var foreign100 = foreignWorkers * 100m;
        if (foreign100 <= rules.Get(ruleId, "tier1UpToPercent") * total) return 1;
        if (foreign100 <= rules.Get(ruleId, "tier2UpToPercent") * total) return 2;
        return 3;
    }

    public static decimal Rate(PolicyRules rules, string ruleId, int tier, LevySkill skill) =>
        rules.Get(ruleId, $"tier{tier}{(skill == LevySkill.Higher ? "HigherSkilled" : "BasicSkilled")}");

    /// <summary>The levy of one month; null when the sector pays none. Skill levels are ISCO levels 1–4 (null if unknown), one per foreign worker.</summary>
    public static LevyAssessment? Assess(PolicyRules rules, CeilingKind kind, int nationalEmployees, IReadOnlyCollection<int?> foreignSkillLevels)
    {
        if (RuleFor(kind) is not { } ruleId) return null;
        if (nationalEmployees < 0) throw new DomainException("National employees cannot be negative.");
        var foreign = foreignSkillLevels.Count;
        var tier = TierOf(rules, ruleId, nationalEmployees, foreign);
        var lines = foreignSkillLevels.GroupBy(SkillOf).OrderBy(g => g.Key)
            .Select(g =>
            {
                var rate = Rate(rules, ruleId, tier, g.Key);
                return new LevyLine(g.Key, g.Count(), rate, rate * g.Count());
            }).ToList();
        var share = nationalEmployees + foreign == 0 ? 0 : decimal.Round(foreign * 100m / (nationalEmployees + foreign), 2);
        return new LevyAssessment(ruleId, tier, nationalEmployees, foreign, share, lines, lines.Sum(l => l.Amount));
    }
}

public enum LevyStatementStatus
{
    Open = 1,
    PartlyPaid = 2,
    Paid = 3,
}

/// <summary>
/// An employer's levy for one month, as computed with the policy set in force on the month's first day.
/// Due at the end of the following month; in arrears once not paid in full more than LEVY-GRACE days
/// after that. One statement per employer and month (unique index), so the monthly run is idempotent.
/// </summary>
public sealed class LevyStatement : Entity
{
    private static readonly JsonSerializerOptions Json = new();

    private LevyStatement() { }

    public LevyStatement(Guid employerId, DateOnly period, LevyAssessment assessment, int policySetNumber, DateTime issuedAt)
    {
        if (period.Day != 1) throw new DomainException("A levy period is a month, given by its first day.", nameof(Period));
        if (assessment.ForeignWorkers < 1) throw new DomainException("A levy statement needs at least one foreign worker.");
        EmployerId = employerId;
        Period = period;
        RuleId = assessment.RuleId;
        Tier = assessment.Tier;
        NationalEmployees = assessment.NationalEmployees;
        ForeignWorkers = assessment.ForeignWorkers;
        ForeignSharePercent = assessment.ForeignSharePercent;
        LinesJson = JsonSerializer.Serialize(assessment.Lines, Json);
        Total = assessment.Total;
        DueOn = DueOnFor(period);
        PolicySetNumber = policySetNumber;
        IssuedAt = issuedAt;
        Status = Total == 0 ? LevyStatementStatus.Paid : LevyStatementStatus.Open;
    }

    /// <summary>The last day of the month after the period.</summary>
    public static DateOnly DueOnFor(DateOnly period) => new DateOnly(period.Year, period.Month, 1).AddMonths(2).AddDays(-1);

    public Guid EmployerId { get; private set; }
    /// <summary>The month levied, as its first day.</summary>
    public DateOnly Period { get; private set; }
    public string RuleId { get; private set; } = "";
    public int Tier { get; private set; }
    public int NationalEmployees { get; private set; }
    public int ForeignWorkers { get; private set; }
    public decimal ForeignSharePercent { get; private set; }
    public string LinesJson { get; private set; } = "[]";
    public decimal Total { get; private set; }
    public decimal AmountPaid { get; private set; }
    public DateOnly DueOn { get; private set; }
    public int PolicySetNumber { get; private set; }
    public DateTime IssuedAt { get; private set; }
    public LevyStatementStatus Status { get; private set; }

    public IReadOnlyList<LevyLine> Lines => JsonSerializer.Deserialize<List<LevyLine>>(LinesJson, Json) ?? [];
    public decimal Balance => Total - AmountPaid;

    /// <summary>Not paid in full, counting payments made by <paramref name="day"/>, more than <paramref name="graceDays"/> after the due date.</summary>
    public bool InArrearsOn(DateOnly day, int graceDays, decimal paidByDay) => paidByDay < Total && day > DueOn.AddDays(graceDays);

    public bool InArrearsOn(DateOnly day, int graceDays) => InArrearsOn(day, graceDays, AmountPaid);

    /// <summary>Records a payment; more than the balance is refused, so a statement is never overpaid.</summary>
    public LevyPayment Pay(decimal amount, DateOnly paidOn, string? reference, string recordedBy)
    {
        if (amount <= 0) throw new DomainException("The amount must be more than zero.", "Amount");
        if (decimal.Round(amount, 2) != amount) throw new DomainException("Give the amount to at most two decimal places.", "Amount");
        if (amount > Balance) throw new DomainException("The payment is more than the balance due.", "Amount");
        if (paidOn < Period) throw new DomainException("A payment cannot precede the month levied.", "PaidOn");
        AmountPaid += amount;
        Status = AmountPaid == Total ? LevyStatementStatus.Paid : LevyStatementStatus.PartlyPaid;
        return new LevyPayment(Id, amount, paidOn, reference, recordedBy);
    }
}

/// <summary>A payment against a levy statement, as recorded by the fund.</summary>
public sealed class LevyPayment : Entity
{
    private LevyPayment() { }

    internal LevyPayment(Guid statementId, decimal amount, DateOnly paidOn, string? reference, string recordedBy)
    {
        StatementId = statementId;
        Amount = amount;
        PaidOn = paidOn;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        RecordedByName = recordedBy;
    }

    public Guid StatementId { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public string? Reference { get; private set; }
    public string RecordedByName { get; private set; } = "";
}
