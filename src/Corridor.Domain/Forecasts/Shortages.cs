namespace Corridor.Domain.Forecasts;

/// <summary>What the registries say about one occupation in one sector over the period looked at.</summary>
public sealed record OccupationEvidence(string Occupation, string Section, int Vacancies, int PostsAdvertised, int NationalReferrals,
    int NationalHires, int UnfilledPosts, int PermitApplications, decimal? MeanOfferedWage);

/// <summary>A ranked entry of the shortage occupation list.</summary>
public sealed record ShortageEntry(int Rank, OccupationEvidence Evidence, decimal? NationalFillRatePercent, decimal? WageIndex, decimal Score, bool Shortage);

/// <summary>
/// The shortage occupation list. Score = posts nationals did not fill (labour-market-test outcomes) + permit applications
/// for the occupation; ties go to the higher wage index (mean offered wage ÷ mean offered wage of all vacancies × 100),
/// a rising wage being the classic sign of a shortage. An occupation is marked a shortage when nationals filled less
/// than half of the posts advertised and at least one post stayed unfilled.
/// </summary>
public static class ShortageList
{
    public static IReadOnlyList<ShortageEntry> Rank(IEnumerable<OccupationEvidence> evidence, decimal? overallMeanWage)
    {
        var ranked = evidence
            .Select(e =>
            {
                decimal? fill = e.PostsAdvertised > 0 ? Math.Round(e.NationalHires * 100m / e.PostsAdvertised, 1) : null;
                decimal? index = e.MeanOfferedWage is { } w && overallMeanWage is > 0 ? Math.Round(w * 100m / overallMeanWage.Value, 1) : null;
                var score = e.UnfilledPosts + e.PermitApplications;
                var shortage = e.UnfilledPosts > 0 && fill is < 50m;
                return (e, fill, index, score, shortage);
            })
            .Where(x => x.score > 0)
            .OrderByDescending(x => x.score).ThenByDescending(x => x.index ?? 0).ThenBy(x => x.e.Occupation, StringComparer.Ordinal)
            .ThenBy(x => x.e.Section, StringComparer.Ordinal)
            .ToList();
        return [.. ranked.Select((x, i) => new ShortageEntry(i + 1, x.e, x.fill, x.index, x.score, x.shortage))];
    }
}
