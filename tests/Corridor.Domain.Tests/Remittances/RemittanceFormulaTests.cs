using System.Text;
using Corridor.Domain.Remittances;

namespace Corridor.Domain.Tests.Remittances;

/// <summary>methods.md §2.2 (SDG 10.c.1 / RPW) and §1.4 (SDG 10.7.1) worked examples, reproduced exactly.</summary>
public sealed class RemittanceFormulaTests
{
    private static RemittanceService Service(string provider, decimal fee, decimal applied, decimal interbank = 17.00m, string to = "MEX",
        bool transparent = true, TransferSpeed speed = TransferSpeed.SameDay, string access = "Agent", decimal amount = 200m) =>
        new(new RemittancePrice("2026_3Q", new DateOnly(2026, 8, 1), "USA", to, provider, RemittanceProviderType.MoneyTransferOperator, "USD", "MXN",
            amount, fee, applied, amount * 2.5m, fee, applied, interbank, speed, access, transparent, null), "test", "test");

    [Fact]
    public void Worked_example_fx_margin_2_00_fee_share_2_50_total_4_50()
    {
        Assert.Equal(2.00m, RemittanceCost.FxMarginPercent(17.00m, 16.66m));
        Assert.Equal(2.50m, 5m / 200m * 100m);
        Assert.Equal(4.50m, RemittanceCost.TotalCostPercent(200m, 5m, 16.66m, 17.00m));
        var s = Service("A", 5m, 16.66m);
        Assert.Equal((2.00m, 4.50m), (s.FxMargin200, s.TotalCost200));
        // USD 500 at the same fee and rate: 1 % fee + 2 % margin.
        Assert.Equal(3.00m, s.TotalCost500);
    }

    [Fact]
    public void Worked_example_global_average_over_services_5_83_not_the_mean_of_corridor_averages_7_50()
    {
        // Corridor A: 10 services at 5 % (fee 10 on 200, no margin); corridor B: 2 services at 10 % (fee 20).
        var services = Enumerable.Range(0, 10).Select(i => Service($"A{i}", 10m, 17m, to: "MEX"))
            .Concat(Enumerable.Range(0, 2).Select(i => Service($"B{i}", 20m, 17m, to: "GTM"))).ToList();
        var summary = RemittanceCost.Summarise(services);
        Assert.Equal(5.83m, decimal.Round(summary.GlobalAverage200!.Value, 2));
        Assert.Equal(70m / 12m, summary.GlobalAverage200);
        var corridorMean = summary.CorridorCosts.Average(c => c.Average200);
        Assert.Equal(7.50m, corridorMean);
        Assert.Equal([(10, 5m), (2, 10m)], summary.CorridorCosts.OrderByDescending(c => c.Services).Select(c => (c.Services, c.Average200)));
    }

    [Fact]
    public void Worked_example_smart_2_87_from_the_three_cheapest_qualifying_services()
    {
        var smart = RemittanceCost.Smart([(2.1m, true), (3.0m, true), (3.5m, true), (6.0m, true), (9.0m, true)]);
        Assert.Equal(2.87m, decimal.Round(smart!.Value, 2));
        Assert.Equal(8.6m / 3m, smart);
        // A cheaper service that does not qualify does not count; a corridor with none has no SmaRT.
        Assert.Equal(8.6m / 3m, RemittanceCost.Smart([(1.0m, false), (2.1m, true), (3.0m, true), (3.5m, true), (6.0m, true)]));
        Assert.Null(RemittanceCost.Smart([(1.0m, false)]));
    }

    [Fact]
    public void A_service_qualifies_for_smart_only_if_transparent_within_five_days_and_accessible()
    {
        Assert.True(Service("ok", 1, 17, speed: TransferSpeed.ThreeToFiveDays).QualifiesForSmart);
        Assert.False(Service("slow", 1, 17, speed: TransferSpeed.SixDaysOrMore).QualifiesForSmart);
        Assert.False(Service("hidden", 1, 17, transparent: false).QualifiesForSmart);
        Assert.False(Service("nowhere", 1, 17, access: "").QualifiesForSmart);
    }

    [Fact]
    public void Corridor_flags_above_5_above_the_3_target_and_smart_missing()
    {
        // 6 % and 2 %: average 4 % (above 3, not above 5); only the 6 % one qualifies, so SmaRT is 6 % (above 5).
        var c = RemittanceCost.Corridor("USA", "MEX", [Service("x", 12m, 17m), Service("y", 4m, 17m, transparent: false)]);
        Assert.Equal((4m, false, true, 6m, true), (c.Average200, c.Above5, c.Above3, c.Smart200, c.SmartAbove5OrNone));
        var cheap = RemittanceCost.Corridor("USA", "MEX", [Service("z", 4m, 17m)]);
        Assert.Equal((2m, false, false, 2m, false), (cheap.Average200, cheap.Above5, cheap.Above3, cheap.Smart200, cheap.SmartAbove5OrNone));
        var none = RemittanceCost.Corridor("USA", "MEX", [Service("n", 12m, 17m, speed: TransferSpeed.SixDaysOrMore)]);
        Assert.Equal((true, (decimal?)null, true), (none.Above5, none.Smart200, none.SmartAbove5OrNone));
    }

    [Fact]
    public void The_comparison_ranks_by_what_the_family_receives_fee_taken_from_what_the_worker_pays()
    {
        var noFeeWorseRate = Service("NoFee", 0m, 16.50m);                  // 200 × 16.50 = 3300.00
        var feeBetterRate = Service("Fee", 5m, 16.90m);                      // 195 × 16.90 = 3295.50
        var quotes = RemittanceCost.Compare([feeBetterRate, noFeeWorseRate], 200m);
        Assert.Equal(["NoFee", "Fee"], quotes.Select(q => q.Service.Provider));
        Assert.Equal([3300.00m, 3295.50m], quotes.Select(q => q.Received));
        // Cost against the interbank rate: 200 − 3295.50 / 17 = 6.147… of 200 = 3.07 %.
        Assert.Equal(3.07m, decimal.Round(quotes[1].CostPercent, 2));
        // Between the two price points the fee is interpolated: 350 is halfway from 200 to 500.
        var tiered = new RemittanceService(new RemittancePrice("2026_3Q", new DateOnly(2026, 8, 1), "USA", "MEX", "T", RemittanceProviderType.Bank, "USD",
            "MXN", 200m, 4m, 16.8m, 500m, 10m, 16.9m, 17m, TransferSpeed.NextDay, "Branch", true, null), "test", "test");
        Assert.Equal(7m, RemittanceCost.QuoteFor(tiered, 350m).Fee);
        Assert.Equal(4m, RemittanceCost.QuoteFor(tiered, 100m).Fee);
        Assert.Equal(10m, RemittanceCost.QuoteFor(tiered, 900m).Fee);
        Assert.Equal(16.9m, RemittanceCost.QuoteFor(tiered, 400m).Rate);
    }

    [Fact]
    public void Sdg_10_7_1_worked_example_of_methods_1_4_every_variant()
    {
        var v = RecruitmentCostVariants.Of([new(1_200m, 400m, "USD"), new(0m, 500m, "USD"), new(900m, 300m, "USD")]);
        Assert.Equal(3, v.N);
        Assert.Equal(2, v.PositiveCost);
        Assert.Equal(2.0m, v.MeanAll);           // (a)
        Assert.Equal(3.0m, v.MeanPositive);      // (b), labelled SDG 10.7.1
        Assert.Equal(3.0m, v.Sdg1071);
        Assert.Equal(1.75m, v.RatioOfMeans);     // (c) 2,100 / 1,200
        Assert.Equal(3.0m, v.Median);
        Assert.Equal(1m / 3m, v.ZeroCostShare);
        Assert.Equal((700m, 400m), (v.MeanCost, v.MeanEarnings));
    }

    [Fact]
    public void Sdg_10_7_1_has_no_ratio_of_means_across_currencies_and_an_even_median_is_the_middle_pair()
    {
        var v = RecruitmentCostVariants.Of([new(100m, 100m, "USD"), new(300m, 100m, "KZT")]);
        Assert.Null(v.RatioOfMeans);
        Assert.Equal(2m, v.Median);
        Assert.Equal(2m, v.MeanAll);
        var empty = RecruitmentCostVariants.Of([]);
        Assert.Equal((0, (decimal?)null, (decimal?)null), (empty.N, empty.MeanAll, empty.Median));
        var nobodyPaid = RecruitmentCostVariants.Of([new(0m, 100m, "USD")]);
        Assert.Equal((0m, (decimal?)null, 1m), (nobodyPaid.MeanAll, nobodyPaid.MeanPositive, nobodyPaid.ZeroCostShare));
    }

    private const string Header = "id,period,date,source_code,source_name,destination_code,destination_name,firm,firm_type,speed actual," +
        "cc1 denomination amount,cc1 lcu amount,cc1 lcu code,cc1 lcu fee,cc1 lcu fx rate,cc1 fx margin,cc1 total cost %," +
        "cc2 denomination amount,cc2 lcu amount,cc2 lcu code,cc2 lcu fee,cc2 lcu fx rate,cc2 fx margin,cc2 total cost %," +
        "inter lcu bank fx,transparent,access point,note2,destination_lcu_code";

    private static RpwFile Read(params string[] lines) => RpwCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. lines]))));

    [Fact]
    public void An_rpw_file_is_read_by_column_name_and_other_columns_are_ignored()
    {
        var file = Read("1,2026_3Q,2026-08-01,USA,United States,MEX,Mexico,Example MTO,Money Transfer Operator,Less than one hour,200,200,USD,5,16.66,2.0,4.5,500,500,USD,8,16.7,1.8,3.4,17,Yes,Agent,,MXN");
        Assert.Empty(file.Errors);
        var (line, p) = Assert.Single(file.Rows);
        Assert.Equal(2, line);
        Assert.Equal(("2026_3Q", "USA", "MEX", RemittanceProviderType.MoneyTransferOperator, TransferSpeed.LessThanOneHour, 5m, 16.66m, 17m, true, "MXN"),
            (p.Period, p.SendingCountry, p.ReceivingCountry, p.ProviderType, p.Speed, p.Fee200, p.Rate200, p.InterbankRate, p.Transparent, p.ReceivingCurrency));
    }

    [Fact]
    public void Rpw_file_errors_carry_line_and_column_and_no_row_of_a_bad_line_is_kept()
    {
        var file = Read(
            "1,2026_3Q,2026-08-01,USA,United States,MEX,Mexico,Good,Bank,Same day,200,200,USD,5,16.66,,,500,500,USD,8,16.7,,,17,Yes,Branch,,MXN",
            "2,2026-3,2026-08-01,USA,United States,XXX,Nowhere,Bad,Rocket,Tomorrow,200,abc,USD,5,16.66,,,500,500,USD,8,16.7,,,17,Maybe,Branch,,MXN",
            "3,2026_3Q,2026-08-01,USA,United States,MEX,Mexico,good,Bank,Same day,200,200,USD,5,16.66,,,500,500,USD,8,16.7,,,17,Yes,Branch,,MXN");
        Assert.Equal(["Good"], file.Rows.Select(r => r.Price.Provider));
        var errors = file.Errors.Select(e => (e.Line, e.Column, e.Field)).ToList();
        Assert.Contains((3, 2, "period"), errors);
        Assert.Contains((3, 6, "destination_code"), errors);
        Assert.Contains((3, 9, "firm_type"), errors);
        Assert.Contains((3, 10, "speed actual"), errors);
        Assert.Contains((3, 12, "cc1 lcu amount"), errors);
        Assert.Contains((3, 26, "transparent"), errors);
        Assert.Contains((4, 8, "firm"), errors); // the same provider, corridor and quarter as line 2
        Assert.Equal(file.ErrorCount, file.Errors.Count);
        Assert.Equal(7, file.ErrorCount);
    }

    [Fact]
    public void A_file_without_a_required_column_is_refused_whole()
    {
        var file = RpwCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes("period,date,firm\n2026_3Q,2026-08-01,X")));
        Assert.Empty(file.Rows);
        Assert.Contains(file.Errors, e => e is { Line: 1, Field: "source_code", Message: "A required column is missing." });
    }
}
