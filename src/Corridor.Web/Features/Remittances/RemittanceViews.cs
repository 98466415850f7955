using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Corridor.Domain.Remittances;
using Corridor.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Remittances;

/// <summary>A price as an analyst types it; rates are units of receiving currency per unit of sending currency.</summary>
public sealed class PriceForm
{
    [Display(Name = "Quarter (YYYY_nQ)")] public string? Period { get; set; }
    [Display(Name = "Collected on")] public DateOnly? CollectedOn { get; set; }
    [Display(Name = "Sending country")] public string? SendingCountry { get; set; }
    [Display(Name = "Receiving country")] public string? ReceivingCountry { get; set; }
    [Display(Name = "Provider")] public string? Provider { get; set; }
    [Display(Name = "Type of provider")] public RemittanceProviderType? ProviderType { get; set; }
    [Display(Name = "Sending currency (ISO 4217)")] public string? SendingCurrency { get; set; }
    [Display(Name = "Receiving currency (ISO 4217)")] public string? ReceivingCurrency { get; set; }
    [Display(Name = "USD 200 in the sending currency")] public decimal? Amount200 { get; set; }
    [Display(Name = "Fee for USD 200")] public decimal? Fee200 { get; set; }
    [Display(Name = "Exchange rate applied for USD 200")] public decimal? Rate200 { get; set; }
    [Display(Name = "USD 500 in the sending currency")] public decimal? Amount500 { get; set; }
    [Display(Name = "Fee for USD 500")] public decimal? Fee500 { get; set; }
    [Display(Name = "Exchange rate applied for USD 500")] public decimal? Rate500 { get; set; }
    [Display(Name = "Interbank exchange rate")] public decimal? InterbankRate { get; set; }
    [Display(Name = "Speed")] public TransferSpeed? Speed { get; set; }
    [Display(Name = "Access point")] public string? AccessPoint { get; set; }
    [Display(Name = "Price fully disclosed (transparent)")] public bool? Transparent { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
}

/// <summary>A service of the catalogue with its computed costs (per cent of the amount sent).</summary>
public sealed record ServiceView(Guid Id, string Period, DateOnly CollectedOn, string SendingCountry, string ReceivingCountry, string Provider,
    RemittanceProviderType ProviderType, string SendingCurrency, string? ReceivingCurrency, decimal Amount200, decimal Fee200, decimal Rate200,
    decimal Amount500, decimal Fee500, decimal Rate500, decimal InterbankRate, TransferSpeed Speed, string AccessPoint, bool Transparent,
    decimal FxMargin200, decimal TotalCost200, decimal FxMargin500, decimal TotalCost500, bool QualifiesForSmart, string Source, string? Note)
{
    public static ServiceView Of(RemittanceService s) => new(s.Id, s.Period, s.CollectedOn, s.SendingCountry, s.ReceivingCountry, s.Provider,
        s.ProviderType, s.SendingCurrency, s.ReceivingCurrency, s.Amount200, s.Fee200, s.Rate200, s.Amount500, s.Fee500, s.Rate500, s.InterbankRate,
        s.Speed, s.AccessPoint, s.Transparent, Round(s.FxMargin200), Round(s.TotalCost200), Round(s.FxMargin500), Round(s.TotalCost500),
        s.QualifiesForSmart, s.Source, s.Note);

    public static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}

public sealed record CorridorView(string Corridor, string SendingCountry, string ReceivingCountry, int Services, int Qualifying,
    decimal Average200, decimal Average500, decimal? Smart200, bool Above5, bool Above3, bool SmartAbove5OrNone)
{
    public static CorridorView Of(CorridorCost c) => new($"{c.SendingCountry}-{c.ReceivingCountry}", c.SendingCountry, c.ReceivingCountry,
        c.Services, c.Qualifying, ServiceView.Round(c.Average200), ServiceView.Round(c.Average500),
        c.Smart200 is { } s ? ServiceView.Round(s) : null, c.Above5, c.Above3, c.SmartAbove5OrNone);
}

public sealed record CatalogueView(string? Period, IReadOnlyList<string> Periods, int Services, int Corridors, decimal? GlobalAverage200,
    decimal? GlobalAverage500, IReadOnlyList<CorridorView> CorridorCosts, IReadOnlyList<ServiceView> Items);

public sealed class CatalogueQuery
{
    [Display(Name = "Quarter")] public string? Period { get; set; }
    [Display(Name = "Corridor")] public string? Corridor { get; set; }
}

public sealed record ImportResult(bool Stored, int Lines, int ErrorCount, IReadOnlyList<ImportError> Errors);

/// <summary>A corridor of the public page: the latest quarter with prices.</summary>
public sealed record PublicCorridor(string Corridor, string SendingCountry, string ReceivingCountry, string SendingCurrency, string? ReceivingCurrency,
    string Period, int Providers, decimal Usd200);

public sealed record PriceQuote(int Rank, string Provider, RemittanceProviderType ProviderType, decimal Pay, string SendingCurrency, decimal Fee,
    decimal Sent, decimal ExchangeRate, decimal FxMargin, decimal Received, string? ReceivingCurrency, decimal TotalCostPercent, TransferSpeed Speed,
    string AccessPoint, bool Transparent, string Period, DateOnly CollectedOn, bool Demo);

public sealed record Comparison(PublicCorridor Corridor, decimal Amount, IReadOnlyList<PriceQuote> Providers);

/// <summary>Localised names of the catalogue's code lists.</summary>
public static class RemittanceText
{
    public static string ProviderType(IStringLocalizer l, RemittanceProviderType t) => t switch
    {
        RemittanceProviderType.Bank => l["Commercial bank"],
        RemittanceProviderType.MoneyTransferOperator => l["Money transfer operator"],
        RemittanceProviderType.PostOffice => l["Post office"],
        RemittanceProviderType.MobileOperator => l["Mobile operator"],
        _ => l["Other provider"],
    };

    public static string Speed(IStringLocalizer l, TransferSpeed s) => s switch
    {
        TransferSpeed.LessThanOneHour => l["Less than one hour"],
        TransferSpeed.SameDay => l["Same day"],
        TransferSpeed.NextDay => l["Next day"],
        TransferSpeed.TwoDays => l["2 days"],
        TransferSpeed.ThreeToFiveDays => l["3–5 days"],
        _ => l["6 days or more"],
    };

    public static IEnumerable<SelectListItem> ProviderTypes(IStringLocalizer l) =>
        Enum.GetValues<RemittanceProviderType>().Select(t => new SelectListItem(ProviderType(l, t), t.ToString()));

    public static IEnumerable<SelectListItem> Speeds(IStringLocalizer l) =>
        Enum.GetValues<TransferSpeed>().Select(s => new SelectListItem(Speed(l, s), s.ToString()));

    public static IEnumerable<SelectListItem> YesNo(IStringLocalizer l) => [new(l["Yes"], "true"), new(l["No"], "false")];

    public static string CorridorName(string sending, string receiving) => $"{Choices.CountryName(sending)} → {Choices.CountryName(receiving)}";

    public static string Percent(decimal value) => value.ToString("0.00", CultureInfo.CurrentCulture) + " %";

    public static string Money(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    public static bool IsDemo(string source) => source.StartsWith(DemoSource, StringComparison.Ordinal);

    public const string DemoSource = "Demo figures";
}
