using System.Globalization;
using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Admission;

/// <summary>
/// One rule checked in a decision: whether it passed, why (an English template with its arguments, so
/// the applicant can read it in their language), and the source the rule rests on in that policy version.
/// </summary>
public sealed record RuleResult(string RuleId, bool Passed, string Message, string[] Args, string Citation)
{
    public string Text => Args.Length == 0 ? Message : string.Format(CultureInfo.InvariantCulture, Message, Args);
}

public enum DecisionOutcome
{
    /// <summary>Every rule passed and policy lets the system decide.</summary>
    Approved = 1,
    /// <summary>A rule failed; the results say which and why.</summary>
    Refused = 2,
    /// <summary>The rules could not decide alone: an officer decides.</summary>
    Referred = 3,
}

/// <summary>
/// An automated decision as it was taken (DESIGN §2.1): the policy version, the inputs, one result per
/// rule. It is written once and never changed, so a later policy never rewrites a past decision.
/// </summary>
public sealed class AdmissionDecision : Entity
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private AdmissionDecision() { }

    public AdmissionDecision(string subject, Guid subjectId, int policySetNumber, object inputs,
        IReadOnlyList<RuleResult> results, DecisionOutcome outcome, DateTime decidedAt)
    {
        if (results.Count == 0) throw new DomainException("A decision checks at least one rule.");
        Subject = subject;
        SubjectId = subjectId;
        PolicySetNumber = policySetNumber;
        InputsJson = JsonSerializer.Serialize(inputs, Json);
        ResultsJson = JsonSerializer.Serialize(results, Json);
        Outcome = outcome;
        DecidedAt = decidedAt;
    }

    /// <summary>What was decided about, e.g. "LabourMarketTest" or "WorkPermitApplication".</summary>
    public string Subject { get; private set; } = "";
    public Guid SubjectId { get; private set; }
    /// <summary>The policy set version whose rules were applied.</summary>
    public int PolicySetNumber { get; private set; }
    public string InputsJson { get; private set; } = "{}";
    public string ResultsJson { get; private set; } = "[]";
    public DecisionOutcome Outcome { get; private set; }
    public DateTime DecidedAt { get; private set; }

    public IReadOnlyList<RuleResult> Results => JsonSerializer.Deserialize<List<RuleResult>>(ResultsJson, Json) ?? [];
    public IEnumerable<RuleResult> Failed => Results.Where(r => !r.Passed);
}

/// <summary>Collects rule results against one policy set; citations come from that set.</summary>
public sealed class RuleChecks(PolicySet policy)
{
    private readonly PolicyRules _rules = policy.Rules;
    private readonly List<RuleResult> _results = [];

    public PolicySet Policy { get; } = policy;
    public PolicyRules Rules => _rules;
    public IReadOnlyList<RuleResult> Results => _results;
    public bool AllPassed => _results.All(r => r.Passed);

    /// <summary>Records one rule's result; <paramref name="message"/> is an English template ({0}…) of <paramref name="args"/>.</summary>
    public RuleChecks Check(string ruleId, bool passed, string message, params object[] args)
    {
        _results.Add(new RuleResult(ruleId, passed, message,
            [.. args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")], _rules.Citation(ruleId)));
        return this;
    }

    public AdmissionDecision Decide(string subject, Guid subjectId, object inputs, DateTime now, bool referInsteadOfRefuse = false) =>
        new(subject, subjectId, Policy.Number, inputs, _results,
            AllPassed ? DecisionOutcome.Approved : referInsteadOfRefuse ? DecisionOutcome.Referred : DecisionOutcome.Refused, now);
}
