using Corridor.Domain.Common;
using Corridor.Domain.Protection;

namespace Corridor.Domain.Tests.Protection;

/// <summary>methods.md §4.3 rule on the constructed cases of §4.6, exactly, plus trafficking and the table itself.</summary>
public sealed class ForcedLabourRuleTests
{
    private static readonly ForcedLabourRule Rule = ForcedLabourRule.Default;

    private static DimensionResult Dim(TriageResult r, ForcedLabourDimension d) => r.Dimensions.Single(x => x.Dimension == d);

    [Fact]
    public void Case_A_job_misrepresented_and_threat_of_denunciation_is_forced_labour_through_unfree_recruitment()
    {
        // Deception: involuntariness, D1, strong; threat of denunciation: penalty, D1, medium.
        Assert.Equal((ForcedLabourDimension.UnfreeRecruitment, TriageItemKind.Involuntariness, TriageItemStrength.Strong),
            (Rule.Find("D1-DECEIVED")!.Dimension, Rule.Find("D1-DECEIVED")!.Kind, Rule.Find("D1-DECEIVED")!.Strength));
        Assert.Equal((ForcedLabourDimension.UnfreeRecruitment, TriageItemKind.Penalty, TriageItemStrength.Medium),
            (Rule.Find("D1-THREAT-DENUNCIATION")!.Dimension, Rule.Find("D1-THREAT-DENUNCIATION")!.Kind, Rule.Find("D1-THREAT-DENUNCIATION")!.Strength));

        var r = Rule.Evaluate(["D1-DECEIVED", "D1-THREAT-DENUNCIATION"], crossBorder: false);

        Assert.True(Dim(r, ForcedLabourDimension.UnfreeRecruitment).Positive);
        Assert.False(Dim(r, ForcedLabourDimension.WorkUnderDuress).Positive);
        Assert.False(Dim(r, ForcedLabourDimension.ImpossibilityOfLeaving).Positive);
        Assert.True(r.ForcedLabour);
        Assert.False(r.Trafficking); // no movement element
        Assert.True(r.Flagged);
        Assert.Equal(Rule.Version, r.RuleVersion);
    }

    [Fact]
    public void Case_B_excessive_overtime_and_fines_both_medium_is_not_forced_labour()
    {
        Assert.Equal((ForcedLabourDimension.WorkUnderDuress, TriageItemKind.Involuntariness, TriageItemStrength.Medium),
            (Rule.Find("D2-EXCESSIVE-OVERTIME")!.Dimension, Rule.Find("D2-EXCESSIVE-OVERTIME")!.Kind, Rule.Find("D2-EXCESSIVE-OVERTIME")!.Strength));
        Assert.Equal((ForcedLabourDimension.WorkUnderDuress, TriageItemKind.Penalty, TriageItemStrength.Medium),
            (Rule.Find("D2-FINES")!.Dimension, Rule.Find("D2-FINES")!.Kind, Rule.Find("D2-FINES")!.Strength));

        var r = Rule.Evaluate(["D2-EXCESSIVE-OVERTIME", "D2-FINES"], crossBorder: true);

        var d2 = Dim(r, ForcedLabourDimension.WorkUnderDuress);
        Assert.False(d2.Positive);
        Assert.False(d2.HasStrong);
        Assert.Equal(["D2-EXCESSIVE-OVERTIME"], d2.InvoluntarinessItems);
        Assert.Equal(["D2-FINES"], d2.PenaltyItems);
        Assert.False(r.ForcedLabour);
        Assert.False(r.Flagged);
    }

    [Fact]
    public void Case_C_involuntariness_only_in_D2_and_penalty_only_in_D3_is_not_forced_labour_even_when_both_strong()
    {
        var r = Rule.Evaluate(["D2-HAZARDOUS-WORK", "D3-DOCUMENTS-RETAINED"], crossBorder: true);

        Assert.All(r.Dimensions, d => Assert.False(d.Positive));
        Assert.False(r.ForcedLabour);
        Assert.False(r.Trafficking);
        // The same two kinds inside one dimension do make it positive: the rule is per dimension.
        Assert.True(Rule.Evaluate(["D2-HAZARDOUS-WORK", "D2-THREATS"], false).ForcedLabour);
        Assert.True(Rule.Evaluate(["D3-NOT-ALLOWED-TO-LEAVE", "D3-DOCUMENTS-RETAINED"], false).ForcedLabour);
    }

    [Fact]
    public void Trafficking_needs_unfree_recruitment_positive_and_recruitment_across_a_border()
    {
        Assert.True(Rule.Evaluate(["D1-DECEIVED", "D1-THREAT-DENUNCIATION"], crossBorder: true).Trafficking);
        Assert.False(Rule.Evaluate(["D1-DECEIVED", "D1-THREAT-DENUNCIATION"], crossBorder: false).Trafficking);
        // Forced labour in another dimension plus movement is not trafficking by this rule.
        var d3 = Rule.Evaluate(["D3-NOT-ALLOWED-TO-LEAVE", "D3-CONFINED"], crossBorder: true);
        Assert.True(d3.ForcedLabour);
        Assert.False(d3.Trafficking);
        // Involuntariness alone in D1 is not enough.
        Assert.False(Rule.Evaluate(["D1-DECEIVED", "D1-RECRUITMENT-DEBT"], crossBorder: true).Trafficking);
    }

    [Fact]
    public void Every_ILO_indicator_has_a_triage_item_and_every_dimension_has_both_kinds()
    {
        foreach (var indicator in Enum.GetValues<IloIndicator>())
            Assert.Contains(Rule.Items, i => i.Indicator == indicator);
        foreach (var d in Enum.GetValues<ForcedLabourDimension>())
        {
            Assert.Contains(Rule.Items, i => i.Dimension == d && i.Kind == TriageItemKind.Involuntariness);
            Assert.Contains(Rule.Items, i => i.Dimension == d && i.Kind == TriageItemKind.Penalty);
        }
    }

    [Fact]
    public void The_rule_is_data_a_different_table_gives_a_different_verdict_and_version()
    {
        // The same answers as case B, with fines re-labelled strong by the ministry's own table.
        const string table = "code,dimension,kind,strength,indicator,description\n"
            + "OT,WorkUnderDuress,Involuntariness,Medium,ExcessiveOvertime,Overtime\n"
            + "FINES,WorkUnderDuress,Penalty,Strong,WithholdingOfWages,Fines\n";
        var custom = ForcedLabourRule.FromCsv(table, "ministry");
        Assert.True(custom.Evaluate(["OT", "FINES"], false).ForcedLabour);
        Assert.StartsWith("ministry/", custom.Version);
        Assert.NotEqual(Rule.Version, custom.Version);
    }

    [Fact]
    public void An_unknown_item_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => Rule.Evaluate(["D9-NOTHING"], false));
        Assert.Equal("Items", e.Field);
    }
}
