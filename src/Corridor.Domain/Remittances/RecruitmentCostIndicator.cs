namespace Corridor.Domain.Remittances;

/// <summary>One worker's recruitment cost and first-month earnings, both in the same currency (the same individual: methods §1.1).</summary>
public sealed record WorkerCostRatio(decimal Cost, decimal Earnings, string Currency)
{
    /// <summary>RCI_i = C_i / E_i, in months of earnings.</summary>
    public decimal Ratio => Cost / Earnings;
}

/// <summary>
/// SDG 10.7.1 aggregates of individual ratios (methods §1.2), each worker with weight 1 (administrative records, not a
/// sample). <see cref="MeanPositive"/> is the variant labelled "SDG 10.7.1": the mean of individual ratios over workers
/// with a positive cost, as the custodians' Lao PDR pilot computed the published figure; the others stand beside it.
/// </summary>
public sealed record RecruitmentCostVariants(
    int N, int PositiveCost, decimal? MeanAll, decimal? MeanPositive, decimal? RatioOfMeans, decimal? Median, decimal? ZeroCostShare,
    decimal? MeanCost, decimal? MeanEarnings, string? Currency)
{
    public const string SdgVariant = nameof(MeanPositive);

    public decimal? Sdg1071 => MeanPositive;

    public static RecruitmentCostVariants Of(IReadOnlyCollection<WorkerCostRatio> workers)
    {
        if (workers.Count == 0) return new(0, 0, null, null, null, null, null, null, null, null);
        var ratios = workers.Select(w => w.Ratio).Order().ToList();
        var positive = workers.Where(w => w.Cost > 0).Select(w => w.Ratio).ToList();
        var n = workers.Count;
        var median = n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
        // A ratio of means adds amounts up, so it exists only when every worker's amounts are in one currency.
        var currencies = workers.Select(w => w.Currency).Distinct(StringComparer.Ordinal).ToList();
        string? currency = currencies.Count == 1 ? currencies[0] : null;
        decimal? meanCost = currency is null ? null : workers.Sum(w => w.Cost) / n;
        decimal? meanEarnings = currency is null ? null : workers.Sum(w => w.Earnings) / n;
        return new(n, positive.Count, ratios.Sum() / n, positive.Count == 0 ? null : positive.Sum() / positive.Count,
            currency is null ? null : workers.Sum(w => w.Cost) / workers.Sum(w => w.Earnings), median,
            (decimal)workers.Count(w => w.Cost == 0) / n, meanCost, meanEarnings, currency);
    }
}
