namespace Corridor.Domain.Remittances;

/// <summary>
/// The SDG 10.c.1 / RPW formulas (methods §2.2). Rates are units of receiving currency per unit of sending currency;
/// the fee is charged on top of the principal and the principal is converted at the applied rate. Nothing is rounded
/// here: pages and files round for display.
/// </summary>
public static class RemittanceCost
{
    /// <summary>The SDG target for the global average cost (3 %) and the ceiling for every corridor (5 %).</summary>
    public const decimal GlobalTarget = 3m, CorridorCeiling = 5m;

    /// <summary>FX margin % = (interbank − applied) / interbank × 100.</summary>
    public static decimal FxMarginPercent(decimal interbankRate, decimal appliedRate) =>
        (interbankRate - appliedRate) / interbankRate * 100m;

    /// <summary>Total cost % = fee / amount × 100 + FX margin %.</summary>
    public static decimal TotalCostPercent(decimal amount, decimal fee, decimal appliedRate, decimal interbankRate) =>
        fee / amount * 100m + FxMarginPercent(interbankRate, appliedRate);

    /// <summary>Simple (unweighted) average; RPW's corridor and global averages are simple averages over services.</summary>
    public static decimal? SimpleAverage(IEnumerable<decimal> costs)
    {
        var list = costs.ToList();
        return list.Count == 0 ? null : list.Sum() / list.Count;
    }

    /// <summary>
    /// A service counts for SmaRT (the Smart Remitter Target) when its price is transparent, the money arrives within
    /// five days, and it is accessible: here, the catalogue records where the sender can use it (branch, agent,
    /// online, mobile). RPW defines accessibility as physical proximity or the required account or device.
    /// </summary>
    public static bool QualifiesForSmart(bool transparent, TransferSpeed speed, string? accessPoint) =>
        transparent && speed <= TransferSpeed.ThreeToFiveDays && !string.IsNullOrWhiteSpace(accessPoint);

    /// <summary>SmaRT: the simple average of the three cheapest qualifying services; none when no service qualifies.</summary>
    public static decimal? Smart(IEnumerable<(decimal Cost, bool Qualifies)> services)
    {
        var cheapest = services.Where(s => s.Qualifies).Select(s => s.Cost).Order().Take(3).ToList();
        return cheapest.Count == 0 ? null : cheapest.Sum() / cheapest.Count;
    }

    /// <summary>One corridor of a period: averages at both price points, SmaRT and the flags against the SDG targets.</summary>
    public static CorridorCost Corridor(string sending, string receiving, IReadOnlyCollection<RemittanceService> services)
    {
        var average200 = SimpleAverage(services.Select(s => s.TotalCost200))!.Value;
        var average500 = SimpleAverage(services.Select(s => s.TotalCost500))!.Value;
        var smart = Smart(services.Select(s => (s.TotalCost200, s.QualifiesForSmart)));
        return new CorridorCost(sending, receiving, services.Count, services.Count(s => s.QualifiesForSmart), average200, average500, smart,
            average200 > CorridorCeiling, average200 > GlobalTarget, smart is null || smart > CorridorCeiling);
    }

    /// <summary>Every corridor of the services given, and the global average over services (not over corridors).</summary>
    public static CatalogueSummary Summarise(IReadOnlyCollection<RemittanceService> services)
    {
        var corridors = services.GroupBy(s => (s.SendingCountry, s.ReceivingCountry))
            .Select(g => Corridor(g.Key.SendingCountry, g.Key.ReceivingCountry, g.ToList()))
            .OrderBy(c => c.SendingCountry, StringComparer.Ordinal).ThenBy(c => c.ReceivingCountry, StringComparer.Ordinal).ToList();
        return new CatalogueSummary(services.Count, corridors.Count, SimpleAverage(services.Select(s => s.TotalCost200)),
            SimpleAverage(services.Select(s => s.TotalCost500)), corridors);
    }

    /// <summary>
    /// What a family receives when the worker hands over <paramref name="pay"/> in the sending currency, fee included:
    /// the fee for that amount is taken first (linear between the two surveyed price points, the nearest point's fee
    /// outside them), the rest is converted at the rate applied at the nearer price point.
    /// </summary>
    public static Quote QuoteFor(RemittanceService s, decimal pay)
    {
        decimal fee;
        if (pay <= s.Amount200) fee = s.Fee200;
        else if (pay >= s.Amount500) fee = s.Fee500;
        else fee = s.Fee200 + (s.Fee500 - s.Fee200) * (pay - s.Amount200) / (s.Amount500 - s.Amount200);
        fee = decimal.Round(fee, 2, MidpointRounding.AwayFromZero);
        var rate = pay - s.Amount200 <= s.Amount500 - pay ? s.Rate200 : s.Rate500;
        var sent = Math.Max(0, pay - fee);
        var received = decimal.Round(sent * rate, 2, MidpointRounding.AwayFromZero);
        // The cost is what is lost against the interbank rate, as a share of what the worker pays.
        var cost = pay == 0 ? 0 : (pay - received / s.InterbankRate) / pay * 100m;
        return new Quote(s, pay, fee, rate, FxMarginPercent(s.InterbankRate, rate), sent, received, cost);
    }

    /// <summary>Every service of a corridor for the amount, the one whose family receives most first.</summary>
    public static IReadOnlyList<Quote> Compare(IEnumerable<RemittanceService> services, decimal pay) =>
        services.Select(s => QuoteFor(s, pay)).OrderByDescending(q => q.Received).ThenBy(q => q.Service.Speed).ThenBy(q => q.Service.Provider, StringComparer.Ordinal).ToList();
}

public sealed record CorridorCost(string SendingCountry, string ReceivingCountry, int Services, int Qualifying, decimal Average200, decimal Average500,
    decimal? Smart200, bool Above5, bool Above3, bool SmartAbove5OrNone);

public sealed record CatalogueSummary(int Services, int Corridors, decimal? GlobalAverage200, decimal? GlobalAverage500, IReadOnlyList<CorridorCost> CorridorCosts);

public sealed record Quote(RemittanceService Service, decimal Pay, decimal Fee, decimal Rate, decimal FxMargin, decimal Sent, decimal Received, decimal CostPercent);
