using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Reference;

namespace Corridor.Domain.Recruitment;

/// <summary>Who a curriculum is written for (PDOS is country-, skill- and gender-specific, e.g. a module for women domestic workers).</summary>
public enum OrientationAudience
{
    All = 1,
    Women = 2,
    Men = 3,
}

/// <summary>What pre-departure orientation covers (PDOS/PEOS modules; Nepal's orientation training; BMET briefing).</summary>
public enum OrientationTopic
{
    ContractRights = 1,
    DestinationLawsAndCulture = 2,
    ComplaintChannels = 3,
    RemittancesAndFinance = 4,
    HealthAndSafety = 5,
    ReturnAndReintegration = 6,
}

/// <summary>Why a worker may not take a curriculum: the criterion at fault and an English message.</summary>
public sealed record OrientationMisfit(string Criterion, string Message);

/// <summary>
/// A pre-departure orientation curriculum: for one destination (or any), one ISCO occupation group (or any)
/// and an audience; its length, its topics, how long its certificate stays valid and what share of the hours a
/// worker must attend to earn it. The last two start from policy rules ORIENT-VALIDITY and ORIENT-ATTENDANCE.
/// </summary>
public sealed class OrientationCurriculum : Entity
{
    private OrientationCurriculum() { }

    public OrientationCurriculum(string code, string titleEn, string titleRu, string? destinationCountry, string? occupationPrefix,
        OrientationAudience audience, int hours, IEnumerable<OrientationTopic> topics, int validityMonths, int minimumAttendancePercent)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Length > 32 || !code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new DomainException("A code has 1 to 32 letters, digits and dashes.", nameof(Code));
        if (string.IsNullOrWhiteSpace(titleEn) || titleEn.Trim().Length > 200) throw new DomainException("Enter the title (at most 200 characters).", nameof(TitleEn));
        if (string.IsNullOrWhiteSpace(titleRu) || titleRu.Trim().Length > 200) throw new DomainException("Enter the title (at most 200 characters).", nameof(TitleRu));
        var destination = string.IsNullOrWhiteSpace(destinationCountry) ? null : destinationCountry.Trim().ToUpperInvariant();
        if (destination is not null && !ReferenceData.IsCountry(destination)) throw new DomainException("Choose a country from the list.", nameof(DestinationCountry));
        var occupation = string.IsNullOrWhiteSpace(occupationPrefix) ? null : occupationPrefix.Trim();
        if (occupation is not null && !ReferenceData.IsIscoCode(occupation)) throw new DomainException("Choose an occupation from the list.", nameof(OccupationPrefix));
        if (!Enum.IsDefined(audience)) throw new DomainException("Choose the audience.", nameof(Audience));
        if (hours is < 1 or > 200) throw new DomainException("Between 1 and 200 hours.", nameof(Hours));
        var list = topics.Distinct().OrderBy(t => t).ToList();
        if (list.Count == 0 || list.Any(t => !Enum.IsDefined(t))) throw new DomainException("Choose at least one topic.", nameof(Topics));
        if (validityMonths is < 1 or > 120) throw new DomainException("Between 1 and 120 months.", nameof(ValidityMonths));
        if (minimumAttendancePercent is < 1 or > 100) throw new DomainException("Between 1 and 100 %.", nameof(MinimumAttendancePercent));
        Code = code.Trim().ToUpperInvariant();
        TitleEn = titleEn.Trim();
        TitleRu = titleRu.Trim();
        DestinationCountry = destination;
        OccupationPrefix = occupation;
        Audience = audience;
        Hours = hours;
        TopicList = string.Join(',', list);
        ValidityMonths = validityMonths;
        MinimumAttendancePercent = minimumAttendancePercent;
    }

    public static int DefaultValidityMonths(PolicyRules rules) => rules.GetInt("ORIENT-VALIDITY", "months");
    public static int DefaultAttendancePercent(PolicyRules rules) => rules.GetInt("ORIENT-ATTENDANCE", "minimumPercent");

    public string Code { get; private set; } = "";
    public string TitleEn { get; private set; } = "";
    public string TitleRu { get; private set; } = "";
    /// <summary>ISO 3166-1 alpha-3; null = any destination.</summary>
    public string? DestinationCountry { get; private set; }
    /// <summary>ISCO-08 code the worker's occupation must start with; null = any occupation.</summary>
    public string? OccupationPrefix { get; private set; }
    public OrientationAudience Audience { get; private set; }
    public int Hours { get; private set; }
    /// <summary>The topics, stored as their names joined by commas.</summary>
    public string TopicList { get; private set; } = "";
    public int ValidityMonths { get; private set; }
    public int MinimumAttendancePercent { get; private set; }

    public IReadOnlyList<OrientationTopic> Topics =>
        [.. TopicList.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<OrientationTopic>)];

    public string Title(string culture) => culture.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? TitleRu : TitleEn;

    /// <summary>The hours a worker must attend for the certificate (rounded up).</summary>
    public decimal MinimumHours => Math.Ceiling(Hours * MinimumAttendancePercent / 100m * 100m) / 100m;

    /// <summary>Why this worker may not take the curriculum, or null when it fits.</summary>
    public OrientationMisfit? MisfitFor(Sex sex, string? destinationCountry, string occupationCode)
    {
        if (Audience == OrientationAudience.Women && sex != Sex.Female)
            return new("Audience", "This curriculum is for women only.");
        if (Audience == OrientationAudience.Men && sex != Sex.Male)
            return new("Audience", "This curriculum is for men only.");
        if (DestinationCountry is not null && !string.Equals(DestinationCountry, destinationCountry, StringComparison.OrdinalIgnoreCase))
            return new("DestinationCountry", "This curriculum is for workers going to another country.");
        if (OccupationPrefix is not null && !occupationCode.StartsWith(OccupationPrefix, StringComparison.Ordinal))
            return new("OccupationCode", "This curriculum is for another occupation.");
        return null;
    }
}
