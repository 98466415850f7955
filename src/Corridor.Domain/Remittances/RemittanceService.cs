using System.Text.RegularExpressions;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Reference;

namespace Corridor.Domain.Remittances;

/// <summary>The kind of remittance service provider, as RPW's <c>firm_type</c>.</summary>
public enum RemittanceProviderType
{
    Bank = 1,
    MoneyTransferOperator = 2,
    PostOffice = 3,
    MobileOperator = 4,
    Other = 5,
}

/// <summary>How long the money takes to arrive, as RPW's <c>speed actual</c>.</summary>
public enum TransferSpeed
{
    LessThanOneHour = 1,
    SameDay = 2,
    NextDay = 3,
    TwoDays = 4,
    ThreeToFiveDays = 5,
    SixDaysOrMore = 6,
}

/// <summary>
/// One service of the remittance price catalogue (SDG 10.c.1, World Bank RPW): a provider's price for sending the
/// equivalent of USD 200 and USD 500 in a corridor (sending × receiving country) in a quarter, with the interbank
/// rate of the day the price was collected. Costs are computed from these on read (<see cref="RemittanceCost"/>),
/// never stored, so a corrected formula changes every figure at once.
/// </summary>
public sealed class RemittanceService : Entity
{
    public const int ProviderMax = 120, AccessPointMax = 120, NoteMax = 300, SourceMax = 200;
    private static readonly Regex PeriodPattern = new(@"^\d{4}_[1-4]Q$", RegexOptions.CultureInvariant);

    private RemittanceService() { }

    public RemittanceService(RemittancePrice p, string source, string enteredBy)
    {
        foreach (var (field, message) in Check(p)) throw new DomainException(message, field);
        Period = p.Period.Trim().ToUpperInvariant();
        CollectedOn = p.CollectedOn;
        SendingCountry = p.SendingCountry.Trim().ToUpperInvariant();
        ReceivingCountry = p.ReceivingCountry.Trim().ToUpperInvariant();
        Provider = p.Provider.Trim();
        ProviderType = p.ProviderType;
        SendingCurrency = p.SendingCurrency.Trim().ToUpperInvariant();
        ReceivingCurrency = string.IsNullOrWhiteSpace(p.ReceivingCurrency) ? null : p.ReceivingCurrency.Trim().ToUpperInvariant();
        Amount200 = p.Amount200;
        Fee200 = p.Fee200;
        Rate200 = p.Rate200;
        Amount500 = p.Amount500;
        Fee500 = p.Fee500;
        Rate500 = p.Rate500;
        InterbankRate = p.InterbankRate;
        Speed = p.Speed;
        AccessPoint = string.IsNullOrWhiteSpace(p.AccessPoint) ? "" : p.AccessPoint.Trim();
        Transparent = p.Transparent;
        Note = string.IsNullOrWhiteSpace(p.Note) ? null : p.Note.Trim();
        Source = source.Length > SourceMax ? source[..SourceMax] : source;
        EnteredBy = enteredBy;
    }

    /// <summary>Every rule a price must meet, as (field, message) pairs: the form and the import report them all at once.</summary>
    public static IEnumerable<(string Field, string Message)> Check(RemittancePrice p)
    {
        if (string.IsNullOrWhiteSpace(p.Period) || !PeriodPattern.IsMatch(p.Period.Trim().ToUpperInvariant()))
            yield return (nameof(Period), "Give the quarter as YYYY_nQ, e.g. 2026_3Q.");
        if (!ReferenceData.IsCountry(p.SendingCountry)) yield return (nameof(SendingCountry), "Choose a country from the list.");
        if (!ReferenceData.IsCountry(p.ReceivingCountry)) yield return (nameof(ReceivingCountry), "Choose a country from the list.");
        else if (string.Equals(p.SendingCountry?.Trim(), p.ReceivingCountry.Trim(), StringComparison.OrdinalIgnoreCase))
            yield return (nameof(ReceivingCountry), "The receiving country must differ from the sending country.");
        if (string.IsNullOrWhiteSpace(p.Provider)) yield return (nameof(Provider), "Give the provider's name.");
        else if (p.Provider.Trim().Length > ProviderMax) yield return (nameof(Provider), "At most 120 characters.");
        if (!Enum.IsDefined(p.ProviderType)) yield return (nameof(ProviderType), "Choose the type of provider.");
        if (!Currencies.IsKnown(p.SendingCurrency)) yield return (nameof(SendingCurrency), "Give an ISO 4217 currency code, e.g. KZT, USD.");
        if (!string.IsNullOrWhiteSpace(p.ReceivingCurrency) && !Currencies.IsKnown(p.ReceivingCurrency))
            yield return (nameof(ReceivingCurrency), "Give an ISO 4217 currency code, e.g. KZT, USD.");
        if (p.Amount200 <= 0) yield return (nameof(Amount200), "The amount must be more than zero.");
        if (p.Amount500 <= p.Amount200) yield return (nameof(Amount500), "The USD 500 amount must be larger than the USD 200 amount.");
        if (p.Fee200 < 0) yield return (nameof(Fee200), "The fee cannot be negative.");
        if (p.Fee500 < 0) yield return (nameof(Fee500), "The fee cannot be negative.");
        if (p.InterbankRate <= 0) yield return (nameof(InterbankRate), "The rate must be more than zero.");
        if (p.Rate200 <= 0) yield return (nameof(Rate200), "The rate must be more than zero.");
        else if (p.InterbankRate > 0 && p.Rate200 > p.InterbankRate * 1.1m)
            yield return (nameof(Rate200), "The applied rate is more than 10 % above the interbank rate: check the direction (receiving currency per unit of sending currency).");
        if (p.Rate500 <= 0) yield return (nameof(Rate500), "The rate must be more than zero.");
        else if (p.InterbankRate > 0 && p.Rate500 > p.InterbankRate * 1.1m)
            yield return (nameof(Rate500), "The applied rate is more than 10 % above the interbank rate: check the direction (receiving currency per unit of sending currency).");
        foreach (var (field, value) in new[] { (nameof(Amount200), p.Amount200), (nameof(Fee200), p.Fee200), (nameof(Amount500), p.Amount500), (nameof(Fee500), p.Fee500) })
            if (decimal.Round(value, 2) != value) yield return (field, "Give the amount to at most two decimal places.");
        foreach (var (field, value) in new[] { (nameof(Rate200), p.Rate200), (nameof(Rate500), p.Rate500), (nameof(InterbankRate), p.InterbankRate) })
            if (decimal.Round(value, 6) != value) yield return (field, "Give the rate to at most six decimal places.");
        if (!Enum.IsDefined(p.Speed)) yield return (nameof(Speed), "Choose how fast the money arrives.");
        if (p.AccessPoint is { } a && a.Trim().Length > AccessPointMax) yield return (nameof(AccessPoint), "At most 120 characters.");
        if (p.Note is { } n && n.Trim().Length > NoteMax) yield return (nameof(Note), "At most 300 characters.");
    }

    /// <summary>RPW period, e.g. <c>2026_3Q</c>.</summary>
    public string Period { get; private set; } = "";
    public DateOnly CollectedOn { get; private set; }
    public string SendingCountry { get; private set; } = "";
    public string ReceivingCountry { get; private set; } = "";
    public string Provider { get; private set; } = "";
    public RemittanceProviderType ProviderType { get; private set; }
    public string SendingCurrency { get; private set; } = "";
    public string? ReceivingCurrency { get; private set; }
    /// <summary>USD 200 in the sending currency (RPW <c>cc1 lcu amount</c>), the fee (<c>cc1 lcu fee</c>) and the rate applied (<c>cc1 lcu fx rate</c>).</summary>
    public decimal Amount200 { get; private set; }
    public decimal Fee200 { get; private set; }
    public decimal Rate200 { get; private set; }
    public decimal Amount500 { get; private set; }
    public decimal Fee500 { get; private set; }
    public decimal Rate500 { get; private set; }
    /// <summary>Units of receiving currency per unit of sending currency at the interbank rate (RPW <c>inter lcu bank fx</c>).</summary>
    public decimal InterbankRate { get; private set; }
    public TransferSpeed Speed { get; private set; }
    public string AccessPoint { get; private set; } = "";
    public bool Transparent { get; private set; }
    public string? Note { get; private set; }
    /// <summary>Where the price came from: an analyst's entry, an RPW file, or demo figures.</summary>
    public string Source { get; private set; } = "";
    public string EnteredBy { get; private set; } = "";

    public decimal TotalCost200 => RemittanceCost.TotalCostPercent(Amount200, Fee200, Rate200, InterbankRate);
    public decimal TotalCost500 => RemittanceCost.TotalCostPercent(Amount500, Fee500, Rate500, InterbankRate);
    public decimal FxMargin200 => RemittanceCost.FxMarginPercent(InterbankRate, Rate200);
    public decimal FxMargin500 => RemittanceCost.FxMarginPercent(InterbankRate, Rate500);
    public bool QualifiesForSmart => RemittanceCost.QualifiesForSmart(Transparent, Speed, AccessPoint);
}

/// <summary>A price as entered or read from a file, before it is checked.</summary>
public sealed record RemittancePrice(
    string Period, DateOnly CollectedOn, string SendingCountry, string ReceivingCountry, string Provider, RemittanceProviderType ProviderType,
    string SendingCurrency, string? ReceivingCurrency, decimal Amount200, decimal Fee200, decimal Rate200, decimal Amount500, decimal Fee500,
    decimal Rate500, decimal InterbankRate, TransferSpeed Speed, string? AccessPoint, bool Transparent, string? Note);
