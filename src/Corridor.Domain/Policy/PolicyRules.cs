using System.Text.Json;

namespace Corridor.Domain.Policy;

/// <summary>A problem with a rule's value: an English template with its arguments, so the UI can translate it.</summary>
public sealed record RuleProblem(string Template, params object[] Args)
{
    public override string ToString() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, Args);
}

/// <summary>How one rule is set in one policy set: its numbers and the source it cites.</summary>
public sealed record RuleSetting(string Citation, IReadOnlyDictionary<string, decimal> Values);

/// <summary>
/// The rules of one policy set, keyed by catalogue id. Stored as JSON with the set; immutable once the
/// set is active, so a decision that cites version N can always be re-read as it was.
/// </summary>
public sealed class PolicyRules
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public PolicyRules(IReadOnlyDictionary<string, RuleSetting> settings) => Settings = settings;

    public IReadOnlyDictionary<string, RuleSetting> Settings { get; }

    /// <summary>Every catalogue rule at its default values and citation.</summary>
    public static PolicyRules Defaults() => new(RuleCatalogue.All.ToDictionary(r => r.Id,
        r => new RuleSetting(r.DefaultCitation, r.Parameters.ToDictionary(p => p.Key, p => p.Default))));

    /// <summary>A value of this set, or the catalogue default for a rule added to the catalogue after the set was made.</summary>
    public decimal Get(string ruleId, string key)
    {
        if (Settings.TryGetValue(ruleId, out var s) && s.Values.TryGetValue(key, out var v)) return v;
        return RuleCatalogue.Find(ruleId)?.Parameters.FirstOrDefault(p => p.Key == key)?.Default
            ?? throw new KeyNotFoundException($"No rule parameter {ruleId}.{key} in the catalogue.");
    }

    public int GetInt(string ruleId, string key) => (int)Get(ruleId, key);

    public string Citation(string ruleId) =>
        Settings.TryGetValue(ruleId, out var s) ? s.Citation : RuleCatalogue.Find(ruleId)?.DefaultCitation ?? "";

    /// <summary>
    /// Problems with the values, keyed "RULE-ID.parameter" (or "RULE-ID.citation"): unknown rules,
    /// missing or out-of-range numbers, fractions where whole numbers are needed, empty citations.
    /// </summary>
    public IReadOnlyDictionary<string, RuleProblem> Problems()
    {
        var problems = new Dictionary<string, RuleProblem>();
        foreach (var id in Settings.Keys.Where(id => RuleCatalogue.Find(id) is null))
            problems[id] = new("Unknown rule {0}.", id);
        foreach (var rule in RuleCatalogue.All)
        {
            if (!Settings.TryGetValue(rule.Id, out var setting))
            {
                problems[rule.Id] = new("The rule is missing.");
                continue;
            }
            if (string.IsNullOrWhiteSpace(setting.Citation)) problems[$"{rule.Id}.citation"] = new("Every rule cites its source.");
            foreach (var p in rule.Parameters)
            {
                var key = $"{rule.Id}.{p.Key}";
                if (!setting.Values.TryGetValue(p.Key, out var v)) problems[key] = new("A value is required.");
                else if (v < p.Min || v > p.Max) problems[key] = new("Must be between {0} and {1}.", p.Min.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), p.Max.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
                else if (p.Kind == ParameterKind.Integer && v != decimal.Truncate(v)) problems[key] = new("Must be a whole number.");
            }
        }
        if (problems.Count == 0 && Get("PERMIT-AGE", "minimumAge") > Get("PERMIT-AGE", "maximumAge"))
            problems["PERMIT-AGE.maximumAge"] = new("The maximum age must not be below the minimum age.");
        return problems;
    }

    public string ToJson() => JsonSerializer.Serialize(Settings, Json);

    public static PolicyRules FromJson(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, RuleSetting>>(json, Json) ?? []);
}
