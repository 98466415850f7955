using System.Globalization;
using Corridor.Domain.Common;

namespace Corridor.Domain.Tests;

public class SearchTextTests
{
    [Theory]
    [InlineData("Алишер", "алишер")]
    [InlineData("АЛИШЕР", "алИшер")]
    [InlineData("Әлия Нұрланқызы", "әлия нұрланқызы")]  // Kazakh letters outside the Russian alphabet
    [InlineData("Ёрқинов", "ёрҚинов")]
    [InlineData("Alisher", "alisher")]
    [InlineData("Oʻgʻiloy", "OʻGʻILOY")]                 // Uzbek Latin with the modifier letter ʻ
    public void Case_differences_normalize_to_the_same_key(string stored, string typed)
    {
        Assert.Equal(SearchText.Normalize(stored), SearchText.Normalize(typed));
        Assert.Contains(SearchText.Normalize(typed), SearchText.Normalize("W-12345678903", stored, "FA1234567"));
    }

    [Fact]
    public void Cyrillic_is_upper_cased_not_transliterated()
    {
        Assert.Equal("АЛИШЕР", SearchText.Normalize("Алишер"));
        Assert.NotEqual(SearchText.Normalize("Alisher"), SearchText.Normalize("Алишер"));
    }

    [Fact]
    public void Parts_are_trimmed_joined_by_one_space_and_empty_ones_dropped() =>
        Assert.Equal("АЛИШЕР КАРИМОВ FA1234567", SearchText.Normalize("  Алишер ", null, "   ", "Каримов", "", "fa1234567"));

    [Fact]
    public void Nothing_gives_an_empty_key() => Assert.Equal("", SearchText.Normalize(null, " "));

    [Fact]
    public void The_key_does_not_depend_on_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR"); // where "i".ToUpper() is "İ"
            Assert.Equal("ISLOM", SearchText.Normalize("islom"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
