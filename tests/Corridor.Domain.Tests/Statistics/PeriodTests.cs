using Corridor.Domain.Common;
using Corridor.Domain.Statistics;

namespace Corridor.Domain.Tests.Statistics;

public class PeriodTests
{
    [Theory]
    [InlineData("2025", PeriodType.Year, "2025-01-01", "2025-12-31", "2025")]
    [InlineData("2025Q1", PeriodType.Quarter, "2025-01-01", "2025-03-31", "2025-Q1")]
    [InlineData("2024q4", PeriodType.Quarter, "2024-10-01", "2024-12-31", "2024-Q4")]
    [InlineData("202402", PeriodType.Month, "2024-02-01", "2024-02-29", "2024-02")]
    [InlineData(" 202512 ", PeriodType.Month, "2025-12-01", "2025-12-31", "2025-12")]
    public void Parses_codes_with_start_and_end(string code, PeriodType type, string start, string end, string sdmx)
    {
        Assert.True(Period.TryParse(code, out var p));
        Assert.Equal(type, p.Type);
        Assert.Equal(DateOnly.Parse(start), p.Start);
        Assert.Equal(DateOnly.Parse(end), p.End);
        Assert.Equal(sdmx, p.SdmxCode);
        Assert.Equal(p, Period.Parse(p.Code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025Q5")]
    [InlineData("2025Q0")]
    [InlineData("202513")]
    [InlineData("202500")]
    [InlineData("2025-03")]
    [InlineData("20250")]
    [InlineData("abcd")]
    public void Rejects_malformed_codes(string? code)
    {
        Assert.False(Period.TryParse(code, out _));
        if (code is not null) Assert.Equal("period", Assert.Throws<DomainException>(() => Period.Parse(code)).Field);
    }

    [Fact]
    public void Covering_lists_every_year_quarter_and_month_overlapping_the_range()
    {
        var codes = Period.Covering(new DateOnly(2024, 11, 15), new DateOnly(2025, 2, 1)).Select(p => p.Code);
        Assert.Equal(["2024", "2025", "2024Q4", "2025Q1", "202411", "202412", "202501", "202502"], codes);
    }

    [Theory]
    [InlineData("1990-06-15", "2025-06-14", "30-34")]
    [InlineData("1990-06-15", "2025-06-15", "35-39")]
    [InlineData("2011-01-01", "2025-12-31", "0-14")]
    [InlineData("1960-01-01", "2025-01-01", "65+")]
    public void Age_groups_are_five_years_in_completed_years(string born, string on, string group) =>
        Assert.Equal(group, Dimensions.AgeGroup(DateOnly.Parse(born), DateOnly.Parse(on)));

    [Fact]
    public void Skill_levels_follow_the_isco_major_group()
    {
        Assert.Equal(["3-4", "4", "3", "2", "2", "2", "2", "2", "1"], Enumerable.Range(1, 9).Select(i => Dimensions.SkillLevel(i.ToString())));
        Assert.Equal("7", Dimensions.IscoMajor("7112"));
        Assert.Equal(Dimensions.Unknown, Dimensions.IscoMajor(""));
    }

    [Fact]
    public void Sdmx_codes_are_ilostat_like()
    {
        Assert.Equal(["SEX_F", "SEX_M"], new[] { "F", "M" }.Select(Dimensions.SdmxSex));
        Assert.Equal("AGE_5YRBANDS_Y15-19", Dimensions.SdmxAge("15-19"));
        Assert.Equal("AGE_5YRBANDS_YGE65", Dimensions.SdmxAge("65+"));
        Assert.Equal("OCU_ISCO08_7", Dimensions.SdmxIsco("7"));
        Assert.Equal("ECO_ISIC4_F", Dimensions.SdmxIsic("F"));
        Assert.Equal("OCU_SKILL_L34", Dimensions.SdmxSkill("3-4"));
    }
}
