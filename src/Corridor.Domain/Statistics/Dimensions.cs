namespace Corridor.Domain.Statistics;

/// <summary>Disaggregation codes of the analytics table and their SDMX (ILOSTAT-like) equivalents.</summary>
public static class Dimensions
{
    /// <summary>SDMX's code for "not applicable".</summary>
    public const string NotApplicable = "_Z";
    /// <summary>SDMX's code for "unknown / not recorded".</summary>
    public const string Unknown = "_U";
    public const string Total = "_T";

    public static readonly string[] AgeGroups =
        ["0-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65+"];

    public static string SexCode(Corridor.Domain.Common.Sex sex) => sex == Corridor.Domain.Common.Sex.Female ? "F" : "M";

    /// <summary>Five-year age group on <paramref name="day"/> (working age starts at 15; younger people are grouped as 0-14).</summary>
    public static string AgeGroup(DateOnly dateOfBirth, DateOnly day)
    {
        var age = day.Year - dateOfBirth.Year;
        if (day < dateOfBirth.AddYears(age)) age--;
        if (age < 15) return "0-14";
        if (age >= 65) return "65+";
        var low = age / 5 * 5;
        return $"{low}-{low + 4}";
    }

    /// <summary>ISCO-08 major group: the first digit of the code.</summary>
    public static string IscoMajor(string? occupationCode) =>
        string.IsNullOrWhiteSpace(occupationCode) || !char.IsAsciiDigit(occupationCode.Trim()[0]) ? Unknown : occupationCode.Trim()[..1];

    /// <summary>ISCO-08 skill level by major group (methods.md §3.6): 1 → 3-4, 2 → 4, 3 → 3, 4–8 → 2, 9 → 1, 0 (armed forces) → mixed.</summary>
    public static string SkillLevel(string iscoMajor) => iscoMajor switch
    {
        "1" => "3-4",
        "2" => "4",
        "3" => "3",
        "4" or "5" or "6" or "7" or "8" => "2",
        "9" => "1",
        "0" => "1-2-4",
        _ => iscoMajor,
    };

    /// <summary>SDMX SEX codes (ILOSTAT): SEX_F, SEX_M, SEX_T; not recorded → SEX_O? no: _U stays _U.</summary>
    public static string SdmxSex(string sex) => sex switch
    {
        "F" => "SEX_F",
        "M" => "SEX_M",
        Total => "SEX_T",
        _ => sex,
    };

    /// <summary>ILOSTAT 5-year bands: AGE_5YRBANDS_Y15-19 … AGE_5YRBANDS_YGE65, AGE_5YRBANDS_Y00-14 (ILOSTAT uses YLT15).</summary>
    public static string SdmxAge(string ageGroup) => ageGroup switch
    {
        "65+" => "AGE_5YRBANDS_YGE65",
        "0-14" => "AGE_5YRBANDS_YLT15",
        Total => "AGE_5YRBANDS_TOTAL",
        NotApplicable or Unknown => ageGroup,
        _ => "AGE_5YRBANDS_Y" + ageGroup,
    };

    /// <summary>ILOSTAT occupation codes: OCU_ISCO08_1 … OCU_ISCO08_9, OCU_ISCO08_0.</summary>
    public static string SdmxIsco(string major) => major.Length == 1 && char.IsAsciiDigit(major[0]) ? "OCU_ISCO08_" + major
        : major == Total ? "OCU_ISCO08_TOTAL" : major;

    /// <summary>ILOSTAT economic activity codes: ECO_ISIC4_A … ECO_ISIC4_U.</summary>
    public static string SdmxIsic(string section) => section.Length == 1 && char.IsAsciiLetter(section[0]) ? "ECO_ISIC4_" + section
        : section == Total ? "ECO_ISIC4_TOTAL" : section;

    public static string SdmxSkill(string level) => level is NotApplicable or Unknown or Total ? level : "OCU_SKILL_L" + level.Replace("-", "", StringComparison.Ordinal);
}
