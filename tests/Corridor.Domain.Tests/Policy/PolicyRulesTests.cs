using Corridor.Domain.Policy;

namespace Corridor.Domain.Tests.Policy;

public class PolicyRulesTests
{
    /// <summary>The defaults with one rule's settings replaced.</summary>
    internal static PolicyRules With(string ruleId, Func<RuleSetting, RuleSetting> change)
    {
        var settings = PolicyRules.Defaults().Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        settings[ruleId] = change(settings[ruleId]);
        return new PolicyRules(settings);
    }

    internal static PolicyRules WithValue(string ruleId, string key, decimal value) =>
        With(ruleId, s => s with { Values = new Dictionary<string, decimal>(s.Values) { [key] = value } });

    [Fact]
    public void The_catalogue_defaults_have_no_problems_and_cover_every_rule()
    {
        var rules = PolicyRules.Defaults();
        Assert.Empty(rules.Problems());
        Assert.Equal(RuleCatalogue.All.Select(r => r.Id).Order(), rules.Settings.Keys.Order());
        Assert.All(RuleCatalogue.All, r => Assert.False(string.IsNullOrWhiteSpace(rules.Citation(r.Id))));
    }

    [Fact]
    public void Every_default_lies_within_its_own_range()
    {
        foreach (var r in RuleCatalogue.All)
            foreach (var p in r.Parameters)
                Assert.InRange(p.Default, p.Min, p.Max);
    }

    [Theory]
    [InlineData("LMT-ADVERTISING", "standardDays", 0)]
    [InlineData("LMT-ADVERTISING", "standardDays", 91)]
    [InlineData("CEIL-SERVICES", "maxForeignSharePercent", 100.5)]
    [InlineData("CEIL-CONSTRUCTION", "nationalsPerForeignWorker", 0.05)]
    public void A_value_out_of_range_is_reported_on_its_key(string ruleId, string key, double value)
    {
        var problems = WithValue(ruleId, key, (decimal)value).Problems();
        var problem = Assert.Single(problems);
        Assert.Equal($"{ruleId}.{key}", problem.Key);
        Assert.Equal("Must be between {0} and {1}.", problem.Value.Template);
    }

    [Fact]
    public void The_range_in_the_message_is_the_parameters_range()
    {
        var problem = WithValue("LMT-ADVERTISING", "standardDays", 120).Problems()["LMT-ADVERTISING.standardDays"];
        Assert.Equal("Must be between 1 and 90.", problem.ToString());
    }

    [Fact]
    public void The_range_bounds_themselves_are_accepted()
    {
        Assert.Empty(WithValue("LMT-ADVERTISING", "standardDays", 1).Problems());
        Assert.Empty(WithValue("LMT-ADVERTISING", "standardDays", 90).Problems());
    }

    [Fact]
    public void A_missing_value_is_reported_on_its_key()
    {
        var rules = With("PERMIT-VALIDITY", s => s with { Values = s.Values.Where(v => v.Key != "renewals").ToDictionary() });
        var problem = Assert.Single(rules.Problems());
        Assert.Equal("PERMIT-VALIDITY.renewals", problem.Key);
        Assert.Equal("A value is required.", problem.Value.Template);
    }

    [Fact]
    public void A_missing_rule_is_reported_on_its_id()
    {
        var settings = PolicyRules.Defaults().Settings.Where(kv => kv.Key != "QUOTA-RESERVE").ToDictionary();
        var problem = Assert.Single(new PolicyRules(settings).Problems());
        Assert.Equal("QUOTA-RESERVE", problem.Key);
        Assert.Equal("The rule is missing.", problem.Value.Template);
    }

    [Fact]
    public void A_fraction_where_a_whole_number_is_needed_is_reported_but_decimals_are_fine_where_allowed()
    {
        var problem = Assert.Single(WithValue("LMT-CERTIFICATE", "validityMonths", 2.5m).Problems());
        Assert.Equal("LMT-CERTIFICATE.validityMonths", problem.Key);
        Assert.Equal("Must be a whole number.", problem.Value.Template);

        Assert.Empty(WithValue("CEIL-CONSTRUCTION", "nationalsPerForeignWorker", 2.5m).Problems());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_citation_is_reported_on_the_rules_citation(string citation)
    {
        var problem = Assert.Single(With("PERMIT-MIN-WAGE", s => s with { Citation = citation }).Problems());
        Assert.Equal("PERMIT-MIN-WAGE.citation", problem.Key);
        Assert.Equal("Every rule cites its source.", problem.Value.Template);
    }

    [Fact]
    public void An_unknown_rule_is_reported_on_its_id()
    {
        var settings = PolicyRules.Defaults().Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["NO-SUCH-RULE"] = new RuleSetting("Somewhere", new Dictionary<string, decimal> { ["x"] = 1 });
        var problem = Assert.Single(new PolicyRules(settings).Problems());
        Assert.Equal("NO-SUCH-RULE", problem.Key);
        Assert.Equal("Unknown rule NO-SUCH-RULE.", problem.Value.ToString());
    }

    [Fact]
    public void A_minimum_age_above_the_maximum_age_is_reported_on_the_maximum()
    {
        var rules = With("PERMIT-AGE", s => s with { Values = new Dictionary<string, decimal> { ["minimumAge"] = 30, ["maximumAge"] = 25 } });
        var problem = Assert.Single(rules.Problems());
        Assert.Equal("PERMIT-AGE.maximumAge", problem.Key);
        Assert.Equal("The maximum age must not be below the minimum age.", problem.Value.Template);

        var equal = With("PERMIT-AGE", s => s with { Values = new Dictionary<string, decimal> { ["minimumAge"] = 28, ["maximumAge"] = 28 } });
        Assert.Empty(equal.Problems());
    }

    [Fact]
    public void Several_problems_are_each_reported_on_their_own_key()
    {
        var rules = With("LMT-ADVERTISING", s => s with
        {
            Citation = "",
            Values = new Dictionary<string, decimal> { ["standardDays"] = 0, ["agricultureDays"] = 3.5m },
        });
        Assert.Equal(["LMT-ADVERTISING.agricultureDays", "LMT-ADVERTISING.citation", "LMT-ADVERTISING.standardDays"],
            rules.Problems().Keys.Order());
    }

    [Fact]
    public void Rules_survive_a_json_round_trip_with_citations_and_decimals()
    {
        var rules = With("CEIL-CONSTRUCTION", s => new RuleSetting("Закон РК «О занятости населения», ст. 37",
            new Dictionary<string, decimal> { ["nationalsPerForeignWorker"] = 7.25m }));

        var json = rules.ToJson();
        var back = PolicyRules.FromJson(json);

        Assert.Contains("Закон РК", json); // stored readable, not \u-escaped
        Assert.Equal(rules.Settings.Keys.Order(), back.Settings.Keys.Order());
        foreach (var (id, setting) in rules.Settings)
        {
            Assert.Equal(setting.Citation, back.Citation(id));
            Assert.Equal(setting.Values.OrderBy(v => v.Key), back.Settings[id].Values.OrderBy(v => v.Key));
        }
        Assert.Equal(7.25m, back.Get("CEIL-CONSTRUCTION", "nationalsPerForeignWorker"));
        Assert.Empty(back.Problems());
    }

    [Fact]
    public void Get_falls_back_to_the_catalogue_default_for_a_rule_an_older_set_lacks()
    {
        // A set stored before TRANSFER-UNPAID-WAGES joined the catalogue.
        var settings = PolicyRules.Defaults().Settings.Where(kv => kv.Key != "TRANSFER-UNPAID-WAGES").ToDictionary();
        settings["LMT-ADVERTISING"] = settings["LMT-ADVERTISING"] with { Values = new Dictionary<string, decimal> { ["standardDays"] = 21, ["agricultureDays"] = 10 } };
        var older = PolicyRules.FromJson(new PolicyRules(settings).ToJson());

        Assert.Equal(2, older.Get("TRANSFER-UNPAID-WAGES", "months"));
        Assert.Equal("ILO C95 Art. 12; national policy", older.Citation("TRANSFER-UNPAID-WAGES"));
        Assert.Equal(21, older.GetInt("LMT-ADVERTISING", "standardDays")); // its own values still win
        Assert.Throws<KeyNotFoundException>(() => older.Get("TRANSFER-UNPAID-WAGES", "noSuchParameter"));
        Assert.Throws<KeyNotFoundException>(() => older.Get("NO-SUCH-RULE", "days"));
    }
}
