using System.Text.RegularExpressions;
using Corridor.Domain.Reference;

namespace Corridor.Domain.Tests;

public class ReferenceDataTests
{
    private static bool HasCyrillic(string s) => s.Any(c => c is >= '\u0400' and <= '\u04FF');

    [Fact]
    public void Countries_are_the_249_ISO_3166_codes()
    {
        var countries = ReferenceData.Countries.Values.ToList();
        Assert.Equal(249, countries.Count);
        Assert.All(countries, c =>
        {
            Assert.Matches("^[A-Z]{3}$", c.Alpha3);
            Assert.Matches("^[A-Z]{2}$", c.Alpha2);
            Assert.Matches("^[0-9]{3}$", c.Numeric);
            Assert.False(string.IsNullOrWhiteSpace(c.NameEn));
            Assert.True(HasCyrillic(c.NameRu), c.Alpha3);
        });
        Assert.Equal(249, countries.Select(c => c.Alpha2).Distinct().Count());
        Assert.Equal(249, countries.Select(c => c.Numeric).Distinct().Count());
        var kaz = ReferenceData.Countries["KAZ"];
        Assert.Equal(("KZ", "398", "Kazakhstan", "Казахстан"), (kaz.Alpha2, kaz.Numeric, kaz.NameEn, kaz.NameRu));
        Assert.Equal("Казахстан", kaz.Name("ru-KZ"));
        Assert.Equal("Kazakhstan", kaz.Name("en"));
        Assert.Equal("004", ReferenceData.Countries["AFG"].Numeric); // leading zeros kept
    }

    [Theory]
    [InlineData("UZB", true)]
    [InlineData("uzb", true)]
    [InlineData(" KGZ ", true)]
    [InlineData("TJK", true)]
    [InlineData("ATA", true)]
    [InlineData("UZ", false)]
    [InlineData("XXX", false)]
    [InlineData("SUN", false)] // the USSR is not an officially assigned code any more
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsCountry(string? code, bool expected) => Assert.Equal(expected, ReferenceData.IsCountry(code));

    [Fact]
    public void Isic_has_21_sections_and_88_divisions_each_under_a_section()
    {
        var sections = ReferenceData.IsicSections.Select(s => s.Code).Order().ToList();
        Assert.Equal(Enumerable.Range('A', 21).Select(c => ((char)c).ToString()), sections);
        var divisions = ReferenceData.Isic.Values.Where(i => i.Level == "division").ToList();
        Assert.Equal(88, divisions.Count);
        Assert.Equal(109, ReferenceData.Isic.Count);
        Assert.All(divisions, d =>
        {
            Assert.Matches("^[0-9]{2}$", d.Code);
            Assert.Contains(d.Parent, sections);
        });
        Assert.Equal(88, sections.Sum(s => ReferenceData.IsicDivisions(s).Count()));
        Assert.Equal(["41", "42", "43"], ReferenceData.IsicDivisions("F").Select(d => d.Code).Order());
        Assert.Equal(["01", "02", "03"], ReferenceData.IsicDivisions("A").Select(d => d.Code).Order());
        Assert.Equal("Construction", ReferenceData.Isic["F"].TitleEn);
        Assert.True(HasCyrillic(ReferenceData.Isic["F"].Title("ru")));
    }

    [Theory]
    [InlineData("41", "F", true)]
    [InlineData("43", "F", true)]
    [InlineData("41", "f", true)]
    [InlineData(" 01 ", " A ", true)]
    [InlineData("99", "U", true)]
    [InlineData("41", "A", false)]
    [InlineData("01", "F", false)]
    [InlineData("F", "F", false)]   // a section is not a division of itself
    [InlineData("04", "A", false)]  // 04 is a gap in ISIC
    [InlineData("4", "F", false)]
    [InlineData(null, "F", false)]
    [InlineData("41", null, false)]
    public void IsIsicDivisionOf(string? division, string? section, bool expected) =>
        Assert.Equal(expected, ReferenceData.IsIsicDivisionOf(division, section));

    [Fact]
    public void Isco_has_10_major_43_sub_major_and_130_minor_groups_in_one_tree()
    {
        var isco = ReferenceData.Isco.Values.ToList();
        Assert.Equal(10, isco.Count(i => i.Level == "1"));
        Assert.Equal(43, isco.Count(i => i.Level == "2"));
        Assert.Equal(130, isco.Count(i => i.Level == "3"));
        Assert.Equal(183, isco.Count);
        Assert.All(isco, i =>
        {
            Assert.Equal(int.Parse(i.Level), i.Code.Length);
            Assert.InRange(i.SkillLevel ?? 0, 1, 4);
            if (i.Level == "1") Assert.Null(i.Parent);
            else
            {
                Assert.Equal(i.Code[..^1], i.Parent);
                Assert.True(ReferenceData.Isco.ContainsKey(i.Parent!), i.Code);
            }
            Assert.True(HasCyrillic(i.TitleRu), i.Code);
        });
    }

    [Theory]
    [InlineData("7112", 2)] // a unit group, not bundled: its minor group 711 answers
    [InlineData("711", 2)]
    [InlineData("9", 1)]
    [InlineData("931", 1)]
    [InlineData("2", 4)]
    [InlineData("3", 3)]
    [InlineData("1", 4)]
    [InlineData("14", 3)]   // hospitality and retail managers
    [InlineData("141", 3)]
    [InlineData("13", 4)]
    [InlineData("0", 2)]
    [InlineData("01", 4)]
    [InlineData("031", 1)]
    public void SkillLevel_comes_from_the_group_or_its_nearest_parent(string code, int level) =>
        Assert.Equal(level, ReferenceData.SkillLevel(code));

    [Fact]
    public void SkillLevel_of_an_unknown_code_is_null()
    {
        Assert.Null(ReferenceData.SkillLevel("X1"));
        Assert.Null(ReferenceData.SkillLevel(""));
    }

    [Theory]
    [InlineData("711", true)]
    [InlineData("0", true)]
    [InlineData(" 931 ", true)]
    [InlineData("7112", false)]
    [InlineData("A", false)]
    [InlineData(null, false)]
    public void IsIscoCode(string? code, bool expected) => Assert.Equal(expected, ReferenceData.IsIscoCode(code));

    [Fact]
    public void Kazakhstan_org_units_form_one_tree()
    {
        var units = ReferenceData.KazakhstanOrgUnits();
        var byCode = units.ToDictionary(u => u.Code); // throws on a duplicate code
        var root = Assert.Single(units, u => u.ParentCode is null);
        Assert.Equal(("KZ", 1, "Kazakhstan", "Казахстан"), (root.Code, root.Level, root.NameEn, root.NameRu));
        Assert.All(units.Where(u => u.ParentCode is not null), u =>
        {
            Assert.True(byCode.TryGetValue(u.ParentCode!, out var parent), $"{u.Code}: parent {u.ParentCode} missing");
            Assert.Equal(parent!.Level + 1, u.Level);
            Assert.StartsWith(u.ParentCode + "-", u.Code);
        });
        Assert.Equal(20, units.Count(u => u.Level == 2));
        Assert.Equal(220, units.Count(u => u.Level == 3));
        Assert.All(units, u =>
        {
            Assert.False(string.IsNullOrWhiteSpace(u.NameEn), u.Code);
            Assert.True(HasCyrillic(u.NameRu), u.Code);
        });
        // Every region and city of republican significance has districts under it.
        Assert.All(units.Where(u => u.Level == 2), r => Assert.Contains(units, d => d.ParentCode == r.Code));
        Assert.Contains(units, u => u.Code == "KZ-ALA" && u.NameRu == "Алматы");
        Assert.Equal(8, units.Count(u => u.ParentCode == "KZ-ALA"));
    }

    [Theory]
    [InlineData("UZB")]
    [InlineData("TJK")]
    [InlineData("KGZ")]
    [InlineData("KAZ")]
    public void Demo_names_exist_for_each_origin_country_in_both_scripts(string country)
    {
        var names = ReferenceData.Names().Where(n => n.Country == country).ToList();
        foreach (var sex in new[] { "M", "F" })
            foreach (var kind in new[] { "given", "family" })
                Assert.True(names.Count(n => n.Sex == sex && n.Kind == kind) >= 40, $"{country} {sex} {kind}");
        Assert.All(names, n =>
        {
            Assert.Matches(new Regex(@"^[A-Za-z][A-Za-z'ʻ’ -]*$"), n.Latin);
            Assert.True(HasCyrillic(n.Cyrillic) && !n.Cyrillic.Any(char.IsAsciiLetter), n.Cyrillic);
        });
        // Family names come in a male and a female form.
        Assert.Equal(names.Count(n => n.Sex == "M" && n.Kind == "family"), names.Count(n => n.Sex == "F" && n.Kind == "family"));
    }

    [Fact]
    public void Names_cover_only_the_four_demo_countries() =>
        Assert.Equal(["KAZ", "KGZ", "TJK", "UZB"], ReferenceData.Names().Select(n => n.Country).Distinct().Order());
}
